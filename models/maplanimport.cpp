#include "maplanimport.h"

#include "maplanjson.h"
#include "maplans.h"
#include "transaction.h"

namespace {

using Field = MaPlanSpot::Field;

// The stored plan that file plan \a plan is, by year and name; else, when the
// file gives an id that is stored, an error: that id belongs to a plan of
// another year or name (most likely a plan copied in the file to make a new
// one, which would otherwise overwrite the original).
Result<QString> match(const QSqlDatabase &db, int index, const MaPlan &plan)
{
    auto byName = MaPlans::findId(db, plan.year, plan.name);
    if (!byName || !byName->isEmpty() || plan.id.isEmpty())
        return byName;
    auto byId = MaPlans::load(db, plan.id);
    if (!byId)
        return QString(); // no such id: a new plan
    return Error{MaPlanImport::tr("This id belongs to the plan %1 of %2 in this database. For a "
                                  "new plan, delete the id; to rename that plan, rename it in "
                                  "the plan editor first.")
                     .arg(byId->name)
                     .arg(byId->year),
                 MaPlanJson::path(index, {}) + QStringLiteral(".id")};
}

} // namespace

Result<MaPlanImportPreview> MaPlanImport::preview(const QSqlDatabase &db,
                                                  const QList<MaPlan> &plans)
{
    MaPlanImportPreview preview;
    for (int i = 0; i < plans.size(); ++i) {
        MaPlanImportItem item;
        item.index = i;
        item.plan = plans.at(i);
        auto id = match(db, i, item.plan);
        if (!id) {
            if (id.error().where.isEmpty())
                return id.error(); // the database, not the file
            preview.problems.append(id.error());
            continue;
        }
        if (!id->isEmpty()) {
            auto stored = MaPlans::load(db, *id);
            if (!stored)
                return stored.error();
            item.plan.id = *id;
            item.changed = MaPlanFields::changes(*stored, item.plan);
            item.action = item.changed.isEmpty() ? MaPlanImportItem::Action::Keep
                                                 : MaPlanImportItem::Action::Change;
            auto used = MaPlans::usage(db, *id);
            if (!used)
                return used.error();
            const QList<Field> rules = MaPlanFields::payoutRuleChanges(*stored, item.plan);
            if (used->rulesFrozen() && !rules.isEmpty())
                preview.problems.append(
                    {tr("%n claim(s) under this plan have been approved or paid, so what decides "
                        "a payout can no longer change: %1.",
                        nullptr, used->decidedClaims)
                         .arg(MaPlanFields::labels(rules)),
                     MaPlanJson::path(i, {rules.constFirst()})});
        }
        preview.items.append(item);
    }
    return preview;
}

Result<QList<MaPlanImportItem>> MaPlanImport::apply(AuditedWriter &writer,
                                                    const QList<MaPlan> &plans)
{
    if (Status s = writer.require(Permission::ManagePlans); !s)
        return s.error();
    Transaction tx(writer.database());
    if (!tx.begun())
        return tx.begun().error();
    auto preview = MaPlanImport::preview(writer.database(), plans);
    if (!preview)
        return preview.error();
    if (!preview->ok())
        return preview->problems.constFirst();
    QList<MaPlanImportItem> items = preview->items;
    for (MaPlanImportItem &item : items) {
        if (item.action == MaPlanImportItem::Action::Keep)
            continue;
        auto id = MaPlans::save(writer, item.plan);
        if (!id) {
            Error error = id.error();
            error.where = MaPlanJson::path(item.index, {});
            return error;
        }
        item.plan.id = *id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return items;
}

QString MaPlanImport::describe(const MaPlanImportItem &item, bool done)
{
    const QString plan = tr("%1 %2 (%3)")
                             .arg(QString::number(item.plan.year), item.plan.name,
                                  MaPlan::productCode(item.plan.product));
    switch (item.action) {
    case MaPlanImportItem::Action::Add:
        return done ? tr("%1: added.").arg(plan) : tr("%1: would be added.").arg(plan);
    case MaPlanImportItem::Action::Change:
        return (done ? tr("%1: changed (%2).") : tr("%1: would change (%2)."))
            .arg(plan, MaPlanFields::labels(item.changed));
    case MaPlanImportItem::Action::Keep:
        return tr("%1: unchanged.").arg(plan);
    }
    return plan;
}

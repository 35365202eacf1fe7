// MaPlans::save, remove, usage and findId (maplans.h). Bands are matched to
// their stored rows by lower bound and listed diseases by code, so an
// unchanged row is not written again. New rows get ids derived from the
// plan's id and their key: every laptop that imports the same plan file makes
// the same rows, which keeps the copies of a plan alike when bundles travel.
#include "maplanfields.h"
#include "maplans.h"
#include "sqlerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MaPlans)
};

const QString Plans = QStringLiteral("ma_plans");
const QString Bands = QStringLiteral("ma_plan_bands");
const QString Diseases = QStringLiteral("ma_listed_diseases");

QVariant orNull(const std::optional<Money> &amount)
{
    return amount ? QVariant(amount->fen()) : QVariant();
}

QVariant orNull(const std::optional<int> &number)
{
    return number ? QVariant(*number) : QVariant();
}

QVariant orNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString rowId(const QString &planId, const QString &kind, const QString &key)
{
    static const QUuid Namespace(QStringLiteral("{5d0c8f0e-6a57-4b8e-9a43-2f1f6a8e7c31}"));
    return QUuid::createUuidV5(Namespace, planId + QLatin1Char('/') + kind + QLatin1Char('/') + key)
        .toString(QUuid::WithoutBraces);
}

Result<int> count(const QSqlDatabase &db, const QString &sql, const QString &id,
                  const QString &table)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), table);
    return q.value(0).toInt();
}

/// Stored rows of a plan's bands or diseases: key -> row id.
Result<QHash<QString, QString>> storedRows(const QSqlDatabase &db, const QString &table,
                                           const QString &keyColumn, const QString &planId)
{
    QSqlQuery q(db);
    // Both names are constants of this file.
    q.prepare(QStringLiteral("SELECT %1, id FROM %2 WHERE plan_id = ?").arg(keyColumn, table));
    q.addBindValue(planId);
    if (!q.exec())
        return sqlError(q.lastError(), table);
    QHash<QString, QString> rows;
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toString());
    return rows;
}

/// Brings the rows of \a table in line with \a wanted (key -> values):
/// removes the rows whose key is gone first, then changes and adds.
Status syncRows(AuditedWriter &writer, const QString &table, const QString &keyColumn,
                const QString &kind, const QString &planId,
                const QList<std::pair<QString, RowValues>> &wanted)
{
    auto stored = storedRows(writer.database(), table, keyColumn, planId);
    if (!stored)
        return stored.error();
    QSet<QString> keys;
    for (const auto &[key, values] : wanted)
        keys.insert(key);
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (!keys.contains(it.key())) {
            if (Status s = writer.remove(Permission::ManagePlans, table, it.value()); !s)
                return s;
        }
    }
    for (const auto &[key, values] : wanted) {
        if (stored->contains(key)) {
            if (Status s =
                    writer.update(Permission::ManagePlans, table, stored->value(key), values);
                !s)
                return s;
            continue;
        }
        RowValues row = {{QStringLiteral("id"), rowId(planId, kind, key)},
                         {QStringLiteral("plan_id"), planId}};
        row += values;
        if (auto id = writer.insert(Permission::ManagePlans, table, row); !id)
            return id.error();
    }
    return {};
}

Status syncBands(AuditedWriter &writer, const MaPlan &plan)
{
    QList<std::pair<QString, RowValues>> wanted;
    for (const MaBand &band : plan.bands)
        wanted.append({QString::number(band.lower.fen()),
                       {{QStringLiteral("lower_fen"), band.lower.fen()},
                        {QStringLiteral("upper_fen"), orNull(band.upper)},
                        {QStringLiteral("ratio_permille"), band.ratioPermille}}});
    return syncRows(writer, Bands, QStringLiteral("lower_fen"), QStringLiteral("band"), plan.id,
                    wanted);
}

Status syncDiseases(AuditedWriter &writer, const MaPlan &plan)
{
    QList<std::pair<QString, RowValues>> wanted;
    for (const MaListedDisease &d : plan.listedDiseases)
        wanted.append({d.code,
                       {{QStringLiteral("code"), d.code},
                        {QStringLiteral("name"), d.name.trimmed()},
                        {QStringLiteral("lump_sum_fen"), d.lumpSum.fen()}}});
    return syncRows(writer, Diseases, QStringLiteral("code"), QStringLiteral("disease"), plan.id,
                    wanted);
}

RowValues planValues(const MaPlan &plan)
{
    const QByteArray documents = QJsonDocument(QJsonArray::fromStringList(plan.requiredDocuments))
                                     .toJson(QJsonDocument::Compact);
    return {{QStringLiteral("year"), plan.year},
            {QStringLiteral("name"), plan.name},
            {QStringLiteral("product"), MaPlan::productCode(plan.product)},
            {QStringLiteral("contribution_fen"), plan.contribution.fen()},
            {QStringLiteral("enrol_from"), orNull(plan.enrolFrom)},
            {QStringLiteral("enrol_to"), orNull(plan.enrolTo)},
            {QStringLiteral("term_start"), orNull(plan.termStart)},
            {QStringLiteral("term_end"), orNull(plan.termEnd)},
            {QStringLiteral("waiting_days"), orNull(plan.waitingDays)},
            {QStringLiteral("deductible_admission_fen"), orNull(plan.deductibleAdmission)},
            {QStringLiteral("deductible_term_fen"), orNull(plan.deductibleTerm)},
            {QStringLiteral("band_mode"), MaPlan::bandModeCode(plan.bandMode)},
            {QStringLiteral("min_payout_fen"), orNull(plan.minPayout)},
            {QStringLiteral("min_payout_rule"), MaPlan::minPayoutRuleCode(plan.minPayoutRule)},
            {QStringLiteral("cap_claim_fen"), orNull(plan.capClaim)},
            {QStringLiteral("cap_member_term_fen"), orNull(plan.capMemberTerm)},
            {QStringLiteral("deadline_days"), orNull(plan.deadlineDays)},
            {QStringLiteral("deadline_date"), orNull(plan.deadlineDate)},
            {QStringLiteral("required_documents"), QString::fromUtf8(documents)},
            // An empty QString binds as NULL; the column wants ''.
            {QStringLiteral("notes"), plan.notes.isNull() ? QStringLiteral("") : plan.notes}};
}

Result<bool> exists(const QSqlDatabase &db, const QString &id)
{
    auto n = count(db, QStringLiteral("SELECT count(*) FROM ma_plans WHERE id = ?"), id, Plans);
    if (!n)
        return n.error();
    return *n > 0;
}

// Refuses changes to what decides a payout once a claim has been decided.
Status checkFrozen(const QSqlDatabase &db, const MaPlan &plan)
{
    auto used = MaPlans::usage(db, plan.id);
    if (!used)
        return used.error();
    if (!used->rulesFrozen())
        return {};
    auto stored = MaPlans::load(db, plan.id);
    if (!stored)
        return stored.error();
    const QList<MaPlanSpot::Field> changed = MaPlanFields::payoutRuleChanges(*stored, plan);
    if (changed.isEmpty())
        return {};
    return Error{Text::tr("%n claim(s) under this plan have been approved or paid, so what "
                          "decides a payout can no longer change: %1.",
                          nullptr, used->decidedClaims)
                     .arg(MaPlanFields::labels(changed)),
                 MaPlanFields::label(changed.constFirst())};
}

} // namespace

namespace MaPlans {

Result<MaPlanUsage> usage(const QSqlDatabase &db, const QString &id)
{
    MaPlanUsage used;
    auto enrolments =
        count(db, QStringLiteral("SELECT count(*) FROM ma_enrolments WHERE plan_id = ?"), id,
              QStringLiteral("ma_enrolments"));
    if (!enrolments)
        return enrolments.error();
    used.enrolments = *enrolments;
    auto decided =
        count(db,
              QStringLiteral("SELECT count(*) FROM ma_claims c"
                             " JOIN ma_enrolments e ON e.id = c.enrolment_id"
                             " WHERE e.plan_id = ? AND c.status IN ('approved', 'paid')"),
              id, QStringLiteral("ma_claims"));
    if (!decided)
        return decided.error();
    used.decidedClaims = *decided;
    return used;
}

Result<QString> findId(const QSqlDatabase &db, int year, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM ma_plans WHERE year = ? AND trim(name) = ?"));
    q.addBindValue(year);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return sqlError(q.lastError(), Plans);
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> save(AuditedWriter &writer, const MaPlan &input)
{
    if (Status s = writer.require(Permission::ManagePlans); !s)
        return s.error();
    MaPlan plan = input;
    plan.name = plan.name.trimmed();
    if (Status s = plan.validate(); !s)
        return s.error();
    const QSqlDatabase db = writer.database();
    bool stored = false;
    if (!plan.id.isEmpty()) {
        auto found = exists(db, plan.id);
        if (!found)
            return found.error();
        stored = *found;
    }
    auto namesake = findId(db, plan.year, plan.name);
    if (!namesake)
        return namesake.error();
    if (!namesake->isEmpty() && *namesake != plan.id)
        return Error{Text::tr("There is already a plan called %1 in %2.")
                         .arg(plan.name, QString::number(plan.year)),
                     MaPlanFields::label(MaPlanSpot::Field::Name)};
    if (stored) {
        if (Status s = checkFrozen(db, plan); !s)
            return s.error();
        if (Status s = writer.update(Permission::ManagePlans, Plans, plan.id, planValues(plan)); !s)
            return s.error();
    } else {
        RowValues row = planValues(plan);
        if (!plan.id.isEmpty())
            row.prepend({QStringLiteral("id"), plan.id});
        auto id = writer.insert(Permission::ManagePlans, Plans, row);
        if (!id)
            return id.error();
        plan.id = *id;
    }
    if (Status s = syncBands(writer, plan); !s)
        return s.error();
    if (Status s = syncDiseases(writer, plan); !s)
        return s.error();
    return plan.id;
}

Status remove(AuditedWriter &writer, const QString &id)
{
    if (Status s = writer.require(Permission::ManagePlans); !s)
        return s;
    auto used = usage(writer.database(), id);
    if (!used)
        return used.error();
    if (used->enrolments > 0)
        return Error{Text::tr("%n member(s) are enrolled in this plan, so it cannot be removed.",
                              nullptr, used->enrolments)};
    MaPlan none;
    none.id = id;
    if (Status s = syncBands(writer, none); !s)
        return s;
    if (Status s = syncDiseases(writer, none); !s)
        return s;
    return writer.remove(Permission::ManagePlans, Plans, id);
}

} // namespace MaPlans

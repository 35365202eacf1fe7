// MaPlans::load and list: plans with their bands and listed diseases from the
// database. NULL columns become empty optionals; a stored 0 for a waiting
// period or a deductible stays 0, which the engine treats as "none" all the same.
#include "maplan.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MaPlan)
};

std::optional<Money> optionalMoney(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return Money::fromFen(v.toLongLong());
}

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QDate date(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Error badValue(const QString &id, const QString &column, const QString &value)
{
    return Error{Text::tr("The plan has an unknown value %1 in %2.").arg(value, column), id};
}

Result<QStringList> documentTypes(const QString &id, const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return badValue(id, QStringLiteral("required_documents"), json);
    QStringList types;
    for (const QJsonValue &v : doc.array()) {
        if (!v.isString())
            return badValue(id, QStringLiteral("required_documents"), json);
        types.append(v.toString());
    }
    return types;
}

Status loadPlanRow(const QSqlDatabase &db, const QString &id, MaPlan &plan)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT year, name, product, contribution_fen, enrol_from, enrol_to, term_start,"
        " term_end, waiting_days, deductible_admission_fen, deductible_term_fen, band_mode,"
        " min_payout_fen, min_payout_rule, cap_claim_fen, cap_member_term_fen, deadline_days,"
        " deadline_date, required_documents, notes FROM ma_plans WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("ma_plans"));
    if (!q.next())
        return Error{Text::tr("The mutual-aid plan %1 does not exist.").arg(id)};

    plan.id = id;
    plan.year = q.value(0).toInt();
    plan.name = q.value(1).toString();
    const auto product = MaPlan::productFromCode(q.value(2).toString());
    if (!product)
        return badValue(id, QStringLiteral("product"), q.value(2).toString());
    plan.product = *product;
    plan.contribution = Money::fromFen(q.value(3).toLongLong());
    plan.enrolFrom = date(q.value(4));
    plan.enrolTo = date(q.value(5));
    plan.termStart = date(q.value(6));
    plan.termEnd = date(q.value(7));
    plan.waitingDays = optionalInt(q.value(8));
    plan.deductibleAdmission = optionalMoney(q.value(9));
    plan.deductibleTerm = optionalMoney(q.value(10));
    const auto mode = MaPlan::bandModeFromCode(q.value(11).toString());
    if (!mode)
        return badValue(id, QStringLiteral("band_mode"), q.value(11).toString());
    plan.bandMode = *mode;
    plan.minPayout = optionalMoney(q.value(12));
    const auto rule = MaPlan::minPayoutRuleFromCode(q.value(13).toString());
    if (!rule)
        return badValue(id, QStringLiteral("min_payout_rule"), q.value(13).toString());
    plan.minPayoutRule = *rule;
    plan.capClaim = optionalMoney(q.value(14));
    plan.capMemberTerm = optionalMoney(q.value(15));
    plan.deadlineDays = optionalInt(q.value(16));
    plan.deadlineDate = date(q.value(17));
    Result<QStringList> documents = documentTypes(id, q.value(18).toString());
    if (!documents)
        return documents.error();
    plan.requiredDocuments = *documents;
    plan.notes = q.value(19).toString();
    return {};
}

Status loadBands(const QSqlDatabase &db, MaPlan &plan)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT lower_fen, upper_fen, ratio_permille FROM ma_plan_bands"
                             " WHERE plan_id = ? ORDER BY lower_fen"));
    q.addBindValue(plan.id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("ma_plan_bands"));
    while (q.next())
        plan.bands.append({Money::fromFen(q.value(0).toLongLong()), optionalMoney(q.value(1)),
                           q.value(2).toInt()});
    return {};
}

Status loadDiseases(const QSqlDatabase &db, MaPlan &plan)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code, name, lump_sum_fen FROM ma_listed_diseases"
                             " WHERE plan_id = ? ORDER BY code"));
    q.addBindValue(plan.id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("ma_listed_diseases"));
    while (q.next())
        plan.listedDiseases.append({q.value(0).toString(), q.value(1).toString(),
                                    Money::fromFen(q.value(2).toLongLong())});
    return {};
}

} // namespace

namespace MaPlans {

Result<MaPlan> load(const QSqlDatabase &db, const QString &id)
{
    MaPlan plan;
    if (Status s = loadPlanRow(db, id, plan); !s)
        return s.error();
    if (Status s = loadBands(db, plan); !s)
        return s.error();
    if (Status s = loadDiseases(db, plan); !s)
        return s.error();
    return plan;
}

Result<QList<MaPlan>> list(const QSqlDatabase &db, std::optional<int> year)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM ma_plans WHERE ? IS NULL OR year = ?"
                             " ORDER BY year DESC, name, id"));
    const QVariant wanted = year ? QVariant(*year) : QVariant();
    q.addBindValue(wanted);
    q.addBindValue(wanted);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("ma_plans"));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    QList<MaPlan> plans;
    for (const QString &id : std::as_const(ids)) {
        Result<MaPlan> plan = load(db, id);
        if (!plan)
            return plan.error();
        plans.append(std::move(plan).value());
    }
    return plans;
}

} // namespace MaPlans

#include "maclaimpayout.h"

#include "auditlog.h"
#include "maclaims.h"
#include "maplan.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The plan and the payment date of an enrolment.
struct EnrolmentPlan
{
    MaPlan plan;
    EnrolmentFacts facts;
};

Result<EnrolmentPlan> enrolmentPlan(const QSqlDatabase &db, const QString &enrolmentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT plan_id, paid_on FROM ma_enrolments WHERE id = ?"));
    q.addBindValue(enrolmentId);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    if (!q.next())
        return Error{MaClaims::tr("Choose the enrolment the claim is made under.")};
    auto plan = MaPlans::load(db, q.value(0).toString());
    if (!plan)
        return plan.error();
    EnrolmentPlan result{plan.value(), {}};
    if (!q.value(1).isNull())
        result.facts.paidOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    return result;
}

ClaimFacts factsOf(const MaClaimInput &input, const QDate &submittedOn)
{
    ClaimFacts facts;
    facts.admittedOn = input.admittedOn;
    facts.dischargedOn = input.dischargedOn;
    facts.submittedOn = submittedOn;
    facts.diseaseCode = input.diseaseCode.trimmed();
    for (const MaInvoice &invoice : input.invoices)
        facts.invoiceShares.append(invoice.personal);
    return facts;
}

} // namespace

namespace MaClaimPayout {

QDate localDay(const QDateTime &at)
{
    return at.toLocalTime().date();
}

Result<QList<PriorPayout>> priors(const QSqlDatabase &db, const QString &enrolmentId,
                                  const QString &exceptClaimId, const QDateTime &asOf)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT coalesce(c.approved_payout_fen, 0), coalesce(c.disease_code, ''),"
        " (SELECT coalesce(sum(i.personal_fen), 0) FROM ma_invoices i WHERE i.claim_id = c.id)"
        " FROM ma_claims c WHERE c.enrolment_id = ? AND c.id <> ?"
        " AND c.status IN ('approved', 'paid') AND c.decided_at <= ?"
        " ORDER BY c.decided_at, c.id"));
    q.addBindValue(enrolmentId);
    q.addBindValue(exceptClaimId.isEmpty() ? QStringLiteral("") : exceptClaimId);
    q.addBindValue(AuditLog::timestamp(asOf));
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    QList<PriorPayout> list;
    while (q.next())
        list.append({Money::fromFen(q.value(2).toLongLong()),
                     Money::fromFen(q.value(0).toLongLong()), q.value(1).toString()});
    return list;
}

Result<PayoutResult> compute(const QSqlDatabase &db, const QString &claimId, const QDateTime &asOf)
{
    auto claim = MaClaims::load(db, claimId);
    if (!claim)
        return claim.error();
    auto enrolment = enrolmentPlan(db, claim->input.enrolmentId);
    if (!enrolment)
        return enrolment.error();
    auto earlier = priors(db, claim->input.enrolmentId, claimId, asOf);
    if (!earlier)
        return earlier.error();
    const QDate today = localDay(asOf);
    const QDate submitted = claim->submittedAt.isValid() ? localDay(claim->submittedAt) : today;
    return PayoutEngine::compute(enrolment->plan, factsOf(claim->input, submitted),
                                 enrolment->facts, earlier.value(), today);
}

Result<PayoutResult> quote(const QSqlDatabase &db, const MaClaimInput &input,
                           const QString &claimId, const QDate &today)
{
    auto enrolment = enrolmentPlan(db, input.enrolmentId);
    if (!enrolment)
        return enrolment.error();
    // Every decision so far counts: the end of today, in UTC as stored.
    const QDateTime endOfToday = QDateTime(today.addDays(1), QTime(0, 0)).addMSecs(-1).toUTC();
    auto earlier = priors(db, input.enrolmentId, claimId, endOfToday);
    if (!earlier)
        return earlier.error();
    return PayoutEngine::compute(enrolment->plan, factsOf(input, QDate()), enrolment->facts,
                                 earlier.value(), today);
}

} // namespace MaClaimPayout

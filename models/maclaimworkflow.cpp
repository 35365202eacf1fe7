#include "maclaimworkflow.h"

#include "auditlog.h"
#include "codelabels.h"
#include "maclaimduplicates.h"
#include "maclaimpayout.h"
#include "maclaims.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Claims = QStringLiteral("ma_claims");

// "Claim MA-2026-000003 is approved. Only a submitted claim can be rejected."
Error wrongStatus(const MaClaim &claim, const QString &rule)
{
    return Error{MaClaimWorkflow::tr("Claim %1 is %2.")
                         .arg(claim.claimNo.isEmpty() ? claim.personName : claim.claimNo,
                              CodeLabels::claimStatus(claim.status).toLower()) +
                     u' ' + rule,
                 claim.claimNo};
}

// The four-eyes rule and the status every decision starts from.
Result<MaClaim> decidable(AuditedWriter &writer, const QString &claimId, const QString &rule)
{
    if (Status s = writer.require(Permission::DecideClaims); !s)
        return s.error();
    auto claim = MaClaims::load(writer.database(), claimId);
    if (!claim)
        return claim;
    if (claim->status != MaClaimStatus::Submitted)
        return wrongStatus(*claim, rule);
    if (writer.user() && claim->createdBy == writer.user()->id)
        return Error{MaClaimWorkflow::tr("You entered this claim yourself; another supervisor "
                                         "must decide on it."),
                     claim->claimNo};
    return claim;
}

QString refusalText(const PayoutResult &result)
{
    QStringList reasons;
    for (const PayoutStep &step : result.trace)
        if (step.kind == PayoutStep::Kind::Refusal)
            reasons.append(step.text);
    return reasons.join(u' ');
}

} // namespace

Result<QString> MaClaimWorkflow::nextClaimNumber(const QSqlDatabase &db, int year)
{
    const QString prefix = QStringLiteral("MA-%1-").arg(year, 4, 10, QLatin1Char('0'));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(CAST(substr(claim_no, ?) AS INTEGER)), 0)"
                             " FROM ma_claims WHERE substr(claim_no, 1, ?) = ?"));
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), db.databaseName());
    return prefix + QStringLiteral("%1").arg(q.value(0).toLongLong() + 1, 6, 10, QLatin1Char('0'));
}

Result<QString> MaClaimWorkflow::submit(AuditedWriter &writer, const QString &claimId)
{
    if (Status s = writer.require(Permission::EditClaims); !s)
        return s.error();
    auto claim = MaClaims::load(writer.database(), claimId);
    if (!claim)
        return claim.error();
    if (!claim->isDraft())
        return wrongStatus(*claim, tr("Only a draft can be submitted."));
    const QDateTime now = writer.now();
    if (Status s = MaClaims::check(writer.database(), claim->input, MaClaimPayout::localDay(now));
        !s)
        return s.error();
    if (claim->input.invoices.isEmpty())
        return Error{tr("Add the invoices before submitting the claim.")};
    auto duplicates = MaClaimDuplicates::ofClaim(writer.database(), claimId);
    if (!duplicates)
        return duplicates.error();
    for (const MaDuplicateInvoice &d : duplicates.value())
        if (d.blocks())
            return Error{MaClaimDuplicates::describe(d) + u' ' +
                         tr("The same invoice cannot be claimed twice; check both claims.")};

    auto payout = MaClaimPayout::compute(writer.database(), claimId, now);
    if (!payout)
        return payout.error();
    auto number = nextClaimNumber(writer.database(), claim->planYear);
    if (!number)
        return number;
    if (Status s =
            writer.update(Permission::EditClaims, Claims, claimId,
                          {{QStringLiteral("status"), MaClaimStatus::Submitted},
                           {QStringLiteral("claim_no"), number.value()},
                           {QStringLiteral("submitted_at"), AuditLog::timestamp(now)},
                           {QStringLiteral("computed_payout_fen"), payout->payout.fen()},
                           {QStringLiteral("explanation"), PayoutEngine::plainText(*payout)}});
        !s)
        return s.error();
    return number;
}

Status MaClaimWorkflow::approve(AuditedWriter &writer, const QString &claimId)
{
    auto claim = decidable(writer, claimId, tr("Only a submitted claim can be approved."));
    if (!claim)
        return claim.error();
    const QDateTime now = writer.now();
    auto payout = MaClaimPayout::compute(writer.database(), claimId, now);
    if (!payout)
        return payout.error();
    if (payout->refused)
        return Error{tr("The plan pays nothing for this claim: %1 Reject it, giving the reason.")
                         .arg(refusalText(*payout)),
                     claim->claimNo};
    return writer.update(Permission::DecideClaims, Claims, claimId,
                         {{QStringLiteral("status"), MaClaimStatus::Approved},
                          {QStringLiteral("computed_payout_fen"), payout->payout.fen()},
                          {QStringLiteral("explanation"), PayoutEngine::plainText(*payout)},
                          {QStringLiteral("approved_payout_fen"), payout->payout.fen()},
                          {QStringLiteral("decided_by"), writer.user()->id},
                          {QStringLiteral("decided_at"), AuditLog::timestamp(now)}});
}

Status MaClaimWorkflow::reject(AuditedWriter &writer, const QString &claimId, const QString &reason)
{
    auto claim = decidable(writer, claimId, tr("Only a submitted claim can be rejected."));
    if (!claim)
        return claim.error();
    if (reason.trimmed().isEmpty())
        return Error{tr("Give the reason for rejecting the claim; the member is told it."),
                     claim->claimNo};
    return writer.update(Permission::DecideClaims, Claims, claimId,
                         {{QStringLiteral("status"), MaClaimStatus::Rejected},
                          {QStringLiteral("rejection_reason"), reason.trimmed()},
                          {QStringLiteral("decided_by"), writer.user()->id},
                          {QStringLiteral("decided_at"), AuditLog::timestamp(writer.now())}});
}

Status MaClaimWorkflow::markPaid(AuditedWriter &writer, const QString &claimId, const QDate &paidOn,
                                 const QString &reference)
{
    if (Status s = writer.require(Permission::DecideClaims); !s)
        return s;
    auto claim = MaClaims::load(writer.database(), claimId);
    if (!claim)
        return claim.error();
    if (claim->status != MaClaimStatus::Approved)
        return wrongStatus(*claim, tr("Only an approved claim can be marked as paid."));
    if (!paidOn.isValid())
        return Error{tr("Enter the day the payout was paid."), claim->claimNo};
    const QDate approvedOn = MaClaimPayout::localDay(claim->decidedAt);
    if (paidOn < approvedOn)
        return Error{tr("The payment date %1 is before the approval on %2.")
                         .arg(paidOn.toString(Qt::ISODate), approvedOn.toString(Qt::ISODate)),
                     claim->claimNo};
    if (paidOn > MaClaimPayout::localDay(writer.now()))
        return Error{tr("The payment date %1 is in the future.").arg(paidOn.toString(Qt::ISODate)),
                     claim->claimNo};
    if (reference.trimmed().isEmpty())
        return Error{tr("Enter the payment reference (bank reference or receipt number)."),
                     claim->claimNo};
    return writer.update(Permission::DecideClaims, Claims, claimId,
                         {{QStringLiteral("status"), MaClaimStatus::Paid},
                          {QStringLiteral("paid_on"), paidOn.toString(Qt::ISODate)},
                          {QStringLiteral("payment_reference"), reference.trimmed()}});
}

MaClaimActions MaClaimWorkflow::actions(const MaClaim &claim,
                                        const std::optional<CurrentUser> &user)
{
    MaClaimActions a;
    if (!user)
        return a;
    const bool enters = Permissions::allows(user->role, Permission::EditClaims);
    const bool decides = Permissions::allows(user->role, Permission::DecideClaims);
    const bool own = claim.createdBy == user->id;
    a.edit = enters && claim.isDraft();
    a.submit = a.edit && !claim.input.invoices.isEmpty();
    a.approve = decides && !own && claim.status == MaClaimStatus::Submitted;
    a.reject = a.approve;
    a.pay = decides && claim.status == MaClaimStatus::Approved;
    return a;
}

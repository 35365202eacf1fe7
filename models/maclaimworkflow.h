// MaClaimWorkflow: how a mutual-aid claim moves on — draft → submitted →
// approved or rejected (with a reason) → paid (date, payment reference) — and
// who may move it. Submission checks the claim, refuses duplicate invoices,
// numbers the claim and stores the payout the engine computes with its
// explanation; approval recomputes it (decisions made meanwhile count towards
// the term cap) and stores it as the approved payout. Nobody approves or
// rejects a claim they entered themselves (four-eyes), whatever their role.
// Everything is enforced here and in the AuditedWriter, not in the interface.
#pragma once

#include "auditedwriter.h"
#include "currentuser.h"
#include "error.h"
#include "maclaim.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

/// What the signed-in user may do with a claim now, for enabling buttons.
/// The functions below check again (and more: duplicates, the payout).
struct MaClaimActions
{
    bool edit = false; ///< change the draft, its invoices and attachments; delete it
    bool submit = false;
    bool approve = false;
    bool reject = false;
    bool pay = false;
};

class MaClaimWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(MaClaimWorkflow)

public:
    /// Hands in draft \a claimId and returns its new claim number. Needs
    /// Permission::EditClaims. Refused: not a draft, no invoices, a problem of
    /// MaClaims::check(), an invoice that blocks as a duplicate (the Error
    /// names the other claim). The payout is computed as of the writer's clock.
    static Result<QString> submit(AuditedWriter &writer, const QString &claimId);
    /// Approves submitted claim \a claimId at the payout computed now. Needs
    /// Permission::DecideClaims; refused for the claim's own creator and when
    /// the engine refuses the claim (then reject it, giving the reason).
    static Status approve(AuditedWriter &writer, const QString &claimId);
    /// Rejects submitted claim \a claimId; \a reason is required. Same rules
    /// on who may as approve().
    static Status reject(AuditedWriter &writer, const QString &claimId, const QString &reason);
    /// Records that approved claim \a claimId was paid on \a paidOn (not before
    /// the approval, not in the future) with \a reference (bank reference or
    /// cash receipt). Needs Permission::DecideClaims.
    static Status markPaid(AuditedWriter &writer, const QString &claimId, const QDate &paidOn,
                           const QString &reference);

    static MaClaimActions actions(const MaClaim &claim, const std::optional<CurrentUser> &user);

    /// The next claim number of plan year \a year: "MA-2026-000001" and up.
    /// Numbers are given at submission, per plan year, in submission order.
    static Result<QString> nextClaimNumber(const QSqlDatabase &db, int year);
};

// AidDecisions: the supervisors' side of a proposal — approve, reject with a
// reason, or return for changes — one by one or in bulk, and the approvals
// inbox. Rules (enforced here, whatever the interface shows): only
// supervisors decide; nobody decides on a proposal they made; a proposal above
// its programme's threshold needs a second approval by a different
// supervisor; every decision is stored with who, when and the comment.
#pragma once

#include "aidproposal.h"
#include "auditedwriter.h"
#include "currentuser.h"
#include "error.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

/// A submitted proposal as the inbox lists it.
struct AidInboxItem
{
    QString id;
    QString programmeName;
    QString headName;
    QString fileNo;
    QString divisionName;
    QString category; ///< code
    Money amount;
    QDateTime submittedAt;
    QString proposerName;
    int stage = 1;       ///< the approval due: 1, or 2 when the first is given
    int warningCount = 0;
    bool mayDecide = false;
    QString whyNot;      ///< why the signed-in user may not decide, translated
};

class AidDecisions
{
    Q_DECLARE_TR_FUNCTIONS(AidDecisions)

public:
    /// Records \a kind on submitted proposal \a id. Reject and return need a
    /// comment (the caseworker reads it). Approval at stage 1 of a proposal
    /// that needs two leaves it submitted, waiting for the second.
    static Status decide(AuditedWriter &writer, const QString &id, AidDecision::Kind kind,
                         const QString &comment);
    /// decide() for each of \a ids in order, all or nothing: the first refusal
    /// is returned (naming the proposal) and the caller's transaction rolls
    /// back. Returns how many were decided.
    static Result<int> decideMany(AuditedWriter &writer, const QStringList &ids,
                                  AidDecision::Kind kind, const QString &comment);
    /// Whether \a user may decide on \a proposal now (the same rules as decide()).
    static Status mayDecide(const AidProposal &proposal, const std::optional<CurrentUser> &user,
                            bool needsSecondApproval);
    /// The approval stage a submitted proposal waits for (1 or 2).
    static int stageDue(const AidProposal &proposal);
    /// Submitted proposals, oldest first, each with whether \a user may decide it.
    static Result<QList<AidInboxItem>> inbox(const QSqlDatabase &db,
                                             const std::optional<CurrentUser> &user);
};

// AidProposal: a caseworker's request for aid for one household (aid_requests
// with its decisions), as the proposal form, the approvals inbox and the
// household's history read it. AidProposals (aidproposals.h) writes it.
#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace AidStatus {
inline const QString Draft = QStringLiteral("draft");
inline const QString Submitted = QStringLiteral("submitted");
inline const QString Returned = QStringLiteral("returned");
inline const QString Approved = QStringLiteral("approved");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace AidStatus

/// Something the caseworker is warned about before submitting, and the answer
/// they gave (stored with the proposal as JSON).
struct AidWarning
{
    /// "received_this_year", "count_limit", "amount_limit", "reverification_overdue",
    /// "exited", "not_filed"
    QString code;
    QString text;   ///< the warning as shown, in the language of the day it was shown
    QString answer; ///< the caseworker's explanation; required to submit
};

/// One decision on a proposal (aid_approvals).
struct AidDecision
{
    enum class Kind { Approve, Reject, Return };
    QString id;
    int round = 1; ///< the submission it decided (a returned proposal is submitted again)
    int stage = 1; ///< 1 = first supervisor, 2 = the second above the programme's threshold
    Kind kind = Kind::Approve;
    QString comment;
    QString decidedBy;
    QString decidedByName;
    QDateTime decidedAt;

    static QString code(Kind kind);
    static bool fromCode(const QString &code, Kind *kind);
    /// "Approved", "Rejected", "Returned for changes", translated.
    static QString label(Kind kind);
};

struct AidProposal
{
    QString id;
    QString programmeId;
    QString householdId;
    QString memberId; ///< the student for programmes that require one
    Money amount;
    QString reason;
    QString status = AidStatus::Draft;
    int round = 1;
    QList<AidWarning> warnings; ///< as answered at the last submission
    QDateTime submittedAt;
    QString createdBy;
    QDateTime createdAt;

    // Read with the proposal, for display.
    QString programmeName;
    QString headName;
    QString fileNo;
    QString memberName;
    QString createdByName;
    QList<AidDecision> decisions; ///< every round, oldest first

    bool isEditable() const { return status == AidStatus::Draft || status == AidStatus::Returned; }
    /// Decisions of the current round.
    QList<AidDecision> currentDecisions() const
    {
        QList<AidDecision> current;
        for (const AidDecision &d : decisions)
            if (d.round == round)
                current.append(d);
        return current;
    }
};

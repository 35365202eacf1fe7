#include "aiddecisions.h"

#include "aidprogramme.h"
#include "aidproposals.h"
#include "auditlog.h"
#include "codelabels.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The first approval of the current round, if given.
const AidDecision *firstApproval(const QList<AidDecision> &current)
{
    for (const AidDecision &d : current)
        if (d.kind == AidDecision::Kind::Approve && d.stage == 1)
            return &d;
    return nullptr;
}

QString proposalName(const AidProposal &p)
{
    return AidDecisions::tr("%1 for %2 (%3)")
        .arg(p.programmeName, p.headName, p.amount.toStringWithSymbol());
}

} // namespace

int AidDecisions::stageDue(const AidProposal &proposal)
{
    const QList<AidDecision> current = proposal.currentDecisions();
    return firstApproval(current) ? 2 : 1;
}

Status AidDecisions::mayDecide(const AidProposal &p, const std::optional<CurrentUser> &user,
                               bool needsSecondApproval)
{
    if (!user)
        return Error{tr("Sign in to decide on aid.")};
    if (!Permissions::allows(user->role, Permission::DecideAid))
        return Error{tr("Only supervisors decide on aid.")};
    if (p.status != AidStatus::Submitted)
        return Error{tr("This proposal is %1; only a submitted proposal can be decided.")
                         .arg(CodeLabels::aidRequestStatus(p.status).toLower())};
    if (p.createdBy == user->id)
        return Error{tr("You proposed this aid yourself; another supervisor must decide on it.")};
    const QList<AidDecision> current = p.currentDecisions();
    const AidDecision *first = firstApproval(current);
    if (first && needsSecondApproval && first->decidedBy == user->id)
        return Error{tr("You gave the first approval; a second, different supervisor must give "
                        "the second.")};
    return {};
}

Status AidDecisions::decide(AuditedWriter &writer, const QString &id, AidDecision::Kind kind,
                            const QString &comment)
{
    if (Status s = writer.require(Permission::DecideAid); !s)
        return s;
    auto p = AidProposals::load(writer.database(), id);
    if (!p)
        return p.error();
    auto programme = AidProgrammes::load(writer.database(), p->programmeId);
    if (!programme)
        return programme.error();
    const bool needsTwo = programme->needsSecondApproval(p->amount);
    if (Status s = mayDecide(*p, writer.user(), needsTwo); !s)
        return Error{s.error().message, proposalName(*p)};
    if (kind != AidDecision::Kind::Approve && comment.trimmed().isEmpty())
        return Error{kind == AidDecision::Kind::Reject
                         ? tr("Give the reason for rejecting; the caseworker and the household "
                              "are told it.")
                         : tr("Say what must be changed; the caseworker reads it."),
                     proposalName(*p)};
    const int stage = stageDue(*p);
    const QString at = AuditLog::timestamp(writer.now());
    if (auto inserted = writer.insert(Permission::DecideAid, QStringLiteral("aid_approvals"),
                                      {{QStringLiteral("request_id"), id},
                                       {QStringLiteral("round"), p->round},
                                       {QStringLiteral("stage"), stage},
                                       {QStringLiteral("decision"), AidDecision::code(kind)},
                                       // Never NULL (the column is NOT NULL): a null QString binds as NULL.
                                       {QStringLiteral("comment"), comment.trimmed().isNull()
                                                                       ? QStringLiteral("")
                                                                       : comment.trimmed()},
                                       {QStringLiteral("decided_by"), writer.user()->id},
                                       {QStringLiteral("decided_at"), at}});
        !inserted)
        return inserted.error();
    QString status;
    switch (kind) {
    case AidDecision::Kind::Approve:
        if (needsTwo && stage == 1)
            return {}; // waits for the second supervisor
        status = AidStatus::Approved;
        break;
    case AidDecision::Kind::Reject:
        status = AidStatus::Rejected;
        break;
    case AidDecision::Kind::Return:
        status = AidStatus::Returned;
        break;
    }
    return writer.update(Permission::DecideAid, QStringLiteral("aid_requests"), id,
                         {{QStringLiteral("status"), status}});
}

Result<int> AidDecisions::decideMany(AuditedWriter &writer, const QStringList &ids,
                                     AidDecision::Kind kind, const QString &comment)
{
    int decided = 0;
    for (const QString &id : ids) {
        if (Status s = decide(writer, id, kind, comment); !s)
            return s.error();
        ++decided;
    }
    return decided;
}

Result<QList<AidInboxItem>> AidDecisions::inbox(const QSqlDatabase &db,
                                                const std::optional<CurrentUser> &user)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT r.id, p.name,"
            "       coalesce((SELECT m.name FROM members m WHERE m.household_id = h.id"
            "                   AND m.is_head = 1), ''),"
            "       coalesce(h.file_no, ''), coalesce(d.name, h.division_code),"
            "       coalesce(h.category, ''), r.amount_fen, r.submitted_at,"
            "       coalesce(u.display_name, ''), json_array_length(r.warnings), r.created_by,"
            "       p.second_approval_above_fen,"
            "       (SELECT a.decided_by FROM aid_approvals a WHERE a.request_id = r.id"
            "           AND a.round = r.round AND a.stage = 1 AND a.decision = 'approve')"
            "  FROM aid_requests r JOIN aid_programmes p ON p.id = r.programme_id"
            "  JOIN households h ON h.id = r.household_id"
            "  LEFT JOIN divisions d ON d.code = h.division_code"
            "  LEFT JOIN users u ON u.id = r.created_by"
            " WHERE r.status = 'submitted' ORDER BY r.submitted_at, r.id")))
        return sqlError(q.lastError(), QStringLiteral("aid_requests"));
    QList<AidInboxItem> items;
    while (q.next()) {
        AidInboxItem item;
        item.id = q.value(0).toString();
        item.programmeName = q.value(1).toString();
        item.headName = q.value(2).toString();
        item.fileNo = q.value(3).toString();
        item.divisionName = q.value(4).toString();
        item.category = q.value(5).toString();
        item.amount = Money::fromFen(q.value(6).toLongLong());
        item.submittedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        item.proposerName = q.value(8).toString();
        item.warningCount = q.value(9).toInt();
        const QString firstApprover = q.value(12).toString();
        item.stage = firstApprover.isEmpty() ? 1 : 2;

        // The same rules as mayDecide(), from what the query read.
        AidProposal p;
        p.status = AidStatus::Submitted;
        p.createdBy = q.value(10).toString();
        if (!firstApprover.isEmpty()) {
            AidDecision first;
            first.stage = 1;
            first.decidedBy = firstApprover;
            p.decisions.append(first);
        }
        const bool needsTwo =
            !q.value(11).isNull() && item.amount.fen() > q.value(11).toLongLong();
        const Status may = mayDecide(p, user, needsTwo);
        item.mayDecide = may.ok();
        if (!may)
            item.whyNot = may.error().message;
        items.append(item);
    }
    return items;
}

#include "aidproposals.h"

#include "aidprogramme.h"
#include "auditlog.h"
#include "codelabels.h"
#include "maclaimpayout.h"
#include "sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Table = QStringLiteral("aid_requests");

QDateTime timestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QList<AidWarning> warningsFromJson(const QByteArray &json)
{
    QList<AidWarning> warnings;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        warnings.append({o.value(QLatin1String("code")).toString(),
                         o.value(QLatin1String("text")).toString(),
                         o.value(QLatin1String("answer")).toString()});
    }
    return warnings;
}

QString warningsToJson(const QList<AidWarning> &warnings)
{
    QJsonArray array;
    for (const AidWarning &w : warnings)
        array.append(QJsonObject{{QStringLiteral("code"), w.code},
                                 {QStringLiteral("text"), w.text},
                                 {QStringLiteral("answer"), w.answer}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const QString SelectProposal = QStringLiteral(
    "SELECT r.id, r.programme_id, r.household_id, coalesce(r.member_id, ''), r.amount_fen,"
    "       r.reason, r.status, r.round, r.warnings, r.submitted_at, coalesce(r.created_by, ''),"
    "       r.created_at, p.name, coalesce(h.file_no, ''),"
    "       coalesce((SELECT m.name FROM members m WHERE m.household_id = h.id AND m.is_head = 1),"
    "                ''),"
    "       coalesce((SELECT m.name FROM members m WHERE m.id = r.member_id), ''),"
    "       coalesce((SELECT u.display_name FROM users u WHERE u.id = r.created_by), '')"
    "  FROM aid_requests r JOIN aid_programmes p ON p.id = r.programme_id"
    "  JOIN households h ON h.id = r.household_id ");

AidProposal fromQuery(const QSqlQuery &q)
{
    AidProposal p;
    p.id = q.value(0).toString();
    p.programmeId = q.value(1).toString();
    p.householdId = q.value(2).toString();
    p.memberId = q.value(3).toString();
    p.amount = Money::fromFen(q.value(4).toLongLong());
    p.reason = q.value(5).toString();
    p.status = q.value(6).toString();
    p.round = q.value(7).toInt();
    p.warnings = warningsFromJson(q.value(8).toByteArray());
    p.submittedAt = timestamp(q.value(9));
    p.createdBy = q.value(10).toString();
    p.createdAt = timestamp(q.value(11));
    p.programmeName = q.value(12).toString();
    p.fileNo = q.value(13).toString();
    p.headName = q.value(14).toString();
    p.memberName = q.value(15).toString();
    p.createdByName = q.value(16).toString();
    return p;
}

Status loadDecisions(const QSqlDatabase &db, AidProposal &p)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.round, a.stage, a.decision, a.comment, a.decided_by,"
        "       coalesce(u.display_name, a.decided_by), a.decided_at"
        "  FROM aid_approvals a LEFT JOIN users u ON u.id = a.decided_by"
        " WHERE a.request_id = ? ORDER BY a.decided_at, a.round, a.stage, a.id"));
    q.addBindValue(p.id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("aid_approvals"));
    while (q.next()) {
        AidDecision d;
        d.id = q.value(0).toString();
        d.round = q.value(1).toInt();
        d.stage = q.value(2).toInt();
        AidDecision::fromCode(q.value(3).toString(), &d.kind);
        d.comment = q.value(4).toString();
        d.decidedBy = q.value(5).toString();
        d.decidedByName = q.value(6).toString();
        d.decidedAt = timestamp(q.value(7));
        p.decisions.append(d);
    }
    return {};
}

struct HouseholdFacts
{
    QString status;
    QString category;
    QDate nextDue;
    QDate exitedOn;
    bool exists = false;
};

Result<HouseholdFacts> householdFacts(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status, coalesce(category, ''), next_due_on, exited_on"
                             "  FROM households WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("households"));
    HouseholdFacts f;
    if (q.next()) {
        f.exists = true;
        f.status = q.value(0).toString();
        f.category = q.value(1).toString();
        f.nextDue = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        f.exitedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    }
    return f;
}

// The proposer, or any supervisor, may change or withdraw a proposal.
Status requireOwnerOrSupervisor(const AuditedWriter &writer, const AidProposal &p)
{
    if (writer.user() && (writer.user()->id == p.createdBy ||
                          Permissions::allows(writer.user()->role, Permission::DecideAid)))
        return {};
    return Error{AidProposals::tr("Only the caseworker who proposed this aid, or a supervisor, "
                                  "may change it."),
                 p.headName};
}

} // namespace

QString AidDecision::code(Kind kind)
{
    switch (kind) {
    case Kind::Approve:
        return QStringLiteral("approve");
    case Kind::Reject:
        return QStringLiteral("reject");
    case Kind::Return:
        return QStringLiteral("return");
    }
    return {};
}

bool AidDecision::fromCode(const QString &code, Kind *kind)
{
    for (Kind k : {Kind::Approve, Kind::Reject, Kind::Return}) {
        if (AidDecision::code(k) == code) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString AidDecision::label(Kind kind)
{
    switch (kind) {
    case Kind::Approve:
        return AidProposals::tr("Approved");
    case Kind::Reject:
        return AidProposals::tr("Rejected");
    case Kind::Return:
        return AidProposals::tr("Returned for changes");
    }
    return {};
}

QDate AidProposals::today(const AuditedWriter &writer)
{
    return MaClaimPayout::localDay(writer.now());
}

Result<AidProposal> AidProposals::load(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(SelectProposal + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    if (!q.next())
        return Error{tr("The aid proposal no longer exists."), id};
    AidProposal p = fromQuery(q);
    if (Status s = loadDecisions(db, p); !s)
        return s.error();
    return p;
}

Result<QList<AidProposal>> AidProposals::ofHousehold(const QSqlDatabase &db,
                                                     const QString &householdId)
{
    QSqlQuery q(db);
    q.prepare(SelectProposal +
              QStringLiteral("WHERE r.household_id = ? ORDER BY r.created_at DESC, r.id"));
    q.addBindValue(householdId);
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    QList<AidProposal> list;
    while (q.next())
        list.append(fromQuery(q));
    for (AidProposal &p : list)
        if (Status s = loadDecisions(db, p); !s)
            return s.error();
    return list;
}

QStringList AidProposals::problems(const QSqlDatabase &db, const AidProposal &p,
                                   bool forSubmission)
{
    QStringList problems;
    if (p.programmeId.isEmpty()) {
        problems.append(tr("Choose the aid programme."));
        return problems;
    }
    auto programme = AidProgrammes::load(db, p.programmeId);
    if (!programme)
        return {programme.error().message};
    if (!programme->active)
        problems.append(tr("%1 is no longer offered.").arg(programme->name));
    if (p.amount.fen() <= 0)
        problems.append(tr("The amount must be more than zero."));
    if (forSubmission && p.reason.trimmed().isEmpty())
        problems.append(tr("Give the reason for the aid; the supervisor decides on it."));
    auto facts = householdFacts(db, p.householdId);
    if (!facts)
        return {facts.error().message};
    if (!facts->exists) {
        problems.append(tr("The household no longer exists."));
        return problems;
    }
    if (facts->status == QLatin1String("identified"))
        problems.append(tr("The household is not filed yet: file it (建档) before proposing aid."));
    else if (!programme->eligibleCategories.contains(facts->category))
        problems.append(tr("%1 is not for households in the category \"%2\".")
                            .arg(programme->name, CodeLabels::hardshipCategory(facts->category)));
    if (programme->requiresStudent) {
        if (p.memberId.isEmpty()) {
            problems.append(tr("%1 is paid for a student: choose the member in school.")
                                .arg(programme->name));
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT name, coalesce(school_stage, '') FROM members"
                                     " WHERE id = ? AND household_id = ?"));
            q.addBindValue(p.memberId);
            q.addBindValue(p.householdId);
            if (!q.exec() || !q.next())
                problems.append(tr("The chosen student is not a member of this household."));
            else if (!AidProgrammes::studentStages().contains(q.value(1).toString()))
                problems.append(tr("%1 is not recorded as in senior secondary school or higher "
                                   "education; correct the member's school first.")
                                    .arg(q.value(0).toString()));
        }
    }
    return problems;
}

Result<AidUsage> AidProposals::usage(const QSqlDatabase &db, const QString &programmeId,
                                     const QString &householdId, int year,
                                     const QString &exceptId)
{
    // A request counts in the year it was submitted; approved ones and those
    // still waiting for a decision both count, so that two caseworkers
    // proposing the same aid see each other.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum(amount_fen), 0) FROM aid_requests"
        " WHERE programme_id = ? AND household_id = ? AND id IS NOT ?"
        "   AND status IN ('submitted', 'approved')"
        "   AND substr(coalesce(submitted_at, created_at), 1, 4) = ?"));
    q.addBindValue(programmeId);
    q.addBindValue(householdId);
    q.addBindValue(exceptId);
    q.addBindValue(QString::number(year));
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), Table);
    return AidUsage{q.value(0).toInt(), Money::fromFen(q.value(1).toLongLong())};
}

Result<QList<AidWarning>> AidProposals::warnings(const QSqlDatabase &db, const AidProposal &p,
                                                 const QDate &today)
{
    QList<AidWarning> warnings;
    auto programme = AidProgrammes::load(db, p.programmeId);
    if (!programme)
        return programme.error();
    auto used = usage(db, p.programmeId, p.householdId, today.year(), p.id);
    if (!used)
        return used.error();
    if (used->count > 0)
        warnings.append({QStringLiteral("received_this_year"),
                         tr("This household already has %n %1 proposal(s) approved or waiting in "
                            "%2, %3 in all.",
                            nullptr, used->count)
                             .arg(programme->name)
                             .arg(today.year())
                             .arg(used->amount.toStringWithSymbol()),
                         {}});
    if (programme->maxCountPerYear > 0 && used->count + 1 > programme->maxCountPerYear)
        warnings.append({QStringLiteral("count_limit"),
                         tr("%1 is paid at most %n time(s) a year per household; this would be "
                            "payment %2.",
                            nullptr, programme->maxCountPerYear)
                             .arg(programme->name)
                             .arg(used->count + 1),
                         {}});
    if (programme->maxAmountPerYear.fen() > 0 &&
        used->amount + p.amount > programme->maxAmountPerYear)
        warnings.append({QStringLiteral("amount_limit"),
                         tr("%1 pays at most %2 a year per household; with this proposal the "
                            "household would receive %3.")
                             .arg(programme->name, programme->maxAmountPerYear.toStringWithSymbol(),
                                  (used->amount + p.amount).toStringWithSymbol()),
                         {}});
    auto facts = householdFacts(db, p.householdId);
    if (!facts)
        return facts.error();
    if (facts->status == QLatin1String("exited"))
        warnings.append({QStringLiteral("exited"),
                         tr("The household exited hardship on %1.")
                             .arg(facts->exitedOn.toString(Qt::ISODate)),
                         {}});
    else if (facts->status == QLatin1String("filed") && facts->nextDue.isValid() &&
             facts->nextDue < today)
        warnings.append({QStringLiteral("reverification_overdue"),
                         tr("The file was due for re-verification on %1 and has not been "
                            "re-verified since.")
                             .arg(facts->nextDue.toString(Qt::ISODate)),
                         {}});
    return warnings;
}

Result<QString> AidProposals::save(AuditedWriter &writer, const AidProposal &p)
{
    if (Status s = writer.require(Permission::ProposeAid); !s)
        return s.error();
    if (const QStringList found = problems(writer.database(), p, false); !found.isEmpty())
        return Error{found.join(u'\n'), p.headName};
    const RowValues values{
        {QStringLiteral("programme_id"), p.programmeId},
        {QStringLiteral("household_id"), p.householdId},
        {QStringLiteral("member_id"),
         p.memberId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.memberId)},
        {QStringLiteral("amount_fen"), p.amount.fen()},
        // A null QString is bound as NULL; reason is NOT NULL DEFAULT ''.
        {QStringLiteral("reason"), p.reason.isNull() ? QStringLiteral("") : p.reason.trimmed()},
    };
    if (p.id.isEmpty()) {
        RowValues insert = values;
        insert.append({QStringLiteral("status"), AidStatus::Draft});
        return writer.insert(Permission::ProposeAid, Table, insert);
    }
    auto stored = load(writer.database(), p.id);
    if (!stored)
        return stored.error();
    if (!stored->isEditable())
        return Error{tr("This proposal is %1: only a draft or a proposal returned for changes "
                        "can be changed.")
                         .arg(CodeLabels::aidRequestStatus(stored->status).toLower()),
                     stored->headName};
    if (Status s = requireOwnerOrSupervisor(writer, *stored); !s)
        return s.error();
    if (stored->householdId != p.householdId)
        return Error{tr("A proposal cannot move to another household; cancel it and propose "
                        "again.")};
    if (Status s = writer.update(Permission::ProposeAid, Table, p.id, values); !s)
        return s.error();
    return p.id;
}

Status AidProposals::submit(AuditedWriter &writer, const QString &id,
                            const QList<AidWarning> &answers)
{
    if (Status s = writer.require(Permission::ProposeAid); !s)
        return s;
    auto p = load(writer.database(), id);
    if (!p)
        return p.error();
    if (!p->isEditable())
        return Error{tr("This proposal is %1: only a draft or a returned proposal can be "
                        "submitted.")
                         .arg(CodeLabels::aidRequestStatus(p->status).toLower()),
                     p->headName};
    if (Status s = requireOwnerOrSupervisor(writer, *p); !s)
        return s;
    if (const QStringList found = problems(writer.database(), *p, true); !found.isEmpty())
        return Error{found.join(u'\n'), p->headName};
    auto current = warnings(writer.database(), *p, today(writer));
    if (!current)
        return current.error();
    QStringList unanswered;
    for (AidWarning &w : current.value()) {
        for (const AidWarning &a : answers)
            if (a.code == w.code)
                w.answer = a.answer.trimmed();
        if (w.answer.isEmpty())
            unanswered.append(w.text);
    }
    if (!unanswered.isEmpty())
        return Error{tr("Answer every warning before submitting (why the aid is still "
                        "needed):\n%1")
                         .arg(unanswered.join(u'\n')),
                     p->headName};
    const bool again = p->status == AidStatus::Returned;
    return writer.update(
        Permission::ProposeAid, Table, id,
        {{QStringLiteral("status"), AidStatus::Submitted},
         {QStringLiteral("round"), again ? p->round + 1 : p->round},
         {QStringLiteral("warnings"), warningsToJson(current.value())},
         {QStringLiteral("submitted_at"), AuditLog::timestamp(writer.now())}});
}

Status AidProposals::cancel(AuditedWriter &writer, const QString &id, const QString &reason)
{
    if (Status s = writer.require(Permission::ProposeAid); !s)
        return s;
    auto p = load(writer.database(), id);
    if (!p)
        return p.error();
    if (p->status != AidStatus::Draft && p->status != AidStatus::Returned &&
        p->status != AidStatus::Submitted)
        return Error{tr("This proposal is %1 and can no longer be withdrawn.")
                         .arg(CodeLabels::aidRequestStatus(p->status).toLower()),
                     p->headName};
    if (Status s = requireOwnerOrSupervisor(writer, *p); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the proposal is withdrawn."), p->headName};
    return writer.update(Permission::ProposeAid, Table, id,
                         {{QStringLiteral("status"), AidStatus::Cancelled},
                          {QStringLiteral("cancel_reason"), reason.trimmed()}});
}

// DisbursementBatches, writing: new batches and their lines, taking a line
// off, revising a printed batch, recording payments. Reading is in
// disbursementbatchreads.cpp.
#include "disbursementbatches.h"

#include "aidprogramme.h"
#include "aidproposals.h"
#include "auditlog.h"
#include "divisions.h"
#include "hardshipassessment.h"
#include "maclaimpayout.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Batches = QStringLiteral("disbursement_batches");
const QString Lines = QStringLiteral("disbursements");

Status requireOpen(const DisbursementBatch &b)
{
    if (b.status == BatchStatus::Open)
        return {};
    if (b.status == BatchStatus::Superseded)
        return Error{DisbursementBatches::tr("Batch %1 was replaced by a newer version; change "
                                             "that one.")
                         .arg(b.code()),
                     b.code()};
    return Error{DisbursementBatches::tr("Batch %1 is locked: its sheet was printed. A supervisor "
                                         "can revise it, which makes a new version.")
                     .arg(b.code()),
                 b.code()};
}

// Facts of an approved proposal needed for its line.
struct LineSource
{
    AidProposal proposal;
    QString divisionCode;
    QString communityName;
    QString headName, headId;
    QString bankAccount;
    QString studentName, studentId;
    QDate studentBirth;
};

Result<LineSource> lineSource(const QSqlDatabase &db, const QString &requestId)
{
    auto p = AidProposals::load(db, requestId);
    if (!p)
        return p.error();
    LineSource s{p.value(), {}, {}, {}, {}, {}, {}, {}, {}};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT h.division_code, coalesce(c.name, ''), coalesce(h.bank_account, ''),"
        "       coalesce(m.name, ''), coalesce(m.id_number, '')"
        "  FROM households h LEFT JOIN communities c ON c.id = h.community_id"
        "  LEFT JOIN members m ON m.household_id = h.id AND m.is_head = 1 WHERE h.id = ?"));
    q.addBindValue(s.proposal.householdId);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), QStringLiteral("households"));
    s.divisionCode = q.value(0).toString();
    s.communityName = q.value(1).toString();
    s.bankAccount = q.value(2).toString();
    s.headName = q.value(3).toString();
    s.headId = q.value(4).toString();
    if (!s.proposal.memberId.isEmpty()) {
        QSqlQuery m(db);
        m.prepare(QStringLiteral(
            "SELECT name, coalesce(id_number, ''), birth_date FROM members WHERE id = ?"));
        m.addBindValue(s.proposal.memberId);
        if (!m.exec())
            return sqlError(m.lastError(), QStringLiteral("members"));
        if (m.next()) {
            s.studentName = m.value(0).toString();
            s.studentId = m.value(1).toString();
            s.studentBirth = QDate::fromString(m.value(2).toString(), Qt::ISODate);
        }
    }
    return s;
}

Result<bool> hasLiveLine(const QSqlDatabase &db, const QString &requestId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM disbursements WHERE request_id = ? AND status <> 'cancelled'"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlError(q.lastError(), Lines);
    return q.next();
}

Result<int> lastLineNo(const QSqlDatabase &db, const QString &batchId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(line_no), 0) FROM disbursements WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), Lines);
    return q.value(0).toInt();
}

// Proposals in sheet order: by division, community and file number.
Result<QStringList> inSheetOrder(const QSqlDatabase &db, const QStringList &requestIds)
{
    struct Key
    {
        QString sortKey, id;
    };
    QList<Key> keys;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT h.division_code || '|' || coalesce(c.name, '') || '|' || coalesce(h.file_no, '')"
        "  FROM aid_requests r JOIN households h ON h.id = r.household_id"
        "  LEFT JOIN communities c ON c.id = h.community_id WHERE r.id = ?"));
    for (const QString &id : requestIds) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q.lastError(), QStringLiteral("aid_requests"));
        keys.append({q.next() ? q.value(0).toString() : QString(), id});
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const Key &a, const Key &b) { return a.sortKey < b.sortKey; });
    QStringList ordered;
    for (const Key &k : keys)
        ordered.append(k.id);
    return ordered;
}

} // namespace

Result<QString> DisbursementBatches::create(AuditedWriter &writer,
                                            const DisbursementBatchSpec &spec,
                                            const QStringList &requestIds)
{
    if (Status s = writer.require(Permission::ManageDisbursements); !s)
        return s.error();
    const QSqlDatabase db = writer.database();
    auto programme = AidProgrammes::load(db, spec.programmeId);
    if (!programme)
        return programme.error();
    const QString period = spec.period.trimmed();
    if (period.isEmpty())
        return Error{tr("Enter the period the batch pays for, e.g. \"2026 春节\"."),
                     QStringLiteral("period")};
    QString divisionName;
    if (!spec.divisionCode.isEmpty()) {
        auto name = Divisions::subdivisionName(db, spec.divisionCode);
        if (!name)
            return name.error();
        divisionName = name.value();
    }
    if (requestIds.isEmpty())
        return Error{tr("Choose the approved proposals the batch pays.")};
    const QDate today = AidProposals::today(writer);
    auto number = nextBatchNo(db, programme->code, today.year());
    if (!number)
        return number;
    QString title = spec.title.trimmed();
    if (title.isEmpty()) {
        title = tr("%1 disbursement sheet, %2").arg(programme->name, period);
        if (!divisionName.isEmpty())
            title += tr(" (%1)").arg(divisionName);
    }
    auto id = writer.insert(
        Permission::ManageDisbursements, Batches,
        {{QStringLiteral("batch_no"), number.value()},
         {QStringLiteral("version"), 1},
         {QStringLiteral("programme_id"), programme->id},
         {QStringLiteral("period"), period},
         {QStringLiteral("division_code"), spec.divisionCode.isEmpty()
                                               ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(spec.divisionCode)},
         {QStringLiteral("title"), title},
         {QStringLiteral("status"), BatchStatus::Open}});
    if (!id)
        return id;
    if (Status s = addRequests(writer, id.value(), requestIds); !s)
        return s.error();
    return id;
}

Status DisbursementBatches::addRequests(AuditedWriter &writer, const QString &batchId,
                                        const QStringList &requestIds)
{
    if (Status s = writer.require(Permission::ManageDisbursements); !s)
        return s;
    const QSqlDatabase db = writer.database();
    auto batch = load(db, batchId);
    if (!batch)
        return batch.error();
    if (Status s = requireOpen(*batch); !s)
        return s;
    auto ordered = inSheetOrder(db, requestIds);
    if (!ordered)
        return ordered.error();
    auto last = lastLineNo(db, batchId);
    if (!last)
        return last.error();
    int lineNo = last.value();
    const QDate today = AidProposals::today(writer);
    for (const QString &requestId : ordered.value()) {
        auto source = lineSource(db, requestId);
        if (!source)
            return source.error();
        const AidProposal &p = source->proposal;
        const QString who = tr("%1 for %2").arg(p.programmeName, p.headName);
        if (p.status != AidStatus::Approved)
            return Error{tr("Only approved proposals go on a batch; this one is not approved."),
                         who};
        if (p.programmeId != batch->programmeId)
            return Error{tr("The proposal is for another programme than the batch (%1).")
                             .arg(batch->programmeName),
                         who};
        if (!batch->divisionCode.isEmpty() && source->divisionCode != batch->divisionCode)
            return Error{tr("The household is not in %1, the batch's sub-district.")
                             .arg(batch->divisionName),
                         who};
        auto live = hasLiveLine(db, requestId);
        if (!live)
            return live.error();
        if (live.value())
            return Error{tr("The proposal is already on a batch."), who};

        // An adult student receives 金秋助学 in person; otherwise the head does.
        QString name = source->headName;
        QString idNumber = source->headId;
        QString remark = QStringLiteral(""); // not null: the column is NOT NULL
        if (!source->studentName.isEmpty()) {
            if (source->studentBirth.isValid() && HardshipAssessment::ageOn(source->studentBirth, today) >= 18) {
                name = source->studentName;
                idNumber = source->studentId;
            } else {
                remark = tr("For %1").arg(source->studentName);
            }
        }
        if (name.isEmpty())
            return Error{tr("The household has no head of household to receive the aid."), who};
        auto inserted = writer.insert(
            Permission::ManageDisbursements, Lines,
            {{QStringLiteral("batch_id"), batchId},
             {QStringLiteral("request_id"), requestId},
             {QStringLiteral("programme_id"), p.programmeId},
             {QStringLiteral("household_id"), p.householdId},
             {QStringLiteral("recipient_name"), name},
             {QStringLiteral("recipient_id_number"),
              idNumber.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(idNumber)},
             {QStringLiteral("amount_fen"), p.amount.fen()},
             {QStringLiteral("method"), source->bankAccount.isEmpty() ? QStringLiteral("cash")
                                                                       : QStringLiteral("bank")},
             {QStringLiteral("status"), QStringLiteral("pending")},
             {QStringLiteral("line_no"), ++lineNo},
             {QStringLiteral("remark"), remark}});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status DisbursementBatches::removeLine(AuditedWriter &writer, const QString &lineId,
                                       const QString &reason)
{
    if (Status s = writer.require(Permission::ManageDisbursements); !s)
        return s;
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT batch_id, status, recipient_name FROM disbursements WHERE id = ?"));
    q.addBindValue(lineId);
    if (!q.exec())
        return sqlError(q.lastError(), Lines);
    if (!q.next() || q.value(0).isNull())
        return Error{tr("The line is not on a batch."), lineId};
    const QString name = q.value(2).toString();
    auto batch = load(writer.database(), q.value(0).toString());
    if (!batch)
        return batch.error();
    if (Status s = requireOpen(*batch); !s)
        return s;
    if (q.value(1).toString() != QLatin1String("pending"))
        return Error{tr("Only a line not paid yet can be taken off."), name};
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the line is taken off the batch."), name};
    return writer.update(Permission::ManageDisbursements, Lines, lineId,
                         {{QStringLiteral("status"), QStringLiteral("cancelled")},
                          {QStringLiteral("cancel_reason"), reason.trimmed()}});
}

Result<QString> DisbursementBatches::revise(AuditedWriter &writer, const QString &batchId,
                                            const QString &reason)
{
    // Changing what was handed out for signatures is a supervisor's decision.
    if (Status s = writer.require(Permission::DecideAid); !s)
        return Error{tr("Only a supervisor can revise a printed batch."), s.error().where};
    if (Status s = writer.require(Permission::ManageDisbursements); !s)
        return s.error();
    const QSqlDatabase db = writer.database();
    auto batch = load(db, batchId);
    if (!batch)
        return batch.error();
    if (batch->status != BatchStatus::Printed)
        return Error{batch->status == BatchStatus::Open
                         ? tr("Batch %1 has not been printed; change it directly.").arg(batch->code())
                     : batch->status == BatchStatus::Paid
                         ? tr("Batch %1 is paid and can no longer change.").arg(batch->code())
                         : tr("Batch %1 was already replaced by a newer version.").arg(batch->code()),
                     batch->code()};
    if (batch->paidCount > 0)
        return Error{tr("%n line(s) of batch %1 are paid already; a batch with payments cannot be "
                        "revised.",
                        nullptr, batch->paidCount)
                         .arg(batch->code()),
                     batch->code()};
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the printed batch must change."), batch->code()};
    auto newId = writer.insert(
        Permission::ManageDisbursements, Batches,
        {{QStringLiteral("batch_no"), batch->batchNo},
         {QStringLiteral("version"), batch->version + 1},
         {QStringLiteral("supersedes_id"), batch->id},
         {QStringLiteral("programme_id"), batch->programmeId},
         {QStringLiteral("period"), batch->period},
         {QStringLiteral("division_code"), batch->divisionCode.isEmpty()
                                               ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(batch->divisionCode)},
         {QStringLiteral("title"), batch->title},
         {QStringLiteral("status"), BatchStatus::Open},
         {QStringLiteral("revision_reason"), reason.trimmed()}});
    if (!newId)
        return newId;
    auto current = lines(db, batchId);
    if (!current)
        return current.error();
    for (const DisbursementLine &l : current.value()) {
        if (Status s = writer.update(Permission::ManageDisbursements, Lines, l.id,
                                     {{QStringLiteral("batch_id"), newId.value()}});
            !s)
            return s.error();
    }
    if (Status s = writer.update(Permission::ManageDisbursements, Batches, batchId,
                                 {{QStringLiteral("status"), BatchStatus::Superseded}});
        !s)
        return s.error();
    return newId;
}

Status DisbursementBatches::recordPayment(AuditedWriter &writer, const QStringList &lineIds,
                                          const LinePayment &payment)
{
    if (Status s = writer.require(Permission::ManageDisbursements); !s)
        return s;
    if (lineIds.isEmpty())
        return Error{tr("Choose the lines that were paid.")};
    const QSqlDatabase db = writer.database();
    const QDate today = AidProposals::today(writer);
    const QString reference = payment.reference.trimmed();
    if (payment.method == QLatin1String("cash")) {
        if (reference != QLatin1String("signed") && reference != QLatin1String("thumbprint"))
            return Error{tr("For cash, record whether the recipient signed or gave a thumbprint.")};
    } else if (payment.method == QLatin1String("bank")) {
        if (reference.isEmpty())
            return Error{tr("Enter the bank transfer's reference.")};
    } else {
        return Error{tr("Unknown payment method \"%1\".").arg(payment.method)};
    }
    if (!payment.paidOn.isValid() || payment.paidOn > today)
        return Error{tr("The payment date cannot be in the future.")};

    QString batchId;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT batch_id, status, recipient_name FROM disbursements WHERE id = ?"));
    for (const QString &id : lineIds) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q.lastError(), Lines);
        if (!q.next() || q.value(0).isNull())
            return Error{tr("The line is not on a batch."), id};
        const QString name = q.value(2).toString();
        if (batchId.isEmpty())
            batchId = q.value(0).toString();
        else if (batchId != q.value(0).toString())
            return Error{tr("Record payments one batch at a time."), name};
        if (q.value(1).toString() != QLatin1String("pending"))
            return Error{tr("This line is %1 already.")
                             .arg(q.value(1).toString() == QLatin1String("paid") ? tr("paid")
                                                                                 : tr("cancelled")),
                         name};
    }
    auto batch = load(db, batchId);
    if (!batch)
        return batch.error();
    if (batch->status != BatchStatus::Printed)
        return Error{batch->status == BatchStatus::Open
                         ? tr("Print batch %1's sheet before recording payments: recipients sign "
                              "on it.")
                               .arg(batch->code())
                         : tr("Batch %1 takes no more payments.").arg(batch->code()),
                     batch->code()};
    if (payment.paidOn < MaClaimPayout::localDay(batch->printedAt))
        return Error{tr("The payment date is before the sheet was printed (%1).")
                         .arg(MaClaimPayout::localDay(batch->printedAt).toString(Qt::ISODate)),
                     batch->code()};
    for (const QString &id : lineIds) {
        if (Status s = writer.update(Permission::ManageDisbursements, Lines, id,
                                     {{QStringLiteral("status"), QStringLiteral("paid")},
                                      {QStringLiteral("method"), payment.method},
                                      {QStringLiteral("paid_on"), payment.paidOn.toString(Qt::ISODate)},
                                      {QStringLiteral("payment_reference"), reference}});
            !s)
            return s;
    }
    QSqlQuery pending(db);
    pending.prepare(QStringLiteral(
        "SELECT count(*) FROM disbursements WHERE batch_id = ? AND status = 'pending'"));
    pending.addBindValue(batchId);
    if (!pending.exec() || !pending.next())
        return sqlError(pending.lastError(), Lines);
    if (pending.value(0).toInt() == 0)
        return writer.update(Permission::ManageDisbursements, Batches, batchId,
                             {{QStringLiteral("status"), BatchStatus::Paid}});
    return {};
}

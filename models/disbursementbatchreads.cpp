// DisbursementBatches, reading: the batches, one batch by id or by code,
// its lines in sheet order, the approved proposals waiting for a batch and
// the next free batch number. The writes are in disbursementbatches.cpp.
#include "disbursementbatches.h"

#include "sqlerror.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Batches = QStringLiteral("disbursement_batches");
const QString Lines = QStringLiteral("disbursements");

const QString SelectBatch = QStringLiteral(
    "SELECT b.id, b.batch_no, b.version, coalesce(b.supersedes_id, ''), b.programme_id, p.name,"
    "       b.period, coalesce(b.division_code, ''), coalesce(d.name, ''), b.title, b.status,"
    "       b.printed_at, coalesce(pu.display_name, ''), coalesce(b.revision_reason, ''),"
    "       coalesce(cu.display_name, ''), b.created_at,"
    "       (SELECT count(*) FROM disbursements x WHERE x.batch_id = b.id"
    "           AND x.status <> 'cancelled'),"
    "       (SELECT count(*) FROM disbursements x WHERE x.batch_id = b.id AND x.status = 'paid'),"
    "       (SELECT coalesce(sum(x.amount_fen), 0) FROM disbursements x WHERE x.batch_id = b.id"
    "           AND x.status <> 'cancelled'),"
    "       (SELECT count(*) FROM sheet_prints s WHERE s.batch_id = b.id AND s.kind <> 'preview')"
    "  FROM disbursement_batches b JOIN aid_programmes p ON p.id = b.programme_id"
    "  LEFT JOIN divisions d ON d.code = b.division_code"
    "  LEFT JOIN users pu ON pu.id = b.printed_by"
    "  LEFT JOIN users cu ON cu.id = b.created_by ");

QDateTime timestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

DisbursementBatch batchFrom(const QSqlQuery &q)
{
    DisbursementBatch b;
    b.id = q.value(0).toString();
    b.batchNo = q.value(1).toString();
    b.version = q.value(2).toInt();
    b.supersedesId = q.value(3).toString();
    b.programmeId = q.value(4).toString();
    b.programmeName = q.value(5).toString();
    b.period = q.value(6).toString();
    b.divisionCode = q.value(7).toString();
    b.divisionName = q.value(8).toString();
    b.title = q.value(9).toString();
    b.status = q.value(10).toString();
    b.printedAt = timestamp(q.value(11));
    b.printedByName = q.value(12).toString();
    b.revisionReason = q.value(13).toString();
    b.createdByName = q.value(14).toString();
    b.createdAt = timestamp(q.value(15));
    b.lineCount = q.value(16).toInt();
    b.paidCount = q.value(17).toInt();
    b.total = Money::fromFen(q.value(18).toLongLong());
    b.printCount = q.value(19).toInt();
    return b;
}

Result<DisbursementBatch> queryOne(const QSqlDatabase &db, const QString &where,
                                   const QVariantList &binds, const QString &what)
{
    QSqlQuery q(db);
    q.prepare(SelectBatch + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q.lastError(), Batches);
    if (!q.next())
        return Error{DisbursementBatches::tr("There is no disbursement batch %1.").arg(what), what};
    return batchFrom(q);
}


} // namespace

Result<QList<DisbursementBatch>> DisbursementBatches::list(const QSqlDatabase &db,
                                                          bool withSuperseded)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(SelectBatch +
                (withSuperseded ? QString() : QStringLiteral("WHERE b.status <> 'superseded' ")) +
                QStringLiteral("ORDER BY b.created_at DESC, b.batch_no DESC, b.version DESC")))
        return sqlError(q.lastError(), Batches);
    QList<DisbursementBatch> batches;
    while (q.next())
        batches.append(batchFrom(q));
    return batches;
}

Result<DisbursementBatch> DisbursementBatches::load(const QSqlDatabase &db, const QString &id)
{
    return queryOne(db, QStringLiteral("WHERE b.id = ?"), {id}, id);
}

Result<DisbursementBatch> DisbursementBatches::findByCode(const QSqlDatabase &db,
                                                          const QString &code)
{
    const QString trimmed = code.trimmed();
    // An exact version: "SNW-2026-002-v1".
    static const QRegularExpression versioned(QStringLiteral("^(.+)-[vV](\\d+)$"));
    if (const auto m = versioned.match(trimmed); m.hasMatch()) {
        auto exact = queryOne(db, QStringLiteral("WHERE b.batch_no = ? AND b.version = ?"),
                              {m.captured(1), m.captured(2).toInt()}, trimmed);
        if (exact)
            return exact;
    }
    return queryOne(db,
                    QStringLiteral("WHERE b.batch_no = ? ORDER BY b.version DESC LIMIT 1"),
                    {trimmed}, trimmed);
}

Result<QList<DisbursementLine>> DisbursementBatches::lines(const QSqlDatabase &db,
                                                          const QString &batchId,
                                                          bool withCancelled)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT x.id, coalesce(x.line_no, 0), x.batch_id, coalesce(x.request_id, ''),"
        "       x.household_id, coalesce(h.file_no, ''), x.recipient_name,"
        "       coalesce(x.recipient_id_number, ''), coalesce(d.name, h.division_code),"
        "       coalesce(c.name, ''), coalesce(h.category, ''), p.name, x.amount_fen, x.method,"
        "       x.status, x.paid_on, coalesce(x.payment_reference, ''), x.remark,"
        "       coalesce(h.bank_name, ''), coalesce(h.bank_account, '')"
        "  FROM disbursements x JOIN households h ON h.id = x.household_id"
        "  JOIN aid_programmes p ON p.id = x.programme_id"
        "  LEFT JOIN divisions d ON d.code = h.division_code"
        "  LEFT JOIN communities c ON c.id = h.community_id"
        " WHERE x.batch_id = ? %1"
        " ORDER BY x.line_no IS NULL, x.line_no, h.division_code, c.name, h.file_no, x.id")
                  .arg(withCancelled ? QString() : QStringLiteral("AND x.status <> 'cancelled'")));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(q.lastError(), Lines);
    QList<DisbursementLine> lines;
    while (q.next()) {
        DisbursementLine l;
        l.id = q.value(0).toString();
        l.lineNo = q.value(1).toInt();
        l.batchId = q.value(2).toString();
        l.requestId = q.value(3).toString();
        l.householdId = q.value(4).toString();
        l.fileNo = q.value(5).toString();
        l.recipientName = q.value(6).toString();
        l.recipientIdNumber = q.value(7).toString();
        l.divisionName = q.value(8).toString();
        l.communityName = q.value(9).toString();
        l.category = q.value(10).toString();
        l.programmeName = q.value(11).toString();
        l.amount = Money::fromFen(q.value(12).toLongLong());
        l.method = q.value(13).toString();
        l.status = q.value(14).toString();
        l.paidOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
        l.paymentReference = q.value(16).toString();
        l.remark = q.value(17).toString();
        l.bankName = q.value(18).toString();
        l.bankAccount = q.value(19).toString();
        lines.append(l);
    }
    // Lines without a stored place (written before places were kept) are
    // numbered in the order they print.
    int next = 0;
    for (DisbursementLine &l : lines)
        l.lineNo = l.lineNo > 0 ? (next = l.lineNo) : ++next;
    return lines;
}

Result<QList<BatchCandidate>> DisbursementBatches::candidates(const QSqlDatabase &db,
                                                             const QString &programmeId,
                                                             const QString &divisionCode)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.household_id,"
        "       coalesce((SELECT m.name FROM members m WHERE m.household_id = h.id"
        "                   AND m.is_head = 1), ''),"
        "       coalesce(h.file_no, ''), h.division_code, coalesce(d.name, h.division_code),"
        "       coalesce((SELECT m.name FROM members m WHERE m.id = r.member_id), ''),"
        "       r.amount_fen,"
        "       (SELECT max(a.decided_at) FROM aid_approvals a WHERE a.request_id = r.id)"
        "  FROM aid_requests r JOIN households h ON h.id = r.household_id"
        "  LEFT JOIN divisions d ON d.code = h.division_code"
        " WHERE r.status = 'approved' AND r.programme_id = ?"
        "   AND (coalesce(?, '') = '' OR h.division_code = ?)"
        "   AND NOT EXISTS (SELECT 1 FROM disbursements x WHERE x.request_id = r.id"
        "                      AND x.status <> 'cancelled')"
        " ORDER BY h.division_code, h.file_no, r.id"));
    q.addBindValue(programmeId);
    q.addBindValue(divisionCode);
    q.addBindValue(divisionCode);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("aid_requests"));
    QList<BatchCandidate> list;
    while (q.next()) {
        BatchCandidate c;
        c.requestId = q.value(0).toString();
        c.householdId = q.value(1).toString();
        c.headName = q.value(2).toString();
        c.fileNo = q.value(3).toString();
        c.divisionCode = q.value(4).toString();
        c.divisionName = q.value(5).toString();
        c.memberName = q.value(6).toString();
        c.amount = Money::fromFen(q.value(7).toLongLong());
        c.approvedAt = timestamp(q.value(8));
        list.append(c);
    }
    return list;
}

Result<QString> DisbursementBatches::nextBatchNo(const QSqlDatabase &db,
                                                 const QString &programmeCode, int year)
{
    const QString prefix =
        QStringLiteral("%1-%2-").arg(programmeCode.toUpper().replace(u'_', u'-')).arg(year);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(CAST(substr(batch_no, ?) AS INTEGER)), 0)"
                             "  FROM disbursement_batches WHERE substr(batch_no, 1, ?) = ?"));
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), Batches);
    return prefix + QStringLiteral("%1").arg(q.value(0).toLongLong() + 1, 3, 10, QLatin1Char('0'));
}

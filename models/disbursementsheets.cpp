#include "disbursementsheets.h"

#include "auditlog.h"
#include "codelabels.h"
#include "disbursementbatches.h"
#include "districtsettings.h"
#include "idnumber.h"
#include "sqlerror.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString kindCode(DisbursementSheets::Kind kind)
{
    return kind == DisbursementSheets::Kind::Print ? QStringLiteral("print")
                                                   : QStringLiteral("pdf");
}

Result<int> countPrints(const QSqlDatabase &db, const QString &batchId, bool issuedOnly)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sheet_prints WHERE batch_id = ? %1")
                  .arg(issuedOnly ? QStringLiteral("AND kind <> 'preview'") : QString()));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), QStringLiteral("sheet_prints"));
    return q.value(0).toInt();
}

// The supervisors whose approvals put the batch's lines on it (审核人).
Result<QStringList> reviewers(const QSqlDatabase &db, const QString &batchId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT coalesce(u.display_name, a.decided_by)"
        "  FROM disbursements x JOIN aid_requests r ON r.id = x.request_id"
        "  JOIN aid_approvals a ON a.request_id = r.id AND a.round = r.round"
        "   AND a.decision = 'approve'"
        "  LEFT JOIN users u ON u.id = a.decided_by"
        " WHERE x.batch_id = ? AND x.status <> 'cancelled' ORDER BY 1"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("aid_approvals"));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QString linesDigest(const DisbursementSheet &sheet)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DisbursementSheetLine &l : sheet.lines)
        hash.addData(QStringLiteral("%1|%2|%3|%4\n")
                         .arg(l.seq)
                         .arg(l.name, l.maskedIdNumber)
                         .arg(l.amount.fen())
                         .toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<DisbursementSheet> DisbursementSheets::prepare(const QSqlDatabase &db,
                                                      const QString &batchId,
                                                      const std::optional<CurrentUser> &user,
                                                      const QDate &printedOn)
{
    auto batch = DisbursementBatches::load(db, batchId);
    if (!batch)
        return batch.error();
    if (batch->status == BatchStatus::Superseded) {
        auto current = DisbursementBatches::findByCode(db, batch->batchNo);
        return Error{tr("Version %1 of batch %2 was replaced; print %3 instead.")
                         .arg(batch->version)
                         .arg(batch->batchNo, current ? current->code() : batch->batchNo),
                     batch->code()};
    }
    auto lines = DisbursementBatches::lines(db, batchId);
    if (!lines)
        return lines.error();
    auto unionName = DistrictSettings::value(db, DistrictSettings::UnionName);
    if (!unionName)
        return unionName.error();
    auto names = reviewers(db, batchId);
    if (!names)
        return names.error();
    auto issued = countPrints(db, batchId, true);
    if (!issued)
        return issued.error();

    DisbursementSheet sheet;
    sheet.unionName = unionName.value();
    sheet.programme = batch->programmeName;
    sheet.title = batch->title;
    sheet.period = batch->period;
    sheet.divisionName = batch->divisionName;
    sheet.batchCode = batch->code();
    sheet.version = batch->version;
    if (!batch->supersedesId.isEmpty()) {
        auto old = DisbursementBatches::load(db, batch->supersedesId);
        if (old)
            sheet.supersedesCode = old->code();
    }
    const bool mayIssue = user && Permissions::allows(user->role, Permission::ManageDisbursements);
    sheet.preview = batch->status == BatchStatus::Open && !mayIssue;
    // A batch already printed (also before prints were logged) prints again as a reprint.
    sheet.reprintNumber = sheet.preview                          ? 0
                          : batch->status == BatchStatus::Open ? issued.value()
                                                               : qMax(issued.value(), 1);
    sheet.printedOn = printedOn;
    sheet.handledBy = batch->createdByName;
    sheet.reviewers = names.value();
    int seq = 0;
    for (const DisbursementLine &l : lines.value()) {
        DisbursementSheetLine line;
        line.seq = ++seq;
        line.name = l.recipientName;
        line.maskedIdNumber = l.recipientIdNumber.isEmpty() ? QString()
                                                            : IdNumber::mask(l.recipientIdNumber);
        line.area = l.communityName.isEmpty()
                        ? l.divisionName
                        : QStringLiteral("%1 / %2").arg(l.divisionName, l.communityName);
        line.category = CodeLabels::hardshipCategory(l.category);
        line.programme = l.programmeName;
        line.amount = l.amount;
        line.remark = l.remark;
        sheet.lines.append(line);
    }
    return sheet;
}

Status DisbursementSheets::recordPrint(AuditedWriter &writer, const QString &batchId,
                                       const DisbursementSheet &sheet, Kind kind,
                                       const QString &via, const QString &fileName)
{
    const QSqlDatabase db = writer.database();
    auto batch = DisbursementBatches::load(db, batchId);
    if (!batch)
        return batch.error();
    if (batch->status == BatchStatus::Superseded)
        return Error{tr("Batch %1 was replaced by a newer version.").arg(batch->code()),
                     batch->code()};
    const bool issues = batch->status == BatchStatus::Open && !sheet.preview;
    if (issues) {
        // The first print locks the batch: only office staff may issue it.
        if (Status s = writer.require(Permission::ManageDisbursements); !s)
            return s;
        const QString now = AuditLog::timestamp(writer.now());
        if (Status s = writer.update(Permission::ManageDisbursements,
                                     QStringLiteral("disbursement_batches"), batchId,
                                     {{QStringLiteral("status"), BatchStatus::Printed},
                                      {QStringLiteral("printed_at"), now},
                                      {QStringLiteral("printed_by"), writer.user()->id}});
            !s)
            return s;
    }
    return logPrint(db, batchId, sheet, sheet.preview ? QStringLiteral("preview") : kindCode(kind),
                    via, writer.now(), writer.user() ? writer.user()->id : QString(),
                    writer.deviceId(), fileName);
}

Status DisbursementSheets::logPrint(const QSqlDatabase &db, const QString &batchId,
                                    const DisbursementSheet &sheet, const QString &kind,
                                    const QString &via, const QDateTime &at, const QString &userId,
                                    const QString &deviceId, const QString &fileName)
{
    auto count = countPrints(db, batchId, false);
    if (!count)
        return count.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sheet_prints (id, batch_id, print_no, kind, via, printed_at, printed_by,"
        " device_id, line_count, total_fen, lines_sha256, file_name)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    };
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(batchId);
    q.addBindValue(count.value() + 1);
    q.addBindValue(kind);
    q.addBindValue(via);
    q.addBindValue(AuditLog::timestamp(at));
    q.addBindValue(orNull(userId));
    q.addBindValue(orNull(deviceId));
    q.addBindValue(int(sheet.lines.size()));
    q.addBindValue(sheet.total().fen());
    q.addBindValue(linesDigest(sheet));
    q.addBindValue(orNull(fileName));
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("sheet_prints"));
    return {};
}

Result<QList<SheetPrint>> DisbursementSheets::prints(const QSqlDatabase &db,
                                                     const QString &batchId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT s.print_no, s.kind, s.via, s.printed_at, coalesce(u.display_name, ''),"
        "       s.line_count, s.total_fen, coalesce(s.file_name, ''), b.batch_no, b.version,"
        "       b.status = 'superseded'"
        "  FROM sheet_prints s JOIN disbursement_batches b ON b.id = s.batch_id"
        "  LEFT JOIN users u ON u.id = s.printed_by"
        " WHERE b.batch_no = (SELECT batch_no FROM disbursement_batches WHERE id = ?)"
        " ORDER BY s.printed_at, b.version, s.print_no"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("sheet_prints"));
    QList<SheetPrint> list;
    while (q.next()) {
        SheetPrint p;
        p.printNo = q.value(0).toInt();
        p.kind = q.value(1).toString();
        p.via = q.value(2).toString();
        p.printedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        p.printedByName = q.value(4).toString();
        p.lineCount = q.value(5).toInt();
        p.total = Money::fromFen(q.value(6).toLongLong());
        p.fileName = q.value(7).toString();
        const int version = q.value(9).toInt();
        p.batchCode = version == 1 ? q.value(8).toString()
                                   : QStringLiteral("%1-v%2").arg(q.value(8).toString()).arg(version);
        p.superseded = q.value(10).toBool();
        list.append(p);
    }
    return list;
}

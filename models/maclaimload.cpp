// MaClaims::load: a claim with its invoices, their scans, the claim's own
// documents, and the names of the member, plan and accounts involved.
#include "maclaims.h"
#include "sqlerror.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QDateTime timestamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

std::optional<Money> optionalMoney(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Money>(Money::fromFen(v.toLongLong()));
}

Status readClaim(const QSqlDatabase &db, const QString &id, MaClaim &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT c.enrolment_id, coalesce(c.claim_no, ''), c.hospital, c.admitted_on,"
        " c.discharged_on, c.diagnosis, coalesce(c.disease_code, ''), c.status,"
        " c.computed_payout_fen, c.approved_payout_fen, coalesce(c.explanation, ''),"
        " c.submitted_at, coalesce(c.decided_by, ''), coalesce(d.display_name, ''), c.decided_at,"
        " coalesce(c.rejection_reason, ''), c.paid_on, coalesce(c.payment_reference, ''),"
        " coalesce(c.created_by, ''), coalesce(u.display_name, ''), c.created_at,"
        " e.person_name, e.id_number, p.id, p.name, p.year"
        " FROM ma_claims c JOIN ma_enrolments e ON e.id = c.enrolment_id"
        " JOIN ma_plans p ON p.id = e.plan_id"
        " LEFT JOIN users u ON u.id = c.created_by LEFT JOIN users d ON d.id = c.decided_by"
        " WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    if (!q.next())
        return Error{MaClaims::tr("The claim does not exist in this database.")};
    c.id = id;
    c.input.enrolmentId = q.value(0).toString();
    c.claimNo = q.value(1).toString();
    c.input.hospital = q.value(2).toString();
    c.input.admittedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.input.dischargedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.input.diagnosis = q.value(5).toString();
    c.input.diseaseCode = q.value(6).toString();
    c.status = q.value(7).toString();
    c.computedPayout = optionalMoney(q.value(8));
    c.approvedPayout = optionalMoney(q.value(9));
    c.explanation = q.value(10).toString();
    c.submittedAt = timestamp(q.value(11));
    c.decidedBy = q.value(12).toString();
    c.decidedByName = q.value(13).toString();
    c.decidedAt = timestamp(q.value(14));
    c.rejectionReason = q.value(15).toString();
    c.paidOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    c.paymentReference = q.value(17).toString();
    c.createdBy = q.value(18).toString();
    c.createdByName = q.value(19).toString();
    c.createdAt = timestamp(q.value(20));
    c.personName = q.value(21).toString();
    c.idNumber = q.value(22).toString();
    c.planId = q.value(23).toString();
    c.planName = q.value(24).toString();
    c.planYear = q.value(25).toInt();
    return {};
}

Status readInvoices(const QSqlDatabase &db, MaClaim &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, hospital, invoice_no, invoice_date, total_fen,"
                             " insurance_fen, personal_fen FROM ma_invoices WHERE claim_id = ?"
                             " ORDER BY invoice_date, created_at, invoice_no, id"));
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    while (q.next()) {
        MaInvoice i;
        i.id = q.value(0).toString();
        i.hospital = q.value(1).toString();
        i.number = q.value(2).toString();
        i.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        i.total = Money::fromFen(q.value(4).toLongLong());
        i.insurance = Money::fromFen(q.value(5).toLongLong());
        i.personal = Money::fromFen(q.value(6).toLongLong());
        c.input.invoices.append(i);
    }
    return {};
}

Status readAttachments(const QSqlDatabase &db, MaClaim &c)
{
    QHash<QString, qsizetype> invoiceAt;
    for (qsizetype i = 0; i < c.input.invoices.size(); ++i)
        invoiceAt.insert(c.input.invoices.at(i).id, i);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT a.owner_table, a.owner_id, a.id, a.file_name, a.mime_type, a.doc_type,"
        " a.size_bytes, a.sha256 FROM attachments a"
        " WHERE (a.owner_table = 'ma_claims' AND a.owner_id = ?)"
        " OR (a.owner_table = 'ma_invoices' AND a.owner_id IN"
        "     (SELECT i.id FROM ma_invoices i WHERE i.claim_id = ?))"
        " ORDER BY a.created_at, a.rowid"));
    q.addBindValue(c.id);
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    while (q.next()) {
        AttachmentInfo info;
        info.id = q.value(2).toString();
        info.fileName = q.value(3).toString();
        info.mimeType = q.value(4).toString();
        info.docType = q.value(5).toString();
        info.sizeBytes = q.value(6).toLongLong();
        info.sha256 = q.value(7).toString();
        if (q.value(0).toString() == QStringLiteral("ma_claims"))
            c.attachments.append(info);
        else if (const auto it = invoiceAt.constFind(q.value(1).toString()); it != invoiceAt.cend())
            c.input.invoices[*it].attachments.append(info);
    }
    return {};
}

} // namespace

Result<MaClaim> MaClaims::load(const QSqlDatabase &db, const QString &id)
{
    MaClaim claim;
    if (Status s = readClaim(db, id, claim); !s)
        return s.error();
    if (Status s = readInvoices(db, claim); !s)
        return s.error();
    if (Status s = readAttachments(db, claim); !s)
        return s.error();
    return claim;
}

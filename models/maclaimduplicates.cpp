#include "maclaimduplicates.h"

#include "codelabels.h"
#include "idnumber.h"
#include "maclaim.h"
#include "maclaims.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// %1: the condition on this side's invoices `i`; the other side is `o`.
const QString DuplicateQuery = QStringLiteral(
    "SELECT i.id, o.hospital, o.invoice_no, c.id, coalesce(c.claim_no, ''), c.status,"
    " e.person_name, e.id_number"
    " FROM %1 JOIN ma_invoices o ON o.hospital = i.hospital AND o.invoice_no = i.invoice_no"
    " JOIN ma_claims c ON c.id = o.claim_id JOIN ma_enrolments e ON e.id = c.enrolment_id"
    " WHERE c.id <> ? %2"
    " ORDER BY i.invoice_date, i.invoice_no, i.id, c.created_at, c.id");

Result<QList<MaDuplicateInvoice>> run(const QSqlDatabase &db, const QString &sql,
                                      const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), db.databaseName());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    QList<MaDuplicateInvoice> list;
    while (q.next()) {
        MaDuplicateInvoice d;
        d.invoiceId = q.value(0).toString();
        d.hospital = q.value(1).toString();
        d.number = q.value(2).toString();
        d.otherClaimId = q.value(3).toString();
        d.otherClaimNo = q.value(4).toString();
        d.otherStatus = q.value(5).toString();
        d.otherPersonName = q.value(6).toString();
        d.otherIdNumber = q.value(7).toString();
        // An invoice listed twice in the other claim is one duplicate.
        if (!list.isEmpty() && list.constLast().invoiceId == d.invoiceId &&
            list.constLast().otherClaimId == d.otherClaimId)
            continue;
        list.append(d);
    }
    return list;
}

} // namespace

bool MaDuplicateInvoice::blocks() const
{
    return otherStatus != MaClaimStatus::Rejected;
}

Result<QList<MaDuplicateInvoice>> MaClaimDuplicates::ofClaim(const QSqlDatabase &db,
                                                             const QString &claimId)
{
    return run(
        db,
        DuplicateQuery.arg(QStringLiteral("ma_invoices i"), QStringLiteral("AND i.claim_id = ?")),
        {claimId, claimId});
}

Result<QList<MaDuplicateInvoice>> MaClaimDuplicates::ofInvoice(const QSqlDatabase &db,
                                                               const QString &hospital,
                                                               const QString &number,
                                                               const QString &exceptClaimId)
{
    const QString sql = DuplicateQuery.arg(
        QStringLiteral("(SELECT '' AS id, ? AS hospital, ? AS invoice_no, '' AS invoice_date) i"),
        QString());
    return run(db, sql,
               {MaClaims::normalisedHospital(hospital), MaClaims::normalisedInvoiceNumber(number),
                exceptClaimId.isEmpty() ? QStringLiteral("") : exceptClaimId});
}

QString MaClaimDuplicates::describe(const MaDuplicateInvoice &d)
{
    const QString who =
        QStringLiteral("%1 (%2)").arg(d.otherPersonName, IdNumber::mask(d.otherIdNumber));
    if (d.otherClaimNo.isEmpty())
        return tr("Invoice %1 of %2 is also in a draft claim of %3.")
            .arg(d.number, d.hospital, who);
    return tr("Invoice %1 of %2 is also in claim %3 of %4 (%5).")
        .arg(d.number, d.hospital, d.otherClaimNo, who, CodeLabels::claimStatus(d.otherStatus));
}

#include "maclaims.h"

#include "codelabels.h"
#include "maplan.h"
#include "rostervocabulary.h"
#include "sqlerror.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Claims = QStringLiteral("ma_claims");
const QString Invoices = QStringLiteral("ma_invoices");
const QString Attachments = QStringLiteral("attachments");

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

RowValues claimValues(const MaClaimInput &input)
{
    return {{QStringLiteral("enrolment_id"), input.enrolmentId},
            {QStringLiteral("hospital"), MaClaims::normalisedHospital(input.hospital)},
            {QStringLiteral("admitted_on"), input.admittedOn.toString(Qt::ISODate)},
            {QStringLiteral("discharged_on"), input.dischargedOn.toString(Qt::ISODate)},
            {QStringLiteral("diagnosis"), input.diagnosis.trimmed()},
            {QStringLiteral("disease_code"), orNull(input.diseaseCode.trimmed())}};
}

RowValues invoiceValues(const MaClaimInput &claim, const MaInvoice &invoice)
{
    const QString hospital =
        invoice.hospital.trimmed().isEmpty() ? claim.hospital : invoice.hospital;
    return {{QStringLiteral("hospital"), MaClaims::normalisedHospital(hospital)},
            {QStringLiteral("invoice_no"), MaClaims::normalisedInvoiceNumber(invoice.number)},
            {QStringLiteral("invoice_date"), invoice.date.toString(Qt::ISODate)},
            {QStringLiteral("total_fen"), invoice.total.fen()},
            {QStringLiteral("insurance_fen"), invoice.insurance.fen()},
            {QStringLiteral("personal_fen"), invoice.personal.fen()}};
}

Result<QStringList> idsOf(const QSqlDatabase &db, const QString &sql, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

// Deletes the attachments of \a ownerTable row \a ownerId, then the row itself.
Status removeWithAttachments(AuditedWriter &writer, const QString &ownerTable,
                             const QString &ownerId)
{
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral(
        "SELECT id FROM attachments WHERE owner_table = ? AND owner_id = ? ORDER BY id"));
    q.addBindValue(ownerTable);
    q.addBindValue(ownerId);
    if (!q.exec())
        return sqlError(q.lastError(), writer.database().databaseName());
    QStringList files;
    while (q.next())
        files.append(q.value(0).toString());
    for (const QString &file : std::as_const(files))
        if (Status s = writer.remove(Permission::EditClaims, Attachments, file); !s)
            return s;
    return writer.remove(Permission::EditClaims, ownerTable, ownerId);
}

Status checkInvoice(const MaInvoice &invoice, const QDate &today)
{
    if (invoice.number.trimmed().isEmpty())
        return Error{MaClaims::tr("Enter the invoice number.")};
    if (!invoice.date.isValid())
        return Error{MaClaims::tr("Enter the invoice date.")};
    if (invoice.date > today)
        return Error{MaClaims::tr("The invoice date %1 is in the future.")
                         .arg(invoice.date.toString(Qt::ISODate))};
    for (const Money amount : {invoice.total, invoice.insurance, invoice.personal}) {
        if (amount.fen() < 0)
            return Error{MaClaims::tr("Amounts cannot be negative.")};
        if (amount.fen() > MaPlan::MaxFen)
            return Error{MaClaims::tr("The amount %1 is too large.").arg(amount.toString())};
    }
    if (invoice.insurance + invoice.personal > invoice.total)
        return Error{MaClaims::tr("The basic-insurance reimbursement (%1) and the personal share "
                                  "(%2) add up to more than the total (%3).")
                         .arg(invoice.insurance.toString(), invoice.personal.toString(),
                              invoice.total.toString())};
    return {};
}

} // namespace

Money MaClaim::total() const
{
    Money sum;
    for (const MaInvoice &i : input.invoices)
        sum += i.total;
    return sum;
}

Money MaClaim::insurance() const
{
    Money sum;
    for (const MaInvoice &i : input.invoices)
        sum += i.insurance;
    return sum;
}

Money MaClaim::personalShare() const
{
    Money sum;
    for (const MaInvoice &i : input.invoices)
        sum += i.personal;
    return sum;
}

QString MaClaims::normalisedInvoiceNumber(const QString &number)
{
    return RosterVocabulary::folded(number).toUpper();
}

QString MaClaims::normalisedHospital(const QString &hospital)
{
    return hospital.normalized(QString::NormalizationForm_KC).simplified();
}

Status MaClaims::check(const QSqlDatabase &db, const MaClaimInput &input, const QDate &today)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT plan_id FROM ma_enrolments WHERE id = ?"));
    q.addBindValue(input.enrolmentId);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    if (!q.next())
        return Error{tr("Choose the enrolment the claim is made under."), tr("Member")};
    auto plan = MaPlans::load(db, q.value(0).toString());
    if (!plan)
        return plan.error();
    if (normalisedHospital(input.hospital).isEmpty())
        return Error{tr("Enter the hospital."), tr("Hospital")};
    if (!input.admittedOn.isValid())
        return Error{tr("Enter the day of admission."), tr("Admitted")};
    if (!input.dischargedOn.isValid())
        return Error{tr("Enter the day of discharge."), tr("Discharged")};
    if (input.dischargedOn < input.admittedOn)
        return Error{tr("The discharge cannot be before the admission."), tr("Discharged")};
    if (input.dischargedOn > today)
        return Error{tr("The discharge date %1 is in the future.")
                         .arg(input.dischargedOn.toString(Qt::ISODate)),
                     tr("Discharged")};
    const QString code = input.diseaseCode.trimmed();
    if (!code.isEmpty() && !plan->disease(code))
        return Error{tr("The plan %1 lists no disease %2.").arg(plan->name, code), tr("Disease")};

    QSet<QString> seen;
    for (qsizetype i = 0; i < input.invoices.size(); ++i) {
        const MaInvoice &invoice = input.invoices.at(i);
        const QString where = tr("Invoice %1").arg(i + 1);
        if (Status s = checkInvoice(invoice, today); !s)
            return Error{s.error().message, where};
        const RowValues values = invoiceValues(input, invoice);
        const QString key = values.at(0).second.toString() + u'\n' + values.at(1).second.toString();
        if (seen.contains(key))
            return Error{tr("Invoice %1 of %2 is listed twice.")
                             .arg(values.at(1).second.toString(), values.at(0).second.toString()),
                         where};
        seen.insert(key);
    }
    return {};
}

Status MaClaims::requireDraft(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status, coalesce(claim_no, '') FROM ma_claims WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    if (!q.next())
        return Error{tr("The claim does not exist in this database.")};
    const QString status = q.value(0).toString();
    if (status != MaClaimStatus::Draft)
        return Error{tr("Claim %1 is %2; only a draft can be changed.")
                         .arg(q.value(1).toString(), CodeLabels::claimStatus(status).toLower())};
    return {};
}

Result<QString> MaClaims::create(AuditedWriter &writer, const MaClaimInput &input)
{
    if (Status s = writer.require(Permission::EditClaims); !s)
        return s.error();
    if (Status s = check(writer.database(), input, writer.now().toLocalTime().date()); !s)
        return s.error();
    RowValues values = claimValues(input);
    values.append({QStringLiteral("status"), MaClaimStatus::Draft});
    auto id = writer.insert(Permission::EditClaims, Claims, values);
    if (!id)
        return id;
    for (const MaInvoice &invoice : input.invoices) {
        RowValues row = invoiceValues(input, invoice);
        row.prepend({QStringLiteral("claim_id"), id.value()});
        if (auto stored = writer.insert(Permission::EditClaims, Invoices, row); !stored)
            return stored.error();
    }
    return id;
}

Status MaClaims::save(AuditedWriter &writer, const QString &id, const MaClaimInput &input)
{
    if (Status s = writer.require(Permission::EditClaims); !s)
        return s;
    if (Status s = requireDraft(writer.database(), id); !s)
        return s;
    if (Status s = check(writer.database(), input, writer.now().toLocalTime().date()); !s)
        return s;
    auto stored =
        idsOf(writer.database(),
              QStringLiteral("SELECT id FROM ma_invoices WHERE claim_id = ? ORDER BY id"), id);
    if (!stored)
        return stored.error();
    QSet<QString> kept;
    for (const MaInvoice &invoice : input.invoices) {
        if (!invoice.id.isEmpty() && !stored->contains(invoice.id))
            return Error{tr("Invoice %1 is not one of this claim's invoices.").arg(invoice.number)};
        kept.insert(invoice.id);
    }
    // Invoices no longer in the table go, with their scans.
    for (const QString &old : stored.value())
        if (!kept.contains(old))
            if (Status s = removeWithAttachments(writer, Invoices, old); !s)
                return s;
    if (Status s = writer.update(Permission::EditClaims, Claims, id, claimValues(input)); !s)
        return s;
    for (const MaInvoice &invoice : input.invoices) {
        RowValues row = invoiceValues(input, invoice);
        if (!invoice.id.isEmpty()) {
            if (Status s = writer.update(Permission::EditClaims, Invoices, invoice.id, row); !s)
                return s;
            continue;
        }
        row.prepend({QStringLiteral("claim_id"), id});
        if (auto added = writer.insert(Permission::EditClaims, Invoices, row); !added)
            return added.error();
    }
    return {};
}

Status MaClaims::removeDraft(AuditedWriter &writer, const QString &id)
{
    if (Status s = writer.require(Permission::EditClaims); !s)
        return s;
    if (Status s = requireDraft(writer.database(), id); !s)
        return s;
    auto invoices =
        idsOf(writer.database(),
              QStringLiteral("SELECT id FROM ma_invoices WHERE claim_id = ? ORDER BY id"), id);
    if (!invoices)
        return invoices.error();
    for (const QString &invoice : invoices.value())
        if (Status s = removeWithAttachments(writer, Invoices, invoice); !s)
            return s;
    return removeWithAttachments(writer, Claims, id);
}

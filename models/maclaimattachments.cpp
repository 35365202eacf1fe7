#include "maclaimattachments.h"

#include "attachmentstore.h"
#include "maclaims.h"
#include "maplan.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

struct DocumentType
{
    const char *code;
    const char *text;
};

const DocumentType DocumentTypes[] = {
    {"application_form", QT_TRANSLATE_NOOP("MaClaimAttachments", "Application form")},
    {"id_card", QT_TRANSLATE_NOOP("MaClaimAttachments", "ID card")},
    {"bank_card", QT_TRANSLATE_NOOP("MaClaimAttachments", "Bank card")},
    {"settlement_sheet", QT_TRANSLATE_NOOP("MaClaimAttachments", "Settlement sheet")},
    {"discharge_record", QT_TRANSLATE_NOOP("MaClaimAttachments", "Discharge record")},
    {"invoice", QT_TRANSLATE_NOOP("MaClaimAttachments", "Invoice")},
    {"other", QT_TRANSLATE_NOOP("MaClaimAttachments", "Other")},
};

// Which claim an attachment or invoice belongs to; empty if none.
Result<QString> claimOf(const QSqlDatabase &db, const QString &sql, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

QStringList MaClaimAttachments::documentTypes()
{
    QStringList codes;
    for (const DocumentType &t : DocumentTypes)
        codes.append(QLatin1String(t.code));
    return codes;
}

QString MaClaimAttachments::documentTypeLabel(const QString &code)
{
    for (const DocumentType &t : DocumentTypes)
        if (code == QLatin1String(t.code))
            return tr(t.text);
    return code;
}

Result<QString> MaClaimAttachments::add(AuditedWriter &writer, const QString &claimId,
                                        const QString &invoiceId, const MaClaimFile &file)
{
    if (Status s = writer.require(Permission::EditClaims); !s)
        return s.error();
    if (Status s = MaClaims::requireDraft(writer.database(), claimId); !s)
        return s.error();
    if (!invoiceId.isEmpty()) {
        auto owner =
            claimOf(writer.database(),
                    QStringLiteral("SELECT claim_id FROM ma_invoices WHERE id = ?"), invoiceId);
        if (!owner)
            return owner.error();
        if (owner.value() != claimId)
            return Error{tr("The invoice is not one of this claim's invoices.")};
    }
    const QString type =
        file.docType.isEmpty() && !invoiceId.isEmpty() ? QStringLiteral("invoice") : file.docType;
    if (!documentTypes().contains(type))
        return Error{tr("Choose what kind of document %1 is.").arg(file.fileName)};
    return AttachmentStore::store(
        writer, Permission::EditClaims,
        invoiceId.isEmpty() ? QStringLiteral("ma_claims") : QStringLiteral("ma_invoices"),
        invoiceId.isEmpty() ? claimId : invoiceId, type,
        {file.fileName, file.mimeType, file.bytes});
}

Status MaClaimAttachments::remove(AuditedWriter &writer, const QString &claimId,
                                  const QString &attachmentId)
{
    if (Status s = writer.require(Permission::EditClaims); !s)
        return s;
    if (Status s = MaClaims::requireDraft(writer.database(), claimId); !s)
        return s;
    auto owner = claimOf(writer.database(),
                         QStringLiteral("SELECT CASE a.owner_table WHEN 'ma_claims' THEN a.owner_id"
                                        " ELSE (SELECT i.claim_id FROM ma_invoices i"
                                        "       WHERE i.id = a.owner_id) END"
                                        " FROM attachments a WHERE a.id = ? AND a.owner_table IN"
                                        " ('ma_claims', 'ma_invoices')"),
                         attachmentId);
    if (!owner)
        return owner.error();
    if (owner.value() != claimId)
        return Error{tr("The attachment is not one of this claim's documents.")};
    return writer.remove(Permission::EditClaims, QStringLiteral("attachments"), attachmentId);
}

Result<QStringList> MaClaimAttachments::missingDocuments(const QSqlDatabase &db,
                                                         const QString &claimId)
{
    auto claim = MaClaims::load(db, claimId);
    if (!claim)
        return claim.error();
    auto plan = MaPlans::load(db, claim->planId);
    if (!plan)
        return plan.error();
    QStringList present;
    for (const AttachmentInfo &a : claim->attachments)
        present.append(a.docType);
    for (const MaInvoice &i : claim->input.invoices)
        for (const AttachmentInfo &a : i.attachments)
            present.append(a.docType);
    QStringList missing;
    for (const QString &type : plan->requiredDocuments)
        if (!present.contains(type))
            missing.append(type);
    return missing;
}

// MaClaimAttachments: the scans that go with a claim — the invoices' own
// scans (owner ma_invoices) and the claim's documents (owner ma_claims:
// application form, ID card, bank card, settlement sheet, discharge record).
// Stored as BLOBs with size and SHA-256 like a visit's photos (FieldVisits),
// so an export bundle carries them. Added and removed only while the claim is
// a draft; read back with FieldVisits::attachmentBytes(), which checks the hash.
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "fieldvisits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// A file to attach to a claim or one of its invoices.
struct MaClaimFile
{
    QString docType;  ///< one of MaClaimAttachments::documentTypes()
    QString fileName; ///< as the user knows it, without a folder
    QString mimeType; ///< "image/jpeg", "application/pdf" ...
    QByteArray bytes;
};

class MaClaimAttachments
{
    Q_DECLARE_TR_FUNCTIONS(MaClaimAttachments)

public:
    /// "application_form", "id_card", "bank_card", "settlement_sheet",
    /// "discharge_record", "invoice", "other": the codes plans name in their
    /// required documents.
    static QStringList documentTypes();
    /// "Application form" ..., translated; an unknown code is returned unchanged.
    static QString documentTypeLabel(const QString &code);

    /// Attaches \a file to draft claim \a claimId, or to its invoice
    /// \a invoiceId when not empty (then the type is "invoice" unless given).
    /// Needs Permission::EditClaims. Refused: not a draft, an invoice of
    /// another claim, an unknown type, an empty, unnamed, untyped or too large file.
    static Result<QString> add(AuditedWriter &writer, const QString &claimId,
                               const QString &invoiceId, const MaClaimFile &file);
    /// Removes attachment \a attachmentId of draft claim \a claimId or its invoices.
    static Status remove(AuditedWriter &writer, const QString &claimId,
                         const QString &attachmentId);

    /// The plan's required document types that claim \a claimId has no
    /// attachment of (invoice scans count as "invoice"), in the plan's order.
    /// A checklist for the form and the supervisor; it does not block submission.
    static Result<QStringList> missingDocuments(const QSqlDatabase &db, const QString &claimId);
};

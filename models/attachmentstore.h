// AttachmentStore: the one way a file becomes a row of the attachments table —
// visit photos, claim documents, proposal documents. It checks the file
// (named, typed, not empty, at most FieldVisits::MaxAttachmentBytes) and
// stores it with its size and SHA-256, through the audited writer, so an
// export bundle carries it and a damaged copy is noticed when read.
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "fieldvisits.h"

#include <QCoreApplication>

class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    /// Why \a file cannot be attached; ok when it can.
    static Status check(const VisitAttachment &file);
    /// "photo" for an image, else "other": the type of a file nobody classified.
    static QString defaultDocType(const QString &mimeType);
    /// Checks and stores \a file as a \a docType attachment of row \a ownerId of
    /// \a ownerTable, written with \a permission. Returns the attachment's id.
    static Result<QString> store(AuditedWriter &writer, Permission permission,
                                 const QString &ownerTable, const QString &ownerId,
                                 const QString &docType, const VisitAttachment &file);
};

#include "attachmentstore.h"

Status AttachmentStore::check(const VisitAttachment &file)
{
    if (file.fileName.trimmed().isEmpty())
        return Error{tr("An attachment has no file name.")};
    if (file.mimeType.trimmed().isEmpty())
        return Error{tr("The type of %1 is not known.").arg(file.fileName)};
    if (file.bytes.isEmpty())
        return Error{tr("%1 is empty.").arg(file.fileName)};
    if (file.bytes.size() > FieldVisits::MaxAttachmentBytes)
        return Error{tr("%1 is larger than %2 MB.")
                         .arg(file.fileName)
                         .arg(FieldVisits::MaxAttachmentBytes / (1024 * 1024))};
    return {};
}

QString AttachmentStore::defaultDocType(const QString &mimeType)
{
    return mimeType.startsWith(QLatin1String("image/")) ? QStringLiteral("photo")
                                                        : QStringLiteral("other");
}

Result<QString> AttachmentStore::store(AuditedWriter &writer, Permission permission,
                                       const QString &ownerTable, const QString &ownerId,
                                       const QString &docType, const VisitAttachment &file)
{
    if (Status s = check(file); !s)
        return s.error();
    return writer.insert(permission, QStringLiteral("attachments"),
                         {{QStringLiteral("owner_table"), ownerTable},
                          {QStringLiteral("owner_id"), ownerId},
                          {QStringLiteral("doc_type"), docType},
                          {QStringLiteral("file_name"), file.fileName.trimmed()},
                          {QStringLiteral("mime_type"), file.mimeType.trimmed()},
                          {QStringLiteral("size_bytes"), qint64(file.bytes.size())},
                          {QStringLiteral("sha256"), FieldVisits::sha256Hex(file.bytes)},
                          {QStringLiteral("data"), file.bytes}});
}

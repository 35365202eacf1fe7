#include "attachmentfile.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

Result<VisitAttachment> AttachmentFile::read(const QString &path)
{
    const QFileInfo info(path);
    const auto tooLarge = [&] {
        return Error{tr("%1 is larger than %2 MB; scan or photograph it at a lower resolution.")
                         .arg(info.fileName())
                         .arg(FieldVisits::MaxAttachmentBytes / (1024 * 1024))};
    };
    if (info.size() > FieldVisits::MaxAttachmentBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 could not be read: %2").arg(info.fileName(), file.errorString())};
    // Read one byte more than allowed, in case the file grew since it was measured.
    VisitAttachment attachment{info.fileName(), {}, file.read(FieldVisits::MaxAttachmentBytes + 1)};
    if (attachment.bytes.size() > FieldVisits::MaxAttachmentBytes)
        return tooLarge();
    if (attachment.bytes.isEmpty())
        return Error{tr("%1 is empty.").arg(info.fileName())};
    attachment.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, attachment.bytes).name();
    return attachment;
}

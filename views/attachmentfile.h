// AttachmentFile: reading a photo or scan the user picked from disk, for a
// visit or a claim: at most FieldVisits::MaxAttachmentBytes, not empty, with
// its MIME type from name and content.
#pragma once

#include "error.h"
#include "fieldvisits.h"

#include <QCoreApplication>

class AttachmentFile
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFile)

public:
    /// The file at \a path; an Error naming the file when it is too large,
    /// empty or unreadable.
    static Result<VisitAttachment> read(const QString &path);
};

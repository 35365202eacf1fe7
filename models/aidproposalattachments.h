// AidProposalAttachments: the supporting documents of an aid proposal — a
// hospital bill, a school's enrolment letter, a photo of the damage — stored
// as attachments rows (owner aid_requests) with size and SHA-256 like a
// visit's photos (FieldVisits), so an export bundle carries them. Added and
// removed only while the proposal is a draft or returned for changes, by its
// proposer or a supervisor; read back with FieldVisits::attachmentBytes(),
// which checks the hash.
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "fieldvisits.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class AidProposalAttachments
{
    Q_DECLARE_TR_FUNCTIONS(AidProposalAttachments)

public:
    /// The documents of proposal \a proposalId, oldest first, without their bytes.
    static Result<QList<AttachmentInfo>> list(const QSqlDatabase &db, const QString &proposalId);
    /// Attaches \a file to proposal \a proposalId; needs Permission::ProposeAid.
    /// Refused: a proposal that is not a draft or returned, someone other than
    /// its proposer or a supervisor, an empty, unnamed, untyped or too large file.
    static Result<QString> add(AuditedWriter &writer, const QString &proposalId,
                               const VisitAttachment &file);
    /// Removes attachment \a attachmentId of proposal \a proposalId (same rules).
    static Status remove(AuditedWriter &writer, const QString &proposalId,
                         const QString &attachmentId);
};

#include "aidproposalattachments.h"

#include "attachmentstore.h"
#include "aidproposals.h"
#include "codelabels.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Owner = QStringLiteral("aid_requests");

// The proposal, if its documents may be changed by the writer's user now.
Status requireEditable(const AuditedWriter &writer, const QString &proposalId)
{
    auto p = AidProposals::load(writer.database(), proposalId);
    if (!p)
        return p.error();
    if (!p->isEditable())
        return Error{AidProposalAttachments::tr("This proposal is %1: documents can only be added "
                                                "or removed while it is a draft or returned for "
                                                "changes.")
                         .arg(CodeLabels::aidRequestStatus(p->status).toLower()),
                     p->headName};
    // The same rule as changing the proposal itself (AidProposals::save).
    if (!writer.user() || (writer.user()->id != p->createdBy &&
                           !Permissions::allows(writer.user()->role, Permission::DecideAid)))
        return Error{AidProposalAttachments::tr("Only the caseworker who proposed this aid, or a "
                                                "supervisor, may change its documents."),
                     p->headName};
    return {};
}

} // namespace

Result<QList<AttachmentInfo>> AidProposalAttachments::list(const QSqlDatabase &db,
                                                           const QString &proposalId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, file_name, mime_type, doc_type, size_bytes, sha256"
                             "  FROM attachments WHERE owner_table = ? AND owner_id = ?"
                             " ORDER BY created_at, rowid"));
    q.addBindValue(Owner);
    q.addBindValue(proposalId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("attachments"));
    QList<AttachmentInfo> list;
    while (q.next()) {
        AttachmentInfo info;
        info.id = q.value(0).toString();
        info.fileName = q.value(1).toString();
        info.mimeType = q.value(2).toString();
        info.docType = q.value(3).toString();
        info.sizeBytes = q.value(4).toLongLong();
        info.sha256 = q.value(5).toString();
        list.append(info);
    }
    return list;
}

Result<QString> AidProposalAttachments::add(AuditedWriter &writer, const QString &proposalId,
                                            const VisitAttachment &file)
{
    if (Status s = writer.require(Permission::ProposeAid); !s)
        return s.error();
    if (Status s = requireEditable(writer, proposalId); !s)
        return s.error();
    return AttachmentStore::store(writer, Permission::ProposeAid, Owner, proposalId,
                                  AttachmentStore::defaultDocType(file.mimeType), file);
}

Status AidProposalAttachments::remove(AuditedWriter &writer, const QString &proposalId,
                                      const QString &attachmentId)
{
    if (Status s = writer.require(Permission::ProposeAid); !s)
        return s;
    if (Status s = requireEditable(writer, proposalId); !s)
        return s;
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE id = ? AND owner_table = ?"
                             "   AND owner_id = ?"));
    q.addBindValue(attachmentId);
    q.addBindValue(Owner);
    q.addBindValue(proposalId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("attachments"));
    if (!q.next())
        return Error{tr("The attachment is not one of this proposal's documents.")};
    return writer.remove(Permission::ProposeAid, QStringLiteral("attachments"), attachmentId);
}

// AidProposalDialog, its supporting documents: the list under the form,
// adding a scanned file, removing one, and a temporary copy to open one with
// the system's viewer. Kept apart from the form and its checks.
#include "aidproposaldialog.h"

#include "aidproposalattachments.h"
#include "attachmentfile.h"
#include "session.h"
#include "ui_aidproposaldialog.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

void AidProposalDialog::fillAttachments()
{
    m_ui->attachmentsList->clear();
    m_attachments.clear();
    if (!m_proposal.id.isEmpty()) {
        auto list = AidProposalAttachments::list(m_workspace.sql(), m_proposal.id);
        if (list)
            m_attachments = list.value();
        else
            showMessage(list.error().message, true);
    }
    for (const AttachmentInfo &a : std::as_const(m_attachments)) {
        auto *item =
            new QListWidgetItem(tr("%1 (%2)", "file name (size)")
                                    .arg(a.fileName, QLocale().formattedDataSize(a.sizeBytes)),
                                m_ui->attachmentsList);
        item->setData(AidProposalDialog::AttachmentIdRole, a.id);
    }
    QString note;
    if (m_proposal.id.isEmpty())
        note = tr("Save the draft first to add documents.");
    else if (m_attachments.isEmpty())
        note = m_readOnly ? tr("No documents.")
                          : tr("None yet: a bill, a certificate or a photo helps the "
                               "supervisor decide.");
    m_ui->attachmentNote->setText(note);
    m_ui->attachmentNote->setVisible(!note.isEmpty());
    updateButtons();
}

Status AidProposalDialog::attachFile(const QString &path)
{
    Status s;
    if (m_proposal.id.isEmpty()) {
        s = Error{tr("Save the draft first to add documents.")};
    } else if (auto file = AttachmentFile::read(path); !file) {
        s = file.error();
    } else {
        s = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
            auto id = AidProposalAttachments::add(writer, m_proposal.id, file.value());
            return id ? Status() : Status(id.error());
        });
    }
    if (!s) {
        showMessage(s.error().message, true);
        return s;
    }
    showMessage({}, false);
    fillAttachments();
    return {};
}

Status AidProposalDialog::removeAttachment(const QString &attachmentId)
{
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return AidProposalAttachments::remove(writer, m_proposal.id, attachmentId);
    });
    if (!s) {
        showMessage(s.error().message, true);
        return s;
    }
    showMessage({}, false);
    fillAttachments();
    return {};
}

Result<QString> AidProposalDialog::attachmentCopy(const QString &attachmentId)
{
    QString name;
    for (const AttachmentInfo &a : std::as_const(m_attachments))
        if (a.id == attachmentId)
            name = QFileInfo(a.fileName).fileName();
    if (name.isEmpty())
        return Error{tr("The document is not one of this proposal's.")};
    auto bytes = FieldVisits::attachmentBytes(m_workspace.sql(), attachmentId);
    if (!bytes)
        return bytes.error();
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    // A folder per document, so two documents of the same name do not clash.
    const QString folder = m_openDir->filePath(attachmentId);
    if (!m_openDir->isValid() || !QDir().mkpath(folder))
        return Error{tr("No temporary folder could be made to open %1.").arg(name)};
    QFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size())
        return Error{tr("%1 could not be written: %2").arg(name, file.errorString())};
    return file.fileName();
}

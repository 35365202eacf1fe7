#include "claimdocuments.h"
#include "ui_claimdialog.h"

#include "attachmentfile.h"
#include "claimdialog.h"
#include "maclaimattachments.h"
#include "session.h"
#include "workspace.h"

#include <QFileDialog>
#include <QLocale>

namespace {

constexpr int AttachmentIdRole = Qt::UserRole + 1;

QString describe(const AttachmentInfo &a, const QString &owner)
{
    return ClaimDocuments::tr("%1: %2 (%3)")
        .arg(owner, a.fileName, QLocale().formattedDataSize(a.sizeBytes));
}

} // namespace

void ClaimDocuments::connect(ClaimDialog *dialog, Ui::ClaimDialog *ui)
{
    ui->docTypeCombo->clear();
    for (const QString &code : MaClaimAttachments::documentTypes())
        ui->docTypeCombo->addItem(MaClaimAttachments::documentTypeLabel(code), code);
    QObject::connect(ui->attachButton, &QPushButton::clicked, dialog, [dialog, ui] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            dialog, tr("Attach a scan"), QString(),
            tr("Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)"));
        for (const QString &path : paths) {
            if (!dialog->attachFile(path, ui->docTypeCombo->currentData().toString()))
                break;
        }
    });
    QObject::connect(ui->removeAttachmentButton, &QPushButton::clicked, dialog, [dialog, ui] {
        const QListWidgetItem *item = ui->attachmentsList->currentItem();
        if (!item)
            return;
        const QString attachmentId = item->data(AttachmentIdRole).toString();
        dialog->removeAttachment(attachmentId);
    });
}

void ClaimDocuments::fill(Workspace &workspace, Ui::ClaimDialog *ui, const MaClaim &claim,
                          bool readOnly)
{
    ui->attachmentsList->clear();
    for (const AttachmentInfo &a : claim.attachments) {
        auto *item = new QListWidgetItem(
            describe(a, MaClaimAttachments::documentTypeLabel(a.docType)), ui->attachmentsList);
        item->setData(AttachmentIdRole, a.id);
    }
    for (const MaInvoice &invoice : claim.input.invoices) {
        for (const AttachmentInfo &a : invoice.attachments) {
            auto *item = new QListWidgetItem(describe(a, tr("Invoice %1").arg(invoice.number)),
                                             ui->attachmentsList);
            item->setData(AttachmentIdRole, a.id);
        }
    }
    const bool stored = !claim.id.isEmpty();
    ui->attachButton->setEnabled(!readOnly && stored);
    ui->removeAttachmentButton->setEnabled(!readOnly && stored);
    ui->docTypeCombo->setEnabled(!readOnly && stored);
    if (!stored) {
        ui->missingLabel->setText(tr("Save the draft first to attach scans."));
        return;
    }
    auto missing = MaClaimAttachments::missingDocuments(workspace.sql(), claim.id);
    QStringList labels;
    if (missing) {
        for (const QString &code : missing.value())
            labels.append(MaClaimAttachments::documentTypeLabel(code));
    }
    ui->missingLabel->setText(labels.isEmpty()
                                  ? tr("All documents the plan requires are attached.")
                                  : tr("Still missing: %1").arg(labels.join(tr(", "))));
}

Status ClaimDocuments::attach(Workspace &workspace, const QString &claimId, const QString &path,
                              const QString &docType)
{
    if (claimId.isEmpty())
        return Error{tr("Save the draft first to attach scans.")};
    auto file = AttachmentFile::read(path);
    if (!file)
        return file.error();
    return Session::write(workspace, [&](AuditedWriter &writer) -> Status {
        auto id = MaClaimAttachments::add(writer, claimId, {},
                                          {docType, file->fileName, file->mimeType, file->bytes});
        return id ? Status() : Status(id.error());
    });
}

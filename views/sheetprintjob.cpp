#include "sheetprintjob.h"

#include "disbursementsheetpainter.h"
#include "disbursementsheets.h"
#include "session.h"
#include "workspace.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace SheetPrintJob {

Result<bool> printWithPreview(Workspace &workspace, const QString &batchId, QWidget *parent)
{
    auto sheet = DisbursementSheets::prepare(workspace.sql(), batchId, workspace.user(),
                                             QDate::currentDate());
    if (!sheet)
        return sheet.error();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(sheet->batchCode);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QCoreApplication::translate("SheetPrintJob", "Disbursement sheet %1")
                               .arg(sheet->batchCode));
    Status painted;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&](QPrinter *target) { painted = paintDisbursementSheet(*target, *sheet); });
    // The dialog is accepted only when its print button sent the pages to a printer.
    if (preview.exec() != QDialog::Accepted)
        return false;
    if (!painted)
        return painted.error();
    Status logged = Session::write(workspace, [&](AuditedWriter &w) {
        return DisbursementSheets::recordPrint(w, batchId, *sheet, DisbursementSheets::Kind::Print,
                                               QStringLiteral("app"));
    });
    if (!logged)
        return logged.error();
    return true;
}

Status savePdf(Workspace &workspace, const QString &batchId, const QString &path)
{
    auto sheet = DisbursementSheets::prepare(workspace.sql(), batchId, workspace.user(),
                                             QDate::currentDate());
    if (!sheet)
        return sheet.error();
    if (Status s = writeDisbursementSheetPdf(*sheet, path); !s)
        return s;
    Status logged = Session::write(workspace, [&](AuditedWriter &w) {
        return DisbursementSheets::recordPrint(w, batchId, *sheet, DisbursementSheets::Kind::Pdf,
                                               QStringLiteral("app"), QFileInfo(path).fileName());
    });
    // Every sheet handed out is in the log: one that could not be logged is not kept.
    if (!logged)
        QFile::remove(path);
    return logged;
}

} // namespace SheetPrintJob

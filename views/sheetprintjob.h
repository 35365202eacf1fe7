// SheetPrintJob: prints a batch's disbursement sheet (print preview, then the
// printer) or writes it as a PDF, and logs the print in the same step —
// locking the batch at its first issue. The sheet is prepared once, so the
// preview, the paper and the log all show the same lines and reprint mark.
#pragma once

#include "error.h"

class QWidget;
class Workspace;

namespace SheetPrintJob {

/// Opens the print preview of batch \a batchId's sheet; when the user prints
/// from it, logs the print. Returns whether it was printed (false: closed).
Result<bool> printWithPreview(Workspace &workspace, const QString &batchId, QWidget *parent);

/// Writes the sheet of \a batchId to \a path and logs it.
Status savePdf(Workspace &workspace, const QString &batchId, const QString &path);

} // namespace SheetPrintJob

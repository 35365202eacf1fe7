// ClaimDocuments: the "Documents" box of the claim form — the scans attached
// to the claim and its invoices, the type of the next one, and the plan's
// required documents still missing. Files are attached to a stored draft.
#pragma once

#include "error.h"
#include "maclaim.h"

#include <QCoreApplication>

namespace Ui {
class ClaimDialog;
}
class ClaimDialog;
class Workspace;

class ClaimDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDocuments)

public:
    /// Wires the box's buttons of \a dialog.
    static void connect(ClaimDialog *dialog, Ui::ClaimDialog *ui);
    /// Shows the documents of \a claim (the whole box disabled when \a readOnly).
    static void fill(Workspace &workspace, Ui::ClaimDialog *ui, const MaClaim &claim,
                     bool readOnly);
    /// Reads the file at \a path and attaches it to draft \a claimId as \a docType.
    static Status attach(Workspace &workspace, const QString &claimId, const QString &path,
                         const QString &docType);
};

// RosterImportDialog: File -> Import households. The caseworker chooses a
// roster saved as CSV; the dialog checks it at once (RosterImport::checkFile)
// and shows what an import would add, or every problem with its spreadsheet
// row and column, so the file can be corrected in one pass. Import is only
// offered for a roster without problems, and writes as the signed-in user in
// one transaction: the models decide who may import, not this dialog.
#pragma once

#include "error.h"
#include "rosterimport.h"

#include <memory>
#include <optional>
#include <QDialog>

class QPushButton;
class Workspace;

namespace Ui {
class RosterImportDialog;
}

class RosterImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RosterImportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~RosterImportDialog() override;

    /// Reads and checks the roster at \a path (what choosing it does) and shows
    /// the report. Nothing is written.
    void setFile(const QString &path);
    QString file() const { return m_path; }

    /// The report of the last check; empty when the file could not be read.
    const RosterReport &report() const { return m_plan.report; }
    /// Whether the Import button may be pressed: a checked roster without
    /// problems that has not been imported yet.
    bool canImport() const;

    /// What the Import button does: writes the checked households as the
    /// signed-in user in one transaction and shows the outcome. The Error is
    /// the models' (e.g. the user may not edit households).
    Status importRoster();
    /// Whether this dialog has imported its roster (the register changed).
    bool hasImported() const { return m_imported.has_value(); }

    /// The check's summary line, and the outcome of the import (or its error).
    QString summaryText() const;
    QString resultText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void retranslate();
    void showReport();
    void showResult();
    void setResultError(bool error);

    std::unique_ptr<Ui::RosterImportDialog> m_ui;
    Workspace &m_workspace;
    QPushButton *m_importButton;
    QString m_path;
    RosterPlan m_plan;
    std::optional<Error> m_readError;   ///< The file could not be read at all.
    std::optional<RosterResult> m_imported;
    std::optional<Error> m_importError; ///< The last import was refused.
    QString m_importedBy;
};

// EnrolmentImportDialog: bulk enrolment in a mutual-aid plan from the finance
// desk's list saved as CSV, as the household roster is imported: choose the
// plan and the file, and the dialog checks it at once (MaEnrolmentImport) and
// shows what an import would add, or every problem with its spreadsheet row
// and column. Import is offered only for a file without problems and writes
// every row as the signed-in user in one transaction, or none.
#pragma once

#include "error.h"
#include "maenrolmentimport.h"

#include <memory>
#include <optional>
#include <QDialog>

class QPushButton;
class Workspace;

namespace Ui {
class EnrolmentImportDialog;
}

class EnrolmentImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EnrolmentImportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~EnrolmentImportDialog() override;

    /// Chooses the plan to enrol in; a chosen file is checked again for it.
    void setPlan(const QString &planId);
    QString plan() const;
    /// Reads and checks the file at \a path for the chosen plan and shows the
    /// report. Nothing is written.
    void setFile(const QString &path);
    QString file() const { return m_path; }

    /// The report of the last check; empty when the file could not be read.
    const MaEnrolmentImportReport &report() const { return m_plan.report; }
    /// A checked file without problems that has not been imported yet.
    bool canImport() const;
    /// What the Import button does: enrols every row as the signed-in user in
    /// one transaction. The Error is the models' (e.g. no permission).
    Status importEnrolments();
    bool hasImported() const { return !m_importedIds.isEmpty(); }
    /// The enrolments the import wrote.
    QStringList importedIds() const { return m_importedIds; }

    QString summaryText() const;
    QString resultText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void check();
    void retranslate();
    void showReport();
    void showResult();

    std::unique_ptr<Ui::EnrolmentImportDialog> m_ui;
    Workspace &m_workspace;
    QPushButton *m_importButton;
    QList<MaPlan> m_plans;
    QString m_path;
    MaEnrolmentImportPlan m_plan;
    std::optional<Error> m_readError;
    QStringList m_importedIds;
    std::optional<Error> m_importError;
};

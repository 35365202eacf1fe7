// PlanEditorDialog: Administration -> Mutual-aid plans. The plans by year on
// the left; on the right every field of the selected plan on two pages (plan
// and payout rules) with editable tables of bands and listed diseases. Save
// checks the plan first and shows every problem at its field and in a list
// below; nothing is written until there are none. Plans import from and
// export to the JSON plan file (docs/mutual-aid-plans.md). Every write runs
// in its own transaction as the signed-in user, so the models' permission
// check decides, not the menu that opened the dialog.
#pragma once

#include "maplan.h"
#include "maplans.h"

#include <memory>
#include <QDialog>
#include <QPointer>

class Workspace;

namespace Ui {
class PlanEditorDialog;
}

class PlanEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanEditorDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~PlanEditorDialog() override;

    /// Re-reads the plans; keeps the selected year and plan where possible.
    void reload();
    /// The plans listed (of the chosen year, or all), newest first.
    const QList<MaPlan> &plans() const { return m_shown; }
    /// Selects and shows plan \a id (the year filter permitting); false if not listed.
    bool selectPlan(const QString &id);
    /// Re-reads the plans and shows plan \a id, choosing all years if its own is not shown.
    void reloadAndShow(const QString &id);

    /// Shows \a plan in the editor; a plan with an empty id is a new one.
    void editPlan(const MaPlan &plan);
    /// The plan as the editor holds it now.
    MaPlan formPlan() const;
    /// Whether the editor holds changes not saved yet.
    bool isDirty() const { return m_dirty; }

    /// Checks the editor's plan and saves it, or shows its problems at their
    /// fields; the Error is the first problem or the models' refusal.
    Status save();
    /// Removes the selected plan (the button asks first).
    Status removeSelected();
    /// Imports the plan file at \a path (the button asks first, showing what
    /// will change); problems are listed with their JSON paths.
    Status importFile(const QString &path);
    /// Writes the plans of \a year to \a path.
    Status exportYear(int year, const QString &path);

    /// The problems listed, as shown.
    QStringList problemTexts() const;
    /// The last confirmation or refusal shown below the editor.
    QString statusText() const;

    /// Closes the dialog, asking first when there are unsaved changes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillYears();
    void fillTable();
    void selectionChanged();
    void showProblems(const MaPlan &plan, const QList<Error> &problems);
    void showFileProblems(const QString &path, const QList<Error> &problems);
    void clearProblems();
    void problemClicked(int row);
    void setStatus(const QString &text, bool bad = false);
    bool confirmDiscard();
    /// A blank plan for the calendar year \a year: one band at 0% to be edited.
    static MaPlan blankPlan(int year);
    void newClicked();
    void copyClicked();
    void removeClicked();
    void importClicked();
    void exportClicked();

    std::unique_ptr<Ui::PlanEditorDialog> m_ui;
    Workspace &m_workspace;
    QList<MaPlan> m_all;
    QList<MaPlan> m_shown;
    QList<MaPlanUsage> m_usage; ///< of m_shown, row by row
    QString m_editingId;        ///< the plan in the editor; empty: a new plan
    QList<QPointer<QWidget>> m_problemWidgets;
    bool m_dirty = false;
    int m_row = -1; ///< the row selected, to go back when changes are kept
};

// AidProgrammesDialog: Administration -> Aid programmes. A table of the kinds
// of aid the union pays (送温暖, 金秋助学 …) with their default amount, yearly
// limits per household, second-approval amount and whether they are still
// offered, and a form below it: selecting a row fills the form to change that
// programme, "New programme" clears it for a new one. The code cannot change
// once saved (batch numbers carry it). Save writes as the signed-in user in
// one transaction, so the model's permission check decides, not the menu;
// problems and refusals are shown in the dialog, which stays open.
#pragma once

#include "aidprogramme.h"

#include <memory>
#include <QDialog>

class Workspace;

namespace Ui {
class AidProgrammesDialog;
}

class AidProgrammesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AidProgrammesDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~AidProgrammesDialog() override;

    /// The programmes as listed, in table order.
    const QList<AidProgramme> &programmes() const { return m_rows; }
    /// Re-reads the programmes; a failure is shown in the dialog.
    void reload();
    /// Selects programme \a id and fills the form with it; false if not listed.
    bool select(const QString &id);

    /// The form as a programme (the selected one's id, or none for a new one);
    /// an Error naming the amount that cannot be read.
    Result<AidProgramme> formProgramme();
    /// What Save does after reading the form: shows AidProgrammes::problems,
    /// or writes as the signed-in user in one transaction, re-reads the list
    /// and selects the saved programme. Returns its id.
    Result<QString> saveProgramme(const AidProgramme &programme);

    /// The problems or refusal shown, empty when none.
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillForm();
    void clearForm();
    void saveClicked();
    void retranslate();
    void showError(const QString &message);
    int selectedRow() const;

    std::unique_ptr<Ui::AidProgrammesDialog> m_ui;
    Workspace &m_workspace;
    QList<AidProgramme> m_rows;
    QString m_editingId; ///< the programme in the form; empty for a new one
};

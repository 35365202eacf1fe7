// PovertyLinesDialog: Administration -> Poverty lines and minimum wage. A
// table of the 低保 line and minimum wage per year, district default or per
// sub-district or town, and a form below it: selecting a row fills the form,
// Save stores the form's year and division (replacing the figures if that
// line exists, so next year's line starts from a copy of this year's).
// Amounts are typed in yuan and parsed to fen (Money::parse), never through
// a double. Each action runs in its own transaction as the signed-in user,
// so the models' permission check decides.
#pragma once

#include "povertylines.h"

#include <memory>
#include <QDialog>

class Workspace;

namespace Ui {
class PovertyLinesDialog;
}

class PovertyLinesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PovertyLinesDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~PovertyLinesDialog() override;

    /// The lines as listed, in table order.
    const QList<PovertyLineRow> &lines() const { return m_rows; }
    /// Re-reads the lines; a failure is shown in the dialog.
    void reload();

    /// What Save and Remove do after reading the form: each writes as the
    /// signed-in user in one transaction and re-reads the list.
    Status saveLine(const PovertyLineInput &line);
    Status removeLine(const QString &id);

    /// The refusal shown, empty when none.
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillDivisions();
    void fillForm();
    /// The form as a line; an Error naming the amount that cannot be read.
    Result<PovertyLineInput> formInput() const;
    void saveClicked();
    void removeClicked();
    void updateButtons();
    void showError(const Error &error);
    int selectedRow() const;
    void selectId(const QString &id);

    std::unique_ptr<Ui::PovertyLinesDialog> m_ui;
    Workspace &m_workspace;
    QList<PovertyLineRow> m_rows;
};

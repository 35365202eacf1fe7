// ExitDialog: closing a household's file (解困脱困) — the reason, the date and,
// for "other" (optional otherwise), the reason in words. OK closes the file
// through HouseholdExit in one audited transaction; a refusal is shown here
// and the dialog stays open.
#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class ExitDialog;
}
class Workspace;

class ExitDialog : public QDialog
{
    Q_OBJECT

public:
    ExitDialog(Workspace &workspace, QString householdId, QWidget *parent = nullptr);
    ~ExitDialog() override;

    /// The refusal shown, empty when none.
    QString errorText() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillReasons();
    void showError(const QString &message, QWidget *field);

    std::unique_ptr<Ui::ExitDialog> m_ui;
    Workspace &m_workspace;
    QString m_householdId;
};

// UsersDialog: Administration -> Users. Lists every account (name, user name,
// role, enabled or disabled) and lets an administrator add users, reset
// passwords and disable or enable accounts — never delete them. Each action
// runs in its own transaction through the workspace's writer, so the models'
// permission check decides, not the menu that opened this dialog.
#pragma once

#include "accounts.h"

#include <memory>
#include <QDialog>

class Workspace;

namespace Ui {
class UsersDialog;
}

class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~UsersDialog() override;

    /// The accounts as listed, in table order.
    const QList<AccountInfo> &accounts() const { return m_accounts; }
    /// Re-reads the accounts; a failure is shown in the dialog.
    void reload();

    /// What the buttons do, after their dialogs: each writes as the signed-in
    /// user in one transaction and re-reads the list. The Error is the models'.
    Status addUser(const NewAccount &account);
    Status resetPassword(const QString &userId, const QString &password);
    Status setDisabled(const QString &userId, bool disabled);

    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addClicked();
    void resetClicked();
    void toggleClicked();
    void updateButtons();
    void showError(const QString &message);
    int selectedRow() const;

    std::unique_ptr<Ui::UsersDialog> m_ui;
    Workspace &m_workspace;
    QList<AccountInfo> m_accounts;
};

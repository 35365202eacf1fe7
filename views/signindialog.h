// SignInDialog: asks for a user name and password and signs in through
// Accounts::signIn, which counts failures, makes a name wait after too many
// and audits both outcomes. A failure shows the model's sentence, which never
// says whether the name or the password was wrong. As the lock screen it is
// filled with the signed-in user's name; "Sign in as someone else" frees it.
#pragma once

#include "currentuser.h"

#include <memory>
#include <optional>
#include <QDialog>
#include <QSqlDatabase>

namespace Ui {
class SignInDialog;
}

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(QSqlDatabase db, QString deviceId, QWidget *parent = nullptr);
    ~SignInDialog() override;

    /// Lock-screen mode: asks for \a user's password again; Cancel reads "Quit".
    void setLockedUser(const CurrentUser &user);
    /// Whether Cancel quits Bangfu (at start-up, on the lock screen) or only
    /// gives up this sign-in (opening another database). Default: quits.
    void setCancelQuits(bool quits);
    /// Who signed in, once the dialog was accepted.
    const std::optional<CurrentUser> &user() const { return m_user; }
    /// The sentence shown for the last failure, empty if none.
    QString errorText() const;

signals:
    /// The locked user's session is given up ("Sign in as someone else"),
    /// before anyone else signs in, so the log shows one session after another.
    void lockedUserReleased();

public slots:
    /// Tries to sign in; closes the dialog only when that succeeds.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    /// On the lock screen Esc and the window's close button do nothing: only
    /// "Quit" ends the locked person's session.
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void signInAsSomeoneElse();
    void showError(const QString &message);
    void retranslate();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QSqlDatabase m_db;
    QString m_deviceId;
    std::optional<CurrentUser> m_lockedUser;
    std::optional<CurrentUser> m_user;
    bool m_cancelQuits = true;
    bool m_lockScreen = false;
};

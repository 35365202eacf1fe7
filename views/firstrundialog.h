// FirstRunDialog: a database without accounts asks for its first
// administrator (user name, name, password twice) and signs that person in.
// Mistakes are shown in the dialog, in the words of Accounts' checks.
#pragma once

#include "currentuser.h"

#include <memory>
#include <optional>
#include <QDialog>
#include <QSqlDatabase>

namespace Ui {
class FirstRunDialog;
}

class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(QSqlDatabase db, QString deviceId, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    /// See SignInDialog::setCancelQuits().
    void setCancelQuits(bool quits);
    /// The administrator created and signed in, once accepted.
    const std::optional<CurrentUser> &user() const { return m_user; }
    QString errorText() const;

public slots:
    /// Creates the administrator; closes the dialog only when that succeeds.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showError(const QString &message, QWidget *field);
    void retranslate();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    QSqlDatabase m_db;
    QString m_deviceId;
    std::optional<CurrentUser> m_user;
    bool m_cancelQuits = true;
};

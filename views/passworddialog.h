// PasswordDialog: a new password typed twice — for an administrator resetting
// someone's password, or (with the current password too) for a user changing
// their own. OK hands the passwords to the caller's submit function, which
// writes; a refusal is shown here and the dialog stays open.
#pragma once

#include "error.h"

#include <functional>
#include <memory>
#include <QDialog>

namespace Ui {
class PasswordDialog;
}

class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Reset, ChangeOwn };
    /// Receives the current password (empty when resetting) and the new one.
    using Submit = std::function<Status(const QString &current, const QString &next)>;

    /// \a whose names the person whose password is reset (Reset mode).
    PasswordDialog(Mode mode, QString whose, Submit submit, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString errorText() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message, QWidget *field);

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    Mode m_mode;
    QString m_whose;
    Submit m_submit;
};

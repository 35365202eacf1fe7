// NewAccountDialog: the administrator's form for a new account (name, user
// name, role, password twice). OK hands the account to the caller's submit
// function, which writes it; a refusal is shown here and the form stays open.
#pragma once

#include "accounts.h"

#include <functional>
#include <memory>
#include <QDialog>

namespace Ui {
class NewAccountDialog;
}

class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const NewAccount &)>;

    explicit NewAccountDialog(Submit submit, QWidget *parent = nullptr);
    ~NewAccountDialog() override;

    QString errorText() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRoles();
    void showError(const QString &message, QWidget *field);

    std::unique_ptr<Ui::NewAccountDialog> m_ui;
    Submit m_submit;
};

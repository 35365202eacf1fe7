#include "passworddialog.h"

#include "accounts.h"
#include "dialogfit.h"
#include "ui_passworddialog.h"

#include <QEvent>

PasswordDialog::PasswordDialog(Mode mode, QString whose, Submit submit, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_mode(mode),
      m_whose(std::move(whose)), m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    const bool own = m_mode == Mode::ChangeOwn;
    m_ui->currentLabel->setVisible(own);
    m_ui->currentEdit->setVisible(own);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    retranslate();
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::retranslate()
{
    if (m_mode == Mode::ChangeOwn) {
        setWindowTitle(tr("Change my password"));
        m_ui->introLabel->setText(
            tr("Enter your current password, then the new one twice. The new password needs "
               "at least %1 characters.")
                .arg(Accounts::MinPasswordLength));
    } else {
        setWindowTitle(tr("Reset password"));
        m_ui->introLabel->setText(
            tr("Choose a new password for %1 and tell it to them in person. It needs at least "
               "%2 characters.")
                .arg(m_whose)
                .arg(Accounts::MinPasswordLength));
    }
}

QString PasswordDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void PasswordDialog::showError(const QString &message, QWidget *field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    fitHeightToContents(this);
    if (field)
        field->setFocus();
}

void PasswordDialog::accept()
{
    const QString next = m_ui->newEdit->text();
    if (Status s = Accounts::checkPassword(next); !s)
        return showError(s.error().message, m_ui->newEdit);
    if (m_ui->repeatEdit->text() != next) {
        m_ui->repeatEdit->clear();
        return showError(tr("The two new passwords differ. Type the new password again."),
                         m_ui->repeatEdit);
    }
    const QString current = m_mode == Mode::ChangeOwn ? m_ui->currentEdit->text() : QString();
    if (Status s = m_submit(current, next); !s) {
        m_ui->currentEdit->clear();
        return showError(s.error().message,
                         m_mode == Mode::ChangeOwn ? m_ui->currentEdit : nullptr);
    }
    QDialog::accept();
}

void PasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

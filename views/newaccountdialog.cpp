#include "newaccountdialog.h"

#include "dialogfit.h"
#include "ui_newaccountdialog.h"

#include <QEvent>

NewAccountDialog::NewAccountDialog(Submit submit, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewAccountDialog>()), m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewAccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewAccountDialog::reject);
    fillRoles();
}

NewAccountDialog::~NewAccountDialog() = default;

void NewAccountDialog::fillRoles()
{
    const int current = m_ui->roleCombo->currentIndex();
    m_ui->roleCombo->clear();
    for (Role role : Permissions::roles())
        m_ui->roleCombo->addItem(Permissions::roleLabel(role), Permissions::roleCode(role));
    m_ui->roleCombo->setCurrentIndex(current >= 0 ? current : 0);
    m_ui->roleNote->setText(
        tr("Caseworkers file households, visits, surveys and claims and propose aid. "
           "Supervisors also approve or reject aid and claims. Administrators manage "
           "accounts, programmes, plans and settings."));
}

QString NewAccountDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void NewAccountDialog::showError(const QString &message, QWidget *field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    fitHeightToContents(this);
    if (field)
        field->setFocus();
}

void NewAccountDialog::accept()
{
    NewAccount account;
    account.displayName = m_ui->displayNameEdit->text().trimmed();
    account.username = m_ui->userNameEdit->text().trimmed();
    Permissions::roleFromCode(m_ui->roleCombo->currentData().toString(), &account.role);
    account.password = m_ui->passwordEdit->text();
    if (account.displayName.isEmpty())
        return showError(tr("Enter the person's name."), m_ui->displayNameEdit);
    if (Status s = Accounts::checkUsername(account.username); !s)
        return showError(s.error().message, m_ui->userNameEdit);
    if (Status s = Accounts::checkPassword(account.password); !s)
        return showError(s.error().message, m_ui->passwordEdit);
    if (m_ui->repeatEdit->text() != account.password) {
        m_ui->repeatEdit->clear();
        return showError(tr("The two passwords differ. Type the password again."),
                         m_ui->repeatEdit);
    }
    if (Status s = m_submit(account); !s)
        return showError(s.error().message, nullptr);
    QDialog::accept();
}

void NewAccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillRoles();
    }
    QDialog::changeEvent(event);
}

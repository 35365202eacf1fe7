#include "firstrundialog.h"

#include "accounts.h"
#include "dialogfit.h"
#include "ui_firstrundialog.h"

#include <QEvent>
#include <QPushButton>

FirstRunDialog::FirstRunDialog(QSqlDatabase db, QString deviceId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>()), m_db(std::move(db)),
      m_deviceId(std::move(deviceId))
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    retranslate();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::setCancelQuits(bool quits)
{
    m_cancelQuits = quits;
    retranslate();
}

QString FirstRunDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void FirstRunDialog::showError(const QString &message, QWidget *field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    fitHeightToContents(this);
    if (field)
        field->setFocus();
}

void FirstRunDialog::accept()
{
    NewAccount account;
    account.username = m_ui->userNameEdit->text().trimmed();
    account.displayName = m_ui->displayNameEdit->text().trimmed();
    account.role = Role::Administrator;
    account.password = m_ui->passwordEdit->text();
    // The same checks Accounts makes, first, so that the cursor lands in the
    // field to correct.
    if (Status s = Accounts::checkUsername(account.username); !s)
        return showError(s.error().message, m_ui->userNameEdit);
    if (account.displayName.isEmpty())
        return showError(tr("Enter the administrator's name."), m_ui->displayNameEdit);
    if (Status s = Accounts::checkPassword(account.password); !s)
        return showError(s.error().message, m_ui->passwordEdit);
    if (m_ui->repeatEdit->text() != account.password) {
        m_ui->repeatEdit->clear();
        return showError(tr("The two passwords differ. Type the password again."),
                         m_ui->repeatEdit);
    }
    auto user = Accounts::createFirstAdministrator(m_db, m_deviceId, account);
    if (!user)
        return showError(user.error().message, nullptr);
    m_user = user.value();
    QDialog::accept();
}

void FirstRunDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setText(m_cancelQuits ? tr("&Quit Bangfu") : tr("Cancel"));
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

#include "signindialog.h"

#include "accounts.h"
#include "dialogfit.h"
#include "ui_signindialog.h"

#include <QCloseEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QPushButton>

SignInDialog::SignInDialog(QSqlDatabase db, QString deviceId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_db(std::move(db)),
      m_deviceId(std::move(deviceId))
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    m_ui->someoneElseButton->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->someoneElseButton, &QPushButton::clicked, this,
            &SignInDialog::signInAsSomeoneElse);
    retranslate();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setLockedUser(const CurrentUser &user)
{
    m_lockedUser = user;
    m_lockScreen = true;
    m_ui->userNameEdit->setText(user.username);
    m_ui->userNameEdit->setReadOnly(true);
    m_ui->someoneElseButton->show();
    m_ui->passwordEdit->setFocus();
    retranslate();
}

void SignInDialog::setCancelQuits(bool quits)
{
    m_cancelQuits = quits;
    retranslate();
}

void SignInDialog::signInAsSomeoneElse()
{
    if (m_lockedUser)
        emit lockedUserReleased();
    m_lockedUser.reset();
    m_ui->userNameEdit->setReadOnly(false);
    m_ui->userNameEdit->clear();
    m_ui->passwordEdit->clear();
    m_ui->someoneElseButton->hide();
    m_ui->errorLabel->hide();
    m_ui->userNameEdit->setFocus();
    retranslate();
}

QString SignInDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SignInDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    fitHeightToContents(this);
}

void SignInDialog::accept()
{
    const QString name = m_ui->userNameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Enter your user name."));
        m_ui->userNameEdit->setFocus();
        return;
    }
    auto user = Accounts::signIn(m_db, m_deviceId, name, m_ui->passwordEdit->text());
    // The password is never kept in the field, right or wrong.
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
    if (!user) {
        showError(user.error().message);
        return;
    }
    m_user = user.value();
    m_ui->errorLabel->hide();
    QDialog::accept();
}

void SignInDialog::retranslate()
{
    if (m_lockedUser) {
        setWindowTitle(tr("Bangfu is locked"));
        m_ui->introLabel->setText(
            tr("Bangfu is locked. Enter the password of %1 to go on, or let someone else "
               "sign in.")
                .arg(m_lockedUser->displayName));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit Bangfu"));
    } else {
        setWindowTitle(tr("Sign in to Bangfu"));
        m_ui->introLabel->setText(tr("Sign in with your Bangfu account."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)
            ->setText(m_cancelQuits ? tr("&Quit Bangfu") : tr("Cancel"));
    }
}

void SignInDialog::keyPressEvent(QKeyEvent *event)
{
    if (m_lockScreen && event->key() == Qt::Key_Escape) {
        event->ignore();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SignInDialog::closeEvent(QCloseEvent *event)
{
    // "Quit" rejects without closing; only the window's own close lands here.
    if (m_lockScreen) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

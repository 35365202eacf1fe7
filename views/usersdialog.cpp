#include "usersdialog.h"

#include <QMessageBox>

#include "newaccountdialog.h"
#include "passworddialog.h"
#include "session.h"
#include "ui_usersdialog.h"
#include "workspace.h"

#include <QEvent>
#include <QHeaderView>

namespace {

enum Column { NameColumn, UserNameColumn, RoleColumn, StateColumn, ColumnCount };

} // namespace

UsersDialog::UsersDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UsersDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    m_ui->usersTable->setColumnCount(ColumnCount);
    m_ui->usersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addClicked);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &UsersDialog::resetClicked);
    connect(m_ui->toggleButton, &QPushButton::clicked, this, &UsersDialog::toggleClicked);
    connect(m_ui->usersTable, &QTableWidget::itemSelectionChanged, this,
            &UsersDialog::updateButtons);
    reload();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    const QString selectedId = selectedRow() >= 0 ? m_accounts.at(selectedRow()).id : QString();
    auto accounts = Accounts::list(m_workspace.sql());
    if (!accounts) {
        showError(accounts.error().message);
        return;
    }
    m_accounts = accounts.value();
    QTableWidget *table = m_ui->usersTable;
    const QSignalBlocker blocker(table);
    table->setHorizontalHeaderLabels({tr("Name"), tr("User name"), tr("Role"), tr("Status")});
    table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const AccountInfo &a = m_accounts.at(row);
        table->setItem(row, NameColumn, new QTableWidgetItem(a.displayName));
        table->setItem(row, UserNameColumn, new QTableWidgetItem(a.username));
        table->setItem(row, RoleColumn, new QTableWidgetItem(Permissions::roleLabel(a.role)));
        auto *state = new QTableWidgetItem(a.disabled ? tr("Disabled") : tr("Enabled"));
        if (a.disabled)
            state->setForeground(Qt::darkGray);
        table->setItem(row, StateColumn, state);
        if (a.id == selectedId)
            table->selectRow(row);
    }
    updateButtons();
}

int UsersDialog::selectedRow() const
{
    const auto rows = m_ui->usersTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_accounts.size())
        return -1;
    return rows.constFirst().row();
}

void UsersDialog::updateButtons()
{
    const int row = selectedRow();
    m_ui->resetButton->setEnabled(row >= 0);
    m_ui->toggleButton->setEnabled(row >= 0);
    const bool disabled = row >= 0 && m_accounts.at(row).disabled;
    m_ui->toggleButton->setText(disabled ? tr("&Enable") : tr("&Disable"));
}

QString UsersDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void UsersDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

Status UsersDialog::addUser(const NewAccount &account)
{
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto id = Accounts::create(writer, account);
        return id ? Status() : Status(id.error());
    });
    if (status)
        reload();
    return status;
}

Status UsersDialog::resetPassword(const QString &userId, const QString &password)
{
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return Accounts::resetPassword(writer, userId, password);
    });
    if (status)
        reload();
    return status;
}

Status UsersDialog::setDisabled(const QString &userId, bool disabled)
{
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return Accounts::setDisabled(writer, userId, disabled);
    });
    if (status)
        reload();
    return status;
}

void UsersDialog::addClicked()
{
    showError({});
    NewAccountDialog dialog([this](const NewAccount &account) { return addUser(account); }, this);
    dialog.exec();
}

void UsersDialog::resetClicked()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    showError({});
    const AccountInfo account = m_accounts.at(row);
    PasswordDialog dialog(
        PasswordDialog::Mode::Reset,
        tr("%1 (%2)", "display name (user name)").arg(account.displayName, account.username),
        [this, id = account.id](const QString &, const QString &next) {
            return resetPassword(id, next);
        },
        this);
    dialog.exec();
}

void UsersDialog::toggleClicked()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const AccountInfo account = m_accounts.at(row);
    // Disabling stops someone working at once: ask first, with "No" as the
    // default so that a stray Enter does nothing.
    if (!account.disabled &&
        QMessageBox::question(this, tr("Disable account"),
                              tr("Disable the account of %1 (%2)? They can no longer sign in; "
                                 "their records and history stay.")
                                  .arg(account.displayName, account.username),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Status status = setDisabled(account.id, !account.disabled);
    showError(status ? QString() : status.error().message);
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QDialog::changeEvent(event);
}

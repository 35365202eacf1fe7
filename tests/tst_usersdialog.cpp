// Administration -> Users, offscreen with real widgets: an administrator adds
// a caseworker, resets the password and disables the account, which then
// cannot sign in; a caseworker running the same code path is refused by the
// models, and changing one's own password checks the current one.
#include "auditlog.h"
#include "guitest.h"
#include "localization.h"
#include "mainwindow.h"
#include "newaccountdialog.h"
#include "passworddialog.h"
#include "session.h"
#include "usersdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace GuiTest;

namespace {

int rowOf(const UsersDialog &dialog, const QString &username)
{
    for (int row = 0; row < dialog.accounts().size(); ++row) {
        if (dialog.accounts().at(row).username == username)
            return row;
    }
    return -1;
}

} // namespace

class TestUsersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void administratorManagesAccounts();
    void caseworkerIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestUsersDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BangfuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_usersdialog"));
    QVERIFY(m_dir.isValid());
}

void TestUsersDialog::administratorManagesAccounts()
{
    auto ws = withAdmin(m_dir.filePath(QStringLiteral("admin.sqlite")));
    QVERIFY(ws);
    UsersDialog dialog(*ws);
    dialog.resize(640, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
    auto *reset = dialog.findChild<QPushButton *>(QStringLiteral("resetButton"));
    auto *toggle = dialog.findChild<QPushButton *>(QStringLiteral("toggleButton"));
    QVERIFY(table && add && reset && toggle);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!reset->isEnabled());

    // Add: a taken user name is refused inside the form, which stays open.
    QString takenError;
    {
        const auto watch = onNextModal<NewAccountDialog>([&](NewAccountDialog *form) {
            QVERIFY(type(form, "displayNameEdit", QStringLiteral("李明")));
            QVERIFY(type(form, "userNameEdit", QStringLiteral("ADMIN")));
            auto *role = form->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            role->setCurrentIndex(role->findData(QStringLiteral("caseworker")));
            QVERIFY(type(form, "passwordEdit", QStringLiteral("first-password")));
            QVERIFY(type(form, "repeatEdit", QStringLiteral("first-password")));
            QPushButton *ok = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->click();
            takenError = form->errorText();
            QVERIFY(form->isVisible());
            QVERIFY(type(form, "userNameEdit", QStringLiteral("liming")));
            saveScreenshot(form, QStringLiteral("users-add"));
            ok->click();
        });
        add->click();
    }
    QCOMPARE(takenError, QStringLiteral("The user name ADMIN is already taken."));
    QCOMPARE(table->rowCount(), 2);
    const int row = rowOf(dialog, QStringLiteral("liming"));
    QVERIFY(row >= 0);
    const AccountInfo liming = dialog.accounts().at(row);
    QCOMPARE(liming.displayName, QStringLiteral("李明"));
    QCOMPARE(liming.role, Role::Caseworker);
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Caseworker"));
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("Enabled"));

    // Reset the password through the button.
    table->selectRow(row);
    QVERIFY(reset->isEnabled());
    QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
    {
        const auto watch = onNextModal<PasswordDialog>([&](PasswordDialog *form) {
            QVERIFY(type(form, "newEdit", QStringLiteral("second-password")));
            QVERIFY(type(form, "repeatEdit", QStringLiteral("second-password")));
            saveScreenshot(form, QStringLiteral("users-reset"));
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        reset->click();
    }
    saveScreenshot(&dialog, QStringLiteral("users"));
    QVERIFY(Accounts::signIn(ws->sql(), ws->deviceId(), QStringLiteral("liming"),
                             QStringLiteral("second-password")));

    // Disable asks first; "No" (the default) changes nothing.
    table->selectRow(rowOf(dialog, QStringLiteral("liming")));
    {
        const auto watch = onNextModal<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
            box->button(QMessageBox::No)->click();
        });
        toggle->click();
    }
    QVERIFY(!dialog.accounts().at(rowOf(dialog, QStringLiteral("liming"))).disabled);
    // Disable: listed as disabled, and the account can no longer sign in.
    {
        const auto watch = onNextModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        toggle->click();
    }
    QCOMPARE(dialog.errorText(), QString());
    const int after = rowOf(dialog, QStringLiteral("liming"));
    QVERIFY(dialog.accounts().at(after).disabled);
    QCOMPARE(table->item(after, 3)->text(), QStringLiteral("Disabled"));
    QCOMPARE(toggle->text(), QStringLiteral("&Enable"));
    auto refused = Accounts::signIn(ws->sql(), ws->deviceId(), QStringLiteral("liming"),
                                    QStringLiteral("second-password"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("This account is disabled. Ask an administrator."));

    // The last enabled administrator cannot be disabled; the dialog says why.
    table->selectRow(rowOf(dialog, QStringLiteral("admin")));
    {
        const auto watch = onNextModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        toggle->click();
    }
    QVERIFY2(
        dialog.errorText().startsWith(QStringLiteral("This is the last enabled administrator")),
        qPrintable(dialog.errorText()));
    QVERIFY(!dialog.accounts().at(rowOf(dialog, QStringLiteral("admin"))).disabled);

    // Each action was audited as the administrator.
    auto entries = AuditLog::entries(ws->sql(), {QStringLiteral("users"), liming.id, {}, -1});
    QVERIFY(entries);
    QStringList actions;
    for (const AuditEntry &e : entries.value()) {
        if (e.action != QLatin1String("login"))
            QCOMPARE(e.userId, ws->user()->id);
        actions.append(e.action);
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("insert"), QStringLiteral("update"),
                                   QStringLiteral("login"), QStringLiteral("update")}));
}

void TestUsersDialog::caseworkerIsRefused()
{
    auto ws = withAdmin(m_dir.filePath(QStringLiteral("caseworker.sqlite")));
    QVERIFY(ws);
    const CurrentUser admin = *ws->user();
    const Status added = Session::write(*ws, [](AuditedWriter &writer) -> Status {
        auto id = Accounts::create(writer, {QStringLiteral("chenjing"), QStringLiteral("陈静"),
                                            Role::Caseworker, QStringLiteral("caseworker-pw")});
        return id ? Status() : Status(id.error());
    });
    QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    auto accounts = Accounts::list(ws->sql());
    QVERIFY(accounts);
    CurrentUser caseworker;
    for (const AccountInfo &a : accounts.value()) {
        if (a.username == QLatin1String("chenjing"))
            caseworker = {a.id, a.username, a.displayName, a.role};
    }
    QVERIFY(!caseworker.id.isEmpty());
    ws->setUser(caseworker);

    // The menu entry is off for a caseworker (a convenience only) ...
    {
        auto second = workspace(m_dir.filePath(QStringLiteral("caseworker.sqlite")));
        QVERIFY(second);
        second->setUser(caseworker);
        Localization localization;
        MainWindow window(std::move(second), localization);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionUsers"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionChangePassword"))->isEnabled());
    }

    // ... but the dialog's own code path is what refuses: the models check.
    UsersDialog dialog(*ws);
    const Status add = dialog.addUser({QStringLiteral("intruder"), QStringLiteral("某人"),
                                       Role::Administrator, QStringLiteral("intruder-pw")});
    QVERIFY(!add);
    QCOMPARE(add.error().message, QStringLiteral("陈静 (Caseworker) may not %1.")
                                      .arg(Permissions::describe(Permission::ManageUsers)));
    const Status reset = dialog.resetPassword(admin.id, QStringLiteral("taken-over-1"));
    QVERIFY(!reset);
    QCOMPARE(reset.error().message, add.error().message);
    QVERIFY(!dialog.setDisabled(admin.id, true));
    auto after = Accounts::list(ws->sql());
    QVERIFY(after);
    QCOMPARE(after->size(), 2);
    for (const AccountInfo &a : after.value())
        QVERIFY(!a.disabled);
    QVERIFY(Accounts::signIn(ws->sql(), ws->deviceId(), QStringLiteral("admin"), AdminPassword));

    // Everyone may change their own password, knowing the current one.
    const Status wrongCurrent = Session::write(*ws, [](AuditedWriter &writer) {
        return Accounts::changeOwnPassword(writer, QStringLiteral("not-my-password"),
                                           QStringLiteral("new-password-1"));
    });
    QVERIFY(!wrongCurrent);
    QCOMPARE(wrongCurrent.error().message, QStringLiteral("The current password is incorrect."));
}

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"

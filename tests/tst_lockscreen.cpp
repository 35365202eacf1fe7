// The lock screen and switching users, offscreen with the real main window:
// after the (shortened) idle time the window is covered and asks for the
// password again; a wrong one is refused, the right one unlocks; someone else
// may sign in instead, which ends the first session in the audit log; the
// idle time comes from the settings dialog; signing out and cancelling quits.
#include "auditlog.h"
#include "districtsettings.h"
#include "guitest.h"
#include "localization.h"
#include "lockcurtain.h"
#include "mainwindow.h"
#include "session.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "transaction.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace GuiTest;

namespace {

QStringList actionsFor(const QSqlDatabase &db, const QString &userId)
{
    QStringList actions;
    auto entries = AuditLog::entries(db, {QStringLiteral("users"), userId, {}, -1});
    if (entries) {
        for (const AuditEntry &e : entries.value())
            actions.append(e.action);
    }
    return actions;
}

void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestLockScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void locksWhenIdleAndUnlocks();
    void someoneElseSignsIn();
    void lockTimeFromSettings();
    void onlyAdministratorsSetTheLockTime();
    void signOutAndQuit();

private:
    QTemporaryDir m_dir;
};

void TestLockScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BangfuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lockscreen"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestLockScreen::locksWhenIdleAndUnlocks()
{
    auto ws = withAdmin(m_dir.filePath(QStringLiteral("idle.sqlite")));
    QVERIFY(ws);
    const QString adminId = ws->user()->id;
    Localization localization;
    MainWindow window(std::move(ws), localization);
    QCOMPARE(window.idleLockInterval(), 10 * 60 * 1000); // the default: 10 minutes
    window.resize(1000, 650);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    bool seen = false;
    QString wrongError;
    const auto watch = onNextModal<SignInDialog>([&](SignInDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("lockDialog"));
        QVERIFY(window.isLocked());
        auto *curtain = window.findChild<LockCurtain *>();
        QVERIFY(curtain && curtain->isVisible());
        QCOMPARE(curtain->geometry(), window.rect());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Bangfu is locked"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
        QCOMPARE(name->text(), QStringLiteral("admin"));
        QVERIFY(name->isReadOnly());
        QVERIFY(type(dialog, "passwordEdit", QStringLiteral("not-the-password")));
        clickOk(dialog);
        wrongError = dialog->errorText();
        QVERIFY(dialog->isVisible());
        saveScreenshot(dialog, QStringLiteral("lock-dialog"));
        saveScreenshot(&window, QStringLiteral("lock-window"));
        QVERIFY(type(dialog, "passwordEdit", AdminPassword));
        clickOk(dialog);
        seen = true;
    });
    QElapsedTimer clock;
    clock.start();
    window.setIdleLockInterval(300);
    QTRY_VERIFY_WITH_TIMEOUT(seen, 5000);
    QVERIFY(clock.elapsed() >= 300);
    QCOMPARE(wrongError, QStringLiteral("The user name or password is incorrect."));
    QTRY_VERIFY(!window.isLocked());
    QVERIFY(!window.findChild<LockCurtain *>());
    QVERIFY(window.workspace().user());
    QCOMPARE(window.workspace().user()->id, adminId);
    // The failure and the sign-in that unlocked are both on record.
    const QStringList actions = actionsFor(window.workspace().sql(), adminId);
    QCOMPARE(actions.mid(actions.size() - 2),
             (QStringList{QStringLiteral("login_failed"), QStringLiteral("login")}));
    window.setIdleLockInterval(0);
}

void TestLockScreen::someoneElseSignsIn()
{
    auto ws = withAdmin(m_dir.filePath(QStringLiteral("switch.sqlite")));
    QVERIFY(ws);
    const QString adminId = ws->user()->id;
    const Status added = Session::write(*ws, [](AuditedWriter &writer) -> Status {
        auto id = Accounts::create(writer, {QStringLiteral("zhangli"), QStringLiteral("张丽"),
                                            Role::Supervisor, QStringLiteral("supervisor-pw")});
        return id ? Status() : Status(id.error());
    });
    QVERIFY(added);
    Localization localization;
    MainWindow window(std::move(ws), localization);
    window.setIdleLockInterval(0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *userLabel = window.findChild<QLabel *>(QStringLiteral("userLabel"));
    QCOMPARE(userLabel->text(), QStringLiteral("Signed in: 管理员 (admin), Administrator"));

    const auto watch = onNextModal<SignInDialog>([&](SignInDialog *dialog) {
        auto *someoneElse = dialog->findChild<QPushButton *>(QStringLiteral("someoneElseButton"));
        QVERIFY(someoneElse && someoneElse->isVisible());
        someoneElse->click();
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->isReadOnly());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Sign in to Bangfu"));
        QVERIFY(type(dialog, "userNameEdit", QStringLiteral("zhangli")));
        QVERIFY(type(dialog, "passwordEdit", QStringLiteral("supervisor-pw")));
        clickOk(dialog);
    });
    window.findChild<QAction *>(QStringLiteral("actionLock"))->trigger();
    QVERIFY(!window.isLocked());
    QCOMPARE(window.workspace().user()->username, QStringLiteral("zhangli"));
    QCOMPARE(userLabel->text(), QStringLiteral("Signed in: 张丽 (zhangli), Supervisor"));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionUsers"))->isEnabled());
    QCOMPARE(actionsFor(window.workspace().sql(), adminId).constLast(), QStringLiteral("logout"));
    // One session after the other: the administrator's logout comes before 张丽's login.
    QSqlQuery order(window.workspace().sql());
    QVERIFY(order.exec(QStringLiteral("SELECT action FROM audit_log WHERE action IN ('login', "
                                      "'logout') ORDER BY seq DESC LIMIT 2")));
    QVERIFY(order.next());
    QCOMPARE(order.value(0).toString(), QStringLiteral("login"));
    QVERIFY(order.next());
    QCOMPARE(order.value(0).toString(), QStringLiteral("logout"));
}

void TestLockScreen::lockTimeFromSettings()
{
    auto ws = withAdmin(m_dir.filePath(QStringLiteral("settings.sqlite")));
    QVERIFY(ws);
    Localization localization;
    MainWindow window(std::move(ws), localization);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto setMinutes = [&](int minutes) {
        const auto watch = onNextModal<SettingsDialog>([&](SettingsDialog *dialog) {
            auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("lockSpin"));
            QVERIFY(spin);
            spin->setValue(minutes);
            saveScreenshot(dialog, QStringLiteral("settings-lock-%1").arg(minutes));
            clickOk(dialog);
        });
        window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    };
    setMinutes(3);
    auto stored = [&] {
        QSqlQuery q(window.workspace().sql());
        return q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'lock_minutes'")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    };
    QCOMPARE(stored(), 3);
    QCOMPARE(window.idleLockInterval(), 3 * 60 * 1000);
    // The lock cannot be switched off: 0 is not offered.
    setMinutes(0);
    QCOMPARE(stored(), 1);
    QCOMPARE(window.idleLockInterval(), 60 * 1000);

    // A new window on the same database reads the office's setting.
    auto again = workspace(m_dir.filePath(QStringLiteral("settings.sqlite")));
    QVERIFY(again);
    MainWindow second(std::move(again), localization);
    QCOMPARE(second.idleLockInterval(), 60 * 1000);
}

void TestLockScreen::onlyAdministratorsSetTheLockTime()
{
    auto ws = withAdmin(m_dir.filePath(QStringLiteral("policy.sqlite")));
    QVERIFY(ws);
    CurrentUser caseworker;
    {
        Transaction tx(ws->sql());
        AuditedWriter admin = ws->writer();
        auto id = Accounts::create(admin, {QStringLiteral("liming"), QStringLiteral("李明"),
                                           Role::Caseworker, QStringLiteral("caseworker-1")});
        QVERIFY(id.ok());
        QVERIFY(tx.commit().ok());
        caseworker = {id.value(), QStringLiteral("liming"), QStringLiteral("李明"), Role::Caseworker};
    }
    // The model refuses, whatever the dialog shows.
    Transaction tx(ws->sql());
    AuditedWriter writer(ws->sql(), caseworker, ws->deviceId());
    QVERIFY(!DistrictSettings::setValue(writer, DistrictSettings::LockMinutes, QStringLiteral("60")).ok());
    tx.rollback();

    ws->setUser(caseworker);
    Localization localization;
    MainWindow window(std::move(ws), localization);
    window.show();
    const auto watch = onNextModal<SettingsDialog>([&](SettingsDialog *dialog) {
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("lockSpin"));
        QVERIFY(spin);
        QVERIFY(!spin->isEnabled());
        clickOk(dialog);
    });
    window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    QCOMPARE(window.idleLockInterval(), DistrictSettings::DefaultLockMinutes * 60 * 1000);
}

void TestLockScreen::signOutAndQuit()
{
    auto ws = withAdmin(m_dir.filePath(QStringLiteral("signout.sqlite")));
    QVERIFY(ws);
    const QString adminId = ws->user()->id;
    Localization localization;
    MainWindow window(std::move(ws), localization);
    window.setIdleLockInterval(0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString nameShown = QStringLiteral("unset");
    const auto watch = onNextModal<SignInDialog>([&](SignInDialog *dialog) {
        nameShown = dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->text();
        QVERIFY(!window.workspace().user());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    window.findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
    QCOMPARE(nameShown, QString());
    QVERIFY(!window.isVisible());
    QVERIFY(!window.workspace().user());
    QCOMPARE(actionsFor(window.workspace().sql(), adminId),
             (QStringList{QStringLiteral("insert"), QStringLiteral("login"), QStringLiteral("logout")}));
}

QTEST_MAIN(TestLockScreen)
#include "tst_lockscreen.moc"

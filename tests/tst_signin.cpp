// The first-run and sign-in dialogs, offscreen with real widgets: the first
// administrator is created and signed in through the start-up flow, mistakes
// are shown in the dialog, a wrong password gets the generic message, and
// after five failures the sixth try is told to wait.
#include "auditlog.h"
#include "firstrundialog.h"
#include "guitest.h"
#include "signindialog.h"
#include "signinflow.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace GuiTest;

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunCreatesAdministrator();
    void firstRunCancelQuits();
    void wrongPasswordThenWait();
    void signInFlowSignsIn();

private:
    QTemporaryDir m_dir;
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSignIn::firstRunCreatesAdministrator()
{
    auto ws = workspace(m_dir.filePath(QStringLiteral("first.sqlite")));
    QVERIFY(ws);
    QCOMPARE(Accounts::hasUsers(ws->sql()).value(), false);

    QString shortPasswordError;
    QString mismatchError;
    QString badNameError;
    const auto watch = onNextModal<FirstRunDialog>([&](FirstRunDialog *dialog) {
        auto ok = [dialog] {
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        };
        QVERIFY(type(dialog, "userNameEdit", QStringLiteral("张丽")));
        QVERIFY(type(dialog, "displayNameEdit", QStringLiteral("张丽")));
        QVERIFY(type(dialog, "passwordEdit", QStringLiteral("long-enough-1")));
        QVERIFY(type(dialog, "repeatEdit", QStringLiteral("long-enough-1")));
        ok();
        badNameError = dialog->errorText();
        QVERIFY(type(dialog, "userNameEdit", QStringLiteral("zhangli")));
        QVERIFY(type(dialog, "passwordEdit", QStringLiteral("short")));
        ok();
        shortPasswordError = dialog->errorText();
        QVERIFY(type(dialog, "passwordEdit", QStringLiteral("long-enough-1")));
        QVERIFY(type(dialog, "repeatEdit", QStringLiteral("long-enough-2")));
        ok();
        mismatchError = dialog->errorText();
        QVERIFY(dialog->isVisible());
        QVERIFY(type(dialog, "repeatEdit", QStringLiteral("long-enough-1")));
        saveScreenshot(dialog, QStringLiteral("firstrun"));
        ok();
    });
    QVERIFY(SignInFlow::run(nullptr, *ws, true));

    QVERIFY2(badNameError.startsWith(QStringLiteral("A user name has 2 to 32 letters")),
             qPrintable(badNameError));
    QCOMPARE(shortPasswordError, QStringLiteral("The password must have at least 8 characters."));
    QCOMPARE(mismatchError, QStringLiteral("The two passwords differ. Type the password again."));
    QVERIFY(ws->user());
    QCOMPARE(ws->user()->username, QStringLiteral("zhangli"));
    QCOMPARE(ws->user()->displayName, QStringLiteral("张丽"));
    QCOMPARE(ws->user()->role, Role::Administrator);
    auto accounts = Accounts::list(ws->sql());
    QVERIFY(accounts);
    QCOMPARE(accounts->size(), 1);
    QCOMPARE(accounts->constFirst().id, ws->user()->id);
}

void TestSignIn::firstRunCancelQuits()
{
    auto ws = workspace(m_dir.filePath(QStringLiteral("cancelled.sqlite")));
    QVERIFY(ws);
    QString cancelText;
    const auto watch = onNextModal<FirstRunDialog>([&](FirstRunDialog *dialog) {
        QPushButton *cancel =
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        cancelText = cancel->text();
        cancel->click();
    });
    QVERIFY(!SignInFlow::run(nullptr, *ws, true));
    QCOMPARE(cancelText, QStringLiteral("&Quit Bangfu"));
    QVERIFY(!ws->user());
    QCOMPARE(Accounts::hasUsers(ws->sql()).value(), false);
}

void TestSignIn::wrongPasswordThenWait()
{
    auto ws = withAdmin(m_dir.filePath(QStringLiteral("wrong.sqlite")));
    QVERIFY(ws);
    SignInDialog dialog(ws->sql(), ws->deviceId());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));

    // A name that does not exist gets the same sentence as a wrong password.
    QVERIFY(type(&dialog, "userNameEdit", QStringLiteral("nobody")));
    QVERIFY(type(&dialog, "passwordEdit", AdminPassword));
    ok->click();
    const QString unknownName = dialog.errorText();
    QCOMPARE(unknownName, QStringLiteral("The user name or password is incorrect."));

    QVERIFY(type(&dialog, "userNameEdit", QStringLiteral("admin")));
    for (int i = 0; i < Accounts::MaxFailures; ++i) {
        QVERIFY(type(&dialog, "passwordEdit", QStringLiteral("wrong-password-%1").arg(i)));
        ok->click();
        QCOMPARE(dialog.errorText(), unknownName);
        QVERIFY(password->text().isEmpty());
        QVERIFY(dialog.isVisible());
    }
    saveScreenshot(&dialog, QStringLiteral("signin-wrong"));
    // The sixth try waits, even with the right password.
    QVERIFY(type(&dialog, "passwordEdit", AdminPassword));
    ok->click();
    QVERIFY2(dialog.errorText().startsWith(
                 QStringLiteral("Too many failed sign-ins for this name. Wait ")),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QStringLiteral("second")));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.user());
    saveScreenshot(&dialog, QStringLiteral("signin-wait"));

    // Every failure is in the audit log.
    auto entries = AuditLog::entries(ws->sql(), {});
    QVERIFY(entries);
    int failures = 0;
    for (const AuditEntry &e : entries.value())
        failures += e.action == QLatin1String("login_failed");
    QCOMPARE(failures, Accounts::MaxFailures + 1);
}

void TestSignIn::signInFlowSignsIn()
{
    auto ws = withAdmin(m_dir.filePath(QStringLiteral("flow.sqlite")));
    QVERIFY(ws);
    ws->setUser(std::nullopt);
    QString title;
    const auto watch = onNextModal<SignInDialog>([&](SignInDialog *dialog) {
        title = dialog->windowTitle();
        QVERIFY(type(dialog, "userNameEdit", QStringLiteral("ADMIN")));
        QVERIFY(type(dialog, "passwordEdit", AdminPassword));
        saveScreenshot(dialog, QStringLiteral("signin"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(SignInFlow::run(nullptr, *ws, false));
    QCOMPARE(title, QStringLiteral("Sign in to Bangfu"));
    QVERIFY(ws->user());
    QCOMPARE(ws->user()->username, QStringLiteral("admin"));
    auto entries = AuditLog::entries(ws->sql(), {QStringLiteral("users"), ws->user()->id, {}, -1});
    QVERIFY(entries);
    QCOMPARE(entries->constLast().action, QStringLiteral("login"));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"

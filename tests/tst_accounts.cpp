// Accounts: first administrator, signing in (generic failure message, the
// 30-second wait after 5 failures), and the administrator's account work.
#include "accounts.h"
#include "auditlog.h"
#include "passwordhash.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

const QString AdminPassword = QStringLiteral("admin-pass-1");

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passwordHashIsArgon2id();
    void firstAdministratorOnlyOnce();
    void signInSucceedsAndIsAudited();
    void failureDoesNotSayWhichWasWrong();
    void waitsAfterFiveFailures();
    void successResetsTheCount();
    void passwordResetClearsTheWait();
    void administratorManagesAccounts();
    void lastAdministratorStaysEnabled();
    void checksNamesAndPasswords_data();
    void checksNamesAndPasswords();
    void changeOwnPassword();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    CurrentUser m_admin;
    int m_counter = 0;
};

void TestAccounts::init()
{
    QVERIFY(m_dir.isValid());
    m_ws.reset();
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_counter)));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    QCOMPARE(Accounts::hasUsers(m_ws->sql()).value(), false);
    auto admin = Accounts::createFirstAdministrator(
        m_ws->sql(), m_ws->deviceId(),
        {QStringLiteral("Admin"), QStringLiteral("系统管理员"), Role::Administrator, AdminPassword});
    QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().toString()));
    m_admin = admin.value();
    QCOMPARE(Accounts::hasUsers(m_ws->sql()).value(), true);
}

void TestAccounts::passwordHashIsArgon2id()
{
    const QString stored = scalar(m_ws->sql(), QStringLiteral("SELECT password_hash FROM users")).toString();
    QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(stored));
    QVERIFY(!stored.contains(AdminPassword));
    QVERIFY(PasswordHash::verify(stored, AdminPassword));
    QVERIFY(!PasswordHash::verify(stored, QStringLiteral("admin-pass-2")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("garbage"), AdminPassword));
}

void TestAccounts::firstAdministratorOnlyOnce()
{
    auto second = Accounts::createFirstAdministrator(
        m_ws->sql(), m_ws->deviceId(),
        {QStringLiteral("other"), QStringLiteral("其他"), Role::Administrator, AdminPassword});
    QVERIFY(!second.ok());
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
    // The bootstrap is audited as the administrator's own insert.
    auto entries = AuditLog::entries(m_ws->sql(), {QStringLiteral("users"), m_admin.id, {}, -1});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->first().action, QStringLiteral("insert"));
    QCOMPARE(entries->last().action, QStringLiteral("login"));
    QCOMPARE(entries->first().userId, m_admin.id);
    QCOMPARE(entries->first().changes.value(QStringLiteral("password_hash")).toArray().at(1).toString(),
             QStringLiteral("(hidden)"));
}

void TestAccounts::signInSucceedsAndIsAudited()
{
    auto user = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"), AdminPassword);
    QVERIFY(user.ok());
    QCOMPARE(user->id, m_admin.id);
    QCOMPARE(user->role, Role::Administrator);
    QCOMPARE(user->displayName, QStringLiteral("系统管理员"));
    auto entries = AuditLog::entries(m_ws->sql(), {QStringLiteral("users"), m_admin.id, {}, -1});
    QCOMPARE(entries->last().action, QStringLiteral("login"));
    QCOMPARE(entries->last().deviceId, m_ws->deviceId());
}

void TestAccounts::failureDoesNotSayWhichWasWrong()
{
    auto wrongPassword = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"),
                                          QStringLiteral("nope-nope"));
    auto wrongName = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("nobody"),
                                      AdminPassword);
    QVERIFY(!wrongPassword.ok() && !wrongName.ok());
    QCOMPARE(wrongPassword.error().message, wrongName.error().message);
    QCOMPARE(wrongName.error().message, QStringLiteral("The user name or password is incorrect."));
    // What was typed as a name is kept only when it is one: it might be a password.
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE "
                                                "'%nobody%'"))
                 .toInt(),
             0);
    QCOMPARE(scalar(m_ws->sql(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed'"))
                 .toInt(),
             2);
}

void TestAccounts::waitsAfterFiveFailures()
{
    const QDateTime t0 = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < Accounts::MaxFailures; ++i) {
        auto r = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"),
                                  QStringLiteral("wrong-%1").arg(i), t0.addSecs(i));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("incorrect")));
    }
    // Even the right password waits 30 s after the fifth failure (at t0 + 4 s).
    auto locked = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"),
                                   AdminPassword, t0.addSecs(10));
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().message.contains(QStringLiteral("Wait 24 second")),
             qPrintable(locked.error().message));
    // Unknown names wait the same way, so the wait reveals nothing.
    for (int i = 0; i < Accounts::MaxFailures; ++i)
        QVERIFY(!Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("ghost"),
                                  QStringLiteral("x"), t0)
                     .ok());
    QVERIFY(Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("ghost"),
                             QStringLiteral("x"), t0.addSecs(1))
                .error()
                .message.contains(QStringLiteral("Wait")));

    auto later = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"),
                                  AdminPassword, t0.addSecs(4 + Accounts::WaitSeconds));
    QVERIFY2(later.ok(), later.ok() ? "" : qPrintable(later.error().message));
}

void TestAccounts::passwordResetClearsTheWait()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < Accounts::MaxFailures; ++i)
        QVERIFY(!Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("liu"),
                                  QStringLiteral("bad"), now)
                     .ok());
    Transaction tx(m_ws->sql());
    AuditedWriter admin(m_ws->sql(), m_admin, m_ws->deviceId());
    auto id = Accounts::create(admin, {QStringLiteral("liu"), QStringLiteral("刘洋"), Role::Caseworker,
                                       QStringLiteral("first-pass")});
    QVERIFY(id.ok());
    QVERIFY(tx.commit().ok());
    QVERIFY(Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("liu"),
                             QStringLiteral("first-pass"), now)
                .error()
                .message.contains(QStringLiteral("Wait")));
    Transaction tx2(m_ws->sql());
    AuditedWriter admin2(m_ws->sql(), m_admin, m_ws->deviceId());
    QVERIFY(Accounts::resetPassword(admin2, id.value(), QStringLiteral("second-pass")).ok());
    QVERIFY(tx2.commit().ok());
    QVERIFY(Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("liu"),
                             QStringLiteral("second-pass"), now)
                .ok());
}

void TestAccounts::successResetsTheCount()
{
    const QDateTime t0 = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < Accounts::MaxFailures - 1; ++i)
        QVERIFY(!Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"),
                                  QStringLiteral("bad"), t0)
                     .ok());
    QVERIFY(Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"), AdminPassword, t0)
                .ok());
    auto r = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"),
                              QStringLiteral("bad"), t0);
    QVERIFY(r.error().message.contains(QStringLiteral("incorrect")));
    QVERIFY(Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"), AdminPassword, t0)
                .ok());
}

void TestAccounts::administratorManagesAccounts()
{
    Transaction tx(m_ws->sql());
    AuditedWriter admin(m_ws->sql(), m_admin, m_ws->deviceId());
    auto id = Accounts::create(admin, {QStringLiteral("liming"), QStringLiteral("李明"),
                                       Role::Caseworker, QStringLiteral("first-pass")});
    QVERIFY(id.ok());
    auto duplicate = Accounts::create(admin, {QStringLiteral("LiMing"), QStringLiteral("李明"),
                                              Role::Caseworker, QStringLiteral("first-pass")});
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().message.contains(QStringLiteral("already taken")));
    QVERIFY(Accounts::resetPassword(admin, id.value(), QStringLiteral("second-pass")).ok());

    // A caseworker cannot do any of it.
    CurrentUser liming{id.value(), QStringLiteral("liming"), QStringLiteral("李明"), Role::Caseworker};
    AuditedWriter caseworker(m_ws->sql(), liming, m_ws->deviceId());
    QVERIFY(!Accounts::create(caseworker, {QStringLiteral("x1"), QStringLiteral("X"), Role::Caseworker,
                                           QStringLiteral("first-pass")})
                 .ok());
    QVERIFY(!Accounts::resetPassword(caseworker, m_admin.id, QStringLiteral("hijacked!")).ok());
    QVERIFY(!Accounts::setDisabled(caseworker, m_admin.id, true).ok());
    QVERIFY(tx.commit().ok());

    QVERIFY(!Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("liming"),
                              QStringLiteral("first-pass"))
                 .ok());
    QVERIFY(Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("liming"),
                             QStringLiteral("second-pass"))
                .ok());

    Transaction tx2(m_ws->sql());
    AuditedWriter admin2(m_ws->sql(), m_admin, m_ws->deviceId());
    QVERIFY(Accounts::setDisabled(admin2, id.value(), true).ok());
    QVERIFY(tx2.commit().ok());
    auto list = Accounts::list(m_ws->sql());
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QVERIFY(std::any_of(list->begin(), list->end(),
                        [](const AccountInfo &a) { return a.username == QStringLiteral("liming") && a.disabled; }));
}

void TestAccounts::lastAdministratorStaysEnabled()
{
    Transaction tx(m_ws->sql());
    AuditedWriter admin(m_ws->sql(), m_admin, m_ws->deviceId());
    const Status s = Accounts::setDisabled(admin, m_admin.id, true);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("last enabled administrator")));
    auto second = Accounts::create(admin, {QStringLiteral("admin2"), QStringLiteral("副管理员"),
                                           Role::Administrator, QStringLiteral("second-admin")});
    QVERIFY(second.ok());
    QVERIFY(Accounts::setDisabled(admin, m_admin.id, true).ok());
    QVERIFY(tx.commit().ok());
}

void TestAccounts::checksNamesAndPasswords_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("where");
    QTest::newRow("short password") << QStringLiteral("wangfang") << QStringLiteral("1234567")
                                    << QStringLiteral("password");
    QTest::newRow("spaces around password") << QStringLiteral("wangfang") << QStringLiteral(" 12345678 ")
                                            << QStringLiteral("password");
    QTest::newRow("one-letter name") << QStringLiteral("w") << QStringLiteral("12345678")
                                     << QStringLiteral("user name");
    QTest::newRow("chinese name as user name") << QStringLiteral("王芳") << QStringLiteral("12345678")
                                               << QStringLiteral("user name");
    QTest::newRow("space in name") << QStringLiteral("wang fang") << QStringLiteral("12345678")
                                   << QStringLiteral("user name");
}

void TestAccounts::checksNamesAndPasswords()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, where);
    Transaction tx(m_ws->sql());
    AuditedWriter admin(m_ws->sql(), m_admin, m_ws->deviceId());
    auto id = Accounts::create(admin, {username, QStringLiteral("王芳"), Role::Supervisor, password});
    QVERIFY(!id.ok());
    QCOMPARE(id.error().where, where);
}

void TestAccounts::changeOwnPassword()
{
    Transaction tx(m_ws->sql());
    AuditedWriter self(m_ws->sql(), m_admin, m_ws->deviceId());
    const Status wrong = Accounts::changeOwnPassword(self, QStringLiteral("not-it-at-all"),
                                                     QStringLiteral("brand-new-pass"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().where, QStringLiteral("current password"));
    QVERIFY(Accounts::changeOwnPassword(self, AdminPassword, QStringLiteral("brand-new-pass")).ok());
    QVERIFY(tx.commit().ok());
    QVERIFY(Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("admin"),
                             QStringLiteral("brand-new-pass"))
                .ok());
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"

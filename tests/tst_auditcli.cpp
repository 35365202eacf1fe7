// bangfu-cli identity, accounts and audit end to end: --user with the password
// from BANGFU_PASSWORD (never the command line), refusals by the model, the
// audit listing, and `check` catching an audit log edited behind the app's back.
#include "clirun.h"
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace {

using Run = CliRun::Result;

const QString AdminPassword = QStringLiteral("boss-secret-1");
const QString LimingPassword = QStringLiteral("liming-pass-1");

// Runs bangfu-cli with stdin closed and no terminal, as in a script; \a env
// adds variables (BANGFU_PASSWORD ...) to a clean environment.
Run cli(const QStringList &args, const CliRun::Env &env = {})
{
    return CliRun::run(args, env);
}

QList<std::pair<QString, QString>> password(const QString &pw)
{
    return {{QStringLiteral("BANGFU_PASSWORD"), pw}};
}

QList<std::pair<QString, QString>> passwords(const QString &pw, const QString &newPw)
{
    return {{QStringLiteral("BANGFU_PASSWORD"), pw}, {QStringLiteral("BANGFU_NEW_PASSWORD"), newPw}};
}

bool rawExec(const QString &path, const QByteArray &sql, QString *message)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        *message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
    *message = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QJsonArray auditJson(const QString &path, const QStringList &filter = {})
{
    const Run r = cli(QStringList{QStringLiteral("audit"), QStringLiteral("--db"), path,
                                  QStringLiteral("--json")} +
                      filter);
    if (r.exitCode != 0)
        qWarning("audit failed: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QStringList actions(const QJsonArray &entries)
{
    QStringList list;
    for (const QJsonValue &v : entries)
        list.append(v.toObject().value(QStringLiteral("action")).toString());
    return list;
}

#ifdef Q_OS_UNIX
// Runs bangfu-cli with a pseudo-terminal as stdin and controlling terminal
// (stdout and stderr stay pipes), typing each of \a answers once the next
// prompt has appeared. \a echo gets whatever the terminal showed of the typing.
constexpr int NoTerminal = -2;

Run onTerminal(const QStringList &args, const QStringList &answers, QByteArray *echo)
{
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        if (master >= 0)
            ::close(master);
        return {NoTerminal, {}, {}};
    }
    const QByteArray slave = ptsname(master);
    // A chroot or container may offer /dev/ptmx without /dev/pts mounted.
    if (const int probe = ::open(slave.constData(), O_RDWR | O_NOCTTY); probe < 0) {
        ::close(master);
        return {NoTerminal, {}, {}};
    } else {
        ::close(probe);
    }
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("BANGFU_PASSWORD"));
    e.remove(QStringLiteral("BANGFU_NEW_PASSWORD"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(e);
    p.setChildProcessModifier([slave] {
        setsid();
        const int fd = ::open(slave.constData(), O_RDWR);
        ioctl(fd, TIOCSCTTY, 0);
        dup2(fd, STDIN_FILENO);
        ::close(fd);
    });
    p.setReadChannel(QProcess::StandardError);
    p.start(QStringLiteral(BANGFU_CLI), args);
    QByteArray err;
    for (qsizetype k = 0; k < answers.size(); ++k) {
        // Prompt k is shown after k answered lines and ends in ": ".
        while (!(err.count('\n') == k && err.endsWith(": ")) && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        // An answer ending in Ctrl-C is typed without Enter: it must stop at once.
        const QByteArray line =
            answers.at(k).toUtf8() + (answers.at(k).endsWith(QChar(3)) ? "" : "\n");
        if (::write(master, line.constData(), size_t(line.size())) != line.size())
            qWarning("could not type on the terminal");
    }
    const bool finished = p.waitForFinished(60000);
    err += p.readAllStandardError();
    fcntl(master, F_SETFL, O_NONBLOCK);
    char buffer[256];
    ssize_t got = 0;
    while ((got = ::read(master, buffer, sizeof buffer)) > 0)
        echo->append(buffer, got);
    ::close(master);
    if (!finished) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(err)};
}
#endif

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void initWithAdminCreatesAdministrator();
    void initWithoutAdminLeavesItToTheGui();
    void initAdminWithDemoIsUsageError();
    void noPasswordFailsAtOnce();
    void terminalAsksWithoutEcho();
    void wrongPasswordThenWait();
    void caseworkerCannotAddUsers();
    void disabledUserCannotWrite();
    void resetPasswordReplacesTheOldOne();
    void auditFiltersAndJson();
    void checkNamesTamperedEntry_data();
    void checkNamesTamperedEntry();
    void demoPassesCheck();

private:
    QString initWithAdmin(const QString &name);
    void addUser(const QString &db, const QString &username, const QString &role,
                 const QString &pw);

    QTemporaryDir m_dir;
};

QString TestAuditCli::initWithAdmin(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--admin"),
                       QStringLiteral("boss"), QStringLiteral("--name"), QStringLiteral("王主任")},
                      password(AdminPassword));
    if (r.exitCode != 0)
        qWarning("init failed: %s", qPrintable(r.err));
    return path;
}

void TestAuditCli::addUser(const QString &db, const QString &username, const QString &role,
                           const QString &pw)
{
    const Run r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                       QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--new-user"),
                       username, QStringLiteral("--name"), username, QStringLiteral("--role"), role},
                      passwords(AdminPassword, pw));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(username), qPrintable(r.out));
}

void TestAuditCli::initWithAdminCreatesAdministrator()
{
    const QString path = initWithAdmin(QStringLiteral("admin"));
    Run r = cli({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("users")).toInt(), 1);

    r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), path,
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0)[QStringLiteral("username")].toString(), QStringLiteral("boss"));
    QCOMPARE(users.at(0)[QStringLiteral("display_name")].toString(), QStringLiteral("王主任"));
    QCOMPARE(users.at(0)[QStringLiteral("role")].toString(), QStringLiteral("administrator"));

    r = cli({QStringLiteral("audit"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 0);
    for (const char *expected : {"insert", "users", "boss", "username: — → boss",
                                 "role: — → administrator", "password_hash: — → (hidden)"})
        QVERIFY2(r.out.contains(QString::fromUtf8(expected)), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("$argon2")), qPrintable(r.out));

    // The new administrator's own insert, then the sign-in that creating it implies.
    const QJsonArray entries = auditJson(path);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1)[QStringLiteral("action")].toString(), QStringLiteral("login"));
    const QJsonObject e = entries.at(0).toObject();
    QCOMPARE(e[QStringLiteral("seq")].toInt(), 1);
    QCOMPARE(e[QStringLiteral("action")].toString(), QStringLiteral("insert"));
    QCOMPARE(e[QStringLiteral("user")].toString(), QStringLiteral("boss"));
    QCOMPARE(e[QStringLiteral("user_id")].toString(), users.at(0)[QStringLiteral("id")].toString());
    QCOMPARE(e[QStringLiteral("row_id")].toString(), users.at(0)[QStringLiteral("id")].toString());
    QVERIFY(!e[QStringLiteral("device")].toString().isEmpty());
    QCOMPARE(e[QStringLiteral("changes")][QStringLiteral("password_hash")].toArray().at(1).toString(),
             QStringLiteral("(hidden)"));
    QCOMPARE(e[QStringLiteral("prev_hash")].toString(), QString(64, QLatin1Char('0')));
    QCOMPARE(e[QStringLiteral("hash")].toString().size(), 64);

    r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(entries.last()[QStringLiteral("hash")].toString()), qPrintable(r.out));
}

void TestAuditCli::initWithoutAdminLeavesItToTheGui()
{
    const QString path = m_dir.filePath(QStringLiteral("noadmin.sqlite"));
    Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("asks for an administrator")), qPrintable(r.out));
    r = cli({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("users")).toInt(), 0);
}

void TestAuditCli::initAdminWithDemoIsUsageError()
{
    const QString path = m_dir.filePath(QStringLiteral("demoadmin.sqlite"));
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--demo"),
                       QStringLiteral("--admin"), QStringLiteral("boss")},
                      password(AdminPassword));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("README")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestAuditCli::noPasswordFailsAtOnce()
{
    // init --admin: nothing is created.
    const QString fresh = m_dir.filePath(QStringLiteral("nopassword.sqlite"));
    QElapsedTimer timer;
    timer.start();
    Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), fresh, QStringLiteral("--admin"),
                 QStringLiteral("boss")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("BANGFU_PASSWORD")), qPrintable(r.err));
    QVERIFY(!QFile::exists(fresh));

    // A command that writes: refused before signing in, so nothing is logged.
    const QString path = initWithAdmin(QStringLiteral("nopassword-write"));
    r = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("boss")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("BANGFU_PASSWORD")), qPrintable(r.err));
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--new-user"),
             QStringLiteral("liming"), QStringLiteral("--name"), QStringLiteral("李明"),
             QStringLiteral("--role"), QStringLiteral("caseworker")},
            password(AdminPassword));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("BANGFU_NEW_PASSWORD")), qPrintable(r.err));
    QCOMPARE(auditJson(path).size(), 2);
    // "At once": no process waited for input (the runner would give up after 120 s).
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
}

void TestAuditCli::terminalAsksWithoutEcho()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs a pseudo-terminal.");
#else
    const QString path = m_dir.filePath(QStringLiteral("terminal.sqlite"));
    const QStringList init{QStringLiteral("init"), QStringLiteral("--db"), path,
                           QStringLiteral("--admin"), QStringLiteral("boss")};
    QByteArray echo;
    Run r = onTerminal(init, {AdminPassword, QStringLiteral("something-else")}, &echo);
    if (r.exitCode == NoTerminal)
        QSKIP("No pseudo-terminal can be opened here (is /dev/pts mounted?).");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("do not match")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));

    r = onTerminal(init, {QStringLiteral("half-typed") + QChar(3)}, &echo);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cancelled.")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));

    r = onTerminal(init, {AdminPassword, AdminPassword}, &echo);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Password for the administrator boss:")) &&
                 r.err.contains(QStringLiteral("Type it again:")),
             qPrintable(r.err));

    r = onTerminal({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), path,
                    QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--new-user"),
                    QStringLiteral("liming"), QStringLiteral("--name"), QStringLiteral("李明"),
                    QStringLiteral("--role"), QStringLiteral("caseworker")},
                   {AdminPassword, LimingPassword, LimingPassword}, &echo);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Password for boss:")) &&
                 r.err.contains(QStringLiteral("New password for liming:")),
             qPrintable(r.err));
    QVERIFY2(!echo.contains(AdminPassword.toUtf8()) && !echo.contains(LimingPassword.toUtf8()),
             echo.constData());

    // The password typed on the terminal is the one stored.
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("liming"), QStringLiteral("--new-user"),
             QStringLiteral("x1"), QStringLiteral("--name"), QStringLiteral("X"),
             QStringLiteral("--role"), QStringLiteral("caseworker")},
            passwords(LimingPassword, LimingPassword));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("may not")), qPrintable(r.err));
#endif
}

void TestAuditCli::wrongPasswordThenWait()
{
    const QString path = initWithAdmin(QStringLiteral("wrong"));
    const QStringList add{QStringLiteral("user"),     QStringLiteral("add"),
                          QStringLiteral("--db"),     path,
                          QStringLiteral("--user"),   QStringLiteral("boss"),
                          QStringLiteral("--new-user"), QStringLiteral("liming"),
                          QStringLiteral("--name"),   QStringLiteral("李明"),
                          QStringLiteral("--role"),   QStringLiteral("caseworker")};
    const QString generic = QStringLiteral("The user name or password is incorrect.");
    // An unknown name gets the very same answer as a wrong password.
    QStringList unknown = add;
    unknown[5] = QStringLiteral("nobody");
    Run r = cli(unknown, passwords(AdminPassword, LimingPassword));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(generic), qPrintable(r.err));
    for (int i = 0; i < 5; ++i) {
        r = cli(add, passwords(QStringLiteral("not-the-password"), LimingPassword));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(generic), qPrintable(r.err));
    }
    r = cli(add, passwords(AdminPassword, LimingPassword));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Too many failed sign-ins")) &&
                 r.err.contains(QStringLiteral("Wait")),
             qPrintable(r.err));
    r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), path,
             QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    QCOMPARE(actions(auditJson(path, {QStringLiteral("--entity"), QStringLiteral("users")}))
                 .count(QStringLiteral("login_failed")),
             6);
}

void TestAuditCli::caseworkerCannotAddUsers()
{
    const QString path = initWithAdmin(QStringLiteral("caseworker"));
    addUser(path, QStringLiteral("liming"), QStringLiteral("caseworker"), LimingPassword);
    const Run r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), path,
                       QStringLiteral("--user"), QStringLiteral("liming"),
                       QStringLiteral("--new-user"), QStringLiteral("mallory"),
                       QStringLiteral("--name"), QStringLiteral("Mallory"), QStringLiteral("--role"),
                       QStringLiteral("administrator")},
                      passwords(LimingPassword, QStringLiteral("mallory-pass")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Caseworker")) &&
                 r.err.contains(QStringLiteral("manage user accounts")),
             qPrintable(r.err));
    const Run list = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), path});
    QVERIFY(!list.out.contains(QStringLiteral("mallory")));
}

void TestAuditCli::disabledUserCannotWrite()
{
    const QString path = initWithAdmin(QStringLiteral("disabled"));
    addUser(path, QStringLiteral("deputy"), QStringLiteral("administrator"), LimingPassword);
    const QStringList addAsDeputy{
        QStringLiteral("user"),   QStringLiteral("add"),        QStringLiteral("--db"),
        path,                     QStringLiteral("--user"),     QStringLiteral("deputy"),
        QStringLiteral("--new-user"), QStringLiteral("helper"), QStringLiteral("--name"),
        QStringLiteral("Helper"), QStringLiteral("--role"),     QStringLiteral("caseworker")};
    auto asBoss = [&](const QString &what) {
        return cli({QStringLiteral("user"), what, QStringLiteral("--db"), path,
                    QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("deputy")},
                   password(AdminPassword));
    };
    Run r = asBoss(QStringLiteral("disable"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = cli(addAsDeputy, passwords(LimingPassword, QStringLiteral("helper-pass")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("disabled")), qPrintable(r.err));
    r = cli({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("deputy"), QStringLiteral("deputy")},
            password(LimingPassword));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("disabled")), qPrintable(r.err));

    // Enabled again, the same command goes through: the refusal was the disabling.
    r = asBoss(QStringLiteral("enable"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(addAsDeputy, passwords(LimingPassword, QStringLiteral("helper-pass")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The last enabled administrator cannot be disabled: the model says so.
    r = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("deputy"), QStringLiteral("boss")},
            password(LimingPassword));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("deputy"), QStringLiteral("deputy")},
            password(LimingPassword));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("last enabled administrator")), qPrintable(r.err));
}

void TestAuditCli::resetPasswordReplacesTheOldOne()
{
    const QString path = initWithAdmin(QStringLiteral("reset"));
    addUser(path, QStringLiteral("liming"), QStringLiteral("caseworker"), LimingPassword);
    const QString fresh = QStringLiteral("liming-new-pass");
    Run r = cli({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--db"), path,
                 QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("LiMing")},
                passwords(AdminPassword, fresh));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // liming may not disable anyone either way; what differs is whether he got in.
    const QStringList asLiming{QStringLiteral("user"),   QStringLiteral("disable"),
                               QStringLiteral("--db"),   path,
                               QStringLiteral("--user"), QStringLiteral("liming"),
                               QStringLiteral("boss")};
    r = cli(asLiming, password(LimingPassword));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("incorrect")), qPrintable(r.err));
    r = cli(asLiming, password(fresh));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("may not")), qPrintable(r.err));

    r = cli({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("nobody")},
            passwords(AdminPassword, fresh));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nobody")), qPrintable(r.err));
    r = cli({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("liming")},
            passwords(AdminPassword, QStringLiteral("short")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("at least 8")), qPrintable(r.err));
}

void TestAuditCli::auditFiltersAndJson()
{
    const QString path = initWithAdmin(QStringLiteral("filters"));
    addUser(path, QStringLiteral("liming"), QStringLiteral("caseworker"), LimingPassword);
    Run r = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), path,
                 QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("liming")},
                password(AdminPassword));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonArray entries =
        auditJson(path, {QStringLiteral("--entity"), QStringLiteral("users"), QStringLiteral("--since"), today});
    QCOMPARE(actions(entries), (QStringList{QStringLiteral("insert"), QStringLiteral("login"),
                                            QStringLiteral("login"), QStringLiteral("insert"),
                                            QStringLiteral("login"), QStringLiteral("update")}));
    QString prev = QString(64, QLatin1Char('0'));
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        QCOMPARE(e[QStringLiteral("entity")].toString(), QStringLiteral("users"));
        QCOMPARE(e[QStringLiteral("user")].toString(), QStringLiteral("boss"));
        QCOMPARE(e[QStringLiteral("prev_hash")].toString(), prev);
        QVERIFY(QDateTime::fromString(e[QStringLiteral("at")].toString(), Qt::ISODateWithMs).isValid());
        prev = e[QStringLiteral("hash")].toString();
    }
    const QJsonObject update = entries.last().toObject();
    QCOMPARE(update[QStringLiteral("changes")][QStringLiteral("disabled")].toArray(),
             (QJsonArray{0, 1}));
    const QString limingId = update[QStringLiteral("row_id")].toString();

    QCOMPARE(actions(auditJson(path, {QStringLiteral("--row"), limingId})),
             (QStringList{QStringLiteral("insert"), QStringLiteral("update")}));
    QCOMPARE(auditJson(path, {QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
    QCOMPARE(auditJson(path, {QStringLiteral("--entity"), QStringLiteral("households")}).size(), 0);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QCOMPARE(auditJson(path, {QStringLiteral("--since"), tomorrow}).size(), 0);

    r = cli({QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--row"), limingId});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("disabled: 0 → 1")), qPrintable(r.out));

    for (const char *bad : {"2026-13-45", "yesterday", "2026-3-1"}) {
        r = cli({QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--since"),
                 QLatin1String(bad)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(r.err));
    }
    r = cli({QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--limit"),
             QStringLiteral("-1")});
    QCOMPARE(r.exitCode, 2);
}

void TestAuditCli::checkNamesTamperedEntry_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("expected");
    QTest::newRow("edit middle") << QStringLiteral("edit") << QStringLiteral("entry %1 was altered");
    QTest::newRow("delete middle") << QStringLiteral("delete") << QStringLiteral("Audit entry %1 is missing.");
    QTest::newRow("delete last") << QStringLiteral("cut")
                                 << QStringLiteral("entries %1 to %1 are missing from the end");
}

void TestAuditCli::checkNamesTamperedEntry()
{
    QFETCH(QString, how);
    QFETCH(QString, expected);
    const QString path = initWithAdmin(QStringLiteral("tamper-") + how);
    addUser(path, QStringLiteral("liming"), QStringLiteral("caseworker"), LimingPassword);
    addUser(path, QStringLiteral("chenjing"), QStringLiteral("supervisor"), LimingPassword);
    const QJsonArray entries = auditJson(path);
    QCOMPARE(entries.size(), 6);
    Run r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("6 entries")), qPrintable(r.out));
    QVERIFY2(r.out.contains(entries.last()[QStringLiteral("hash")].toString()), qPrintable(r.out));

    const qint64 middle = entries.at(entries.size() / 2)[QStringLiteral("seq")].toInteger();
    const qint64 last = entries.last()[QStringLiteral("seq")].toInteger();
    QVERIFY(middle > 1 && middle < last);
    QByteArray sql;
    if (how == QStringLiteral("edit"))
        sql = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET changes = "
              "replace(changes, 'liming', 'mallory') WHERE seq = " + QByteArray::number(middle);
    else
        sql = "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = " +
              QByteArray::number(how == QStringLiteral("cut") ? last : middle);
    QString message;
    QVERIFY2(rawExec(path, sql, &message), qPrintable(message));
    // The edit really changed something the listing shows.
    if (how == QStringLiteral("edit"))
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("--db"), path}).out.contains(QStringLiteral("mallory")));

    r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    const qint64 named = how == QStringLiteral("cut") ? last : middle;
    QVERIFY2(r.err.contains(expected.arg(named)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("audit log is broken at entry")), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("OK")), qPrintable(r.out));
}

void TestAuditCli::demoPassesCheck()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Run r = cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--households"),
                 QStringLiteral("12"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The demo is written through the audited writer, so its households have a history.
    const QJsonArray households = auditJson(path, {QStringLiteral("--entity"),
                                                   QStringLiteral("households"),
                                                   QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(households.size(), 1);
    QCOMPARE(households.at(0)[QStringLiteral("action")].toString(), QStringLiteral("insert"));
    QVERIFY(!households.at(0)[QStringLiteral("user")].toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"

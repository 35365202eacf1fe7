// bangfu-cli end to end: exit codes, messages and output of every command,
// run as a separate process with no display.
#include "clirun.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

using Run = CliRun::Result;

Run cli(const QStringList &args)
{
    return CliRun::run(args);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString message = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void idReportsEachNumber();
    void amountInCapitals();
    void amountRejectsBadInput();
    void initRefusesExistingFile();
    void demoChecksAndCounts();
    void checkFindsBrokenLinks();
    void checkRefusesDamagedFile();
    void missingDatabaseNamesThePath();
    void readingCommandsChangeNothing();

private:
    QTemporaryDir m_dir;
};

void TestCli::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top") << QStringList{QStringLiteral("--help")} << QStringLiteral("Commands:");
    for (const char *command : {"init", "check", "stats", "id", "amount", "audit"})
        QTest::newRow(command) << QStringList{QLatin1String(command), QStringLiteral("--help")}
                               << QStringLiteral("Usage: bangfu-cli %1").arg(QLatin1String(command));
    QTest::newRow("user") << QStringList{QStringLiteral("user"), QStringLiteral("--help")}
                          << QStringLiteral("reset-password");
    for (const char *sub : {"list", "add", "disable", "enable", "reset-password"})
        QTest::newRow(sub) << QStringList{QStringLiteral("user"), QLatin1String(sub),
                                          QStringLiteral("--help")}
                           << QStringLiteral("Usage: bangfu-cli user %1").arg(QLatin1String(sub));
}

void TestCli::helpForEveryCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

void TestCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--bogus")};
    QTest::newRow("id without numbers") << QStringList{QStringLiteral("id")};
    QTest::newRow("user without subcommand") << QStringList{QStringLiteral("user")};
    QTest::newRow("unknown user subcommand")
        << QStringList{QStringLiteral("user"), QStringLiteral("delete")};
    QTest::newRow("user add without role")
        << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                       m_dir.filePath(QStringLiteral("x")), QStringLiteral("--user"),
                       QStringLiteral("boss"), QStringLiteral("--new-user"), QStringLiteral("a1"),
                       QStringLiteral("--name"), QStringLiteral("A")};
    QTest::newRow("user add with a bad role")
        << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                       m_dir.filePath(QStringLiteral("x")), QStringLiteral("--user"),
                       QStringLiteral("boss"), QStringLiteral("--new-user"), QStringLiteral("a1"),
                       QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--role"),
                       QStringLiteral("boss")};
    QTest::newRow("disable two accounts")
        << QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"),
                       m_dir.filePath(QStringLiteral("x")), QStringLiteral("--user"),
                       QStringLiteral("boss"), QStringLiteral("a1"), QStringLiteral("a2")};
    QTest::newRow("name without admin")
        << QStringList{QStringLiteral("init"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x")),
                       QStringLiteral("--name"), QStringLiteral("A")};
    QTest::newRow("seed without demo")
        << QStringList{QStringLiteral("init"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x")),
                       QStringLiteral("--seed"), QStringLiteral("3")};
    QTest::newRow("households not a number")
        << QStringList{QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--households"),
                       QStringLiteral("many"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("y"))};
    QTest::newRow("stray argument instead of --db")
        << QStringList{QStringLiteral("check"), m_dir.filePath(QStringLiteral("x"))};
    QTest::newRow("empty --db") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), QString()};
    QTest::newRow("empty --db=") << QStringList{QStringLiteral("check"), QStringLiteral("--db=")};
}

void TestCli::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x"))));
}

void TestCli::idReportsEachNumber()
{
    Run r = cli({QStringLiteral("id"), QStringLiteral("11010519491231002x")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("11010519491231002X: valid, born 1949-12-31, female, "
                                           "area code 110105")),
             qPrintable(r.out));

    r = cli({QStringLiteral("id"), QStringLiteral("11010519491231002X"),
             QStringLiteral("110105194912310021")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("110105194912310021: invalid: check character should be X")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("11010519491231002X: valid")));
}

void TestCli::amountInCapitals()
{
    Run r = cli({QStringLiteral("amount"), QStringLiteral("1409.50")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("人民币壹仟肆佰零玖元伍角\n"));
    r = cli({QStringLiteral("amount"), QStringLiteral("6007.14"), QStringLiteral("325.04"),
             QStringLiteral("¥1,000")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("人民币陆仟零柒元壹角肆分\n人民币叁佰贰拾伍元零肆分\n人民币壹仟元整\n"));
}

void TestCli::amountRejectsBadInput()
{
    const Run r = cli({QStringLiteral("amount"), QStringLiteral("12.345"), QStringLiteral("8")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("amount \"12.345\"")), qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("人民币捌元整\n"));
}

void TestCli::initRefusesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.sqlite"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode, 0);
    const QByteArray before = readAll(path);
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    QCOMPARE(readAll(path), before);
}

void TestCli::demoChecksAndCounts()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Run r = cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--households"),
                 QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("5"),
                 QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("OK")));

    r = cli({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(counts.value(QStringLiteral("households")).toInt(), 40);
    QCOMPARE(counts.value(QStringLiteral("divisions")).toInt(), 12);
    for (const char *table : {"members", "field_visits", "survey_records", "ma_enrolments",
                              "ma_claims", "disbursements", "users"})
        QVERIFY2(counts.value(QLatin1String(table)).toInt() > 0, table);

    r = cli({QStringLiteral("stats"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Households")));

    // Printing needs Qt Gui but no display: the CLI runs offscreen on its own.
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    r = cli({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

void TestCli::checkFindsBrokenLinks()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--households"),
                  QStringLiteral("10"), QStringLiteral("--db"), path})
                 .exitCode,
             0);
    rawExec(path, "PRAGMA foreign_keys = OFF; DELETE FROM households WHERE rowid = "
                  "(SELECT min(rowid) FROM households);");
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("members")) && r.err.contains(QStringLiteral("households")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("problems found.")), qPrintable(r.err));
}

void TestCli::checkRefusesDamagedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--households"),
                  QStringLiteral("30"), QStringLiteral("--db"), path})
                 .exitCode,
             0);
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 40000);
    // Scribble over pages in the middle; the header stays intact.
    for (qsizetype i = 8192; i < 40000; i += 7)
        bytes[i] = char(i * 31);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
}

void TestCli::missingDatabaseNamesThePath()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
    const Run r = cli({QStringLiteral("stats"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("No such database file")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestCli::readingCommandsChangeNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("untouched.sqlite"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--households"),
                  QStringLiteral("8"), QStringLiteral("--db"), path})
                 .exitCode,
             0);
    const QByteArray before = readAll(path);
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), path}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--db"), path}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--limit"),
                  QStringLiteral("3")})
                 .exitCode,
             0);
    QVERIFY(readAll(path) == before);

    // Listings never show a full ID number; the log keeps them for check.
    static const QRegularExpression fullId(QStringLiteral("\\b\\d{17}[\\dX]\\b"));
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        const Run members = cli(QStringList{QStringLiteral("audit"), QStringLiteral("--db"), path,
                                            QStringLiteral("--entity"), QStringLiteral("members")} +
                                extra);
        QCOMPARE(members.exitCode, 0);
        QVERIFY(members.out.contains(QStringLiteral("371312********")));
        QVERIFY2(!fullId.match(members.out).hasMatch(), qPrintable(fullId.match(members.out).captured()));
    }

    // An empty file is not a database: refused, and still empty.
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--db"), empty});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not a Bangfu database")), qPrintable(r.err));
    QCOMPARE(QFileInfo(empty).size(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// bangfu-cli plan end to end, as a separate process with no display: help and
// usage errors, a dry run that writes nothing, the administrator's import
// (the caseworker's refused), importing again changes nothing, export gives
// back the shipped Yueyang file byte for byte, and a broken file lists every
// problem with its JSON path and imports nothing.
#include "clirun.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun::Result;

const QString AdminPassword = QStringLiteral("boss-secret-1");
const QString CaseworkerPassword = QStringLiteral("liming-pass-1");

Run cli(const QStringList &args, const QString &password = {}, const QString &newPassword = {})
{
    return CliRun::run(args, CliRun::passwords(password, newPassword));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString Yueyang = QStringLiteral(BANGFU_TEST_DATA "/plans/yueyang-2014.json");

} // namespace

class TestPlanCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void badUsage_data();
    void badUsage();
    void importListExport();
    void brokenFileImportsNothing();

private:
    int auditEntries();

    QTemporaryDir m_dir;
    QString m_db;
};

void TestPlanCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("plans.sqlite"));
    Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--admin"),
                 QStringLiteral("boss")},
                AdminPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
             QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--new-user"),
             QStringLiteral("liming"), QStringLiteral("--name"), QStringLiteral("李明"),
             QStringLiteral("--role"), QStringLiteral("caseworker")},
            AdminPassword, CaseworkerPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

int TestPlanCli::auditEntries()
{
    const Run r =
        cli({QStringLiteral("audit"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
}

void TestPlanCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top") << QStringList{QStringLiteral("--help")} << QStringLiteral("plan");
    QTest::newRow("plan") << QStringList{QStringLiteral("plan"), QStringLiteral("--help")}
                          << QStringLiteral("export");
    for (const char *sub : {"list", "export", "import"})
        QTest::newRow(sub) << QStringList{QStringLiteral("plan"), QLatin1String(sub),
                                          QStringLiteral("--help")}
                           << QStringLiteral("Usage: bangfu-cli plan %1").arg(QLatin1String(sub));
}

void TestPlanCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

void TestPlanCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    const QString db = m_dir.filePath(QStringLiteral("x.sqlite"));
    const QString plan = QStringLiteral("plan");
    QTest::newRow("no subcommand") << QStringList{plan};
    QTest::newRow("unknown subcommand") << QStringList{plan, QStringLiteral("delete")};
    QTest::newRow("list with a stray word") << QStringList{
        plan, QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("x")};
    QTest::newRow("export without year")
        << QStringList{plan, QStringLiteral("export"), QStringLiteral("--db"),
                       db,   QStringLiteral("--out"),  QStringLiteral("p.json")};
    QTest::newRow("export without out")
        << QStringList{plan, QStringLiteral("export"), QStringLiteral("--db"),
                       db,   QStringLiteral("--year"), QStringLiteral("2014")};
    QTest::newRow("export with a bad year") << QStringList{plan,
                                                           QStringLiteral("export"),
                                                           QStringLiteral("--db"),
                                                           db,
                                                           QStringLiteral("--year"),
                                                           QStringLiteral("next"),
                                                           QStringLiteral("--out"),
                                                           QStringLiteral("p.json")};
    QTest::newRow("import without file")
        << QStringList{plan, QStringLiteral("import"), QStringLiteral("--db"),
                       db,   QStringLiteral("--user"), QStringLiteral("boss")};
    QTest::newRow("import without user")
        << QStringList{plan, QStringLiteral("import"), QStringLiteral("--db"), db, Yueyang};
    QTest::newRow("import two files")
        << QStringList{plan,   QStringLiteral("import"),    QStringLiteral("--db"),
                       db,     QStringLiteral("--dry-run"), Yueyang,
                       Yueyang};
}

void TestPlanCli::badUsage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args, AdminPassword);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestPlanCli::importListExport()
{
    const QStringList importArgs{QStringLiteral("plan"), QStringLiteral("import"),
                                 QStringLiteral("--db"), m_db};
    Run r = cli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("No mutual-aid plans")), qPrintable(r.out));

    // A dry run reports and writes nothing, not even a sign-in.
    const int before = auditEntries();
    QVERIFY(before > 0);
    r = cli(importArgs + QStringList{QStringLiteral("--dry-run"), Yueyang});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(
                 QStringLiteral("2014 岳阳市职工医疗互助 2014 (inpatient): would be added.")) &&
                 r.out.contains(QStringLiteral("Nothing was written")),
             qPrintable(r.out));
    QCOMPARE(auditEntries(), before);

    // Only an administrator may import.
    r = cli(importArgs + QStringList{QStringLiteral("--user"), QStringLiteral("liming"), Yueyang},
            CaseworkerPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("mutual-aid plans")), qPrintable(r.err));
    r = cli(importArgs + QStringList{QStringLiteral("--user"), QStringLiteral("boss"), Yueyang},
            AdminPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("(inpatient): added.")), qPrintable(r.out));

    // Again: unchanged, and only the sign-in is logged.
    const int afterImport = auditEntries();
    r = cli(importArgs + QStringList{QStringLiteral("--user"), QStringLiteral("boss"), Yueyang},
            AdminPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("(inpatient): unchanged.")), qPrintable(r.out));
    QCOMPARE(auditEntries(), afterImport + 1);

    r = cli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray plans = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(plans.size(), 1);
    const QJsonObject yueyang = plans.at(0).toObject();
    QCOMPARE(yueyang.value(QStringLiteral("id")).toString(),
             QStringLiteral("a96edab0-0f6c-426c-bc6c-163b2a3779ae"));
    QCOMPARE(yueyang.value(QStringLiteral("contribution_fen")).toInt(), 5000);
    QCOMPARE(yueyang.value(QStringLiteral("enrolments")).toInt(), 0);
    r = cli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
    QVERIFY2(
        r.out.contains(QStringLiteral("2014  inpatient  岳阳市职工医疗互助 2014  2014-01-01 to "
                                      "2014-12-31  ¥50.00  0 enrolled")),
        qPrintable(r.out));

    const QString out = m_dir.filePath(QStringLiteral("export.json"));
    r = cli({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
             QStringLiteral("--year"), QStringLiteral("2014"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readAll(out), readAll(Yueyang));
    r = cli({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
             QStringLiteral("--year"), QStringLiteral("2015"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no mutual-aid plans of 2015")), qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), m_db}).exitCode, 0);
}

void TestPlanCli::brokenFileImportsNothing()
{
    QJsonObject root = QJsonDocument::fromJson(readAll(Yueyang)).object();
    QJsonArray plans = root.value(QStringLiteral("plans")).toArray();
    QJsonObject plan = plans.at(0).toObject();
    plan.insert(QStringLiteral("year"), 2016);
    plan.insert(QStringLiteral("id"), QJsonValue::Null);
    QJsonArray bands = plan.value(QStringLiteral("bands")).toArray();
    QJsonObject band = bands.at(2).toObject();
    band.insert(QStringLiteral("ratio"), QStringLiteral("40"));
    bands.replace(2, band);
    plan.insert(QStringLiteral("bands"), bands);
    plan.insert(QStringLiteral("cap_claim"), QStringLiteral("5,000"));
    plans.replace(0, plan);
    root.insert(QStringLiteral("plans"), plans);
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
    }
    for (const QString &mode : {QStringLiteral("--dry-run"), QStringLiteral("--user=boss")}) {
        const Run r = cli({QStringLiteral("plan"), QStringLiteral("import"), QStringLiteral("--db"),
                           m_db, mode, bad},
                          AdminPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(bad + QStringLiteral(": plans[0].bands[2].ratio: Not a percentage")) &&
                r.err.contains(bad + QStringLiteral(": plans[0].cap_claim: Unknown key")) &&
                r.err.contains(QStringLiteral("nothing was imported")),
            qPrintable(r.err));
    }
    const Run list = cli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--db"),
                          m_db, QStringLiteral("--json")});
    for (const QJsonValue &p : QJsonDocument::fromJson(list.out.toUtf8()).array())
        QVERIFY(p.toObject().value(QStringLiteral("year")).toInt() != 2016);
}

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"

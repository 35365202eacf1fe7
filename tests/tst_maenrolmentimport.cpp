// Bulk enrolment from CSV: the sample imports (UTF-8 and GB18030 alike), people
// of the register are linked, every problem is reported with the row and the
// column, nothing is written unless every row is valid, and `bangfu-cli enrol
// import` end to end with its exit codes.
#include "clirun.h"
#include "maenrolmentimport.h"
#include "mutualaidfixture.h"
#include "rostercsv.h"

#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTest>

namespace {

QByteArray sample()
{
    QFile file(QStringLiteral(BANGFU_TEST_DATA "/enrolments-sample.csv"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> sampleTable()
{
    QList<QStringList> table;
    if (auto records = RosterCsv::records(QString::fromUtf8(sample())))
        for (const CsvRecord &r : records.value())
            table.append(r.fields);
    return table;
}

QByteArray toCsv(const QList<QStringList> &table)
{
    QString text;
    for (const QStringList &row : table)
        text += row.join(u',') + QStringLiteral("\r\n");
    return text.toUtf8();
}

QString problemsText(const MaEnrolmentImportReport &report)
{
    QStringList lines;
    for (const RosterProblem &p : report.problems)
        lines.append(RosterImport::describe(p));
    return lines.join(u'\n');
}

using Run = CliRun::Result;

Run cli(const QStringList &args, const QString &password = {})
{
    return CliRun::run(args, CliRun::passwords(password));
}

const QDate Today(2026, 2, 1);

} // namespace

class TestMaEnrolmentImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }
    void sampleImports();
    void gb18030ReadsTheSame();
    void reportsEveryProblem_data();
    void reportsEveryProblem();
    void headerProblems_data();
    void headerProblems();
    void oneBadRowWritesNothing();
    void applyChecksAgain();
    void parsesDates_data();
    void parsesDates();
    void cliEndToEnd();

private:
    Result<QStringList> apply(const MaEnrolmentImportPlan &plan, const CurrentUser &user);

    std::unique_ptr<MutualAidFixture> m_f;
};

void TestMaEnrolmentImport::init()
{
    m_f = std::make_unique<MutualAidFixture>();
    QVERIFY(m_f->ok());
}

Result<QStringList> TestMaEnrolmentImport::apply(const MaEnrolmentImportPlan &plan,
                                                 const CurrentUser &user)
{
    Result<QStringList> ids = Error{QString()};
    const Status s = m_f->write(
        user,
        [&](AuditedWriter &w) -> Status {
            ids = MaEnrolmentImport::apply(w, plan);
            return ids ? Status() : Status(ids.error());
        },
        MutualAidFixture::at(Today));
    return s ? ids : Result<QStringList>(s.error());
}

void TestMaEnrolmentImport::sampleImports()
{
    const auto plan = MaEnrolmentImport::check(m_f->sql(), m_f->planId, sample(), Today);
    QVERIFY2(plan.report.ok(), qPrintable(problemsText(plan.report)));
    QCOMPARE(plan.report.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(plan.report.rows, 5);
    QCOMPARE(plan.report.linked, 1); // 赵文海 is in the register
    QCOMPARE(plan.report.ignoredColumns, QStringList{QStringLiteral("序号")});

    // The administrator may not enrol; the caseworker may.
    QVERIFY(!apply(plan, m_f->admin));
    auto ids = apply(plan, m_f->caseworker);
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().toString()));
    QCOMPARE(ids->size(), 5);
    auto list = MaEnrolments::list(m_f->sql(), {2026, m_f->planId, QString()});
    QCOMPARE(list->size(), 5);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT member_id FROM ma_enrolments WHERE id_number = "
                                        "'371312197203150112'"))
                 .toString(),
             m_f->memberId);
    // Dates in every spelling, the plan's contribution where the cell was empty.
    QCOMPARE(
        m_f->scalar(QStringLiteral("SELECT group_concat(paid_on || ' ' || contribution_fen, "
                                   "'; ') FROM (SELECT * FROM ma_enrolments ORDER BY receipt_no)"))
            .toString(),
        QStringLiteral("2025-11-12 5000; 2025-11-15 5000; 2025-12-03 5000; 2026-01-08 5000; "
                       "2026-01-20 5000"));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                        "'ma_enrolments' AND action = 'insert' AND user_id = ?"),
                         {m_f->caseworker.id})
                 .toInt(),
             5);

    // Importing the same list again names the enrolments that exist.
    const auto again = MaEnrolmentImport::check(m_f->sql(), m_f->planId, sample(), Today);
    QCOMPARE(again.report.problems.size(), 10); // ID number and receipt number of each row
    QVERIFY2(again.report.problems.first().message.contains(QStringLiteral("already enrolled")),
             qPrintable(problemsText(again.report)));
    QVERIFY(again.rows.isEmpty());
}

void TestMaEnrolmentImport::gb18030ReadsTheSame()
{
    QStringEncoder gb18030("GB18030");
    const QByteArray bytes = gb18030.encode(QString::fromUtf8(sample()));
    const auto plan = MaEnrolmentImport::check(m_f->sql(), m_f->planId, bytes, Today);
    QVERIFY2(plan.report.ok(), qPrintable(problemsText(plan.report)));
    QCOMPARE(plan.report.encoding, QStringLiteral("GB18030"));
    const auto utf8 = MaEnrolmentImport::check(m_f->sql(), m_f->planId, sample(), Today);
    QCOMPARE(plan.rows.size(), utf8.rows.size());
    for (qsizetype i = 0; i < plan.rows.size(); ++i) {
        QCOMPARE(plan.rows.at(i).input.personName, utf8.rows.at(i).input.personName);
        QCOMPARE(plan.rows.at(i).input.workUnit, utf8.rows.at(i).input.workUnit);
    }
}

void TestMaEnrolmentImport::reportsEveryProblem_data()
{
    QTest::addColumn<int>("line");   // index in the table; 1 is spreadsheet row 2
    QTest::addColumn<int>("column"); // index of the cell to change
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty name") << 2 << 1 << ""
                                << "row 3, 姓名: This column must not be empty.";
    QTest::newRow("invalid ID") << 2 << 2 << "371312198506120311"
                                << "row 3, 身份证号码: Invalid ID number: check character";
    QTest::newRow("ID as number") << 2 << 2 << "3.71312E+17"
                                  << "row 3, 身份证号码: The spreadsheet turned the ID number into";
    QTest::newRow("same person twice") << 3 << 2 << "371312198506120310"
                                       << "row 4, 身份证号码: The same person as on row 3";
    QTest::newRow("name differs from the register")
        << 1 << 1 << "赵文山"
        << "row 2, 姓名: The household register has this ID number for 赵文海";
    QTest::newRow("no payment date") << 2 << 3 << ""
                                     << "row 3, 缴费日期: This column must not be empty.";
    QTest::newRow("unreadable date") << 2 << 3 << "15/11/2025"
                                     << "row 3, 缴费日期: Unreadable date";
    QTest::newRow("date as a number") << 2 << 3 << "46037"
                                      << "row 3, 缴费日期: The spreadsheet turned the date into";
    QTest::newRow("not a real date") << 2 << 3 << "2025-11-31"
                                     << "row 3, 缴费日期: Unreadable date";
    QTest::newRow("in the future")
        << 2 << 3 << "2026-02-02"
        << "row 3, 缴费日期: The payment date 2026-02-02 is in the future.";
    QTest::newRow("after the window") << 2 << 3 << "2026-02-01"
                                      << "row 3, 缴费日期: The payment date 2026-02-01 is outside";
    QTest::newRow("before the window") << 2 << 3 << "2025-10-01"
                                       << "row 3, 缴费日期: The payment date 2025-10-01 is outside";
    QTest::newRow("receipt twice") << 3 << 4 << "HZ2026900002"
                                   << "row 4, 收据号: The same receipt number as on row 3.";
    QTest::newRow("unreadable amount") << 2 << 5 << "50.001"
                                       << "row 3, 缴费金额: Unreadable amount";
    QTest::newRow("negative amount") << 2 << 5 << "-50"
                                     << "row 3, 缴费金额: The contribution cannot be negative.";
    QTest::newRow("bad phone") << 2 << 7 << "call me"
                               << "row 3, 联系电话: A phone number may hold only";
    QTest::newRow("text beyond the header") << 2 << 8 << "x"
                                            << "row 3: The row has text beyond";
}

void TestMaEnrolmentImport::reportsEveryProblem()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QList<QStringList> table = sampleTable();
    QCOMPARE(table.size(), 6);
    if (column >= table[line].size())
        table[line].append(value);
    else
        table[line][column] = value;
    const auto plan = MaEnrolmentImport::check(m_f->sql(), m_f->planId, toCsv(table), Today);
    QCOMPARE(plan.report.problems.size(), 1);
    QVERIFY2(problemsText(plan.report).startsWith(expected), qPrintable(problemsText(plan.report)));
    QVERIFY(plan.rows.isEmpty());
}

void TestMaEnrolmentImport::headerProblems_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("required column missing") << "序号,姓名,身份证,缴费时间的说明,收据号"
                                             << "row 1, 缴费日期: The column is missing";
    QTest::newRow("same column twice") << "姓名,身份证号码,缴费日期,身份证号"
                                       << "row 1, 身份证号: The same column as \"身份证号码\"";
    QTest::newRow("no header") << ""
                               << "row 1: The first row must hold the column headers.";
}

void TestMaEnrolmentImport::headerProblems()
{
    QFETCH(QString, header);
    QFETCH(QString, expected);
    const QByteArray csv =
        (header + QStringLiteral("\r\n张婷,371312199511200627,2026-01-20\r\n")).toUtf8();
    const auto plan = MaEnrolmentImport::check(m_f->sql(), m_f->planId, csv, Today);
    QVERIFY(!plan.report.ok());
    QVERIFY2(problemsText(plan.report).startsWith(expected), qPrintable(problemsText(plan.report)));
}

void TestMaEnrolmentImport::oneBadRowWritesNothing()
{
    QList<QStringList> table = sampleTable();
    table[5][2] = QStringLiteral("123");
    const auto plan = MaEnrolmentImport::check(m_f->sql(), m_f->planId, toCsv(table), Today);
    QVERIFY(!plan.report.ok());
    QVERIFY(!apply(plan, m_f->caseworker));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM ma_enrolments")).toInt(), 0);
}

void TestMaEnrolmentImport::applyChecksAgain()
{
    const auto plan = MaEnrolmentImport::check(m_f->sql(), m_f->planId, sample(), Today);
    QVERIFY(plan.report.ok());
    // Someone enrols 张婷 while the preview is open.
    QVERIFY(!m_f->enrol(QStringLiteral("张婷"), QStringLiteral("371312199511200627")).isEmpty());
    auto ids = apply(plan, m_f->caseworker);
    QVERIFY(!ids);
    QCOMPARE(ids.error().where, QStringLiteral("row 6"));
    QVERIFY(ids.error().message.contains(QStringLiteral("already enrolled")));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM ma_enrolments")).toInt(), 1);
}

void TestMaEnrolmentImport::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ISO") << "2026-01-15" << QDate(2026, 1, 15);
    QTest::newRow("slashes, short") << "2026/1/5" << QDate(2026, 1, 5);
    QTest::newRow("dots") << "2026.01.05" << QDate(2026, 1, 5);
    QTest::newRow("Chinese") << "2026年1月5日" << QDate(2026, 1, 5);
    QTest::newRow("Chinese without 日") << "2026年1月5" << QDate(2026, 1, 5);
    QTest::newRow("compact") << "20260105" << QDate(2026, 1, 5);
    QTest::newRow("full-width") << "２０２６－０１－０５" << QDate(2026, 1, 5);
    QTest::newRow("day first") << "05/01/2026" << QDate();
    QTest::newRow("not a day") << "2026-02-30" << QDate();
    QTest::newRow("Excel serial") << "46037" << QDate();
}

void TestMaEnrolmentImport::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(MaEnrolmentImport::parseDate(text), date);
}

void TestMaEnrolmentImport::cliEndToEnd()
{
    const QString db = m_f->path();
    const QString file = QStringLiteral(BANGFU_TEST_DATA "/enrolments-sample.csv");
    const QStringList base{QStringLiteral("enrol"), QStringLiteral("import"),
                           QStringLiteral("--db"), db};
    const QStringList plan{QStringLiteral("--plan"),
                           QStringLiteral("2026:2026年度职工住院医疗互助")};
    const QStringList asLiming{QStringLiteral("--user"), QStringLiteral("liming")};
    QCOMPARE(cli({QStringLiteral("enrol")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("enrol"), QStringLiteral("export")}).exitCode, 2);
    QCOMPARE(cli(base + asLiming + QStringList{file}, QStringLiteral("bangfu-demo")).exitCode,
             2);                                                                       // no --plan
    QCOMPARE(cli(base + plan + QStringList{file}).exitCode, 2);                        // no --user
    QCOMPARE(cli(base + plan + QStringList{QStringLiteral("--dry-run")}).exitCode, 2); // no file

    // Today is later than the sample's window: the dry run checks the dates against today.
    Run r = cli(base + plan + QStringList{QStringLiteral("--dry-run"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Read enrolments-sample.csv as UTF-8: 5 person rows.")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("would enrol 5 people")) &&
                 r.out.contains(QStringLiteral("(1 from the household register)")),
             qPrintable(r.out));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM ma_enrolments")).toInt(), 0);

    r = cli(base + QStringList{QStringLiteral("--plan"), QStringLiteral("2026:nothing"),
                               QStringLiteral("--dry-run"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no mutual-aid plan")));

    QList<QStringList> table = sampleTable();
    table[2][2] = QStringLiteral("371312198506120311");
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(toCsv(table));
    out.close();
    r = cli(base + plan + asLiming + QStringList{bad}, QStringLiteral("bangfu-demo"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv, row 3, 身份证号码: Invalid ID number")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("found; nobody was enrolled.")));

    r = cli(base + plan + QStringList{QStringLiteral("--user"), QStringLiteral("admin"), file},
            QStringLiteral("admin-pass-1"));
    QCOMPARE(r.exitCode, 1);
    r = cli(base + plan + asLiming + QStringList{file}, QStringLiteral("wrong"));
    QCOMPARE(r.exitCode, 1);
    r = cli(base + QStringList{QStringLiteral("--plan"), m_f->planId} + asLiming +
                QStringList{file},
            QStringLiteral("bangfu-demo"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Enrolled 5 people")) &&
                 r.out.contains(QStringLiteral("(1 from the household register) as liming.")),
             qPrintable(r.out));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM ma_enrolments")).toInt(), 5);
    // Again: every row is already enrolled.
    r = cli(base + plan + asLiming + QStringList{file}, QStringLiteral("bangfu-demo"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already enrolled")));
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestMaEnrolmentImport)
#include "tst_maenrolmentimport.moc"

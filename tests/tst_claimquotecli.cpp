// bangfu-cli claim quote end to end, as a separate process with no display
// and no database: the Yueyang worked examples of tst_payoutyueyang give the
// same payouts and steps through the shipped plan file; the plain output is
// the trace and the capitals; --json has the documented structure; what is
// not given is assumed and said; a refused claim is an answer (exit 0); a
// file without the plan asked for, or with several, is a user error naming
// the choices; options that cannot be read are bad usage; and nothing is
// written anywhere.
#include "clirun.h"
#include "maplanjson.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun::Result;

// Runs the CLI with a home and data folders of its own under \a home, so
// that anything it wrote (a default database, settings) would show there.
Run cli(const QStringList &args, const QString &home)
{
    return CliRun::run(args,
                       {{QStringLiteral("HOME"), home},
                        {QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data")},
                        {QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config")},
                        {QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache")}},
                       home);
}

const QString Yueyang = QStringLiteral(BANGFU_TEST_DATA "/plans/yueyang-2014.json");

// "--product inpatient --share 1" as arguments (no word holds a space).
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// claim quote --plan FILE, then \a rest.
QStringList quoteArgs(const char *rest, const QString &plan = Yueyang)
{
    return QStringList{QStringLiteral("claim"), QStringLiteral("quote"), QStringLiteral("--plan"),
                       plan} +
           words(rest);
}

// The stay of tst_payoutyueyang: 3–17 June 2014, paid 20 December 2013.
QStringList yueyangStay(const QStringList &shares)
{
    QStringList args = quoteArgs("--product inpatient --admitted 2014-06-03 --discharged "
                                 "2014-06-17 --enrolled 2013-12-20");
    for (const QString &share : shares)
        args << QStringLiteral("--share") << share;
    return args;
}

QString kinds(const QJsonObject &quote)
{
    QStringList list;
    for (const QJsonValue &step : quote.value(QStringLiteral("steps")).toArray())
        list.append(step.toObject().value(QStringLiteral("kind")).toString());
    return list.join(QLatin1Char(','));
}

} // namespace

class TestClaimQuoteCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void yueyangExamples_data();
    void yueyangExamples();
    void plainOutput();
    void jsonStructure();
    void assumedWhenNotGiven();
    void refusedIsAnAnswer_data();
    void refusedIsAnAnswer();
    void planFileProblems_data();
    void planFileProblems();
    void severalPlansNeedAYear();
    void badUsage_data();
    void badUsage();
    void writesNothing();

private:
    Run quote(const QStringList &args) { return cli(args, m_home.path()); }

    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

void TestClaimQuoteCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_files.isValid());
}

void TestClaimQuoteCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top") << words("--help") << QStringLiteral("claim");
    QTest::newRow("claim") << words("claim --help") << QStringLiteral("quote");
    QTest::newRow("quote") << words("claim quote --help")
                           << QStringLiteral("Usage: bangfu-cli claim quote --plan FILE.json");
}

void TestClaimQuoteCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = quote(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

// The payouts worked by hand in tst_payoutyueyang.cpp; the earlier claims'
// payouts added up, as --paid-this-term takes them.
void TestClaimQuoteCli::yueyangExamples_data()
{
    QTest::addColumn<QStringList>("shares");
    QTest::addColumn<QString>("paidThisTerm");
    QTest::addColumn<qint64>("payoutFen");
    QTest::addColumn<QString>("kinds");
    QTest::newRow("¥3,000") << QStringList{QStringLiteral("3000")} << QString() << qint64(90'000)
                            << QStringLiteral("share,band,payout");
    QTest::newRow("¥100, raised to the minimum")
        << QStringList{QStringLiteral("100")} << QString() << qint64(5'000)
        << QStringLiteral("share,band,minimum,payout");
    QTest::newRow("¥40, raised to the whole share")
        << QStringList{QStringLiteral("40")} << QString() << qint64(4'000)
        << QStringLiteral("share,band,minimum,payout");
    QTest::newRow("three invoices, ¥12,345.60")
        << QStringList{QStringLiteral("8,000.00"), QStringLiteral("4000"), QStringLiteral("345.60")}
        << QString() << qint64(418'824) << QStringLiteral("share,band,band,band,band_sum,payout");
    QTest::newRow("¥7,777.77, rounded down")
        << QStringList{QStringLiteral("¥7,777.77")} << QString() << qint64(247'221)
        << QStringLiteral("share,band,band,band_sum,payout");
    QTest::newRow("¥123,456.78, term cap")
        << QStringList{QStringLiteral("123456.78")} << QString() << qint64(5'000'000)
        << QStringLiteral("share,band,band,band,band,band,band_sum,cap_member_term,payout");
    QTest::newRow("¥20,000 with ¥45,000 paid earlier")
        << QStringList{QStringLiteral("20000")} << QStringLiteral("45,000") << qint64(500'000)
        << QStringLiteral("share,band,band,band,band_sum,cap_member_term,payout");
    QTest::newRow("¥20,000 with ¥40,000 paid earlier")
        << QStringList{QStringLiteral("20000")} << QStringLiteral("40000") << qint64(725'000)
        << QStringLiteral("share,band,band,band,band_sum,payout");
}

void TestClaimQuoteCli::yueyangExamples()
{
    QFETCH(QStringList, shares);
    QFETCH(QString, paidThisTerm);
    QFETCH(qint64, payoutFen);
    QFETCH(QString, kinds);
    QStringList args = yueyangStay(shares) << QStringLiteral("--json");
    if (!paidThisTerm.isEmpty())
        args << QStringLiteral("--paid-this-term") << paidThisTerm;
    const Run r = quote(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("payout_fen")).toInteger(), payoutFen);
    QCOMPARE(o.value(QStringLiteral("refused")).toBool(), false);
    QCOMPARE(::kinds(o), kinds);
}

void TestClaimQuoteCli::plainOutput()
{
    const Run r = quote(
        yueyangStay({QStringLiteral("8000"), QStringLiteral("4000"), QStringLiteral("345.60")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.out,
             QStringLiteral("Plan: 岳阳市职工医疗互助 2014 (2014, inpatient), term 2014-01-01 to "
                            "2014-12-31\n"
                            "\n"
                            "Personal share of 3 invoices: ¥12,345.60\n"
                            "Band ¥0.00–¥5,000.00: ¥5,000.00 × 30% = ¥1,500.00\n"
                            "Band ¥5,000.00–¥10,000.00: ¥5,000.00 × 35% = ¥1,750.00\n"
                            "Band ¥10,000.00–¥20,000.00: ¥2,345.60 × 40% = ¥938.24\n"
                            "Sum of the bands: ¥1,500.00 + ¥1,750.00 + ¥938.24 = ¥4,188.24\n"
                            "Payout: ¥4,188.24\n"
                            "In capitals: 人民币肆仟壹佰捌拾捌元贰角肆分\n"));
}

void TestClaimQuoteCli::jsonStructure()
{
    const Run r = quote(yueyangStay({QStringLiteral("36000")}) << QStringLiteral("--json"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("payout_fen")).toInteger(), 1'475'000);
    QCOMPARE(o.value(QStringLiteral("payout_capitals")).toString(),
             QStringLiteral("人民币壹万肆仟柒佰伍拾元整"));
    QVERIFY(o.value(QStringLiteral("refusal")).isNull());
    QVERIFY(o.value(QStringLiteral("assumptions")).toArray().isEmpty());

    const QJsonObject plan = o.value(QStringLiteral("plan")).toObject();
    QCOMPARE(plan.value(QStringLiteral("id")).toString(),
             QStringLiteral("a96edab0-0f6c-426c-bc6c-163b2a3779ae"));
    QCOMPARE(plan.value(QStringLiteral("year")).toInt(), 2014);
    QCOMPARE(plan.value(QStringLiteral("product")).toString(), QStringLiteral("inpatient"));

    const QJsonObject facts = o.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("shares_fen")).toArray(), QJsonArray{3'600'000});
    QCOMPARE(facts.value(QStringLiteral("admitted_on")).toString(), QStringLiteral("2014-06-03"));
    QCOMPARE(facts.value(QStringLiteral("discharged_on")).toString(), QStringLiteral("2014-06-17"));
    QCOMPARE(facts.value(QStringLiteral("paid_on")).toString(), QStringLiteral("2013-12-20"));
    QCOMPARE(facts.value(QStringLiteral("submitted_on")).toString(),
             QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(facts.value(QStringLiteral("paid_this_term_fen")).toInteger(), 0);
    QVERIFY(facts.value(QStringLiteral("disease")).isNull());

    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 8);
    const QJsonObject share = steps.at(0).toObject();
    QCOMPARE(share.value(QStringLiteral("kind")).toString(), QStringLiteral("share"));
    QCOMPARE(share.value(QStringLiteral("text")).toString(),
             QStringLiteral("Personal share of 1 invoice: ¥36,000.00"));
    QCOMPARE(share.value(QStringLiteral("value_fen")).toInteger(), 3'600'000);
    const QJsonObject second = steps.at(2).toObject();
    QCOMPARE(second.value(QStringLiteral("kind")).toString(), QStringLiteral("band"));
    QCOMPARE(second.value(QStringLiteral("portion_fen")).toInteger(), 500'000);
    QCOMPARE(second.value(QStringLiteral("ratio_permille")).toInt(), 350);
    QCOMPARE(second.value(QStringLiteral("lower_fen")).toInteger(), 500'000);
    QCOMPARE(second.value(QStringLiteral("upper_fen")).toInteger(), 1'000'000);
    QCOMPARE(second.value(QStringLiteral("value_fen")).toInteger(), 175'000);
    QCOMPARE(second.value(QStringLiteral("running_fen")).toInteger(), 325'000);
    const QJsonObject open = steps.at(5).toObject();
    QCOMPARE(open.value(QStringLiteral("lower_fen")).toInteger(), 3'000'000);
    QVERIFY(open.contains(QStringLiteral("upper_fen")));
    QVERIFY(open.value(QStringLiteral("upper_fen")).isNull());
    QCOMPARE(open.value(QStringLiteral("value_fen")).toInteger(), 300'000);
    const QJsonObject last = steps.at(7).toObject();
    QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("payout"));
    QCOMPARE(last.value(QStringLiteral("value_fen")).toInteger(), 1'475'000);

    // A cap step names the cap and what was paid before.
    const Run capped = quote(yueyangStay({QStringLiteral("20000")})
                             << QStringLiteral("--json") << QStringLiteral("--paid-this-term")
                             << QStringLiteral("45000"));
    const QJsonArray cappedSteps = QJsonDocument::fromJson(capped.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("steps"))
                                       .toArray();
    const QJsonObject cap = cappedSteps.at(cappedSteps.size() - 2).toObject();
    QCOMPARE(cap.value(QStringLiteral("kind")).toString(), QStringLiteral("cap_member_term"));
    QCOMPARE(cap.value(QStringLiteral("limit_fen")).toInteger(), 5'000'000);
    QCOMPARE(cap.value(QStringLiteral("previous_fen")).toInteger(), 4'500'000);
    QCOMPARE(cap.value(QStringLiteral("value_fen")).toInteger(), 500'000);
}

// Not given: the payment the day before the term, the stay on its first day
// of cover (today lies outside 2014); the output says so.
void TestClaimQuoteCli::assumedWhenNotGiven()
{
    const QStringList args = quoteArgs("--product inpatient --share 3000");
    Run r = quote(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("No payment date given: the contribution is taken as "
                                           "paid on 2013-12-31, the day before the term starts.\n"
                                           "No dates given: admitted and discharged on "
                                           "2014-01-01, the first day of cover.\n")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Payout: ¥900.00\n")));

    r = quote(QStringList(args) << QStringLiteral("--json"));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject facts = o.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("admitted_on")).toString(), QStringLiteral("2014-01-01"));
    QCOMPARE(facts.value(QStringLiteral("discharged_on")).toString(), QStringLiteral("2014-01-01"));
    QCOMPARE(facts.value(QStringLiteral("paid_on")).toString(), QStringLiteral("2013-12-31"));
    QCOMPARE(o.value(QStringLiteral("assumptions")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("payout_fen")).toInteger(), 90'000);

    // One date given: the other is the same day.
    r = quote(QStringList(args) << QStringLiteral("--admitted") << QStringLiteral("2014-05-06"));
    QVERIFY(r.out.contains(QStringLiteral(
        "No discharge date given: discharged on the day of admission, 2014-05-06.")));
}

void TestClaimQuoteCli::refusedIsAnAnswer_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("reason");
    QTest::newRow("outside the term")
        << words("--admitted 2015-02-01") << QStringLiteral("outside_term")
        << QStringLiteral("2015-02-01");
    QTest::newRow("before payment")
        << words("--admitted 2014-03-01 --enrolled 2014-04-01") << QStringLiteral("before_payment")
        << QStringLiteral("2014-04-01");
    QTest::newRow("discharged before admitted")
        << words("--admitted 2014-03-10 --discharged 2014-03-01") << QStringLiteral("invalid_claim")
        << QStringLiteral("2014-03-01");
}

void TestClaimQuoteCli::refusedIsAnAnswer()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, refusal);
    QFETCH(QString, reason);
    const QStringList args = quoteArgs("--product inpatient --share 3000") + extra;
    Run r = quote(QStringList(args) << QStringLiteral("--json"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("refused")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("refusal")).toString(), refusal);
    QCOMPARE(o.value(QStringLiteral("payout_fen")).toInteger(), 0);
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.first().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("refusal"));
    QVERIFY(steps.first().toObject().value(QStringLiteral("text")).toString().contains(reason));

    r = quote(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Payout: ¥0.00, the claim is refused\n"
                                          "In capitals: 人民币零元整\n")));
}

void TestClaimQuoteCli::planFileProblems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no such file") << QStringLiteral("missing.json") << QStringLiteral("inpatient")
                                  << QStringList{QStringLiteral("missing.json: No such file.")};
    QTest::newRow("not JSON") << QStringLiteral("broken.json") << QStringLiteral("inpatient")
                              << QStringList{QStringLiteral("broken.json: line 1")};
    QTest::newRow("bad ratio") << QStringLiteral("bad-ratio.json") << QStringLiteral("inpatient")
                               << QStringList{QStringLiteral("plans[0].bands[1].ratio")};
    QTest::newRow("no such product")
        << Yueyang << QStringLiteral("women")
        << QStringList{QStringLiteral("The file holds no plan of product women. Its plans: 2014 "
                                      "inpatient 岳阳市职工医疗互助 2014.")};
}

void TestClaimQuoteCli::planFileProblems()
{
    QFETCH(QString, file);
    QFETCH(QString, product);
    QFETCH(QStringList, expected);
    QFile broken(m_files.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": ");
    broken.close();
    QFile yueyang(Yueyang);
    QVERIFY(yueyang.open(QIODevice::ReadOnly));
    QFile badRatio(m_files.filePath(QStringLiteral("bad-ratio.json")));
    QVERIFY(badRatio.open(QIODevice::WriteOnly));
    badRatio.write(yueyang.readAll().replace("\"35%\"", "\"35 percent\""));
    badRatio.close();

    const QString path = QFileInfo(file).isAbsolute() ? file : m_files.filePath(file);
    const Run r = quote(quoteArgs("--share 100", path) << QStringLiteral("--product") << product);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    for (const QString &text : expected)
        QVERIFY2(r.err.contains(text), qPrintable(r.err));
}

// A file with two years of the product: the quote names them and wants --year.
void TestClaimQuoteCli::severalPlansNeedAYear()
{
    MaPlanJson::Contents contents = MaPlanJson::readFile(Yueyang);
    QVERIFY(contents.ok());
    MaPlan next = contents.plans.constFirst();
    next.id = QStringLiteral("2e1c7e1a-1c57-4a55-9a3c-1f0c3f6d2015");
    next.year = 2015;
    next.name = QStringLiteral("岳阳市职工医疗互助 2015");
    next.termStart = QDate(2015, 1, 1);
    next.termEnd = QDate(2015, 12, 31);
    next.bands.first().ratioPermille = 400;
    const QString path = m_files.filePath(QStringLiteral("two-years.json"));
    QVERIFY(MaPlanJson::writeFile(path, {contents.plans.constFirst(), next}).ok());

    const QStringList args = quoteArgs("--product inpatient --share 1000 --json", path);
    Run r = quote(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral(
                 "The file holds 2 plans of product inpatient: 2014 inpatient 岳阳市职工医疗互助 "
                 "2014; 2015 inpatient 岳阳市职工医疗互助 2015. Choose one with --year.")),
             qPrintable(r.err));

    r = quote(QStringList(args) << QStringLiteral("--year") << QStringLiteral("2015"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(QStringLiteral("payout_fen"))
                 .toInteger(),
             40'000); // 1,000 × 40%
    r = quote(QStringList(args) << QStringLiteral("--year") << QStringLiteral("2016"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("with the --year and --name given")), qPrintable(r.err));
}

void TestClaimQuoteCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no subcommand") << words("claim") << QStringLiteral("name a subcommand");
    QTest::newRow("no plan") << words("claim quote --product inpatient --share 1")
                             << QStringLiteral("--plan is required.");
    QTest::newRow("no product") << quoteArgs("--share 1")
                                << QStringLiteral("--product is required.");
    QTest::newRow("unknown product")
        << quoteArgs("--product dental --share 1")
        << QStringLiteral("--product must be inpatient, listed_disease or women.");
    QTest::newRow("no share") << quoteArgs("--product inpatient")
                              << QStringLiteral("--share is required");
    QTest::newRow("not an amount")
        << quoteArgs("--product inpatient --share 12.345")
        << QStringLiteral("--share \"12.345\": amount has more than two decimal places.");
    QTest::newRow("negative") << quoteArgs("--product inpatient --share -5")
                              << QStringLiteral("the amount cannot be negative");
    QTest::newRow("bad date") << quoteArgs("--product inpatient --share 1 --admitted 2014-13-01")
                              << QStringLiteral("--admitted needs a date written YYYY-MM-DD");
    QTest::newRow("bad year") << quoteArgs("--product inpatient --share 1 --year next")
                              << QStringLiteral("--year must be a year");
    QTest::newRow("no database option") << quoteArgs("--product inpatient --share 1 --db x.sqlite")
                                        << QStringLiteral("Unknown option 'db'");
    QTest::newRow("stray word") << quoteArgs("--product inpatient --share 1 extra")
                                << QStringLiteral("unexpected argument 'extra'");
}

void TestClaimQuoteCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = quote(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

// No database is needed, opened or created, and nothing else is written: the
// CLI's home and data folders stay empty, and so does its working folder.
void TestClaimQuoteCli::writesNothing()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run r =
        cli(yueyangStay({QStringLiteral("3000")}) << QStringLiteral("--json"), home.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QDirIterator it(home.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList written;
    while (it.hasNext())
        written.append(it.next());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestClaimQuoteCli)
#include "tst_claimquotecli.moc"

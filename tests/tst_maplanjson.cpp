// The plan file (docs/mutual-aid-plans.md): plans survive writing and
// reading unchanged, the shipped Yueyang file is exactly what Bangfu writes
// and pays what the hand-built plan of tst_payoutyueyang pays, and every kind
// of mistake is reported at its JSON path (tst_maplanjsonerrors.cpp has the
// table of mistakes).
#include "maplanfields.h"
#include "maplanjson.h"
#include "payouttestdata.h"

#include <QFile>
#include <QTest>

using namespace PayoutTestData;

namespace {

QString yueyangPath()
{
    return QStringLiteral(BANGFU_TEST_DATA "/plans/yueyang-2014.json");
}

/// A women's product with every optional field set the other way.
MaPlan womenPlan()
{
    MaPlan p = plainPlan();
    p.id.clear();
    p.name = QStringLiteral("女职工特殊疾病 \"2024\"\\专项");
    p.product = MaPlan::Product::Women;
    p.enrolFrom = QDate(2023, 11, 1);
    p.enrolTo = QDate(2023, 12, 31);
    p.waitingDays = 90;
    p.deductibleAdmission = fen(50'050);
    p.deductibleTerm = yuan(1'000);
    p.bandMode = MaPlan::BandMode::Whole;
    p.bands = {band(0, 5'000, 325), band(5'000, -1, 1000)};
    p.minPayout = yuan(100);
    p.minPayoutRule = MaPlan::MinPayoutRule::Withhold;
    p.capClaim = yuan(8'000);
    p.capMemberTerm = yuan(10'000);
    p.deadlineDays = 730;
    p.requiredDocuments = {QStringLiteral("id_card"), QStringLiteral("discharge_record")};
    p.notes = QStringLiteral("第一行\n第二行\t制表");
    return p;
}

QString problemsText(const MaPlanJson::Contents &c)
{
    QStringList lines;
    for (const Error &e : c.problems)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestMaPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void yueyangFileIsWhatBangfuWrites();
    void yueyangFilePaysAsPublished_data();
    void yueyangFilePaysAsPublished();
    void percentages_data();
    void percentages();
    void brokenFiles_data();
    void brokenFiles();
    void documentedExampleReads();
};

void TestMaPlanJson::roundTrip()
{
    MaPlan lump = lumpSumPlan();
    lump.id = QStringLiteral("0b6f3c1e-2f1a-4d51-9a43-0c1f6a8e7c31");
    MaPlan yueyang = yueyangPlan();
    yueyang.id = QStringLiteral("{A96EDAB0-0F6C-426C-BC6C-163B2A3779AE}").toLower().mid(1, 36);
    const QList<MaPlan> plans{yueyang, lump, womenPlan()};
    const QByteArray json = MaPlanJson::write(plans);
    const MaPlanJson::Contents read = MaPlanJson::read(json);
    QVERIFY2(read.ok(), qPrintable(problemsText(read)));
    QCOMPARE(read.plans.size(), plans.size());
    for (qsizetype i = 0; i < plans.size(); ++i) {
        QCOMPARE(read.plans.at(i).id, plans.at(i).id);
        const QList<MaPlanSpot::Field> changed =
            MaPlanFields::changes(plans.at(i), read.plans.at(i));
        QVERIFY2(changed.isEmpty(), qPrintable(MaPlanFields::labels(changed)));
    }
    QCOMPARE(MaPlanJson::write(read.plans), json);
    // Readable as published: yuan with separators, percentages, ISO dates.
    const QString text = QString::fromUtf8(json);
    QVERIFY(text.contains(QStringLiteral(
        "{\"lower_yuan\": \"5,000.00\", \"upper_yuan\": null, \"ratio\": \"100%\"}")));
    QVERIFY(text.contains(QStringLiteral("\"ratio\": \"32.5%\"")));
    QVERIFY(text.contains(QStringLiteral("\"deductible_admission_yuan\": \"500.50\"")));
    QVERIFY(text.contains(QStringLiteral("\"enrol_from\": \"2023-11-01\"")));
    QVERIFY(text.contains(QStringLiteral("\"format\": \"bangfu-mutual-aid-plans\"")));
    QVERIFY(text.indexOf(QStringLiteral("\"year\"")) < text.indexOf(QStringLiteral("\"bands\"")));
}

void TestMaPlanJson::yueyangFileIsWhatBangfuWrites()
{
    QFile file(yueyangPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const MaPlanJson::Contents c = MaPlanJson::readFile(yueyangPath());
    QVERIFY2(c.ok(), qPrintable(problemsText(c)));
    QCOMPARE(c.plans.size(), 1);
    const MaPlan &plan = c.plans.constFirst();
    QCOMPARE(plan.id, QStringLiteral("a96edab0-0f6c-426c-bc6c-163b2a3779ae"));
    QCOMPARE(MaPlan::productCode(plan.product), QStringLiteral("inpatient"));
    // The same rules as the plan tst_payoutyueyang builds by hand; only the
    // notes (the published wording) are the file's own.
    QCOMPARE(MaPlanFields::changes(yueyangPlan(), plan),
             QList<MaPlanSpot::Field>{MaPlanSpot::Field::Notes});
    QCOMPARE(MaPlanJson::write(c.plans), bytes);
}

void TestMaPlanJson::yueyangFilePaysAsPublished_data()
{
    QTest::addColumn<QList<Money>>("shares");
    QTest::addColumn<qint64>("payoutFen");
    // Worked by hand in tst_payoutyueyang.cpp.
    QTest::newRow("¥3,000") << QList<Money>{yuan(3'000)} << qint64(90'000);
    QTest::newRow("¥100, raised to the minimum") << QList<Money>{yuan(100)} << qint64(5'000);
    QTest::newRow("¥40, the whole share") << QList<Money>{yuan(40)} << qint64(4'000);
    QTest::newRow("¥12,345.60 in three invoices")
        << QList<Money>{yuan(8'000), yuan(4'000), fen(34'560)} << qint64(418'824);
    QTest::newRow("¥7,777.77") << QList<Money>{fen(777'777)} << qint64(247'221);
    QTest::newRow("¥36,000") << QList<Money>{yuan(36'000)} << qint64(1'475'000);
    QTest::newRow("¥123,456.78, term cap") << QList<Money>{fen(12'345'678)} << qint64(5'000'000);
}

void TestMaPlanJson::yueyangFilePaysAsPublished()
{
    QFETCH(QList<Money>, shares);
    QFETCH(qint64, payoutFen);
    const MaPlanJson::Contents c = MaPlanJson::readFile(yueyangPath());
    QVERIFY(c.ok());
    const ClaimFacts claim = stay(shares, QDate(2014, 6, 3), QDate(2014, 6, 17));
    const EnrolmentFacts enrolment{QDate(2013, 12, 20)};
    const PayoutResult fromFile =
        PayoutEngine::compute(c.plans.constFirst(), claim, enrolment, {}, QDate(2014, 7, 1));
    const PayoutResult byHand =
        PayoutEngine::compute(yueyangPlan(), claim, enrolment, {}, QDate(2014, 7, 1));
    QCOMPARE(fromFile.payout.fen(), payoutFen);
    QCOMPARE(PayoutEngine::plainText(fromFile), PayoutEngine::plainText(byHand));
}

void TestMaPlanJson::percentages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("requireSign");
    QTest::addColumn<int>("permille"); // -1: refused
    QTest::newRow("30%") << QStringLiteral("30%") << true << 300;
    QTest::newRow("32.5%") << QStringLiteral("32.5%") << true << 325;
    QTest::newRow("0%") << QStringLiteral("0%") << true << 0;
    QTest::newRow("100 %") << QStringLiteral("100 %") << true << 1000;
    QTest::newRow("full-width ％") << QStringLiteral("45％") << true << 450;
    QTest::newRow("130%, range is the plan's") << QStringLiteral("130%") << true << 1300;
    QTest::newRow("30 without sign") << QStringLiteral("30") << true << -1;
    QTest::newRow("30 in the editor") << QStringLiteral("30") << false << 300;
    QTest::newRow("two decimals") << QStringLiteral("32.55%") << true << -1;
    QTest::newRow("fraction") << QStringLiteral("0.3") << false << 3;
    QTest::newRow("negative") << QStringLiteral("-5%") << true << -1;
    QTest::newRow("words") << QStringLiteral("thirty%") << true << -1;
    QTest::newRow("empty") << QString() << false << -1;
}

void TestMaPlanJson::percentages()
{
    QFETCH(QString, text);
    QFETCH(bool, requireSign);
    QFETCH(int, permille);
    const Result<int> r = MaPlanJson::parsePercent(text, requireSign);
    QCOMPARE(r.ok() ? *r : -1, permille);
    if (permille >= 0 && permille <= 1000 && text.endsWith(QLatin1Char('%')) &&
        !text.contains(u' '))
        QCOMPARE(MaPlanJson::formatPercent(permille), text);
}

void TestMaPlanJson::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("fragment");
    QByteArray yueyang;
    {
        QFile file(yueyangPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        yueyang = file.readAll();
    }
    QByteArray missingComma = yueyang;
    missingComma.replace("\"version\": 1,", "\"version\": 1");
    QTest::newRow("missing comma")
        << missingComma << QStringLiteral("line 4, column 4") << QStringLiteral("not valid JSON");
    QTest::newRow("GB18030, not UTF-8")
        << QByteArray("{\"name\": \"\xd4\xc0\xd1\xf4\"}") << QString() << QStringLiteral("UTF-8");
    QTest::newRow("byte-order mark is fine, format missing")
        << QByteArray("\xEF\xBB\xBF{\"plans\": []}") << QStringLiteral("format")
        << QStringLiteral("not a Bangfu plan file");
    QTest::newRow("a list, not an object")
        << QByteArray("[1, 2]") << QStringLiteral("format") << QStringLiteral("not a Bangfu plan");
}

void TestMaPlanJson::brokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, fragment);
    const MaPlanJson::Contents c = MaPlanJson::read(bytes);
    QCOMPARE(c.problems.size(), 1);
    QCOMPARE(c.problems.constFirst().where, where);
    QVERIFY2(c.problems.constFirst().message.contains(fragment, Qt::CaseInsensitive),
             qPrintable(c.problems.constFirst().message));
}

// The full example in docs/mutual-aid-plans.md is a valid file.
void TestMaPlanJson::documentedExampleReads()
{
    QFile doc(QStringLiteral(BANGFU_TEST_DATA "/../../docs/mutual-aid-plans.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    const MaPlanJson::Contents c = MaPlanJson::read(text.mid(start + 8, end - start - 8));
    QVERIFY2(c.ok(), qPrintable(problemsText(c)));
    QCOMPARE(c.plans.size(), 2);
    QCOMPARE(c.plans.at(1).product, MaPlan::Product::ListedDisease);
    QCOMPARE(c.plans.at(1).listedDiseases.size(), 2);
}

QTEST_GUILESS_MAIN(TestMaPlanJson)
#include "tst_maplanjson.moc"

// MaPlan: validation — every problem listed, each with the field it is about —
// and the codes of the enumerations. Loading: tst_maplanstore.cpp.
#include "payouttestdata.h"

#include <QTest>

using namespace PayoutTestData;

class TestMaPlan : public QObject
{
    Q_OBJECT

private slots:
    void validation_data();
    void validation();
    void everyProblemIsListed();
    void codes();
};

void TestMaPlan::validation_data()
{
    QTest::addColumn<MaPlan>("plan");
    QTest::addColumn<QString>("where"); // empty: valid

    auto row = [](const char *name, const MaPlan &plan, const char *where) {
        QTest::newRow(name) << plan << QString::fromLatin1(where);
    };
    row("plain plan", plainPlan(), "");
    row("Yueyang", yueyangPlan(), "");
    row("lump sums", lumpSumPlan(), "");
    row("women's product with bands", plain([](MaPlan &p) { p.product = MaPlan::Product::Women; }),
        "");
    row("ratios 0% and 100%", plain([](MaPlan &p) {
            p.bands = {band(0, 1'000, 0), band(1'000, -1, 1000)};
        }),
        "");
    row("single open band", plain([](MaPlan &p) { p.bands = {band(0, -1, 500)}; }), "");
    row("year 1999", plain([](MaPlan &p) { p.year = 1999; }), "Year");
    row("blank name", plain([](MaPlan &p) { p.name = QStringLiteral("  "); }), "Name");
    row("negative contribution", plain([](MaPlan &p) { p.contribution = fen(-1); }),
        "Contribution");
    row("half an enrolment window", plain([](MaPlan &p) { p.enrolFrom = QDate(2023, 11, 1); }),
        "Enrolment window");
    row("enrolment window reversed", plain([](MaPlan &p) {
            p.enrolFrom = QDate(2024, 1, 31);
            p.enrolTo = QDate(2023, 11, 1);
        }),
        "Enrolment window");
    row("no term end", plain([](MaPlan &p) { p.termEnd = QDate(); }), "Term");
    row("term reversed", plain([](MaPlan &p) { p.termEnd = QDate(2023, 12, 31); }), "Term");
    row("negative waiting period", plain([](MaPlan &p) { p.waitingDays = -1; }), "Waiting period");
    row("negative deductible per admission",
        plain([](MaPlan &p) { p.deductibleAdmission = fen(-1); }), "Deductible per admission");
    row("negative deductible per term", plain([](MaPlan &p) { p.deductibleTerm = fen(-1); }),
        "Deductible per term");
    row("no bands", plain([](MaPlan &p) { p.bands.clear(); }), "Bands");
    row("first band above 0", plain([](MaPlan &p) { p.bands.first().lower = yuan(1); }), "Bands");
    row("gap between bands", plain([](MaPlan &p) { p.bands[1].lower = yuan(11'000); }), "Band 2");
    row("overlapping bands", plain([](MaPlan &p) { p.bands[1].lower = yuan(9'000); }), "Band 2");
    row("open band in the middle", plain([](MaPlan &p) { p.bands[0].upper.reset(); }), "Band 1");
    row("closed last band", plain([](MaPlan &p) { p.bands[2].upper = yuan(30'000); }), "Band 3");
    row("band ending where it starts", plain([](MaPlan &p) {
            p.bands = {band(0, 0, 500), band(0, -1, 500)};
        }),
        "Band 1");
    row("ratio above 100%", plain([](MaPlan &p) { p.bands[1].ratioPermille = 1001; }), "Band 2");
    row("negative ratio", plain([](MaPlan &p) { p.bands[0].ratioPermille = -1; }), "Band 1");
    row("inpatient product with diseases",
        plain([](MaPlan &p) { p.listedDiseases = lumpSumPlan().listedDiseases; }),
        "Listed diseases");
    row("listed-disease product without diseases",
        lump([](MaPlan &p) { p.listedDiseases.clear(); }), "Listed diseases");
    row("listed-disease product with bands", lump([](MaPlan &p) { p.bands = plainPlan().bands; }),
        "Bands");
    row("women's product with bands and diseases", lump([](MaPlan &p) {
            p.product = MaPlan::Product::Women;
            p.bands = plainPlan().bands;
        }),
        "Bands");
    row("disease code twice",
        lump([](MaPlan &p) { p.listedDiseases[1].code = QStringLiteral("C01"); }),
        "Listed disease 2");
    row("disease without a name", lump([](MaPlan &p) { p.listedDiseases[0].name.clear(); }),
        "Listed disease 1");
    row("negative lump sum", lump([](MaPlan &p) { p.listedDiseases[1].lumpSum = fen(-1); }),
        "Listed disease 2");
    row("negative minimum payout", plain([](MaPlan &p) { p.minPayout = fen(-1); }),
        "Minimum payout");
    row("minimum above the cap per claim", plain([](MaPlan &p) {
            p.minPayout = yuan(100);
            p.capClaim = yuan(50);
        }),
        "Minimum payout");
    row("negative cap per claim", plain([](MaPlan &p) { p.capClaim = fen(-1); }), "Cap per claim");
    row("huge cap per term",
        plain([](MaPlan &p) { p.capMemberTerm = Money::fromFen(Money::maxYuan * 100 + 1); }),
        "Cap per member and term");
    row("negative deadline days", plain([](MaPlan &p) { p.deadlineDays = -1; }), "Claim deadline");
    row("both deadlines", plain([](MaPlan &p) {
            p.deadlineDays = 90;
            p.deadlineDate = QDate(2025, 3, 31);
        }),
        "Claim deadline");
    row("deadline before the term", plain([](MaPlan &p) { p.deadlineDate = QDate(2023, 12, 31); }),
        "Claim deadline");
    row("document type twice", plain([](MaPlan &p) {
            p.requiredDocuments = {QStringLiteral("invoice"), QStringLiteral("invoice")};
        }),
        "Required documents");
    row("empty document type", plain([](MaPlan &p) { p.requiredDocuments = {QString()}; }),
        "Required documents");
}

void TestMaPlan::validation()
{
    QFETCH(MaPlan, plan);
    QFETCH(QString, where);
    const QList<Error> problems = plan.problems();
    if (where.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QVERIFY(plan.validate().ok());
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().where, where);
    QVERIFY(!problems.first().message.isEmpty());
    QVERIFY(!plan.validate().ok());
    QCOMPARE(plan.validate().error().toString(), problems.first().toString());
}

void TestMaPlan::everyProblemIsListed()
{
    MaPlan plan = plainPlan();
    plan.name.clear();
    plan.bands[1].ratioPermille = 2000;
    plan.capClaim = fen(-5);
    const QList<Error> problems = plan.problems();
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).where, QStringLiteral("Name"));
    QCOMPARE(problems.at(1).where, QStringLiteral("Band 2"));
    QCOMPARE(problems.at(1).message, QStringLiteral("The ratio must be between 0% and 100%."));
    QCOMPARE(problems.at(2).where, QStringLiteral("Cap per claim"));
}

void TestMaPlan::codes()
{
    for (auto p :
         {MaPlan::Product::Inpatient, MaPlan::Product::ListedDisease, MaPlan::Product::Women})
        QCOMPARE(MaPlan::productFromCode(MaPlan::productCode(p)), p);
    QCOMPARE(MaPlan::productCode(MaPlan::Product::ListedDisease), QStringLiteral("listed_disease"));
    QVERIFY(!MaPlan::productFromCode(QStringLiteral("dental")));
    QCOMPARE(MaPlan::bandModeFromCode(QStringLiteral("whole")), MaPlan::BandMode::Whole);
    QCOMPARE(MaPlan::bandModeCode(MaPlan::BandMode::Marginal), QStringLiteral("marginal"));
    QCOMPARE(MaPlan::minPayoutRuleFromCode(QStringLiteral("withhold")),
             MaPlan::MinPayoutRule::Withhold);
    QCOMPARE(MaPlan::minPayoutRuleCode(MaPlan::MinPayoutRule::Raise), QStringLiteral("raise"));
    QVERIFY(!MaPlan::minPayoutRuleFromCode(QStringLiteral("")));
}

QTEST_GUILESS_MAIN(TestMaPlan)
#include "tst_maplan.moc"

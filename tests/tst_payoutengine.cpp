// PayoutEngine, the amount rules each on its own: bands (marginal and whole),
// deductibles, the minimum payout and the caps, on a plain plan with round
// numbers (bands ¥0–10,000 50%, ¥10,000–20,000 60%, above 70%; see
// payouttestdata.h). Refusals: tst_payouteligibility.cpp; rules together and
// the words of the trace: tst_payoutcombined.cpp; the Yueyang plan:
// tst_payoutyueyang.cpp.
#include "payouttestrows.h"

#include <QTest>

using namespace PayoutTestData;

class TestPayoutEngine : public QObject
{
    Q_OBJECT

private slots:
    void bands_data();
    void bands() { checkRow(); }
    void deductibles_data();
    void deductibles() { checkRow(); }
    void minimum_data();
    void minimum() { checkRow(); }
    void caps_data();
    void caps() { checkRow(); }
    void wholeAndMarginalDiffer();
    void percent_data();
    void percent();
};

void TestPayoutEngine::bands_data()
{
    addColumns();
    const MaPlan whole = plain([](MaPlan &p) { p.bandMode = MaPlan::BandMode::Whole; });
    addRow("no invoices", {.claim = stay({}), .kinds = "share,payout"});
    addRow("one invoice of zero", {.claim = stay({fen(0)}), .kinds = "share,payout"});
    // 4,000 × 50% = 2,000
    addRow("first band",
           {.claim = stay({yuan(4'000)}), .payoutFen = 200'000, .kinds = "share,band,payout"});
    // 10,000 × 50% = 5,000; the second band's part is 0 and not listed
    addRow("exactly on the first boundary",
           {.claim = stay({yuan(10'000)}), .payoutFen = 500'000, .kinds = "share,band,payout"});
    // 5,000 + 0.01 × 60% = 0.006, rounded down to 0
    addRow("a fen above the boundary", {.claim = stay({fen(1'000'001)}),
                                        .payoutFen = 500'000,
                                        .kinds = "share,band,band,band_sum,payout"});
    // 5,000 + 6,000 + 5,000 × 70% = 3,500 → 14,500
    addRow("three bands", {.claim = stay({yuan(25'000)}),
                           .payoutFen = 1'450'000,
                           .kinds = "share,band,band,band,band_sum,payout"});
    // 1,000.00 + 2,345.67 + 0.33 = 3,346.00; × 50% = 1,673.00
    addRow("shares added over invoices", {.claim = stay({yuan(1'000), fen(234'567), fen(33)}),
                                          .payoutFen = 167'300,
                                          .kinds = "share,band,payout"});
    // 0.03 × 50% = 0.015, rounded down to 0.01
    addRow("band product rounded down",
           {.claim = stay({fen(3)}), .payoutFen = 1, .kinds = "share,band,payout"});
    addRow("whole: first band", {.plan = whole,
                                 .claim = stay({yuan(4'000)}),
                                 .payoutFen = 200'000,
                                 .kinds = "share,band,payout"});
    // A band runs up to and including its upper bound: 10,000 × 50%
    addRow("whole: on the boundary stays in the lower band", {.plan = whole,
                                                              .claim = stay({yuan(10'000)}),
                                                              .payoutFen = 500'000,
                                                              .kinds = "share,band,payout"});
    // 10,000.01 × 60% = 6,000.006 → 6,000.00 (marginal: 5,000.00)
    addRow("whole: a fen above the boundary", {.plan = whole,
                                               .claim = stay({fen(1'000'001)}),
                                               .payoutFen = 600'000,
                                               .kinds = "share,band,payout"});
    // 25,000 × 70% = 17,500 (marginal: 14,500)
    addRow("whole: top band", {.plan = whole,
                               .claim = stay({yuan(25'000)}),
                               .payoutFen = 1'750'000,
                               .kinds = "share,band,payout"});
    addRow("whole: zero share", {.plan = whole, .claim = stay({}), .kinds = "share,band,payout"});
    // 10,000.03 × 60% = 6,000.018 → 6,000.01
    addRow("whole: rounded down", {.plan = whole,
                                   .claim = stay({fen(1'000'003)}),
                                   .payoutFen = 600'001,
                                   .kinds = "share,band,payout"});
}

void TestPayoutEngine::deductibles_data()
{
    addColumns();
    const MaPlan admission = plain([](MaPlan &p) { p.deductibleAdmission = yuan(500); });
    const MaPlan term = plain([](MaPlan &p) { p.deductibleTerm = yuan(1'000); });
    const MaPlan both = plain([](MaPlan &p) {
        p.deductibleAdmission = yuan(500);
        p.deductibleTerm = yuan(1'000);
    });
    // (4,000 − 500) × 50% = 1,750
    addRow("per admission", {.plan = admission,
                             .claim = stay({yuan(4'000)}),
                             .payoutFen = 175'000,
                             .kinds = "share,deductible_admission,band,payout"});
    addRow("per admission equal to the share", {.plan = admission,
                                                .claim = stay({yuan(500)}),
                                                .kinds = "share,deductible_admission,payout"});
    addRow("per admission larger than the share", {.plan = admission,
                                                   .claim = stay({yuan(300)}),
                                                   .kinds = "share,deductible_admission,payout"});
    // (10,300 − 500) × 50% = 4,900: the deductible moves it back into the first band
    addRow("per admission, back into the lower band",
           {.plan = admission,
            .claim = stay({yuan(10'300)}),
            .payoutFen = 490'000,
            .kinds = "share,deductible_admission,band,payout"});
    // (4,000 − 1,000) × 50% = 1,500
    addRow("per term, first claim", {.plan = term,
                                     .claim = stay({yuan(4'000)}),
                                     .payoutFen = 150'000,
                                     .kinds = "share,deductible_term,band,payout"});
    // earlier share 400 used 400; (4,000 − 600) × 50% = 1,700
    addRow("per term, partly used earlier", {.plan = term,
                                             .claim = stay({yuan(4'000)}),
                                             .earlier = {prior(yuan(400), yuan(200))},
                                             .payoutFen = 170'000,
                                             .kinds = "share,deductible_term,band,payout"});
    // earlier 700 + 800 used all 1,000; 4,000 × 50% = 2,000
    addRow("per term, used up by two earlier claims",
           {.plan = term,
            .claim = stay({yuan(4'000)}),
            .earlier = {prior(yuan(700), yuan(350)), prior(yuan(800), yuan(400))},
            .payoutFen = 200'000,
            .kinds = "share,deductible_term,band,payout"});
    addRow("per term larger than the share",
           {.plan = term, .claim = stay({yuan(300)}), .kinds = "share,deductible_term,payout"});
    // earlier 900 − 500 per admission used 400 of the term's; 4,000 − 500 − 600 = 2,900 → 1,450
    addRow("both, earlier share less its admission deductible",
           {.plan = both,
            .claim = stay({yuan(4'000)}),
            .earlier = {prior(yuan(900), yuan(0))},
            .payoutFen = 145'000,
            .kinds = "share,deductible_admission,deductible_term,band,payout"});
    // earlier 300 stayed below the admission deductible; 4,000 − 500 − 1,000 = 2,500 → 1,250
    addRow("both, earlier claim below the admission deductible",
           {.plan = both,
            .claim = stay({yuan(4'000)}),
            .earlier = {prior(yuan(300), yuan(0))},
            .payoutFen = 125'000,
            .kinds = "share,deductible_admission,deductible_term,band,payout"});
}

void TestPayoutEngine::minimum_data()
{
    addColumns();
    const MaPlan raise = plain([](MaPlan &p) { p.minPayout = yuan(100); });
    const MaPlan withhold = plain([](MaPlan &p) {
        p.minPayout = yuan(100);
        p.minPayoutRule = MaPlan::MinPayoutRule::Withhold;
    });
    // 150 × 50% = 75 → 100
    addRow("raised to the minimum", {.plan = raise,
                                     .claim = stay({yuan(150)}),
                                     .payoutFen = 10'000,
                                     .kinds = "share,band,minimum,payout"});
    // 80 × 50% = 40 → 80, never more than the share
    addRow("raised no higher than the share", {.plan = raise,
                                               .claim = stay({yuan(80)}),
                                               .payoutFen = 8'000,
                                               .kinds = "share,band,minimum,payout"});
    addRow("exactly the minimum", {.plan = raise,
                                   .claim = stay({yuan(200)}),
                                   .payoutFen = 10'000,
                                   .kinds = "share,band,payout"});
    addRow("nothing to raise", {.plan = raise, .claim = stay({}), .kinds = "share,payout"});
    // (520 − 500) × 50% = 10 → 20, the share left after the deductible
    addRow("raised no higher than the share after the deductible",
           {.plan = plain([](MaPlan &p) {
                p.minPayout = yuan(100);
                p.deductibleAdmission = yuan(500);
            }),
            .claim = stay({yuan(520)}),
            .payoutFen = 2'000,
            .kinds = "share,deductible_admission,band,minimum,payout"});
    addRow("withheld below the minimum",
           {.plan = withhold, .claim = stay({yuan(150)}), .kinds = "share,band,minimum,payout"});
    addRow("withhold pays exactly the minimum", {.plan = withhold,
                                                 .claim = stay({yuan(200)}),
                                                 .payoutFen = 10'000,
                                                 .kinds = "share,band,payout"});
    addRow("a 0% band is not raised", {.plan = plain([](MaPlan &p) {
                                           p.minPayout = yuan(100);
                                           p.bands = {band(0, 1'000, 0), band(1'000, -1, 500)};
                                       }),
                                       .claim = stay({yuan(800)}),
                                       .kinds = "share,band,payout"});
}

void TestPayoutEngine::caps_data()
{
    addColumns();
    const MaPlan perClaim = plain([](MaPlan &p) { p.capClaim = yuan(3'000); });
    const MaPlan perTerm = plain([](MaPlan &p) { p.capMemberTerm = yuan(8'000); });
    const ClaimFacts tenThousand = stay({yuan(10'000)}); // bands: 5,000
    addRow("cap per claim", {.plan = perClaim,
                             .claim = tenThousand,
                             .payoutFen = 300'000,
                             .kinds = "share,band,cap_claim,payout"});
    addRow("cap per claim just reached", {.plan = perClaim,
                                          .claim = stay({yuan(6'000)}),
                                          .payoutFen = 300'000,
                                          .kinds = "share,band,payout"});
    // 5,000 + 6,000 = 11,000 → 8,000
    addRow("cap per term, first claim",
           {.plan = perTerm,
            .claim = stay({yuan(20'000)}),
            .payoutFen = 800'000,
            .kinds = "share,band,band,band_sum,cap_member_term,payout"});
    addRow("cap per term partly used", {.plan = perTerm,
                                        .claim = tenThousand,
                                        .earlier = {prior(yuan(10'000), yuan(5'000))},
                                        .payoutFen = 300'000,
                                        .kinds = "share,band,cap_member_term,payout"});
    addRow("cap per term partly used, not reached", {.plan = perTerm,
                                                     .claim = tenThousand,
                                                     .earlier = {prior(yuan(4'000), yuan(2'000))},
                                                     .payoutFen = 500'000,
                                                     .kinds = "share,band,payout"});
    addRow("cap per term used up",
           {.plan = perTerm,
            .claim = tenThousand,
            .earlier = {prior(yuan(10'000), yuan(5'000)), prior(yuan(6'000), yuan(3'000))},
            .kinds = "share,band,cap_member_term,payout"});
    addRow("cap per term overpaid earlier", {.plan = perTerm,
                                             .claim = tenThousand,
                                             .earlier = {prior(yuan(18'000), yuan(9'000))},
                                             .kinds = "share,band,cap_member_term,payout"});
    // 5,000 → 3,000 per claim → 2,000 left in the term
    addRow("both caps", {.plan = plain([](MaPlan &p) {
                             p.capClaim = yuan(3'000);
                             p.capMemberTerm = yuan(8'000);
                         }),
                         .claim = tenThousand,
                         .earlier = {prior(yuan(12'000), yuan(6'000))},
                         .payoutFen = 200'000,
                         .kinds = "share,band,cap_claim,cap_member_term,payout"});
    // 75 → minimum 100 → 50 left in the term
    addRow("minimum, then the term cap", {.plan = plain([](MaPlan &p) {
                                              p.minPayout = yuan(100);
                                              p.capMemberTerm = yuan(8'000);
                                          }),
                                          .claim = stay({yuan(150)}),
                                          .earlier = {prior(yuan(15'900), yuan(7'950))},
                                          .payoutFen = 5'000,
                                          .kinds = "share,band,minimum,cap_member_term,payout"});
}

void TestPayoutEngine::wholeAndMarginalDiffer()
{
    MaPlan whole = plainPlan();
    whole.bandMode = MaPlan::BandMode::Whole;
    const ClaimFacts claim = stay({yuan(15'000)});
    // marginal 5,000 + 5,000 × 60% = 8,000; whole 15,000 × 60% = 9,000
    QCOMPARE(run(plainPlan(), claim).payout, yuan(8'000));
    QCOMPARE(run(whole, claim).payout, yuan(9'000));
}

void TestPayoutEngine::percent_data()
{
    QTest::addColumn<int>("permille");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0 << QStringLiteral("0%");
    QTest::newRow("30%") << 300 << QStringLiteral("30%");
    QTest::newRow("32.5%") << 325 << QStringLiteral("32.5%");
    QTest::newRow("0.1%") << 1 << QStringLiteral("0.1%");
    QTest::newRow("100%") << 1000 << QStringLiteral("100%");
}

void TestPayoutEngine::percent()
{
    QFETCH(int, permille);
    QFETCH(QString, text);
    QCOMPARE(PayoutEngine::percent(permille), text);
}

QTEST_GUILESS_MAIN(TestPayoutEngine)
#include "tst_payoutengine.moc"

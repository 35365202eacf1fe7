// PayoutEngine, the rules together, the numbers each step carries and the
// words of the trace (English source text; no translation is loaded).
#include "payouttestrows.h"

#include <QTest>

using namespace PayoutTestData;

class TestPayoutCombined : public QObject
{
    Q_OBJECT

private slots:
    void combinations_data();
    void combinations() { checkRow(); }
    void stepNumbers();
    void traceWords();
};

// Worked by hand in the comments; traceWords() shows the numbers of the first in words.
void TestPayoutCombined::combinations_data()
{
    addColumns();
    auto everything = [](MaPlan &p) {
        p.deductibleAdmission = yuan(500);
        p.deductibleTerm = yuan(1'000);
        p.minPayout = yuan(100);
        p.capClaim = yuan(6'000);
        p.capMemberTerm = yuan(8'000);
        p.waitingDays = 30;
        p.deadlineDays = 90;
    };
    const ClaimFacts claim = stay({yuan(12'000), yuan(1'500)});
    // 13,500 − 500 = 13,000; earlier used 700 − 500 = 200 of the term's 1,000:
    // 13,000 − 800 = 12,200; 5,000 + 2,200 × 60% = 1,320 → 6,320; cap 6,000;
    // 8,000 − 100 paid earlier leaves 7,900: 6,000
    addRow("all rules", {.plan = plain(everything),
                         .claim = claim,
                         .earlier = {prior(yuan(700), yuan(100))},
                         .payoutFen = 600'000,
                         .kinds = "share,deductible_admission,deductible_term,band,band,band_sum,"
                                  "cap_claim,payout"});
    // as above, but 3,000 paid earlier: 5,000 left in the term
    addRow("all rules, term cap reached",
           {.plan = plain(everything),
            .claim = claim,
            .earlier = {prior(yuan(700), yuan(3'000))},
            .payoutFen = 500'000,
            .kinds = "share,deductible_admission,deductible_term,band,band,band_sum,cap_claim,"
                     "cap_member_term,payout"});
    auto deductibles = [](MaPlan &p) {
        p.deductibleAdmission = yuan(500);
        p.deductibleTerm = yuan(1'000);
    };
    // 13,500 − 500 − 1,000 = 12,000: marginal 5,000 + 1,200 = 6,200
    addRow("deductibles, marginal", {.plan = plain(deductibles),
                                     .claim = claim,
                                     .payoutFen = 620'000,
                                     .kinds = "share,deductible_admission,deductible_term,band,"
                                              "band,band_sum,payout"});
    // whole: 12,000 × 60% = 7,200
    addRow("deductibles, whole",
           {.plan = plain([&](MaPlan &p) {
                deductibles(p);
                p.bandMode = MaPlan::BandMode::Whole;
            }),
            .claim = claim,
            .payoutFen = 720'000,
            .kinds = "share,deductible_admission,deductible_term,band,payout"});
    addRow("not paid and too late: the first reason is the code",
           {.plan = plain(everything),
            .claim = handedIn(claim, QDate(2024, 9, 1)),
            .paidOn = QDate(),
            .kinds = "refusal,refusal,payout",
            .refusal = "not_paid"});
    addRow("waiting period and too late",
           {.plan = plain(everything),
            .claim = handedIn(stay({yuan(4'000)}, QDate(2024, 1, 15), QDate(2024, 1, 20)),
                              QDate(2024, 4, 20)),
            .kinds = "refusal,refusal,payout",
            .refusal = "waiting_period"});
    addRow("not paid and outside the term",
           {.claim = stay({yuan(4'000)}, QDate(2025, 1, 2), QDate(2025, 1, 3)),
            .paidOn = QDate(),
            .today = QDate(2025, 2, 1),
            .kinds = "refusal,refusal,payout",
            .refusal = "not_paid"});
}

void TestPayoutCombined::stepNumbers()
{
    MaPlan plan = plainPlan();
    plan.deductibleAdmission = yuan(500);
    plan.deductibleTerm = yuan(1'000);
    const PayoutResult r =
        run(plan, stay({yuan(12'000), yuan(1'500)}), {prior(yuan(700), yuan(100))});
    QCOMPARE(r.eligibleShare, yuan(13'500));
    QCOMPARE(r.termDeductible, yuan(800));
    QCOMPARE(r.trace.size(), 7);
    const PayoutStep &term = r.trace.at(2);
    QCOMPARE(term.limit, yuan(1'000));
    QCOMPARE(term.previous, yuan(200));
    QCOMPARE(term.value, yuan(800));
    QCOMPARE(term.running, yuan(12'200));
    const PayoutStep &second = r.trace.at(4);
    QCOMPARE(second.kind, PayoutStep::Kind::Band);
    QCOMPARE(second.lower, yuan(10'000));
    QCOMPARE(second.upper, std::optional(yuan(20'000)));
    QCOMPARE(second.portion, yuan(2'200));
    QCOMPARE(second.ratioPermille, 600);
    QCOMPARE(second.value, yuan(1'320));
    QCOMPARE(second.running, yuan(6'320));
}

void TestPayoutCombined::traceWords()
{
    MaPlan plan = plainPlan();
    plan.deductibleAdmission = yuan(500);
    plan.deductibleTerm = yuan(1'000);
    plan.capClaim = yuan(6'000);
    const PayoutResult r =
        run(plan, stay({yuan(12'000), yuan(1'500)}), {prior(yuan(700), yuan(100))});
    const QString expected = QStringLiteral(
        "Personal share of 2 invoice(s): ¥13,500.00\n"
        "Deductible per admission ¥500.00: ¥13,500.00 − ¥500.00 = ¥13,000.00\n"
        "Deductible per term ¥1,000.00, of which earlier claims in this term used ¥200.00: "
        "¥13,000.00 − ¥800.00 = ¥12,200.00\n"
        "Band ¥0.00–¥10,000.00: ¥10,000.00 × 50% = ¥5,000.00\n"
        "Band ¥10,000.00–¥20,000.00: ¥2,200.00 × 60% = ¥1,320.00\n"
        "Sum of the bands: ¥5,000.00 + ¥1,320.00 = ¥6,320.00\n"
        "¥6,320.00 is more than the cap per claim ¥6,000.00: reduced to ¥6,000.00\n"
        "Payout: ¥6,000.00");
    QCOMPARE(PayoutEngine::plainText(r), expected);

    MaPlan whole = plainPlan();
    whole.bandMode = MaPlan::BandMode::Whole;
    QCOMPARE(run(whole, stay({fen(1'000'003)})).trace.at(1).text,
             QStringLiteral("The whole amount falls in the band ¥10,000.00–¥20,000.00: "
                            "¥10,000.03 × 60% = ¥6,000.01, rounded down to the fen"));
    QCOMPARE(run(plainPlan(), stay({yuan(25'000)})).trace.at(3).text,
             QStringLiteral("Band above ¥20,000.00: ¥5,000.00 × 70% = ¥3,500.00"));
    MaPlan admission = plainPlan();
    admission.deductibleAdmission = yuan(500);
    QCOMPARE(run(admission, stay({yuan(300)})).trace.at(1).text,
             QStringLiteral("Deductible per admission ¥500.00: ¥300.00 − ¥300.00 = ¥0.00, all of "
                            "it goes to the deductible"));
}

QTEST_GUILESS_MAIN(TestPayoutCombined)
#include "tst_payoutcombined.moc"

// PayoutEngine, when a claim is refused: payment, term, waiting period
// (last day and first day after), claim deadline (last day and day after, in
// days or on a fixed date), listed diseases and their lump sums, unusable plans
// and claims.
#include "payouttestrows.h"

#include <QTest>

using namespace PayoutTestData;

class TestPayoutEligibility : public QObject
{
    Q_OBJECT

private slots:
    void cover_data();
    void cover() { checkRow(); }
    void deadline_data();
    void deadline() { checkRow(); }
    void lumpSums_data();
    void lumpSums() { checkRow(); }
    void unusable_data();
    void unusable() { checkRow(); }
    void refusalWords();
};

void TestPayoutEligibility::cover_data()
{
    addColumns();
    const MaPlan waiting = plain([](MaPlan &p) { p.waitingDays = 30; });
    const QDate latePayment(2024, 3, 1);
    auto on = [](QDate admitted) { return stay({yuan(4'000)}, admitted, admitted.addDays(5)); };
    addRow("no waiting period, first day of the term",
           {.claim = on(QDate(2024, 1, 1)), .payoutFen = 200'000, .kinds = "share,band,payout"});
    addRow("waiting period of 0 days", {.plan = plain([](MaPlan &p) { p.waitingDays = 0; }),
                                        .claim = on(QDate(2024, 1, 1)),
                                        .payoutFen = 200'000,
                                        .kinds = "share,band,payout"});
    // Paid before the term: the wait runs 1–30 January, cover from 31 January.
    addRow("waiting: first day of the term", {.plan = waiting,
                                              .claim = on(QDate(2024, 1, 1)),
                                              .kinds = "refusal,payout",
                                              .refusal = "waiting_period"});
    addRow("waiting: last day", {.plan = waiting,
                                 .claim = on(QDate(2024, 1, 30)),
                                 .kinds = "refusal,payout",
                                 .refusal = "waiting_period"});
    addRow("waiting: first day after", {.plan = waiting,
                                        .claim = on(QDate(2024, 1, 31)),
                                        .payoutFen = 200'000,
                                        .kinds = "share,band,payout"});
    // Paid on 1 March: the wait runs 1–30 March.
    addRow("late payment, waiting: last day", {.plan = waiting,
                                               .claim = on(QDate(2024, 3, 30)),
                                               .paidOn = latePayment,
                                               .kinds = "refusal,payout",
                                               .refusal = "waiting_period"});
    addRow("late payment, waiting: first day after", {.plan = waiting,
                                                      .claim = on(QDate(2024, 3, 31)),
                                                      .paidOn = latePayment,
                                                      .payoutFen = 200'000,
                                                      .kinds = "share,band,payout"});
    addRow("admitted before payment, with waiting period", {.plan = waiting,
                                                            .claim = on(QDate(2024, 2, 20)),
                                                            .paidOn = latePayment,
                                                            .kinds = "refusal,payout",
                                                            .refusal = "before_payment"});
    addRow("admitted before payment", {.claim = on(QDate(2024, 2, 29)),
                                       .paidOn = latePayment,
                                       .kinds = "refusal,payout",
                                       .refusal = "before_payment"});
    addRow("admitted on the payment day", {.claim = on(latePayment),
                                           .paidOn = latePayment,
                                           .payoutFen = 200'000,
                                           .kinds = "share,band,payout"});
    addRow("not paid", {.claim = on(QDate(2024, 5, 10)),
                        .paidOn = QDate(),
                        .kinds = "refusal,payout",
                        .refusal = "not_paid"});
    addRow(
        "admitted before the term",
        {.claim = on(QDate(2023, 12, 31)), .kinds = "refusal,payout", .refusal = "outside_term"});
    addRow("admitted after the term", {.claim = on(QDate(2025, 1, 1)),
                                       .today = QDate(2025, 2, 1),
                                       .kinds = "refusal,payout",
                                       .refusal = "outside_term"});
    addRow("admitted on the last day, discharged after the term", {.claim = on(QDate(2024, 12, 31)),
                                                                   .today = QDate(2025, 2, 1),
                                                                   .payoutFen = 200'000,
                                                                   .kinds = "share,band,payout"});
}

void TestPayoutEligibility::deadline_data()
{
    addColumns();
    // Discharged 2024-05-20; 90 days later is 2024-08-18 (11 + 30 + 31 + 18).
    const MaPlan days = plain([](MaPlan &p) { p.deadlineDays = 90; });
    const MaPlan date = plain([](MaPlan &p) { p.deadlineDate = QDate(2025, 3, 31); });
    const ClaimFacts claim = stay({yuan(4'000)});
    const QDate late(2025, 9, 1);
    addRow("days: handed in on the last day", {.plan = days,
                                               .claim = handedIn(claim, QDate(2024, 8, 18)),
                                               .today = late,
                                               .payoutFen = 200'000,
                                               .kinds = "share,band,payout"});
    addRow("days: handed in the day after", {.plan = days,
                                             .claim = handedIn(claim, QDate(2024, 8, 19)),
                                             .kinds = "refusal,payout",
                                             .refusal = "deadline_passed"});
    addRow("days: quote on the last day", {.plan = days,
                                           .claim = claim,
                                           .today = QDate(2024, 8, 18),
                                           .payoutFen = 200'000,
                                           .kinds = "share,band,payout"});
    addRow("days: quote the day after", {.plan = days,
                                         .claim = claim,
                                         .today = QDate(2024, 8, 19),
                                         .kinds = "refusal,payout",
                                         .refusal = "deadline_passed"});
    addRow("days: 0 days, handed in on the discharge day",
           {.plan = plain([](MaPlan &p) { p.deadlineDays = 0; }),
            .claim = handedIn(claim, QDate(2024, 5, 20)),
            .payoutFen = 200'000,
            .kinds = "share,band,payout"});
    addRow("date: handed in on the date", {.plan = date,
                                           .claim = handedIn(claim, QDate(2025, 3, 31)),
                                           .today = late,
                                           .payoutFen = 200'000,
                                           .kinds = "share,band,payout"});
    addRow("date: handed in the day after", {.plan = date,
                                             .claim = handedIn(claim, QDate(2025, 4, 1)),
                                             .kinds = "refusal,payout",
                                             .refusal = "deadline_passed"});
    addRow("date: quote the day after", {.plan = date,
                                         .claim = claim,
                                         .today = QDate(2025, 4, 1),
                                         .kinds = "refusal,payout",
                                         .refusal = "deadline_passed"});
}

void TestPayoutEligibility::lumpSums_data()
{
    addColumns();
    const MaPlan listed = lumpSumPlan(); // C01 20,000, C02 15,000; 30,000 per term
    const QString c01 = QStringLiteral("C01");
    addRow("listed disease", {.plan = listed,
                              .claim = diagnosis(c01),
                              .payoutFen = 2'000'000,
                              .kinds = "lump_sum,payout"});
    // 15,000 with 20,000 paid earlier: 10,000 left in the term
    addRow("second disease, term cap", {.plan = listed,
                                        .claim = diagnosis(QStringLiteral("C02")),
                                        .earlier = {prior(fen(0), yuan(20'000), c01)},
                                        .payoutFen = 1'000'000,
                                        .kinds = "lump_sum,cap_member_term,payout"});
    addRow("no disease given", {.plan = listed,
                                .claim = diagnosis({}),
                                .kinds = "refusal,payout",
                                .refusal = "no_disease"});
    addRow("disease not listed", {.plan = listed,
                                  .claim = diagnosis(QStringLiteral("X99")),
                                  .kinds = "refusal,payout",
                                  .refusal = "disease_not_listed"});
    addRow("same disease paid earlier", {.plan = listed,
                                         .claim = diagnosis(c01),
                                         .earlier = {prior(fen(0), yuan(20'000), c01)},
                                         .kinds = "refusal,payout",
                                         .refusal = "disease_already_paid"});
    addRow("same disease earlier, nothing paid", {.plan = listed,
                                                  .claim = diagnosis(c01),
                                                  .earlier = {prior(fen(0), fen(0), c01)},
                                                  .payoutFen = 2'000'000,
                                                  .kinds = "lump_sum,payout"});
    ClaimFacts early = diagnosis(c01);
    early.admittedOn = early.dischargedOn = QDate(2024, 1, 10);
    addRow("in the waiting period", {.plan = lump([](MaPlan &p) { p.waitingDays = 30; }),
                                     .claim = early,
                                     .kinds = "refusal,payout",
                                     .refusal = "waiting_period"});
    addRow("cap per claim", {.plan = lump([](MaPlan &p) { p.capClaim = yuan(10'000); }),
                             .claim = diagnosis(c01),
                             .payoutFen = 1'000'000,
                             .kinds = "lump_sum,cap_claim,payout"});
    addRow("women's product with listed diseases",
           {.plan = lump([](MaPlan &p) { p.product = MaPlan::Product::Women; }),
            .claim = diagnosis(c01),
            .payoutFen = 2'000'000,
            .kinds = "lump_sum,payout"});
    addRow("women's product with bands",
           {.plan = plain([](MaPlan &p) { p.product = MaPlan::Product::Women; }),
            .claim = stay({yuan(4'000)}),
            .payoutFen = 200'000,
            .kinds = "share,band,payout"});
}

void TestPayoutEligibility::unusable_data()
{
    addColumns();
    addRow("plan without bands", {.plan = plain([](MaPlan &p) { p.bands.clear(); }),
                                  .claim = stay({yuan(4'000)}),
                                  .kinds = "refusal,payout",
                                  .refusal = "invalid_plan"});
    addRow("discharge before admission",
           {.claim = stay({yuan(4'000)}, QDate(2024, 5, 20), QDate(2024, 5, 10)),
            .kinds = "refusal,payout",
            .refusal = "invalid_claim"});
    addRow("no admission date", {.claim = stay({yuan(4'000)}, QDate()),
                                 .kinds = "refusal,payout",
                                 .refusal = "invalid_claim"});
    addRow("negative invoice share", {.claim = stay({yuan(4'000), fen(-1)}),
                                      .kinds = "refusal,payout",
                                      .refusal = "invalid_claim"});
}

void TestPayoutEligibility::refusalWords()
{
    MaPlan plan = plainPlan();
    plan.waitingDays = 30;
    plan.deadlineDays = 90;
    ClaimFacts claim = stay({yuan(4'000)}, QDate(2024, 1, 30), QDate(2024, 2, 3));
    claim.submittedOn = QDate(2024, 5, 10);
    const PayoutResult r = run(plan, claim);
    QCOMPARE(PayoutEngine::plainText(r),
             QStringLiteral("Admitted on 2024-01-30, within the waiting period of 30 day(s) from "
                            "2024-01-01 to 2024-01-30: not covered.\n"
                            "Handed in on 2024-05-10, after the claim deadline 2024-05-03 (90 "
                            "day(s) after the discharge on 2024-02-03): too late.\n"
                            "Payout: ¥0.00, the claim is refused"));
}

QTEST_GUILESS_MAIN(TestPayoutEligibility)
#include "tst_payouteligibility.moc"

// The published Yueyang city union plan (2014, ../shared/reference/README.md)
// through the payout engine, with every example worked by hand below.
//
// Bands on the personal share, marginal: 0–5,000 at 30% (at least ¥50 paid),
// 5,000–10,000 at 35%, 10,000–20,000 at 40%, 20,000–30,000 at 45%, above
// 30,000 at 50%; no deductible, no waiting period, each admission computed
// on its own; at most ¥50,000 per member and term. Full bands pay
// 1,500.00 + 1,750.00 + 4,000.00 + 4,500.00 = 11,750.00 up to 30,000.
#include "payouttestdata.h"

#include <QTest>

using namespace PayoutTestData;

class TestPayoutYueyang : public QObject
{
    Q_OBJECT

private slots:
    void planIsValid();
    void examples_data();
    void examples();
    void admissionsAreSeparate();
    void wordsOfAnExample();
    void withholdReadingDiffers();
};

namespace {

ClaimFacts stay2014(const QList<Money> &shares)
{
    return stay(shares, QDate(2014, 6, 3), QDate(2014, 6, 17));
}

PayoutResult run2014(const MaPlan &plan, const ClaimFacts &claim,
                     const QList<PriorPayout> &earlier = {})
{
    return PayoutEngine::compute(plan, claim, EnrolmentFacts{QDate(2013, 12, 20)}, earlier,
                                 QDate(2014, 7, 1));
}

} // namespace

void TestPayoutYueyang::planIsValid()
{
    const QList<Error> problems = yueyangPlan().problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
}

void TestPayoutYueyang::examples_data()
{
    QTest::addColumn<ClaimFacts>("claim");
    QTest::addColumn<QList<PriorPayout>>("earlier");
    QTest::addColumn<qint64>("payoutFen");
    QTest::addColumn<QString>("kinds");
    const QList<PriorPayout> none;

    // 3,000 × 30% = 900.00
    QTest::newRow("¥3,000") << stay2014({yuan(3'000)}) << none << qint64(90'000)
                            << QStringLiteral("share,band,payout");
    // 100 × 30% = 30.00, less than the ¥50 minimum: raised to 50.00
    QTest::newRow("¥100, raised to the minimum") << stay2014({yuan(100)}) << none << qint64(5'000)
                                                 << QStringLiteral("share,band,minimum,payout");
    // 40 × 30% = 12.00; the minimum would be more than the share: 40.00
    QTest::newRow("¥40, raised to the whole share") << stay2014({yuan(40)}) << none << qint64(4'000)
                                                    << QStringLiteral("share,band,minimum,payout");
    // 166.67 × 30% = 50.001 → 50.00 rounded down: just the minimum, not raised
    QTest::newRow("¥166.67, just the minimum")
        << stay2014({fen(16'667)}) << none << qint64(5'000) << QStringLiteral("share,band,payout");
    // 5,000 × 30% = 1,500.00, all of it in the first band
    QTest::newRow("¥5,000, on the first boundary")
        << stay2014({yuan(5'000)}) << none << qint64(150'000)
        << QStringLiteral("share,band,payout");
    // 8,000.00 + 4,000.00 + 345.60 = 12,345.60;
    // 1,500.00 + 5,000 × 35% = 1,750.00 + 2,345.60 × 40% = 938.24 → 4,188.24
    QTest::newRow("three invoices, ¥12,345.60")
        << stay2014({yuan(8'000), yuan(4'000), fen(34'560)}) << none << qint64(418'824)
        << QStringLiteral("share,band,band,band,band_sum,payout");
    // 1,500.00 + 2,777.77 × 35% = 972.2195 → 972.21 (rounded down) → 2,472.21
    QTest::newRow("¥7,777.77, rounded down") << stay2014({fen(777'777)}) << none << qint64(247'221)
                                             << QStringLiteral("share,band,band,band_sum,payout");
    // 11,750.00 + 6,000 × 50% = 3,000.00 → 14,750.00
    QTest::newRow("¥36,000, all five bands")
        << stay2014({yuan(36'000)}) << none << qint64(1'475'000)
        << QStringLiteral("share,band,band,band,band,band,band_sum,payout");
    // 11,750.00 + 93,456.78 × 50% = 46,728.39 → 58,478.39; cap 50,000.00
    QTest::newRow("¥123,456.78, term cap")
        << stay2014({fen(12'345'678)}) << none << qint64(5'000'000)
        << QStringLiteral("share,band,band,band,band,band,band_sum,cap_member_term,payout");
    // 1,500 + 1,750 + 4,000 = 7,250.00; 45,000 paid earlier leaves 5,000.00
    QTest::newRow("¥20,000 with ¥45,000 paid earlier")
        << stay2014({yuan(20'000)})
        << QList<PriorPayout>{prior(yuan(60'000), yuan(25'000)), prior(yuan(40'000), yuan(20'000))}
        << qint64(500'000)
        << QStringLiteral("share,band,band,band,band_sum,cap_member_term,payout");
    // 7,250.00 with 40,000 paid earlier: 10,000 left, not reached
    QTest::newRow("¥20,000 with ¥40,000 paid earlier")
        << stay2014({yuan(20'000)}) << QList<PriorPayout>{prior(yuan(80'000), yuan(40'000))}
        << qint64(725'000) << QStringLiteral("share,band,band,band,band_sum,payout");
}

void TestPayoutYueyang::examples()
{
    QFETCH(ClaimFacts, claim);
    QFETCH(QList<PriorPayout>, earlier);
    QFETCH(qint64, payoutFen);
    QFETCH(QString, kinds);
    const PayoutResult r = run2014(yueyangPlan(), claim, earlier);
    QVERIFY(!r.refused);
    QCOMPARE(r.payout.fen(), payoutFen);
    QCOMPARE(PayoutTestData::kinds(r), kinds);
}

// Two stays of 8,000 each: 1,500 + 3,000 × 35% = 1,050 → 2,550 each, 5,100 in
// all. Had they been added up, 16,000 would pay 1,500 + 1,750 + 6,000 × 40% =
// 2,400 → 5,650: the plan computes every admission on its own.
void TestPayoutYueyang::admissionsAreSeparate()
{
    const MaPlan plan = yueyangPlan();
    const PayoutResult first = run2014(plan, stay2014({yuan(8'000)}));
    QCOMPARE(first.payout, yuan(2'550));
    const PayoutResult second =
        run2014(plan, stay2014({yuan(8'000)}), {prior(yuan(8'000), first.payout)});
    QCOMPARE(second.payout, yuan(2'550));
    QCOMPARE(run2014(plan, stay2014({yuan(16'000)})).payout, yuan(5'650));
}

void TestPayoutYueyang::wordsOfAnExample()
{
    const PayoutResult r =
        run2014(yueyangPlan(), stay2014({yuan(8'000), yuan(4'000), fen(34'560)}));
    QCOMPARE(PayoutEngine::plainText(r),
             QStringLiteral("Personal share of 3 invoice(s): ¥12,345.60\n"
                            "Band ¥0.00–¥5,000.00: ¥5,000.00 × 30% = ¥1,500.00\n"
                            "Band ¥5,000.00–¥10,000.00: ¥5,000.00 × 35% = ¥1,750.00\n"
                            "Band ¥10,000.00–¥20,000.00: ¥2,345.60 × 40% = ¥938.24\n"
                            "Sum of the bands: ¥1,500.00 + ¥1,750.00 + ¥938.24 = ¥4,188.24\n"
                            "Payout: ¥4,188.24"));

    const PayoutResult capped = run2014(yueyangPlan(), stay2014({fen(12'345'678)}));
    QCOMPARE(capped.trace.at(5).text,
             QStringLiteral("Band above ¥30,000.00: ¥93,456.78 × 50% = ¥46,728.39"));
    QCOMPARE(capped.trace.at(7).text,
             QStringLiteral("¥58,478.39 is more than the cap per member and term ¥50,000.00: "
                            "reduced to ¥50,000.00"));

    const PayoutResult small = run2014(yueyangPlan(), stay2014({yuan(100)}));
    QCOMPARE(small.trace.at(2).text,
             QStringLiteral("¥30.00 is less than the minimum payout ¥50.00: raised to ¥50.00"));
    const PayoutResult tiny = run2014(yueyangPlan(), stay2014({yuan(40)}));
    QCOMPARE(tiny.trace.at(2).text,
             QStringLiteral("¥12.00 is less than the minimum payout ¥50.00: raised to ¥40.00, all "
                            "of the share left after the deductibles"));
}

// Read as 不足50元不予支付 instead, the ¥100 stay would pay nothing: the
// reason the plan records which reading it means (min_payout_rule).
void TestPayoutYueyang::withholdReadingDiffers()
{
    MaPlan plan = yueyangPlan();
    plan.minPayoutRule = MaPlan::MinPayoutRule::Withhold;
    const PayoutResult r = run2014(plan, stay2014({yuan(100)}));
    QCOMPARE(r.payout, Money());
    QVERIFY(!r.refused);
    QCOMPARE(r.trace.at(2).text,
             QStringLiteral("¥30.00 is less than the minimum payout ¥50.00: nothing is paid"));
}

QTEST_GUILESS_MAIN(TestPayoutYueyang)
#include "tst_payoutyueyang.moc"

// PayoutQuotes: the facts a quote at the door assumes when they are not
// given — the stay today while covered, else on the first day of cover after
// any waiting period; payment the day before the term — each said in words,
// and nothing assumed that was given.
#include "payoutquote.h"
#include "payouttestdata.h"

#include <QTest>

using namespace PayoutTestData;

class TestPayoutQuote : public QObject
{
    Q_OBJECT

private slots:
    void assumedStay_data();
    void assumedStay();
    void onlyOneDate();
    void givenFactsAreNotAssumed();
    void earlierClaims();
};

void TestPayoutQuote::assumedStay_data()
{
    QTest::addColumn<int>("waitingDays");
    QTest::addColumn<QDate>("paidOn");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("stay");
    QTest::addColumn<QString>("words");
    const QDate notGiven;
    // plainPlan(): term 2024-01-01 to 2024-12-31.
    QTest::newRow("today is covered") << 0 << notGiven << QDate(2024, 6, 15) << QDate(2024, 6, 15)
                                      << QStringLiteral("admitted and discharged today");
    QTest::newRow("term over") << 0 << notGiven << QDate(2025, 3, 1) << QDate(2024, 1, 1)
                               << QStringLiteral("the first day of cover");
    QTest::newRow("term to come") << 0 << notGiven << QDate(2023, 11, 2) << QDate(2024, 1, 1)
                                  << QStringLiteral("the first day of cover");
    // 90 days from 1 January: 1 January to 30 March wait, covered from 31 March.
    QTest::newRow("in the waiting period")
        << 90 << notGiven << QDate(2024, 2, 1) << QDate(2024, 3, 31)
        << QStringLiteral("the first day of cover");
    QTest::newRow("after the waiting period")
        << 90 << notGiven << QDate(2024, 5, 1) << QDate(2024, 5, 1) << QStringLiteral("today");
    QTest::newRow("paid late, waiting from payment")
        << 30 << QDate(2024, 3, 10) << QDate(2024, 3, 20) << QDate(2024, 4, 9)
        << QStringLiteral("the first day of cover");
    QTest::newRow("waiting past the term")
        << 90 << QDate(2024, 11, 15) << QDate(2024, 11, 20) << QDate(2024, 1, 1)
        << QStringLiteral("the first day of the term");
}

void TestPayoutQuote::assumedStay()
{
    QFETCH(int, waitingDays);
    QFETCH(QDate, paidOn);
    QFETCH(QDate, today);
    QFETCH(QDate, stay);
    QFETCH(QString, words);
    MaPlan plan = plainPlan();
    plan.waitingDays = waitingDays;
    PayoutQuoteInput in;
    in.shares = {yuan(1'000)};
    in.paidOn = paidOn;
    const PayoutQuote q = PayoutQuotes::compute(plan, in, today);
    QCOMPARE(q.claim.admittedOn, stay);
    QCOMPARE(q.claim.dischargedOn, stay);
    QCOMPARE(q.enrolment.paidOn, paidOn.isValid() ? paidOn : QDate(2023, 12, 31));
    const QString said = q.assumptions.join(QLatin1Char('\n'));
    QVERIFY2(said.contains(words), qPrintable(said));
    QCOMPARE(q.assumptions.size(), paidOn.isValid() ? 1 : 2);
    if (stay != plan.termStart || waitingDays == 0)
        QVERIFY2(!q.result.refused, qPrintable(PayoutEngine::plainText(q.result)));
}

void TestPayoutQuote::onlyOneDate()
{
    PayoutQuoteInput in;
    in.shares = {yuan(1'000)};
    in.dischargedOn = QDate(2024, 7, 9);
    const PayoutQuote q = PayoutQuotes::compute(plainPlan(), in, QDate(2026, 1, 1));
    QCOMPARE(q.claim.admittedOn, QDate(2024, 7, 9));
    QVERIFY(q.assumptions.contains(
        QStringLiteral("No admission date given: admitted on the day of discharge, 2024-07-09.")));
}

void TestPayoutQuote::givenFactsAreNotAssumed()
{
    MaPlan plan = plainPlan();
    plan.deadlineDays = 60;
    PayoutQuoteInput in;
    in.shares = {yuan(1'000), yuan(500)};
    in.admittedOn = QDate(2024, 3, 1);
    in.dischargedOn = QDate(2024, 3, 5);
    in.paidOn = QDate(2023, 12, 1);
    PayoutQuote q = PayoutQuotes::compute(plan, in, QDate(2024, 3, 20));
    QVERIFY2(q.assumptions == QStringList{QStringLiteral("No hand-in date given: handed in today, "
                                                         "2024-03-20.")},
             qPrintable(q.assumptions.join(QLatin1Char('|'))));
    QCOMPARE(q.result.payout, yuan(750));
    // Handed in after the deadline: refused, as the engine refuses it.
    in.submittedOn = QDate(2024, 5, 10);
    q = PayoutQuotes::compute(plan, in, QDate(2024, 3, 20));
    QVERIFY(q.assumptions.isEmpty());
    QCOMPARE(q.result.refusalCode, QString(PayoutRefusal::DeadlinePassed));
    QCOMPARE(PayoutQuotes::toJson(plan, q).value(QStringLiteral("refusal")).toString(),
             QStringLiteral("deadline_passed"));
}

// Earlier claims are one summary claim: their payouts count towards the cap,
// their share towards the deductible per term (said when not given).
void TestPayoutQuote::earlierClaims()
{
    MaPlan plan = plainPlan();
    plan.deductibleTerm = yuan(1'000);
    plan.capMemberTerm = yuan(10'000);
    PayoutQuoteInput in;
    in.shares = {yuan(4'000)};
    in.admittedOn = QDate(2024, 8, 1);
    in.paidOn = QDate(2023, 12, 1);
    in.paidThisTerm = yuan(8'000);
    PayoutQuote q = PayoutQuotes::compute(plan, in, QDate(2024, 9, 1));
    // 4,000 − 1,000 deductible = 3,000 × 50% = 1,500; 2,000 left under the cap.
    QCOMPARE(q.result.payout, yuan(1'500));
    QVERIFY(q.assumptions.last().contains(
        QStringLiteral("deductible per term counts as not yet used")));
    QCOMPARE(q.earlier.size(), 1);

    in.shareThisTerm = yuan(600);
    q = PayoutQuotes::compute(plan, in, QDate(2024, 9, 1));
    // 400 of the deductible left: 3,600 × 50% = 1,800.
    QCOMPARE(q.result.payout, yuan(1'800));
    QVERIFY(!q.assumptions.join(QString()).contains(QStringLiteral("deductible")));

    in.paidThisTerm = yuan(9'000);
    q = PayoutQuotes::compute(plan, in, QDate(2024, 9, 1));
    QCOMPARE(q.result.payout, yuan(1'000)); // the cap's 1,000 left
    const QJsonObject json = PayoutQuotes::toJson(plan, q);
    const QJsonObject facts = json.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("paid_this_term_fen")).toInteger(), 900'000);
    QCOMPARE(facts.value(QStringLiteral("share_this_term_fen")).toInteger(), 60'000);
}

QTEST_GUILESS_MAIN(TestPayoutQuote)
#include "tst_payoutquote.moc"

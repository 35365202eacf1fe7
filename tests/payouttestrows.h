// Data-driven payout tests: one table layout for every rule (plan, claim,
// earlier payouts, payment day, today → payout, refusal and the kinds of the
// trace's steps), rows written with designated initializers.
#pragma once

#include "payouttestdata.h"

#include <QTest>

namespace PayoutTestData {

struct Row
{
    MaPlan plan = plainPlan();
    ClaimFacts claim = {};
    QList<PriorPayout> earlier = {};
    QDate paidOn = PaidOn;
    QDate today = Today;
    qint64 payoutFen = 0;
    const char *kinds = "";
    const char *refusal = "";
};

inline void addColumns()
{
    QTest::addColumn<MaPlan>("plan");
    QTest::addColumn<ClaimFacts>("claim");
    QTest::addColumn<QList<PriorPayout>>("earlier");
    QTest::addColumn<QDate>("paidOn");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<qint64>("payoutFen");
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<QString>("refusal");
}

inline void addRow(const char *name, const Row &r)
{
    QTest::newRow(name) << r.plan << r.claim << r.earlier << r.paidOn << r.today << r.payoutFen
                        << QString::fromLatin1(r.kinds) << QString::fromLatin1(r.refusal);
}

/// Computes the current row of a table made with addColumns() and checks it.
inline void checkRow()
{
    QFETCH(MaPlan, plan);
    QFETCH(ClaimFacts, claim);
    QFETCH(QList<PriorPayout>, earlier);
    QFETCH(QDate, paidOn);
    QFETCH(QDate, today);
    QFETCH(qint64, payoutFen);
    QFETCH(QString, kinds);
    QFETCH(QString, refusal);

    const PayoutResult r =
        PayoutEngine::compute(plan, claim, EnrolmentFacts{paidOn}, earlier, today);
    QCOMPARE(r.payout.fen(), payoutFen);
    QCOMPARE(r.refusalCode, refusal);
    QCOMPARE(r.refused, !refusal.isEmpty());
    QCOMPARE(PayoutTestData::kinds(r), kinds);
    // The last step states the payout, and the running amount ends there.
    QCOMPARE(r.trace.last().value, r.payout);
    QCOMPARE(r.trace.last().running, r.payout);
    // Same inputs, same words: nothing depends on the clock or on state.
    const PayoutResult again =
        PayoutEngine::compute(plan, claim, EnrolmentFacts{paidOn}, earlier, today);
    QCOMPARE(PayoutEngine::plainText(again), PayoutEngine::plainText(r));
}

} // namespace PayoutTestData

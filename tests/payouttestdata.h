// Plans and claims shared by the payout engine tests: a plain plan that every
// rule is switched on in turn, a lump-sum plan, and the published Yueyang plan.
#pragma once

#include "maplan.h"
#include "payoutengine.h"

#include <QMetaType>

Q_DECLARE_METATYPE(MaPlan)
Q_DECLARE_METATYPE(ClaimFacts)
Q_DECLARE_METATYPE(PriorPayout)

namespace PayoutTestData {

inline Money yuan(qint64 y)
{
    return Money::fromYuan(y);
}

inline Money fen(qint64 f)
{
    return Money::fromFen(f);
}

inline MaBand band(qint64 lowerYuan, qint64 upperYuan, int permille)
{
    return {yuan(lowerYuan), upperYuan < 0 ? std::nullopt : std::optional(yuan(upperYuan)),
            permille};
}

/// Term 2024, paid before it starts, marginal bands ¥0–10,000 50%,
/// ¥10,000–20,000 60%, above 70%; no deductible, minimum, cap, waiting
/// period or deadline. Each test switches on what it is about.
inline MaPlan plainPlan()
{
    MaPlan p;
    p.id = QStringLiteral("plain");
    p.year = 2024;
    p.name = QStringLiteral("Plain 2024");
    p.contribution = yuan(50);
    p.termStart = QDate(2024, 1, 1);
    p.termEnd = QDate(2024, 12, 31);
    p.bands = {band(0, 10'000, 500), band(10'000, 20'000, 600), band(20'000, -1, 700)};
    return p;
}

/// Listed-disease product: two diseases, cap ¥30,000 per member and term.
inline MaPlan lumpSumPlan()
{
    MaPlan p = plainPlan();
    p.id = QStringLiteral("lump");
    p.name = QStringLiteral("Listed diseases 2024");
    p.product = MaPlan::Product::ListedDisease;
    p.bands.clear();
    p.listedDiseases = {{QStringLiteral("C01"), QStringLiteral("恶性肿瘤"), yuan(20'000)},
                        {QStringLiteral("C02"), QStringLiteral("急性心肌梗塞"), yuan(15'000)}};
    p.capMemberTerm = yuan(30'000);
    return p;
}

/// Yueyang city union plan (2014), as in ../shared/reference/README.md:
/// 50 yuan a year; no deductible, no waiting period, each admission computed
/// separately; cap ¥50,000 per term; marginal bands on the personal share
/// 0–5,000 30% (minimum payout ¥50), 5,000–10,000 35%, 10,000–20,000 40%,
/// 20,000–30,000 45%, above 30,000 50%. Term and dates are the calendar year;
/// the plan publishes no deadline, so none is set.
inline MaPlan yueyangPlan()
{
    MaPlan p;
    p.id = QStringLiteral("yueyang-2014");
    p.year = 2014;
    p.name = QStringLiteral("岳阳市职工医疗互助 2014");
    p.contribution = yuan(50);
    p.termStart = QDate(2014, 1, 1);
    p.termEnd = QDate(2014, 12, 31);
    p.bands = {band(0, 5'000, 300), band(5'000, 10'000, 350), band(10'000, 20'000, 400),
               band(20'000, 30'000, 450), band(30'000, -1, 500)};
    p.minPayout = yuan(50);
    p.minPayoutRule = MaPlan::MinPayoutRule::Raise;
    p.capMemberTerm = yuan(50'000);
    return p;
}

/// A stay in May 2024 with these invoice shares, not handed in yet.
inline ClaimFacts stay(const QList<Money> &shares, QDate admitted = QDate(2024, 5, 10),
                       QDate discharged = QDate(2024, 5, 20))
{
    ClaimFacts c;
    c.admittedOn = admitted;
    c.dischargedOn = discharged;
    c.invoiceShares = shares;
    return c;
}

inline ClaimFacts diagnosis(const QString &code)
{
    ClaimFacts c = stay({});
    c.diseaseCode = code;
    return c;
}

inline PriorPayout prior(Money share, Money payout, const QString &disease = {})
{
    return {share, payout, disease};
}

/// The plain plan with \a change applied.
template <typename Change> MaPlan plain(Change change)
{
    MaPlan p = plainPlan();
    change(p);
    return p;
}

/// The lump-sum plan with \a change applied.
template <typename Change> MaPlan lump(Change change)
{
    MaPlan p = lumpSumPlan();
    change(p);
    return p;
}

inline ClaimFacts handedIn(ClaimFacts c, QDate on)
{
    c.submittedOn = on;
    return c;
}

/// Paid before the term starts.
inline const QDate PaidOn(2023, 12, 15);
/// Within every deadline of the tests unless a row says otherwise.
inline const QDate Today(2024, 6, 1);

/// The claim under \a plan for a member who paid on PaidOn, quoted on Today.
inline PayoutResult run(const MaPlan &plan, const ClaimFacts &claim,
                        const QList<PriorPayout> &earlier = {})
{
    return PayoutEngine::compute(plan, claim, EnrolmentFacts{PaidOn}, earlier, Today);
}

/// The kinds of the trace's steps, comma-separated ("share,band,payout").
inline QString kinds(const PayoutResult &result)
{
    QStringList codes;
    for (const PayoutStep &step : result.trace)
        codes.append(PayoutEngine::kindCode(step.kind));
    return codes.join(QLatin1Char(','));
}

} // namespace PayoutTestData

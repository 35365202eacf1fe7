// PayoutEngine: what a mutual-aid claim pays, and why, in words a member at
// the door can follow. payout = f(plan, claim, enrolment, earlier payouts in
// the term, today): pure and deterministic — no database, no clock, no
// settings — so the claim form, the printed statement and `bangfu-cli claim
// quote` all give the same answer. The rules, their order and the rounding are
// documented in payoutengine.cpp.
#pragma once

#include "maplan.h"
#include "money.h"

#include <optional>
#include <QDate>
#include <QList>
#include <QString>

/// The facts of one claim that the payout depends on. For lump-sum products
/// the admission is the day the disease was diagnosed or the stay began.
struct ClaimFacts
{
    QDate admittedOn;
    QDate dischargedOn;
    /// The day the claim was handed in; invalid while it is not (a quote at
    /// the door), and then today counts as the day of submission.
    QDate submittedOn;
    QString diseaseCode;        ///< a listed-disease code; may be empty
    QList<Money> invoiceShares; ///< each invoice's personal share (ma_invoices.personal_fen)
};

/// The member's enrolment in the plan year.
struct EnrolmentFacts
{
    QDate paidOn; ///< contribution paid (ma_enrolments.paid_on); invalid: not paid
};

/// An earlier claim of the same member in the same plan (product) and term
/// that was approved or paid, including one approved at ¥0 (its share still
/// used the term deductible). Claims refused or rejected are not passed: they
/// used neither the term deductible nor the term cap.
struct PriorPayout
{
    /// Its personal share summed over its invoices. The engine derives from it
    /// how much of the term deductible earlier claims used (rule 4 in
    /// payoutengine.cpp), so no such figure needs storing.
    Money personalShare;
    Money payout;        ///< what was (or will be) paid for it
    QString diseaseCode; ///< its listed disease, if any
};

/// One line of the explanation: translated words and the numbers behind them.
struct PayoutStep
{
    enum class Kind {
        Share,               ///< value: personal share summed over the invoices
        AdmissionDeductible, ///< value: deductible taken
        TermDeductible,      ///< value: deductible taken; previous: used by earlier claims
        Band,                ///< portion × ratio = value (marginal: each band; whole: the band)
        BandSum,             ///< value: sum of the band products (marginal, several bands)
        LumpSum,             ///< value: the listed disease's lump sum
        Minimum,             ///< limit: the minimum; value: the amount after the rule
        ClaimCap,            ///< limit: cap per claim; value: the amount after it
        TermCap,             ///< limit: cap; previous: paid earlier; value: amount after it
        Refusal,             ///< why nothing is paid (one step per reason)
        Payout,              ///< value: the payout
    };

    Kind kind = Kind::Payout;
    QString text;  ///< translated sentence
    Money value;   ///< the figure the step yields (see Kind)
    Money running; ///< the amount carried forward after the step
    // Band steps only:
    Money portion;
    int ratioPermille = -1;
    Money lower;
    std::optional<Money> upper;
    // Deductible and cap steps:
    Money limit;    ///< the plan's deductible, minimum or cap
    Money previous; ///< used or paid by earlier claims in the term
};

struct PayoutResult
{
    Money payout;
    bool refused = false;
    QString refusalCode; ///< the first reason (see PayoutRefusal); empty unless refused
    QList<PayoutStep> trace;
    Money eligibleShare;  ///< the personal share summed over the invoices
    Money termDeductible; ///< the part of the term deductible this claim used
};

/// Stable codes of the reasons for a refusal, for storage and --json.
namespace PayoutRefusal {
inline constexpr QLatin1String InvalidPlan("invalid_plan");
inline constexpr QLatin1String InvalidClaim("invalid_claim");
inline constexpr QLatin1String NotPaid("not_paid");
inline constexpr QLatin1String OutsideTerm("outside_term");
inline constexpr QLatin1String BeforePayment("before_payment");
inline constexpr QLatin1String WaitingPeriod("waiting_period");
inline constexpr QLatin1String DeadlinePassed("deadline_passed");
inline constexpr QLatin1String NoDisease("no_disease");
inline constexpr QLatin1String DiseaseNotListed("disease_not_listed");
inline constexpr QLatin1String DiseaseAlreadyPaid("disease_already_paid");
} // namespace PayoutRefusal

namespace PayoutEngine {

/// The payout for \a claim under \a plan. \a earlierPaidInTerm are the
/// member's earlier approved or paid claims in the plan's term; \a today is
/// the submission day when the claim has none. A plan that does not validate
/// refuses every claim (code invalid_plan) rather than guessing.
PayoutResult compute(const MaPlan &plan, const ClaimFacts &claim, const EnrolmentFacts &enrolment,
                     const QList<PriorPayout> &earlierPaidInTerm, const QDate &today);

/// The trace as plain text, one step a line, for ma_claims.explanation.
QString plainText(const PayoutResult &result);

/// "share", "deductible_admission" ...: stable codes of the step kinds for --json.
QString kindCode(PayoutStep::Kind kind);

/// "30%", "32.5%" for a ratio in permille.
QString percent(int permille);

} // namespace PayoutEngine

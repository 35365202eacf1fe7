// PayoutEngine: the rules of a mutual-aid payout, in the order they apply.
//
// 1. Refusals. A plan that does not validate, or a claim without consistent
//    dates and shares, refuses at once. Otherwise every reason that applies is
//    written to the trace (refusalCode is the first):
//    - not_paid: the enrolment has no payment date.
//    - outside_term: admitted before the term's first or after its last day.
//      (A stay that starts in the term and ends after it is covered.)
//    - before_payment: admitted before the contribution was paid.
//    - waiting_period: cover starts on the later of the payment date and the
//      term start; with a waiting period of N days, admissions on that day and
//      the N − 1 days after it are refused, the first covered day is start + N
//      (paid 1 March, 30 days: 1–30 March wait, covered from 31 March).
//    - deadline_passed: handed in after discharge + N days (the last day still
//      counts), or after the fixed deadline date. A claim not yet handed in (a
//      quote at the door) counts as handed in today.
//    - no_disease, disease_not_listed, disease_already_paid (lump-sum products
//      only): a listed disease's lump sum is paid once per member and term.
// 2. Lump-sum products pay the listed disease's lump sum; steps 3–6 do not apply.
// 3. Eligible share: the invoices' personal shares, added up.
// 4. Deductible per admission (起付线) comes off the share first; the deductible
//    per term comes off what is left, as far as earlier claims in the term have
//    not used it. Earlier claims used, in total, the lesser of the term
//    deductible and the sum over them of (their share − deductible per
//    admission, at least 0): the same order applied to each earlier claim.
//    This is derived from the shares of the earlier approved claims, so it
//    needs no stored figure, and a claim refused or rejected uses none of it.
// 5. Bands on what is left after the deductibles. Marginal: each band's part
//    at its own ratio, like income tax. Whole: the band the amount falls in
//    applies to all of it; a band runs up to and including its upper bound
//    (5,000元以下（含5,000元）), so ¥5,000.00 falls in ¥0–¥5,000. Each band
//    product is rounded down to the fen (integer fen × permille ÷ 1000), so the
//    trace adds up exactly and the fund never pays a fraction more.
// 6. Minimum payout, when the bands give something but less than it: Raise pays
//    the minimum, never more than the share left after the deductibles;
//    Withhold pays nothing. A band result of 0 (nothing left, or a 0% band) is
//    not raised.
// 7. Cap per claim, then cap per member and term less what earlier claims in
//    the term were paid (never below 0).
#include "payoutengine.h"

#include "payoutchecks.h"
#include "payouttrace.h"

#include <algorithm>

namespace {

class Run
{
public:
    explicit Run(PayoutResult &result) : m_result(result) {}

    void add(PayoutStep step, Money running)
    {
        step.running = running;
        m_result.trace.append(std::move(step));
    }

    void refuse(const QString &code, PayoutStep step)
    {
        if (!m_result.refused) {
            m_result.refused = true;
            m_result.refusalCode = code;
        }
        add(std::move(step), Money());
    }

    /// Writes the refusals; true if there were any.
    bool refuse(const QList<PayoutRefusalStep> &refusals)
    {
        for (const PayoutRefusalStep &r : refusals)
            refuse(r.code, r.step);
        return !refusals.isEmpty();
    }

    void finish(Money payout)
    {
        m_result.payout = m_result.refused ? Money() : payout;
        add(PayoutTrace::payout(m_result.payout, m_result.refused), m_result.payout);
    }

private:
    PayoutResult &m_result;
};

Money afterDeductibles(const MaPlan &plan, Money share, const QList<PriorPayout> &earlier, Run &run,
                       PayoutResult &result)
{
    Money amount = share;
    const Money perAdmission = plan.deductibleAdmission.value_or(Money());
    if (perAdmission.fen() > 0) {
        const Money taken = std::min(perAdmission, amount);
        run.add(PayoutTrace::admissionDeductible(perAdmission, amount, taken), amount - taken);
        amount -= taken;
    }
    const Money perTerm = plan.deductibleTerm.value_or(Money());
    if (perTerm.fen() > 0) {
        // Clamped at every step: the earlier figures come from the caller.
        qint64 used = 0;
        for (const PriorPayout &p : earlier) {
            const qint64 part =
                std::clamp<qint64>(p.personalShare.fen() - perAdmission.fen(), 0, perTerm.fen());
            used = std::min(used + part, perTerm.fen());
        }
        const Money usedEarlier = Money::fromFen(used);
        const Money taken = std::min(perTerm - usedEarlier, amount);
        run.add(PayoutTrace::termDeductible(perTerm, usedEarlier, amount, taken), amount - taken);
        amount -= taken;
        result.termDeductible = taken;
    }
    return amount;
}

// Each band's product is rounded down to the fen (see the top of the file).
Money bandProduct(Money portion, int permille)
{
    return Money::fromFen(portion.fen() * permille / 1000);
}

Money banded(const MaPlan &plan, Money amount, Run &run)
{
    if (plan.bandMode == MaPlan::BandMode::Whole) {
        // Bands are contiguous from 0 and the last is open (validated), so the
        // first band reaching the amount holds it: lower < amount <= upper.
        for (const MaBand &band : plan.bands) {
            if (!band.upper || amount <= *band.upper) {
                const Money product = bandProduct(amount, band.ratioPermille);
                run.add(PayoutTrace::wholeBand(band, amount, product), product);
                return product;
            }
        }
        return Money();
    }
    QList<Money> parts;
    Money sum;
    for (const MaBand &band : plan.bands) {
        Money portion = amount - band.lower;
        if (band.upper)
            portion = std::min(portion, *band.upper - band.lower);
        if (portion.fen() <= 0)
            break;
        const Money product = bandProduct(portion, band.ratioPermille);
        parts.append(product);
        sum += product;
        run.add(PayoutTrace::band(band, portion, product), sum);
    }
    if (parts.size() > 1)
        run.add(PayoutTrace::bandSum(parts, sum), sum);
    return sum;
}

Money applyMinimum(const MaPlan &plan, Money bandResult, Money amount, Run &run)
{
    if (!plan.minPayout || bandResult.fen() <= 0 || bandResult >= *plan.minPayout)
        return bandResult;
    const Money after = plan.minPayoutRule == MaPlan::MinPayoutRule::Raise
                            ? std::min(*plan.minPayout, amount)
                            : Money();
    run.add(PayoutTrace::minimum(plan.minPayoutRule, *plan.minPayout, bandResult, after), after);
    return after;
}

Money applyCaps(const MaPlan &plan, Money payout, const QList<PriorPayout> &earlier, Run &run)
{
    if (plan.capClaim && payout > *plan.capClaim) {
        run.add(PayoutTrace::claimCap(*plan.capClaim, payout), *plan.capClaim);
        payout = *plan.capClaim;
    }
    if (plan.capMemberTerm) {
        // Saturating: the earlier figures come from the caller.
        qint64 paid = 0;
        for (const PriorPayout &p : earlier)
            paid = std::min(paid + std::clamp<qint64>(p.payout.fen(), 0, MaPlan::MaxFen),
                            MaPlan::MaxFen);
        const Money paidEarlier = Money::fromFen(paid);
        const Money room = std::max(Money(), *plan.capMemberTerm - paidEarlier);
        if (payout > room) {
            run.add(PayoutTrace::termCap(*plan.capMemberTerm, paidEarlier, payout, room), room);
            payout = room;
        }
    }
    return payout;
}

} // namespace

namespace PayoutEngine {

PayoutResult compute(const MaPlan &plan, const ClaimFacts &claim, const EnrolmentFacts &enrolment,
                     const QList<PriorPayout> &earlierPaidInTerm, const QDate &today)
{
    PayoutResult result;
    Run run(result);
    if (const QList<Error> problems = plan.problems(); !problems.isEmpty()) {
        run.refuse(QString(PayoutRefusal::InvalidPlan), PayoutTrace::invalidPlan(problems.first()));
        run.finish(Money());
        return result;
    }
    QList<PayoutRefusalStep> refusals;
    Money share;
    if (!PayoutChecks::claimFacts(claim, share, refusals)) {
        run.refuse(refusals);
        run.finish(Money());
        return result;
    }
    result.eligibleShare = share;
    PayoutChecks::cover(plan, claim, enrolment, refusals);
    PayoutChecks::deadline(plan, claim, today, refusals);
    const MaListedDisease *disease =
        plan.paysLumpSums() ? PayoutChecks::disease(plan, claim, earlierPaidInTerm, refusals)
                            : nullptr;
    if (run.refuse(refusals)) {
        run.finish(Money());
        return result;
    }

    Money payout;
    if (disease) {
        payout = disease->lumpSum;
        run.add(PayoutTrace::lumpSum(*disease), payout);
    } else {
        run.add(PayoutTrace::share(share, claim.invoiceShares.size()), share);
        const Money amount = afterDeductibles(plan, share, earlierPaidInTerm, run, result);
        payout = applyMinimum(plan, banded(plan, amount, run), amount, run);
    }
    run.finish(applyCaps(plan, payout, earlierPaidInTerm, run));
    return result;
}

QString plainText(const PayoutResult &result)
{
    QStringList lines;
    for (const PayoutStep &step : result.trace)
        lines.append(step.text);
    return lines.join(QLatin1Char('\n'));
}

QString kindCode(PayoutStep::Kind kind)
{
    using K = PayoutStep::Kind;
    switch (kind) {
    case K::Share:
        return QStringLiteral("share");
    case K::AdmissionDeductible:
        return QStringLiteral("deductible_admission");
    case K::TermDeductible:
        return QStringLiteral("deductible_term");
    case K::Band:
        return QStringLiteral("band");
    case K::BandSum:
        return QStringLiteral("band_sum");
    case K::LumpSum:
        return QStringLiteral("lump_sum");
    case K::Minimum:
        return QStringLiteral("minimum");
    case K::ClaimCap:
        return QStringLiteral("cap_claim");
    case K::TermCap:
        return QStringLiteral("cap_member_term");
    case K::Refusal:
        return QStringLiteral("refusal");
    case K::Payout:
        return QStringLiteral("payout");
    }
    return {};
}

QString percent(int permille)
{
    const QString whole = QString::number(permille / 10);
    if (permille % 10 == 0)
        return whole + QLatin1Char('%');
    return whole + QLatin1Char('.') + QString::number(std::abs(permille % 10)) + QLatin1Char('%');
}

} // namespace PayoutEngine

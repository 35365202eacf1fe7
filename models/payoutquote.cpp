#include "payoutquote.h"

#include <QJsonArray>

#include <algorithm>

namespace {

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonValue dayOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(day(date)) : QJsonValue();
}

} // namespace

QDate PayoutQuotes::assumedPaidOn(const MaPlan &plan)
{
    return plan.termStart.addDays(-1);
}

QDate PayoutQuotes::firstCoveredDay(const MaPlan &plan, const QDate &paidOn)
{
    const QDate start = paidOn.isValid() ? std::max(paidOn, plan.termStart) : plan.termStart;
    return start.addDays(std::max(0, plan.waitingDays.value_or(0)));
}

QDate PayoutQuotes::assumedStay(const MaPlan &plan, const QDate &paidOn, const QDate &today)
{
    const QDate first = firstCoveredDay(plan, paidOn);
    if (today >= first && today <= plan.termEnd)
        return today;
    return first <= plan.termEnd ? first : plan.termStart;
}

PayoutQuote PayoutQuotes::compute(const MaPlan &plan, const PayoutQuoteInput &input,
                                  const QDate &today)
{
    PayoutQuote q;
    q.today = today;
    q.enrolment.paidOn = input.paidOn;
    if (!input.paidOn.isValid()) {
        q.enrolment.paidOn = assumedPaidOn(plan);
        q.assumptions.append(tr("No payment date given: the contribution is taken as paid on "
                                "%1, the day before the term starts.")
                                 .arg(day(q.enrolment.paidOn)));
    }

    q.claim.admittedOn = input.admittedOn;
    q.claim.dischargedOn = input.dischargedOn;
    if (!input.admittedOn.isValid() && !input.dischargedOn.isValid()) {
        const QDate stay = assumedStay(plan, q.enrolment.paidOn, today);
        q.claim.admittedOn = q.claim.dischargedOn = stay;
        if (stay == today)
            q.assumptions.append(
                tr("No dates given: admitted and discharged today, %1.").arg(day(stay)));
        else if (stay == firstCoveredDay(plan, q.enrolment.paidOn))
            q.assumptions.append(
                tr("No dates given: admitted and discharged on %1, the first day of cover.")
                    .arg(day(stay)));
        else
            q.assumptions.append(
                tr("No dates given: admitted and discharged on %1, the first day of the term.")
                    .arg(day(stay)));
    } else if (!input.dischargedOn.isValid()) {
        q.claim.dischargedOn = input.admittedOn;
        q.assumptions.append(tr("No discharge date given: discharged on the day of admission, %1.")
                                 .arg(day(input.admittedOn)));
    } else if (!input.admittedOn.isValid()) {
        q.claim.admittedOn = input.dischargedOn;
        q.assumptions.append(tr("No admission date given: admitted on the day of discharge, %1.")
                                 .arg(day(input.dischargedOn)));
    }

    // A claim not handed in counts as handed in today (the engine's rule);
    // it matters only for a deadline, so only then is it said.
    q.claim.submittedOn = input.submittedOn;
    if (!input.submittedOn.isValid() && (plan.deadlineDays || plan.deadlineDate.isValid()))
        q.assumptions.append(tr("No hand-in date given: handed in today, %1.").arg(day(today)));
    q.claim.diseaseCode = input.diseaseCode;
    q.claim.invoiceShares = input.shares;

    const Money earlierShare = input.shareThisTerm.value_or(Money());
    if (input.paidThisTerm.fen() != 0 || earlierShare.fen() != 0)
        q.earlier.append(PriorPayout{earlierShare, input.paidThisTerm, {}});
    if (input.paidThisTerm.fen() != 0 && !input.shareThisTerm &&
        plan.deductibleTerm.value_or(Money()).fen() > 0)
        q.assumptions.append(tr("No personal share of the earlier claims given: the deductible "
                                "per term counts as not yet used."));

    q.result = PayoutEngine::compute(plan, q.claim, q.enrolment, q.earlier, today);
    return q;
}

QJsonObject PayoutQuotes::stepJson(const PayoutStep &step)
{
    using Kind = PayoutStep::Kind;
    QJsonObject o{{QStringLiteral("kind"), PayoutEngine::kindCode(step.kind)},
                  {QStringLiteral("text"), step.text},
                  {QStringLiteral("value_fen"), step.value.fen()},
                  {QStringLiteral("running_fen"), step.running.fen()}};
    switch (step.kind) {
    case Kind::Band:
        o.insert(QStringLiteral("portion_fen"), step.portion.fen());
        o.insert(QStringLiteral("ratio_permille"), step.ratioPermille);
        o.insert(QStringLiteral("lower_fen"), step.lower.fen());
        o.insert(QStringLiteral("upper_fen"),
                 step.upper ? QJsonValue(step.upper->fen()) : QJsonValue());
        break;
    case Kind::TermDeductible:
    case Kind::TermCap:
        o.insert(QStringLiteral("previous_fen"), step.previous.fen());
        [[fallthrough]];
    case Kind::AdmissionDeductible:
    case Kind::Minimum:
    case Kind::ClaimCap:
        o.insert(QStringLiteral("limit_fen"), step.limit.fen());
        break;
    case Kind::Share:
    case Kind::BandSum:
    case Kind::LumpSum:
    case Kind::Refusal:
    case Kind::Payout:
        break;
    }
    return o;
}

QJsonObject PayoutQuotes::toJson(const MaPlan &plan, const PayoutQuote &quote)
{
    const PayoutResult &r = quote.result;
    QJsonArray shares;
    for (const Money &share : quote.claim.invoiceShares)
        shares.append(share.fen());
    const PriorPayout earlier = quote.earlier.value(0);
    const QJsonObject facts{
        {QStringLiteral("shares_fen"), shares},
        {QStringLiteral("admitted_on"), dayOrNull(quote.claim.admittedOn)},
        {QStringLiteral("discharged_on"), dayOrNull(quote.claim.dischargedOn)},
        {QStringLiteral("paid_on"), dayOrNull(quote.enrolment.paidOn)},
        {QStringLiteral("submitted_on"),
         dayOrNull(quote.claim.submittedOn.isValid() ? quote.claim.submittedOn : quote.today)},
        {QStringLiteral("paid_this_term_fen"), earlier.payout.fen()},
        {QStringLiteral("share_this_term_fen"), earlier.personalShare.fen()},
        {QStringLiteral("disease"),
         quote.claim.diseaseCode.isEmpty() ? QJsonValue() : QJsonValue(quote.claim.diseaseCode)}};
    const QJsonObject planJson{{QStringLiteral("id"), plan.id},
                               {QStringLiteral("year"), plan.year},
                               {QStringLiteral("name"), plan.name},
                               {QStringLiteral("product"), MaPlan::productCode(plan.product)}};
    QJsonArray steps;
    for (const PayoutStep &step : r.trace)
        steps.append(stepJson(step));
    return {{QStringLiteral("payout_fen"), r.payout.fen()},
            {QStringLiteral("payout_capitals"), r.payout.toCapitals()},
            {QStringLiteral("refused"), r.refused},
            {QStringLiteral("refusal"), r.refused ? QJsonValue(r.refusalCode) : QJsonValue()},
            {QStringLiteral("plan"), planJson},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("assumptions"), QJsonArray::fromStringList(quote.assumptions)},
            {QStringLiteral("steps"), steps}};
}

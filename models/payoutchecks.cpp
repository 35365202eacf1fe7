// PayoutChecks: refusals, in the order they are written to the trace.
#include "payoutchecks.h"

#include "payouttrace.h"

#include <algorithm>

namespace {

void refuse(QList<PayoutRefusalStep> &refusals, QLatin1String code, PayoutStep step)
{
    refusals.append({QString(code), std::move(step)});
}

} // namespace

namespace PayoutChecks {

bool claimFacts(const ClaimFacts &claim, Money &share, QList<PayoutRefusalStep> &refusals)
{
    if (!claim.admittedOn.isValid() || !claim.dischargedOn.isValid()) {
        refuse(refusals, PayoutRefusal::InvalidClaim, PayoutTrace::missingDates());
        return false;
    }
    if (claim.dischargedOn < claim.admittedOn) {
        refuse(refusals, PayoutRefusal::InvalidClaim,
               PayoutTrace::dischargeBeforeAdmission(claim.admittedOn, claim.dischargedOn));
        return false;
    }
    qint64 sum = 0;
    for (qsizetype i = 0; i < claim.invoiceShares.size(); ++i) {
        const qint64 fen = claim.invoiceShares.at(i).fen();
        if (fen < 0 || fen > MaPlan::MaxFen - sum) {
            refuse(refusals, PayoutRefusal::InvalidClaim, PayoutTrace::badInvoiceShare(i + 1));
            return false;
        }
        sum += fen;
    }
    share = Money::fromFen(sum);
    return true;
}

void cover(const MaPlan &plan, const ClaimFacts &claim, const EnrolmentFacts &enrolment,
           QList<PayoutRefusalStep> &refusals)
{
    const QDate admitted = claim.admittedOn;
    if (!enrolment.paidOn.isValid())
        refuse(refusals, PayoutRefusal::NotPaid, PayoutTrace::notPaid());
    if (admitted < plan.termStart || admitted > plan.termEnd)
        refuse(refusals, PayoutRefusal::OutsideTerm,
               PayoutTrace::outsideTerm(admitted, plan.termStart, plan.termEnd));
    if (!enrolment.paidOn.isValid())
        return;
    if (admitted < enrolment.paidOn) {
        // The waiting period would say the same again.
        refuse(refusals, PayoutRefusal::BeforePayment,
               PayoutTrace::beforePayment(admitted, enrolment.paidOn));
        return;
    }
    const int waiting = plan.waitingDays.value_or(0);
    if (waiting <= 0)
        return;
    const QDate start = std::max(enrolment.paidOn, plan.termStart);
    const QDate firstCovered = start.addDays(waiting);
    if (admitted >= start && admitted < firstCovered)
        refuse(refusals, PayoutRefusal::WaitingPeriod,
               PayoutTrace::waitingPeriod(admitted, waiting, start, firstCovered.addDays(-1)));
}

void deadline(const MaPlan &plan, const ClaimFacts &claim, const QDate &today,
              QList<PayoutRefusalStep> &refusals)
{
    const QDate submitted = claim.submittedOn.isValid() ? claim.submittedOn : today;
    if (plan.deadlineDays) {
        const QDate last = claim.dischargedOn.addDays(*plan.deadlineDays);
        if (submitted > last)
            refuse(refusals, PayoutRefusal::DeadlinePassed,
                   PayoutTrace::deadlineDaysPassed(submitted, *plan.deadlineDays,
                                                   claim.dischargedOn, last));
    }
    if (plan.deadlineDate.isValid() && submitted > plan.deadlineDate)
        refuse(refusals, PayoutRefusal::DeadlinePassed,
               PayoutTrace::deadlineDatePassed(submitted, plan.deadlineDate));
}

const MaListedDisease *disease(const MaPlan &plan, const ClaimFacts &claim,
                               const QList<PriorPayout> &earlier,
                               QList<PayoutRefusalStep> &refusals)
{
    if (claim.diseaseCode.isEmpty()) {
        refuse(refusals, PayoutRefusal::NoDisease, PayoutTrace::noDisease());
        return nullptr;
    }
    const MaListedDisease *listed = plan.disease(claim.diseaseCode);
    if (!listed) {
        refuse(refusals, PayoutRefusal::DiseaseNotListed,
               PayoutTrace::diseaseNotListed(claim.diseaseCode));
        return nullptr;
    }
    for (const PriorPayout &p : earlier) {
        if (p.diseaseCode == listed->code && p.payout.fen() > 0) {
            refuse(refusals, PayoutRefusal::DiseaseAlreadyPaid,
                   PayoutTrace::diseaseAlreadyPaid(*listed));
            return nullptr;
        }
    }
    return listed;
}

} // namespace PayoutChecks

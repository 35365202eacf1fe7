// PayoutChecks: the reasons a mutual-aid claim is refused — unusable claim
// facts, no cover on the admission day, a missed deadline, a disease the plan
// does not list. Internal to PayoutEngine; the rules are documented at the
// top of payoutengine.cpp.
#pragma once

#include "maplan.h"
#include "payoutengine.h"

/// A reason to refuse: its PayoutRefusal code and the step that explains it.
struct PayoutRefusalStep
{
    QString code;
    PayoutStep step;
};

namespace PayoutChecks {

/// False (with a refusal) when the dates or invoice shares cannot be used;
/// otherwise \a share is the shares added up.
bool claimFacts(const ClaimFacts &claim, Money &share, QList<PayoutRefusalStep> &refusals);
/// Payment, term, waiting period.
void cover(const MaPlan &plan, const ClaimFacts &claim, const EnrolmentFacts &enrolment,
           QList<PayoutRefusalStep> &refusals);
void deadline(const MaPlan &plan, const ClaimFacts &claim, const QDate &today,
              QList<PayoutRefusalStep> &refusals);
/// The listed disease the claim is paid for, or nullptr with a refusal.
const MaListedDisease *disease(const MaPlan &plan, const ClaimFacts &claim,
                               const QList<PriorPayout> &earlier,
                               QList<PayoutRefusalStep> &refusals);

} // namespace PayoutChecks

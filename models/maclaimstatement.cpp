#include "maclaimstatement.h"

#include "districtsettings.h"
#include "maclaimattachments.h"
#include "maclaimpayout.h"
#include "maclaims.h"

namespace MaClaimStatements {

Result<MaClaimStatement> load(const QSqlDatabase &db, const QString &claimId, const QDateTime &now)
{
    MaClaimStatement s;
    s.printedAt = now;
    auto unionName = DistrictSettings::value(db, DistrictSettings::UnionName);
    if (!unionName)
        return unionName.error();
    s.unionName = unionName.value();
    auto claim = MaClaims::load(db, claimId);
    if (!claim)
        return claim.error();
    s.claim = claim.value();
    auto enrolment = MaEnrolments::load(db, s.claim.input.enrolmentId);
    if (!enrolment)
        return enrolment.error();
    s.enrolment = enrolment.value();
    auto plan = MaPlans::load(db, s.claim.planId);
    if (!plan)
        return plan.error();
    s.plan = plan.value();
    if (const MaListedDisease *d = s.plan.disease(s.claim.input.diseaseCode))
        s.diseaseName = d->name;

    // The moment the stored figure was computed at: approval recomputes it,
    // a rejection keeps the submission's.
    QDateTime asOf = now;
    if (s.claim.approvedPayout && s.claim.decidedAt.isValid())
        asOf = s.claim.decidedAt;
    else if (s.claim.submittedAt.isValid())
        asOf = s.claim.submittedAt;
    auto payout = MaClaimPayout::compute(db, claimId, asOf);
    if (!payout)
        return payout.error();
    s.payout = payout.value();
    const std::optional<Money> stored =
        s.claim.approvedPayout ? s.claim.approvedPayout : s.claim.computedPayout;
    s.matchesStored = !stored || *stored == s.payout.payout;
    auto missing = MaClaimAttachments::missingDocuments(db, claimId);
    if (!missing)
        return missing.error();
    s.missingDocuments = missing.value();
    return s;
}

} // namespace MaClaimStatements

// MaClaimStatement: everything the one-page claim statement (互助金结算单)
// prints, computed once as data: the union, the member and enrolment, the
// plan, the stay, the invoices with their sums, the payout with every step of
// its explanation, and the decision. The trace is recomputed from the stored
// rows as of the decision (or submission), so it prints in the reader's
// language with its numbers; matchesStored says whether it still gives the
// stored figure (it would not if the plan was edited after the decision).
#pragma once

#include "error.h"
#include "maclaim.h"
#include "maenrolments.h"
#include "maplan.h"
#include "payoutengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

struct MaClaimStatement
{
    QString unionName; ///< DistrictSettings::UnionName, may be empty
    MaClaim claim;
    MaEnrolment enrolment;
    MaPlan plan;
    QString diseaseName; ///< the listed disease's name, if the claim names one
    /// The engine's result as of the decision (approved, rejected, paid), the
    /// submission (submitted) or \a now (a draft: a quote, nothing stored).
    PayoutResult payout;
    bool matchesStored = true;
    /// Required document types without an attachment (MaClaimAttachments).
    QStringList missingDocuments;
    QDateTime printedAt;
};

namespace MaClaimStatements {

/// The statement of claim \a claimId; \a now stamps it and prices a draft.
Result<MaClaimStatement> load(const QSqlDatabase &db, const QString &claimId,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace MaClaimStatements

// MaClaimPayout: the payout engine fed from the database. It gathers the
// facts PayoutEngine::compute() needs for a stored claim — the plan, the
// invoices' personal shares, the enrolment's payment date — and the earlier
// claims of the same enrolment (so the same plan and term) that were approved
// or paid, as PriorPayout, per the engine's contract in payoutengine.cpp.
// "Earlier" is by decision time: a claim decided at or before the moment
// asked about counts, so the figure stored at submission or approval can be
// recomputed later from the same rows (the printed statement and the tests do).
#pragma once

#include "error.h"
#include "maclaim.h"
#include "payoutengine.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace MaClaimPayout {

/// The approved or paid claims of \a enrolmentId other than \a exceptClaimId
/// decided at or before \a asOf, oldest decision first.
Result<QList<PriorPayout>> priors(const QSqlDatabase &db, const QString &enrolmentId,
                                  const QString &exceptClaimId, const QDateTime &asOf);

/// The payout of stored claim \a claimId as of \a asOf: earlier decisions up
/// to then, and the claim handed in on its submission day (or, not submitted
/// yet, on the local day of \a asOf).
Result<PayoutResult> compute(const QSqlDatabase &db, const QString &claimId, const QDateTime &asOf);

/// What the claim \a input would pay if handed in on \a today, for the claim
/// form while a draft is edited (nothing needs to be stored). \a claimId: the
/// draft itself when it is stored, so it is not its own prior.
Result<PayoutResult> quote(const QSqlDatabase &db, const MaClaimInput &input,
                           const QString &claimId, const QDate &today);

/// The day a timestamp falls on where the office is (local time).
QDate localDay(const QDateTime &at);

} // namespace MaClaimPayout

// PayoutTrace: the words of the payout explanation, one function per kind of
// step. Internal to PayoutEngine, which decides the numbers; kept apart
// because wording changes for other reasons than the rules.
#pragma once

#include "error.h"
#include "maplan.h"
#include "payoutengine.h"

namespace PayoutTrace {

PayoutStep share(Money share, qsizetype invoices);
PayoutStep admissionDeductible(Money deductible, Money before, Money taken);
PayoutStep termDeductible(Money deductible, Money usedEarlier, Money before, Money taken);
/// One band of the marginal mode.
PayoutStep band(const MaBand &band, Money portion, Money product);
/// The band the whole amount falls in.
PayoutStep wholeBand(const MaBand &band, Money amount, Money product);
PayoutStep bandSum(const QList<Money> &parts, Money sum);
PayoutStep lumpSum(const MaListedDisease &disease);
PayoutStep minimum(MaPlan::MinPayoutRule rule, Money minimum, Money before, Money after);
PayoutStep claimCap(Money cap, Money before);
PayoutStep termCap(Money cap, Money paidEarlier, Money before, Money after);
PayoutStep payout(Money amount, bool refused);

// Refusals
PayoutStep invalidPlan(const Error &problem);
PayoutStep missingDates();
PayoutStep dischargeBeforeAdmission(const QDate &admitted, const QDate &discharged);
PayoutStep badInvoiceShare(qsizetype invoice);
PayoutStep notPaid();
PayoutStep outsideTerm(const QDate &admitted, const QDate &termStart, const QDate &termEnd);
PayoutStep beforePayment(const QDate &admitted, const QDate &paidOn);
PayoutStep waitingPeriod(const QDate &admitted, int days, const QDate &first, const QDate &last);
PayoutStep deadlineDaysPassed(const QDate &submitted, int days, const QDate &discharged,
                              const QDate &deadline);
PayoutStep deadlineDatePassed(const QDate &submitted, const QDate &deadline);
PayoutStep noDisease();
PayoutStep diseaseNotListed(const QString &code);
PayoutStep diseaseAlreadyPaid(const MaListedDisease &disease);

/// "¥0.00–¥5,000.00" or "above ¥30,000.00".
QString bandRange(const MaBand &band);

} // namespace PayoutTrace

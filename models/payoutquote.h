// PayoutQuote: what a claim would pay, asked at the door with no database and
// no claim on file — a plan, the personal shares the member holds up, and
// whatever dates are known. What is not known is assumed as documented below
// and said in words, so a quote never rests on a silent guess. `bangfu-cli
// claim quote` and the payout calculator both quote through here, and both
// through PayoutEngine, so they answer as the claim form does.
#pragma once

#include "maplan.h"
#include "money.h"
#include "payoutengine.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

/// What the member tells at the door; invalid dates and empty optionals are
/// not known.
struct PayoutQuoteInput
{
    QList<Money> shares; ///< each invoice's personal share
    QDate admittedOn;    ///< neither date: assumedStay(); one of them: the other
    QDate dischargedOn;
    QDate paidOn;      ///< contribution paid; not known: the day before the term starts
    QDate submittedOn; ///< handed in; not known: today
    /// Payouts of the member's earlier approved or paid claims in the term,
    /// added up (they count towards the cap per term).
    Money paidThisTerm;
    /// Those claims' personal shares added up (they used the deductible per
    /// term); not known: 0, the deductible counts as not yet used.
    std::optional<Money> shareThisTerm;
    QString diseaseCode;
};

/// The facts the engine was given, the assumptions made, and its answer.
struct PayoutQuote
{
    ClaimFacts claim;
    EnrolmentFacts enrolment;
    QList<PriorPayout> earlier; ///< one summary claim, or none
    QDate today;
    QStringList assumptions; ///< translated sentences, one per fact assumed
    PayoutResult result;
};

class PayoutQuotes
{
    Q_DECLARE_TR_FUNCTIONS(PayoutQuotes)

public:
    /// The day before the term starts: the payment date assumed when none is
    /// given, so that payment never refuses a quote.
    static QDate assumedPaidOn(const MaPlan &plan);
    /// The first day a member who paid on \a paidOn is covered: the later of
    /// the payment and the term start, plus the waiting period.
    static QDate firstCoveredDay(const MaPlan &plan, const QDate &paidOn);
    /// The day of the stay assumed when no date is given: \a today while it
    /// is covered, else the first covered day, else (a waiting period running
    /// past the term) the term start.
    static QDate assumedStay(const MaPlan &plan, const QDate &paidOn, const QDate &today);

    /// The quote for \a input under \a plan as of \a today.
    static PayoutQuote compute(const MaPlan &plan, const PayoutQuoteInput &input,
                               const QDate &today);

    /// The quote as documented for `bangfu-cli claim quote --json`
    /// (docs/mutual-aid-plans.md): payout_fen, payout_capitals, refused,
    /// refusal, plan, facts, assumptions and steps.
    static QJsonObject toJson(const MaPlan &plan, const PayoutQuote &quote);
    /// One step of the trace: kind, text, value_fen, running_fen and, as the
    /// kind has them, the band's figures or the limit and earlier use.
    static QJsonObject stepJson(const PayoutStep &step);
};

// MaPlan: one product of one medical mutual-aid plan year (职工医疗互助) as
// data — what a member pays, when cover runs, and every rule the payout engine
// applies. Plans differ by city and change every year, so nothing here is a
// constant: a row of ma_plans with its bands (ma_plan_bands) and listed
// diseases (ma_listed_diseases). Validation says in words what is wrong, for
// the plan editor and the JSON import.
#pragma once

#include "error.h"
#include "money.h"

#include <optional>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// A band of the personal share and the ratio paid on it.
struct MaBand
{
    Money lower;
    std::optional<Money> upper; ///< none: open-ended (only the last band)
    int ratioPermille = 0;      ///< 300 = 30%
};

/// A listed (major or women's) disease and the lump sum it pays.
struct MaListedDisease
{
    QString code;
    QString name;
    Money lumpSum;
};

struct MaPlan
{
    enum class Product { Inpatient, ListedDisease, Women };
    /// Marginal: each band at its own ratio, like income tax. Whole: the ratio
    /// of the band the total falls in applies to all of it.
    enum class BandMode { Marginal, Whole };
    /// What happens to a payout below the minimum: Raise pays the minimum (but
    /// never more than the share left after deductibles; 最低补助 as in the
    /// Yueyang plan); Withhold pays nothing (不足最低支付额不予支付).
    enum class MinPayoutRule { Raise, Withhold };

    /// Largest amount a plan or claim may hold (Money::parse's limit), so that
    /// amount × permille stays within qint64.
    static constexpr qint64 MaxFen = Money::maxYuan * 100;

    QString id;
    int year = 0;
    QString name;
    Product product = Product::Inpatient;
    Money contribution; ///< per member and year
    QDate enrolFrom;    ///< enrolment window; both invalid: none
    QDate enrolTo;
    QDate termStart; ///< cover runs from termStart to termEnd inclusive
    QDate termEnd;
    std::optional<int> waitingDays;           ///< 观察期; none or 0: no waiting period
    std::optional<Money> deductibleAdmission; ///< 起付线 per admission
    std::optional<Money> deductibleTerm;      ///< 起付线 per member and term
    BandMode bandMode = BandMode::Marginal;
    QList<MaBand> bands; ///< from 0, contiguous, the last open-ended
    std::optional<Money> minPayout;
    MinPayoutRule minPayoutRule = MinPayoutRule::Raise;
    std::optional<Money> capClaim;      ///< per claim
    std::optional<Money> capMemberTerm; ///< per member and term, all claims together
    QList<MaListedDisease> listedDiseases;
    std::optional<int> deadlineDays; ///< claim within N days after discharge, or
    QDate deadlineDate;              ///< claim on or before a fixed date (not both)
    QStringList requiredDocuments;   ///< attachments.doc_type codes
    QString notes;

    /// True when claims are paid as a listed disease's lump sum rather than
    /// from bands on the personal share: listed-disease products, and women's
    /// products that list diseases instead of bands.
    bool paysLumpSums() const;
    /// The listed disease with \a code, or nullptr.
    const MaListedDisease *disease(const QString &code) const;

    /// Every problem of the plan, in the order of the fields; empty when the
    /// plan is valid. Error::where names the field ("Bands", "Band 2" ...).
    QList<Error> problems() const;
    /// The first problem, if any.
    Status validate() const;

    static QString productCode(Product product);
    static std::optional<Product> productFromCode(const QString &code);
    static QString bandModeCode(BandMode mode);
    static std::optional<BandMode> bandModeFromCode(const QString &code);
    static QString minPayoutRuleCode(MinPayoutRule rule);
    static std::optional<MinPayoutRule> minPayoutRuleFromCode(const QString &code);
};

namespace MaPlans {

/// The plan with \a id, its bands (by lower bound) and listed diseases (by
/// code). The plan is returned as stored, valid or not: call validate().
Result<MaPlan> load(const QSqlDatabase &db, const QString &id);

/// Every plan (of \a year only, if given) with its bands and listed diseases,
/// newest year first, then by name. Writing plans: maplans.h.
Result<QList<MaPlan>> list(const QSqlDatabase &db, std::optional<int> year = std::nullopt);

} // namespace MaPlans

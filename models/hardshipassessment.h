// HardshipAssessment: the 困难职工认定 calculation of a household's survey —
// income, rigid expenditure, the per-capita monthly figure and the category it
// suggests (深度困难, 相对困难, 意外致困 or not eligible), with the working
// shown in words so a caseworker can check it and explain it at the door. The
// caseworker may override the proposal with a reason, which is audited.
//
// Pure model: the computation takes plain values (integer fen only) and the
// poverty line in force; only the line lookup and the override touch the
// database. Rules and their sources are documented in hardshipassessment.cpp.
#pragma once

#include "error.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class AuditedWriter;

/// One member of the household as the assessment needs them.
struct AssessmentMember
{
    QString name;
    QString sex;          ///< "male", "female" or empty (unknown)
    QDate birthDate;      ///< invalid when unknown; age is taken at the survey date
    QString workStatus;   ///< members.work_status code ("employed", "unemployed" ...), may be empty
    QString disability;   ///< members.disability code ("none", "grade1" ... "grade4"), may be empty
    QString health;       ///< members.health code ("healthy" ... "major_illness"), may be empty
    QString schoolStage;  ///< members.school_stage code, empty when not in school
    bool student = false; ///< in full-time education, whatever the stage
    /// What the member earns a month. Shown on the file only: the household's
    /// income sources below are the totals that are counted, so adding this
    /// too would count the same wages twice.
    qint64 monthlyIncomeFen = 0;
};

/// Annual income of the household by source, in fen. Small festival greetings
/// money (慰问金) is not income and is not entered anywhere.
struct AssessmentIncome
{
    qint64 wagesFen = 0;
    qint64 businessFen = 0;
    qint64 pensionFen = 0;
    qint64 unemploymentFen = 0; ///< unemployment benefit
    qint64 compensationFen = 0;
    qint64 propertyFen = 0;    ///< interest and rent
    qint64 maintenanceFen = 0; ///< 赡养费, 抚养费, 扶养费 received
    qint64 otherFen = 0;
};

/// Rigid expenditure (刚性支出) in the year, in fen.
struct AssessmentExpenditure
{
    qint64 illnessFen = 0;
    qint64 disabilityFen = 0;
    qint64 schoolingFen = 0;
    qint64 jobFen = 0; ///< necessary job costs
};

/// Everything one assessment is computed from: a survey of one household.
struct AssessmentInput
{
    QDate surveyDate;                ///< its year selects the poverty line
    QString divisionCode;            ///< the household's 街道/镇
    QList<AssessmentMember> members; ///< household size is their number
    AssessmentIncome income;
    AssessmentExpenditure expenditure;
    qint64 accidentLossFen = 0; ///< losses from accidents or disasters in the year
    /// A worker of the household was injured, disabled or killed in a sudden
    /// event or a major illness and is still in difficulty after all
    /// compensation and aid.
    bool suddenEvent = false;
};

/// The 低保 line and minimum wage in force for one year and division.
struct PovertyLine
{
    int year = 0;
    QString divisionCode; ///< the division asked for
    QString divisionName; ///< its name ("九曲街道"), or the code if the division is unknown
    bool districtDefault = false; ///< the district-wide row was used (no row of the division's own)
    Money dibaoMonthly;           ///< 低保标准 per person per month
    Money minWageMonthly;         ///< monthly minimum wage, imputed to members without work
};

/// A member who was counted as earning the minimum wage.
struct ImputedMember
{
    QString name;
    int age = 0;
    Money annual; ///< minimum wage × 12
};

/// Result of one assessment: the numbers, the proposal and the working in words.
struct Assessment
{
    PovertyLine line;
    int householdSize = 0;
    Money sourcesIncome; ///< sum of the income sources
    Money imputedIncome; ///< sum of the imputed minimum wages
    Money annualIncome;  ///< sources + imputed
    Money rigidExpenditure;
    Money perCapitaMonthly; ///< (annual income − rigid) ÷ 12 ÷ size, rounded down; may be negative
    QList<ImputedMember> imputed;
    QString proposedCategory; ///< "deep", "relative", "accident" or "not_eligible"
    /// Translated lines: income, expenditure, per-capita figure, comparison with
    /// the line, and notes on members who were not imputed a wage.
    QStringList explanation;
};

namespace HardshipAssessment {

/// Working age for imputing the minimum wage (see hardshipassessment.cpp for the source).
inline constexpr int MinWorkingAge = 16;
inline constexpr int MaxWorkingAgeMen = 59;
inline constexpr int MaxWorkingAgeWomen = 54;

/// Category codes as households.category and survey_records.assessed_category store them.
inline const QString Deep = QStringLiteral("deep");
inline const QString Relative = QStringLiteral("relative");
inline const QString Accident = QStringLiteral("accident");
inline const QString NotEligible = QStringLiteral("not_eligible");

/// Completed years of age on \a at (someone born on 29 February turns a year
/// older on 1 March in common years); -1 when \a birthDate is invalid or after \a at.
int ageOn(const QDate &birthDate, const QDate &at);

/// The poverty_lines row for \a year that applies to \a divisionCode: the
/// division's own row if there is one, otherwise the district default (NULL
/// division). An Error naming the year and the division when neither exists.
Result<PovertyLine> povertyLine(const QSqlDatabase &db, int year, const QString &divisionCode);

/// Computes the assessment of \a input against \a line (no database). Refuses a
/// survey without a date or members and negative amounts.
Result<Assessment> assess(const AssessmentInput &input, const PovertyLine &line);

/// Looks up the line for the survey's year and division and computes the assessment.
Result<Assessment> assess(const QSqlDatabase &db, const AssessmentInput &input);

/// Records that the caseworker accepts \a proposed as the household's category
/// (clearing any earlier override reason), through \a writer inside the
/// caller's Transaction. Needs Permission::EditHouseholds.
Status acceptProposal(AuditedWriter &writer, const QString &householdId, const QString &proposed);

/// Records \a chosen instead of \a proposed as the household's category, with
/// \a reason (required, trimmed) in households.category_override_reason,
/// through \a writer inside the caller's Transaction; the audit log keeps old
/// → new. Refuses an empty reason, unknown codes, and \a chosen equal to
/// \a proposed (use acceptProposal). Needs Permission::EditHouseholds.
Status overrideProposal(AuditedWriter &writer, const QString &householdId, const QString &proposed,
                        const QString &chosen, const QString &reason);

} // namespace HardshipAssessment

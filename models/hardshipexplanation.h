// HardshipExplanation: puts a hardship assessment into words — the sums, the
// division, the comparison with the 低保 line — so the caseworker can check
// it line by line. Internal to HardshipAssessment, which computes the numbers;
// kept apart because wording changes for other reasons than the rules.
#pragma once

#include "hardshipassessment.h"

/// Why a member was or was not imputed the minimum wage, first failing test first.
enum class NoImputation {
    Imputed,        ///< counted as earning the minimum wage
    NotWithoutWork, ///< work status other than "unemployed"
    Student,
    AgeUnknown,
    UnderAge,
    OverAge,
    SevereDisability, ///< grade 1 or 2
    MajorIllness,
};

/// One member's imputation decision, for the explanation.
struct MemberImputation
{
    QString name;
    int age = -1; ///< at the survey date, -1 if unknown
    QString sex;
    QString disability;
    NoImputation reason = NoImputation::NotWithoutWork;
};

enum class IncomeSource {
    Wages,
    Business,
    Pension,
    Unemployment,
    Compensation,
    Property,
    Maintenance,
    Other
};
enum class Expense { Illness, Disability, Schooling, Job };

/// The 意外致困 cost test as computed: accident losses + illness costs, and
/// whether they exceed 80% of the annual income.
struct AccidentTest
{
    Money costs;
    bool above80 = false;
};

namespace HardshipExplanation {

/// "wages", "pension" ... (translated, lower case: used inside sentences).
QString sourceLabel(IncomeSource source);
/// "illness", "disability", "schooling", "necessary job costs".
QString expenseLabel(Expense expense);
/// "accident losses"
QString accidentLossLabel();
/// "deep hardship (深度困难)" ...: the category as a sentence ends with it.
QString categoryPhrase(const QString &code);

/// The explanation lines of \a assessment, computed from \a input.
QStringList lines(const AssessmentInput &input, const Assessment &assessment,
                  const QList<MemberImputation> &members, const AccidentTest &accident);

} // namespace HardshipExplanation

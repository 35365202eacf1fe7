// The rules of 困难职工认定 as published by several city unions (see
// ../shared/reference/README.md, "Hardship categories"), computed in integer
// fen. The wording of the result is in hardshipexplanation.cpp.
#include "hardshipassessment.h"

#include "auditedwriter.h"
#include "codelabels.h"
#include "hardshipexplanation.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HardshipAssessment)
};

// Amounts beyond Money's own range are refused, which also keeps every sum
// and product below far from qint64 overflow (13 amounts × 5 < 2^63).
constexpr qint64 MaxAmountFen = Money::maxYuan * 100;

// Division rounding toward negative infinity. For an integer line L and an
// exact quotient x, floor(x) < L exactly when x < L, so rounding down to the
// fen never moves a household across the line (or twice the line), whichever
// side it is on; rounding to nearest would put 989.996 fen at 990, above a
// household that is in truth below. It also keeps negative figures honest
// (−0.4 fen is shown as −0.01, not 0).
qint64 floorDiv(qint64 numerator, qint64 denominator)
{
    qint64 q = numerator / denominator;
    if (numerator % denominator != 0 && numerator < 0)
        --q;
    return q;
}

// Working age, inclusive: from 16 (劳动法 第十五条 forbids employing anyone
// under 16) to the statutory retirement age minus one — 60 for men, 55 for
// women (国发〔1978〕104号; the 低保 rules of many provinces use the same
// "男16至60周岁、女16至55周岁" band for imputing income). The gradual rise of
// the retirement age from 2025 (全国人大常委会 2024-09-13 决定) is not applied:
// the unions' published rules still use these ages. An unknown sex is given
// the lower (women's) limit, so doubt never imputes income a household may
// not have.
int maxWorkingAge(const QString &sex)
{
    return sex == QLatin1String("male") ? HardshipAssessment::MaxWorkingAgeMen
                                        : HardshipAssessment::MaxWorkingAgeWomen;
}

// Decides whether a member is imputed the minimum wage. Only the work status
// "unemployed" counts as "without work": "employed", "flexible" (灵活就业) and
// "farming" work; "retired" lives on a pension; "student" and "preschool" are
// in education; "unable" cannot work; an empty status is unknown and imputing
// on a guess would deny aid. The remaining tests are reported in this order.
MemberImputation imputation(const AssessmentMember &member, const QDate &surveyDate)
{
    MemberImputation result;
    result.name = member.name;
    result.age = HardshipAssessment::ageOn(member.birthDate, surveyDate);
    result.sex = member.sex;
    if (member.workStatus != QLatin1String("unemployed"))
        result.reason = NoImputation::NotWithoutWork;
    else if (member.student || !member.schoolStage.isEmpty())
        result.reason = NoImputation::Student;
    else if (result.age < 0)
        result.reason = NoImputation::AgeUnknown;
    else if (result.age < HardshipAssessment::MinWorkingAge)
        result.reason = NoImputation::UnderAge;
    else if (result.age > maxWorkingAge(member.sex))
        result.reason = NoImputation::OverAge;
    // Disability grades 1 and 2 are the severe grades (GB/T 26341-2010); a
    // member with grade 3 or 4 is taken as able to work.
    else if (member.disability == QLatin1String("grade1") ||
             member.disability == QLatin1String("grade2"))
        result.reason = NoImputation::SevereDisability;
    else if (member.health == QLatin1String("major_illness"))
        result.reason = NoImputation::MajorIllness;
    else
        result.reason = NoImputation::Imputed;
    result.disability = member.disability;
    return result;
}

Status checkAmount(qint64 fen, const QString &field)
{
    if (fen < 0 || fen > MaxAmountFen)
        return Error{Text::tr("The amount must be between %1 and %2.")
                         .arg(Money().toStringWithSymbol(),
                              Money::fromFen(MaxAmountFen).toStringWithSymbol()),
                     field};
    return {};
}

Status checkAmounts(const AssessmentInput &input)
{
    const std::pair<qint64, QString> amounts[] = {
        {input.income.wagesFen, HardshipExplanation::sourceLabel(IncomeSource::Wages)},
        {input.income.businessFen, HardshipExplanation::sourceLabel(IncomeSource::Business)},
        {input.income.pensionFen, HardshipExplanation::sourceLabel(IncomeSource::Pension)},
        {input.income.unemploymentFen,
         HardshipExplanation::sourceLabel(IncomeSource::Unemployment)},
        {input.income.compensationFen,
         HardshipExplanation::sourceLabel(IncomeSource::Compensation)},
        {input.income.propertyFen, HardshipExplanation::sourceLabel(IncomeSource::Property)},
        {input.income.maintenanceFen, HardshipExplanation::sourceLabel(IncomeSource::Maintenance)},
        {input.income.otherFen, HardshipExplanation::sourceLabel(IncomeSource::Other)},
        {input.expenditure.illnessFen, HardshipExplanation::expenseLabel(Expense::Illness)},
        {input.expenditure.disabilityFen, HardshipExplanation::expenseLabel(Expense::Disability)},
        {input.expenditure.schoolingFen, HardshipExplanation::expenseLabel(Expense::Schooling)},
        {input.expenditure.jobFen, HardshipExplanation::expenseLabel(Expense::Job)},
        {input.accidentLossFen, HardshipExplanation::accidentLossLabel()},
    };
    for (const auto &[fen, field] : amounts) {
        if (Status s = checkAmount(fen, field); !s)
            return s;
    }
    return {};
}

bool isCategory(const QString &code)
{
    return CodeLabels::hardshipCategories().contains(code);
}

// Closed files (解困脱困) stay read-only; the category of an exited household is history.
Status requireOpenHousehold(const QSqlDatabase &db, const QString &householdId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("households"));
    if (!q.next())
        return Error{Text::tr("The household %1 does not exist.").arg(householdId)};
    if (q.value(0).toString() == QLatin1String("exited"))
        return Error{
            Text::tr("This household's file is closed; its category can no longer be changed.")};
    return {};
}

} // namespace

namespace HardshipAssessment {

int ageOn(const QDate &birthDate, const QDate &at)
{
    if (!birthDate.isValid() || !at.isValid() || birthDate > at)
        return -1;
    int age = at.year() - birthDate.year();
    if (std::pair(at.month(), at.day()) < std::pair(birthDate.month(), birthDate.day()))
        --age;
    return age;
}

Result<PovertyLine> povertyLine(const QSqlDatabase &db, int year, const QString &divisionCode)
{
    PovertyLine line;
    line.year = year;
    line.divisionCode = divisionCode;
    line.divisionName = divisionCode;

    QSqlQuery name(db);
    name.prepare(QStringLiteral("SELECT name FROM divisions WHERE code = ?"));
    name.addBindValue(divisionCode);
    if (!name.exec())
        return sqlError(name.lastError(), QStringLiteral("divisions"));
    if (name.next())
        line.divisionName = name.value(0).toString();

    // The division's own row sorts before the district default (NULL division).
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT division_code, dibao_monthly_fen, min_wage_monthly_fen"
        " FROM poverty_lines WHERE year = ? AND (division_code = ? OR division_code IS NULL)"
        " ORDER BY division_code IS NULL LIMIT 1"));
    q.addBindValue(year);
    q.addBindValue(divisionCode);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("poverty_lines"));
    if (!q.next())
        return Error{
            Text::tr("No 低保 line is set for %1 (%2); an administrator sets it under "
                     "Administration → Poverty lines and minimum wage.")
                .arg(QString::number(year), line.divisionName)};
    line.districtDefault = q.value(0).isNull();
    line.dibaoMonthly = Money::fromFen(q.value(1).toLongLong());
    line.minWageMonthly = Money::fromFen(q.value(2).toLongLong());
    return line;
}

Result<Assessment> assess(const AssessmentInput &input, const PovertyLine &line)
{
    if (!input.surveyDate.isValid())
        return Error{Text::tr("The survey has no date.")};
    if (input.members.isEmpty())
        return Error{Text::tr("The household has no members; add them before the assessment.")};
    if (line.dibaoMonthly.fen() <= 0 || line.minWageMonthly.fen() <= 0)
        return Error{Text::tr("The 低保 line and the minimum wage must be more than zero.")};
    if (Status s = checkAmounts(input); !s)
        return s.error();

    Assessment a;
    a.line = line;
    a.householdSize = int(input.members.size());

    const AssessmentIncome &in = input.income;
    a.sourcesIncome =
        Money::fromFen(in.wagesFen + in.businessFen + in.pensionFen + in.unemploymentFen +
                       in.compensationFen + in.propertyFen + in.maintenanceFen + in.otherFen);
    const Money annualMinWage = Money::fromFen(line.minWageMonthly.fen() * 12);
    QList<MemberImputation> members;
    for (const AssessmentMember &member : input.members) {
        MemberImputation m = imputation(member, input.surveyDate);
        if (m.reason == NoImputation::Imputed) {
            a.imputed.append({m.name, m.age, annualMinWage});
            a.imputedIncome += annualMinWage;
        }
        members.append(m);
    }
    a.annualIncome = a.sourcesIncome + a.imputedIncome;

    const AssessmentExpenditure &ex = input.expenditure;
    a.rigidExpenditure =
        Money::fromFen(ex.illnessFen + ex.disabilityFen + ex.schoolingFen + ex.jobFen);
    a.perCapitaMonthly = Money::fromFen(
        floorDiv(a.annualIncome.fen() - a.rigidExpenditure.fen(), 12 * qint64(a.householdSize)));

    // The order of the checks: the reference lists the categories as tiers of
    // the same per-capita figure — below the line, below twice the line — and
    // 意外致困 as the category for households whose figure is not that low but
    // who were struck by an accident or a major illness. So the income tests
    // come first (deep before relative, the more supportive category wins),
    // and the accident test is reached only at or above twice the line. Its
    // costs are the year's accident losses plus illness costs, compared with
    // the same annual income (imputed wages included) as the figure; "more
    // than 80%" is strict: (losses + illness) × 5 > income × 4, in fen.
    const qint64 line2 = line.dibaoMonthly.fen() * 2;
    const qint64 hardshipCosts = input.accidentLossFen + ex.illnessFen;
    const bool costsAbove80 = hardshipCosts * 5 > a.annualIncome.fen() * 4;
    if (a.perCapitaMonthly < line.dibaoMonthly)
        a.proposedCategory = Deep;
    else if (a.perCapitaMonthly.fen() < line2)
        a.proposedCategory = Relative;
    else if (costsAbove80 || input.suddenEvent)
        a.proposedCategory = Accident;
    else
        a.proposedCategory = NotEligible;

    a.explanation = HardshipExplanation::lines(input, a, members,
                                               {Money::fromFen(hardshipCosts), costsAbove80});
    return a;
}

Result<Assessment> assess(const QSqlDatabase &db, const AssessmentInput &input)
{
    if (!input.surveyDate.isValid())
        return Error{Text::tr("The survey has no date.")};
    auto line = povertyLine(db, input.surveyDate.year(), input.divisionCode);
    if (!line)
        return line.error();
    return assess(input, line.value());
}

Status acceptProposal(AuditedWriter &writer, const QString &householdId, const QString &proposed)
{
    if (!isCategory(proposed))
        return Error{Text::tr("Unknown hardship category \"%1\".").arg(proposed)};
    if (Status s = writer.require(Permission::EditHouseholds); !s)
        return s;
    if (Status s = requireOpenHousehold(writer.database(), householdId); !s)
        return s;
    return writer.update(Permission::EditHouseholds, QStringLiteral("households"), householdId,
                         {{QStringLiteral("category"), proposed},
                          {QStringLiteral("category_proposed"), proposed},
                          {QStringLiteral("category_override_reason"), QVariant()}});
}

Status overrideProposal(AuditedWriter &writer, const QString &householdId, const QString &proposed,
                        const QString &chosen, const QString &reason)
{
    if (!isCategory(proposed))
        return Error{Text::tr("Unknown hardship category \"%1\".").arg(proposed)};
    if (!isCategory(chosen))
        return Error{Text::tr("Unknown hardship category \"%1\".").arg(chosen)};
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{
            Text::tr("Give a reason for choosing %1 instead of the proposed %2.")
                .arg(CodeLabels::hardshipCategory(chosen), CodeLabels::hardshipCategory(proposed)),
            QStringLiteral("category_override_reason")};
    if (chosen == proposed)
        return Error{
            Text::tr("%1 is the proposed category; accept the proposal instead of overriding it.")
                .arg(CodeLabels::hardshipCategory(chosen))};
    if (Status s = writer.require(Permission::EditHouseholds); !s)
        return s;
    if (Status s = requireOpenHousehold(writer.database(), householdId); !s)
        return s;
    return writer.update(Permission::EditHouseholds, QStringLiteral("households"), householdId,
                         {{QStringLiteral("category"), chosen},
                          {QStringLiteral("category_proposed"), proposed},
                          {QStringLiteral("category_override_reason"), why}});
}

} // namespace HardshipAssessment

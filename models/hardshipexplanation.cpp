#include "hardshipexplanation.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HardshipAssessment)
};

QString money(Money amount)
{
    return amount.toStringWithSymbol();
}

QString term(const QString &label, qint64 fen)
{
    return Text::tr("%1 %2", "one term of a sum: label, amount")
        .arg(label, money(Money::fromFen(fen)));
}

// "a + b = total", "a" alone, or "none" when nothing was entered.
QString sum(const QString &heading, const QStringList &terms, Money total)
{
    if (terms.isEmpty())
        return Text::tr("%1: none").arg(heading);
    if (terms.size() == 1)
        return Text::tr("%1: %2", "heading: the only term").arg(heading, terms.first());
    return Text::tr("%1: %2 = %3", "heading: terms = total")
        .arg(heading, terms.join(Text::tr(" + ", "between terms of a sum")), money(total));
}

QString incomeLine(const AssessmentInput &input, const Assessment &a)
{
    const AssessmentIncome &in = input.income;
    const std::pair<IncomeSource, qint64> sources[] = {
        {IncomeSource::Wages, in.wagesFen},
        {IncomeSource::Business, in.businessFen},
        {IncomeSource::Pension, in.pensionFen},
        {IncomeSource::Unemployment, in.unemploymentFen},
        {IncomeSource::Compensation, in.compensationFen},
        {IncomeSource::Property, in.propertyFen},
        {IncomeSource::Maintenance, in.maintenanceFen},
        {IncomeSource::Other, in.otherFen},
    };
    QStringList terms;
    for (const auto &[source, fen] : sources) {
        if (fen != 0)
            terms.append(term(HardshipExplanation::sourceLabel(source), fen));
    }
    for (const ImputedMember &m : a.imputed) {
        terms.append(Text::tr("imputed minimum wage for %1 (unemployed, %2, able to work) %3")
                         .arg(m.name, QString::number(m.age), money(m.annual)));
    }
    return sum(Text::tr("Annual income"), terms, a.annualIncome);
}

QString expenditureLine(const AssessmentInput &input, const Assessment &a)
{
    const AssessmentExpenditure &ex = input.expenditure;
    const std::pair<Expense, qint64> expenses[] = {
        {Expense::Illness, ex.illnessFen},
        {Expense::Disability, ex.disabilityFen},
        {Expense::Schooling, ex.schoolingFen},
        {Expense::Job, ex.jobFen},
    };
    QStringList terms;
    for (const auto &[expense, fen] : expenses) {
        if (fen != 0)
            terms.append(term(HardshipExplanation::expenseLabel(expense), fen));
    }
    return sum(Text::tr("Rigid expenditure"), terms, a.rigidExpenditure);
}

// Why an unemployed member was not counted as earning the minimum wage; empty
// for members who were, or who have work (or no work status) anyway.
QString notImputedLine(const MemberImputation &m)
{
    using HardshipAssessment::MinWorkingAge;
    QString why;
    switch (m.reason) {
    case NoImputation::Imputed:
    case NoImputation::NotWithoutWork:
        return {};
    case NoImputation::AgeUnknown:
        return Text::tr("No minimum wage imputed for %1 (unemployed): the birth date is unknown.")
            .arg(m.name);
    case NoImputation::Student:
        why = Text::tr("in school");
        break;
    case NoImputation::UnderAge:
        why = Text::tr("younger than %1").arg(QString::number(MinWorkingAge));
        break;
    case NoImputation::OverAge:
        if (m.sex == QLatin1String("male"))
            why = Text::tr("above working age (men %1 to %2)")
                      .arg(QString::number(MinWorkingAge),
                           QString::number(HardshipAssessment::MaxWorkingAgeMen));
        else if (m.sex == QLatin1String("female"))
            why = Text::tr("above working age (women %1 to %2)")
                      .arg(QString::number(MinWorkingAge),
                           QString::number(HardshipAssessment::MaxWorkingAgeWomen));
        else
            why = Text::tr("sex unknown, above working age for women (%1 to %2)")
                      .arg(QString::number(MinWorkingAge),
                           QString::number(HardshipAssessment::MaxWorkingAgeWomen));
        break;
    case NoImputation::SevereDisability:
        why = Text::tr("disability grade %1, not able to work").arg(m.disability.right(1));
        break;
    case NoImputation::MajorIllness:
        why = Text::tr("major illness, not able to work");
        break;
    }
    return Text::tr("No minimum wage imputed for %1 (unemployed, %2): %3.")
        .arg(m.name, QString::number(m.age), why);
}

QString perPersonLine(const Assessment &a)
{
    const qint64 net = a.annualIncome.fen() - a.rigidExpenditure.fen();
    const bool exact = net % (12 * qint64(a.householdSize)) == 0;
    const QString text =
        exact ? Text::tr("Per person per month: (%1 − %2) ÷ 12 ÷ %3 = %4")
              : Text::tr("Per person per month: (%1 − %2) ÷ 12 ÷ %3 = %4, rounded down to the fen");
    return text.arg(money(a.annualIncome), money(a.rigidExpenditure),
                    QString::number(a.householdSize), money(a.perCapitaMonthly));
}

QString comparisonLine(const Assessment &a)
{
    const PovertyLine &line = a.line;
    const QString head =
        (line.districtDefault ? Text::tr("低保 line %1 for %2 (district default): %3 per month")
                              : Text::tr("低保 line %1 for %2: %3 per month"))
            .arg(QString::number(line.year), line.divisionName, money(line.dibaoMonthly));
    const QString figure = money(a.perCapitaMonthly);
    const QString twice = money(Money::fromFen(line.dibaoMonthly.fen() * 2));
    QString verdict;
    if (a.proposedCategory == HardshipAssessment::Deep)
        verdict = Text::tr("%1 is below it: %2")
                      .arg(figure, HardshipExplanation::categoryPhrase(a.proposedCategory));
    else if (a.proposedCategory == HardshipAssessment::Relative)
        verdict = Text::tr("%1 is not below it but below twice the line (%2): %3")
                      .arg(figure, twice, HardshipExplanation::categoryPhrase(a.proposedCategory));
    else
        verdict = Text::tr("%1 is not below twice the line (%2)").arg(figure, twice);
    return Text::tr("%1; %2", "the line; how the figure compares").arg(head, verdict);
}

// Only reached when the figure is at or above twice the line (see the order of
// the checks in hardshipassessment.cpp).
QString accidentLine(const AssessmentInput &input, const Assessment &a, const AccidentTest &test)
{
    const QString costs =
        Text::tr("Accident losses %1 + illness costs %2 = %3")
            .arg(money(Money::fromFen(input.accidentLossFen)),
                 money(Money::fromFen(input.expenditure.illnessFen)), money(test.costs));
    const QString category = HardshipExplanation::categoryPhrase(a.proposedCategory);
    const QString income = money(a.annualIncome);
    if (test.above80)
        return Text::tr("%1, more than 80% of the annual income %2: %3")
            .arg(costs, income, category);
    if (input.suddenEvent)
        return Text::
            tr("%1, not more than 80% of the annual income %2, but a worker was injured, disabled "
               "or killed in a sudden event or major illness and is still in difficulty: %3")
                .arg(costs, income, category);
    return Text::
        tr("%1, not more than 80% of the annual income %2, and no worker is in difficulty after "
           "a sudden event or major illness: %3")
            .arg(costs, income, category);
}

} // namespace

namespace HardshipExplanation {

QString sourceLabel(IncomeSource source)
{
    switch (source) {
    case IncomeSource::Wages:
        return Text::tr("wages");
    case IncomeSource::Business:
        return Text::tr("business income");
    case IncomeSource::Pension:
        return Text::tr("pension");
    case IncomeSource::Unemployment:
        return Text::tr("unemployment benefit");
    case IncomeSource::Compensation:
        return Text::tr("compensation");
    case IncomeSource::Property:
        return Text::tr("interest and rent");
    case IncomeSource::Maintenance:
        return Text::tr("maintenance");
    case IncomeSource::Other:
        return Text::tr("other income");
    }
    return {};
}

QString expenseLabel(Expense expense)
{
    switch (expense) {
    case Expense::Illness:
        return Text::tr("illness");
    case Expense::Disability:
        return Text::tr("disability");
    case Expense::Schooling:
        return Text::tr("schooling");
    case Expense::Job:
        return Text::tr("necessary job costs");
    }
    return {};
}

QString accidentLossLabel()
{
    return Text::tr("accident losses");
}

QString categoryPhrase(const QString &code)
{
    if (code == HardshipAssessment::Deep)
        return Text::tr("deep hardship (深度困难)");
    if (code == HardshipAssessment::Relative)
        return Text::tr("relative hardship (相对困难)");
    if (code == HardshipAssessment::Accident)
        return Text::tr("hardship from an accident (意外致困)");
    if (code == HardshipAssessment::NotEligible)
        return Text::tr("not eligible");
    return code;
}

QStringList lines(const AssessmentInput &input, const Assessment &a,
                  const QList<MemberImputation> &members, const AccidentTest &accident)
{
    QStringList result;
    result.append(incomeLine(input, a));
    if (!a.imputed.isEmpty())
        result.append(
            Text::tr("Minimum wage %1: %2 per month × 12 = %3 a year for each member imputed")
                .arg(QString::number(a.line.year), money(a.line.minWageMonthly),
                     money(a.imputed.first().annual)));
    for (const MemberImputation &m : members) {
        if (QString note = notImputedLine(m); !note.isEmpty())
            result.append(note);
    }
    result.append(expenditureLine(input, a));
    result.append(perPersonLine(a));
    result.append(comparisonLine(a));
    if (a.proposedCategory == HardshipAssessment::Accident ||
        a.proposedCategory == HardshipAssessment::NotEligible)
        result.append(accidentLine(input, a, accident));
    return result;
}

} // namespace HardshipExplanation

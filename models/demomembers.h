// DemoMembers: the people of one demo household and the survey figures that
// follow from them — who lives there, how old, how healthy, who works and
// earns what — and the hardship assessment of those figures. Internal to the
// demo generator.
#pragma once

#include "democontext.h"

/// Annual survey amounts in fen, as survey_records stores them.
struct SurveyAmounts
{
    qint64 wages = 0, business = 0, pension = 0, unemployment = 0, compensation = 0;
    qint64 property = 0, maintenance = 0, other = 0, imputed = 0;
    qint64 illness = 0, disability = 0, schooling = 0, job = 0, accidentLoss = 0;

    /// Counted income, including the minimum wage imputed to able-bodied members without work.
    qint64 income() const
    {
        return wages + business + pension + unemployment + compensation + property + maintenance +
               other + imputed;
    }
    /// Rigid expenditure: illness, disability, schooling and necessary job costs.
    qint64 rigid() const { return illness + disability + schooling + job; }
};

/// The amounts before the year's minimum wage is applied.
struct SurveyBasis
{
    SurveyAmounts amounts;      ///< at today's level; imputed and unemployment left 0
    int imputedPeople = 0;      ///< able-bodied working-age members without work
    int unemploymentMonths = 0; ///< months of unemployment benefit in a year
};

struct Assessment
{
    qint64 perCapitaFen = 0;
    QString category; ///< deep, accident, relative, not_eligible
};

/// 1–6 people, the head first, with consistent relationships, ages, sexes and ID numbers.
QList<DemoPerson> makeMembers(DemoContext &ctx, DemoRandom &rng, const DemoCommunity &community);

/// The household's figures at today's level; \a accident adds a sudden loss and compensation.
SurveyBasis surveyBasis(const QList<DemoPerson> &members, bool accident, DemoRandom &rng);

/// The figures of a survey on \a day: earnings 6% lower per year back, imputed
/// wage and unemployment benefit from that year's minimum wage.
SurveyAmounts amountsOn(const SurveyBasis &basis, const DemoContext &ctx, const QDate &day);

/// Per-capita monthly figure = (income − rigid expenditure) ÷ 12 ÷ size, in integer
/// fen (truncated); deep below the 低保 line, accident when a sudden loss plus
/// illness costs exceed 80% of income, relative below twice the line.
Assessment assess(const SurveyAmounts &amounts, int householdSize, qint64 dibaoFen);

#include "demomembers.h"

namespace {

// Round to whole yuan, as caseworkers write survey figures.
qint64 wholeYuan(qint64 fen)
{
    return fen / 100 * 100;
}

qint64 yuan(DemoRandom &rng, qint64 low, qint64 high, qint64 step = 10)
{
    return rng.range(low / step, high / step) * step * 100;
}

int retirementAge(Sex sex)
{
    return sex == Sex::Male ? 60 : 55;
}

QDate birthFor(DemoRandom &rng, const QDate &today, int age)
{
    // A birthday between one year and one day before, so the age is exact.
    const QDate latest = today.addYears(-age).addDays(-1);
    return latest.addDays(-rng.range(0, 364));
}

// Work, school and income follow from age, health and where the family lives.
void assignWork(DemoPerson &p, DemoContext &ctx, DemoRandom &rng, const DemoCommunity &community,
                bool isHead)
{
    const int age = ageOn(p.birth, ctx.options.today);
    auto study = [&](const QString &stage) {
        p.workStatus = QStringLiteral("student");
        p.schoolStage = stage;
        p.school = ctx.names.school(rng, stage, community.divisionName);
    };
    if (age < 3) {
        p.workStatus = QStringLiteral("preschool");
        return;
    }
    if (age < 6) {
        p.workStatus = QStringLiteral("preschool");
        p.schoolStage = QStringLiteral("preschool");
        p.school = ctx.names.school(rng, p.schoolStage, community.divisionName);
        return;
    }
    if (age < 12)
        return study(QStringLiteral("primary"));
    if (age < 15)
        return study(QStringLiteral("junior"));
    if (age < 18)
        return study(rng.percent(72) ? QStringLiteral("senior") : QStringLiteral("vocational"));
    if (age < 23 && !isHead && rng.percent(60)) {
        const int pick = rng.weighted({45, 40, 15});
        return study(pick == 0   ? QStringLiteral("university")
                     : pick == 1 ? QStringLiteral("college")
                                 : QStringLiteral("vocational"));
    }
    if (age >= 23 && age < 26 && !isHead && rng.percent(8))
        return study(QStringLiteral("postgraduate"));

    const bool severe = p.health == QLatin1String("major_illness") ||
                        p.disability == QLatin1String("grade1") ||
                        p.disability == QLatin1String("grade2");
    if (age >= retirementAge(p.sex)) {
        if (severe && rng.percent(30)) {
            p.workStatus = QStringLiteral("unable");
        } else if (community.village && age < 72 && rng.percent(55)) {
            p.workStatus = QStringLiteral("farming");
            p.monthlyIncomeFen = yuan(rng, 200, 800);
        } else {
            p.workStatus = QStringLiteral("retired");
            // Village residents draw the small residents' pension, workers an employee pension.
            p.monthlyIncomeFen =
                community.village && !isHead ? yuan(rng, 150, 400) : yuan(rng, 1500, 3200);
        }
        return;
    }
    if (severe && rng.percent(70)) {
        p.workStatus = QStringLiteral("unable");
        return;
    }
    // The head is the union member: usually still employed, if poorly paid.
    const QList<int> weights =
        isHead ? (community.village ? QList<int>{55, 20, 10, 15} : QList<int>{65, 20, 15, 0})
               : (community.village ? QList<int>{20, 25, 15, 40} : QList<int>{40, 30, 30, 0});
    switch (rng.weighted(weights)) {
    case 0:
        p.workStatus = QStringLiteral("employed");
        p.monthlyIncomeFen = yuan(rng, 2100, 4300);
        break;
    case 1:
        p.workStatus = QStringLiteral("flexible");
        p.monthlyIncomeFen = yuan(rng, 900, 2600);
        break;
    case 2:
        p.workStatus = QStringLiteral("unemployed");
        break;
    default:
        p.workStatus = QStringLiteral("farming");
        p.monthlyIncomeFen = yuan(rng, 400, 1200);
        break;
    }
}

} // namespace

QList<DemoPerson> makeMembers(DemoContext &ctx, DemoRandom &rng, const DemoCommunity &community)
{
    const QDate today = ctx.options.today;
    const int size = 1 + rng.weighted({12, 25, 30, 20, 9, 4});
    QList<DemoPerson> people;

    auto add = [&](const QString &relationship, Sex sex, int age,
                   const QString &surname) -> DemoPerson & {
        DemoPerson p;
        p.relationship = relationship;
        p.sex = sex;
        p.birth = birthFor(rng, today, qMax(0, age));
        p.name = surname + ctx.names.givenName(rng, sex, p.birth.year());
        people.append(p);
        return people.last();
    };

    const Sex headSex = rng.percent(62) ? Sex::Male : Sex::Female;
    const int headAge = rng.percent(85) ? int(rng.range(28, 62)) : int(rng.range(63, 76));
    const QString headSurname = ctx.names.surname(rng);
    add(QStringLiteral("self"), headSex, headAge, headSurname);

    int remaining = size - 1;
    QString spouseSurname;
    if (remaining > 0 && rng.percent(82)) {
        const Sex sex = headSex == Sex::Male ? Sex::Female : Sex::Male;
        const int age = headSex == Sex::Male ? headAge + int(rng.range(-6, 2))
                                             : headAge + int(rng.range(-2, 6));
        spouseSurname = ctx.names.surname(rng);
        add(QStringLiteral("spouse"), sex, qMax(20, age), spouseSurname);
        --remaining;
    }
    const QString fatherSurname =
        headSex == Sex::Male || spouseSurname.isEmpty() ? headSurname : spouseSurname;

    if (remaining > 0 && headAge <= 55 && rng.percent(25)) {
        const bool inLaw = !spouseSurname.isEmpty() && rng.percent(30);
        // The father of the head (or of the spouse) carries that person's surname.
        const QString lineSurname = inLaw ? spouseSurname : headSurname;
        const int parents = remaining >= 2 && rng.percent(40) ? 2 : 1;
        const int fatherAge = headAge + int(rng.range(22, 34));
        const QString relationship =
            inLaw ? QStringLiteral("parent_in_law") : QStringLiteral("parent");
        if (parents == 2) {
            add(relationship, Sex::Male, fatherAge, lineSurname);
            add(relationship, Sex::Female, fatherAge + int(rng.range(-5, 1)),
                ctx.names.surname(rng));
        } else if (rng.percent(60)) {
            // Widowed mothers outnumber widowed fathers.
            add(relationship, Sex::Female, fatherAge + int(rng.range(-5, 1)),
                ctx.names.surname(rng));
        } else {
            add(relationship, Sex::Male, fatherAge, lineSurname);
        }
        remaining -= parents;
    }

    const bool grandchildren = remaining >= 2 && headAge >= 50 && rng.percent(25);
    const int grandchildCount = grandchildren ? 1 : 0;
    while (remaining > grandchildCount) {
        if (spouseSurname.isEmpty() && headAge < 40 && rng.percent(30)) {
            const Sex sex = rng.percent(50) ? Sex::Male : Sex::Female;
            add(QStringLiteral("sibling"), sex, qMax(18, headAge + int(rng.range(-8, 8))),
                sex == Sex::Male || rng.percent(70) ? headSurname : ctx.names.surname(rng));
        } else {
            const int oldest = qMax(0, headAge - 21);
            const int youngest = qMax(0, headAge - 42);
            add(QStringLiteral("child"), rng.percent(50) ? Sex::Male : Sex::Female,
                int(rng.range(youngest, oldest)), fatherSurname);
        }
        --remaining;
    }
    if (grandchildCount > 0) {
        add(QStringLiteral("grandchild"), rng.percent(50) ? Sex::Male : Sex::Female,
            int(rng.range(0, qMin(12, headAge - 45))),
            headSex == Sex::Male ? headSurname : ctx.names.surname(rng));
    }

    // Health: hardship households very often carry a major illness or a disability.
    for (DemoPerson &p : people) {
        const int age = ageOn(p.birth, today);
        const int draw = int(rng.bounded(100));
        if (age < 18)
            p.health = draw < 92 ? QStringLiteral("healthy") : QStringLiteral("chronic");
        else if (age >= 60)
            p.health = draw < 30   ? QStringLiteral("healthy")
                       : draw < 80 ? QStringLiteral("chronic")
                                   : QStringLiteral("serious");
        else
            p.health = draw < 60   ? QStringLiteral("healthy")
                       : draw < 88 ? QStringLiteral("chronic")
                                   : QStringLiteral("serious");
        p.disability = QStringLiteral("none");
    }
    if (rng.percent(42)) {
        // Mostly an adult; now and then a child (白血病 and the like).
        DemoPerson &ill = people[qsizetype(rng.bounded(quint64(people.size())))];
        ill.health = QStringLiteral("major_illness");
        ill.majorIllness =
            ageOn(ill.birth, today) < 18 ? QStringLiteral("白血病") : ctx.names.majorIllness(rng);
    }
    if (rng.percent(13)) {
        static const char *const grades[] = {"grade1", "grade2", "grade3", "grade4"};
        DemoPerson &disabled = people[qsizetype(rng.bounded(quint64(people.size())))];
        disabled.disability = QLatin1String(grades[rng.weighted({15, 25, 30, 30})]);
    }

    for (qsizetype i = 0; i < people.size(); ++i) {
        DemoPerson &p = people[i];
        p.memberId = rng.id();
        p.idNumber = ctx.names.idNumber(rng, p.birth, p.sex);
        assignWork(p, ctx, rng, community, i == 0);
        if (ageOn(p.birth, today) >= 16 && rng.percent(i == 0 ? 95 : 55))
            p.phone = ctx.names.mobile(rng);
    }
    return people;
}

SurveyBasis surveyBasis(const QList<DemoPerson> &members, bool accident, DemoRandom &rng)
{
    SurveyBasis basis;
    SurveyAmounts &a = basis.amounts;
    for (const DemoPerson &p : members) {
        const qint64 annual = p.monthlyIncomeFen * 12;
        if (p.workStatus == QLatin1String("employed") ||
            p.workStatus == QLatin1String("flexible")) {
            a.wages += annual;
            a.job += yuan(rng, 600, 2400, 100);
        } else if (p.workStatus == QLatin1String("farming")) {
            a.business += annual;
        } else if (p.workStatus == QLatin1String("retired")) {
            a.pension += annual;
        } else if (p.workStatus == QLatin1String("unemployed")) {
            const bool ableBodied =
                (p.health == QLatin1String("healthy") || p.health == QLatin1String("chronic")) &&
                (p.disability == QLatin1String("none") || p.disability == QLatin1String("grade4"));
            if (ableBodied)
                ++basis.imputedPeople;
            if (rng.percent(30))
                basis.unemploymentMonths += int(rng.range(3, 12));
        }
        if (p.health == QLatin1String("major_illness"))
            a.illness += yuan(rng, 12000, 50000, 100);
        else if (p.health == QLatin1String("serious"))
            a.illness += yuan(rng, 3000, 12000, 100);
        else if (p.health == QLatin1String("chronic"))
            a.illness += yuan(rng, 800, 4000, 100);
        if (p.disability == QLatin1String("grade1") || p.disability == QLatin1String("grade2"))
            a.disability += yuan(rng, 3000, 10000, 100);
        else if (p.disability != QLatin1String("none"))
            a.disability += yuan(rng, 500, 3000, 100);
        const QString &stage = p.schoolStage;
        if (stage == QLatin1String("primary"))
            a.schooling += yuan(rng, 500, 1500);
        else if (stage == QLatin1String("junior"))
            a.schooling += yuan(rng, 1000, 2500);
        else if (stage == QLatin1String("senior") || stage == QLatin1String("vocational"))
            a.schooling += yuan(rng, 3000, 6000);
        else if (!stage.isEmpty() && stage != QLatin1String("preschool"))
            a.schooling += yuan(rng, 8000, 16000, 100);
    }
    if (accident) {
        a.accidentLoss = yuan(rng, 30000, 120000, 100);
        if (rng.percent(50))
            a.compensation = yuan(rng, 5000, 30000, 100);
    }
    if (rng.percent(10))
        a.property = yuan(rng, 200, 3000);
    if (rng.percent(5))
        a.maintenance = yuan(rng, 2400, 12000, 100);
    if (rng.percent(20))
        a.other = yuan(rng, 500, 3000);
    return basis;
}

SurveyAmounts amountsOn(const SurveyBasis &basis, const DemoContext &ctx, const QDate &day)
{
    const int yearsBack = qMax(0, ctx.options.today.year() - day.year());
    const qint64 percent = qMax(70, 100 - 6 * yearsBack);
    auto scaled = [percent](qint64 fen) { return wholeYuan(fen * percent / 100); };
    SurveyAmounts a = basis.amounts;
    a.wages = scaled(a.wages);
    a.business = scaled(a.business);
    a.pension = scaled(a.pension);
    a.property = scaled(a.property);
    a.other = scaled(a.other);
    const qint64 minWage = ctx.lineFor(day.year()).minWageFen;
    a.imputed = basis.imputedPeople * minWage * 12;
    // Demo assumption: unemployment benefit at 90% of the minimum wage, the usual ceiling.
    a.unemployment = wholeYuan(basis.unemploymentMonths * minWage * 9 / 10);
    return a;
}

Assessment assess(const SurveyAmounts &amounts, int householdSize, qint64 dibaoFen)
{
    Assessment result;
    const qint64 income = amounts.income();
    result.perCapitaFen = (income - amounts.rigid()) / 12 / qMax(1, householdSize);
    if (result.perCapitaFen < dibaoFen)
        result.category = QStringLiteral("deep");
    else if (amounts.accidentLoss > 0 && (amounts.accidentLoss + amounts.illness) * 5 > income * 4)
        result.category = QStringLiteral("accident");
    else if (result.perCapitaFen < 2 * dibaoFen)
        result.category = QStringLiteral("relative");
    else
        result.category = QStringLiteral("not_eligible");
    return result;
}

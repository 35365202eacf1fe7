// The households part of the demo: communities, households, members, field
// visits and survey records.
#include "democontext.h"
#include "demomembers.h"

#include <algorithm>
#include <functional>
#include <tuple>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Visit
{
    Visit(QDate d, QString p, bool isSurvey = false, QString text = {})
        : date(d), purpose(std::move(p)), survey(isSurvey), notes(std::move(text))
    {
    }
    QDate date;
    QString purpose;
    bool survey = false;
    bool boosted = false; ///< the survey after which the household left hardship
    QString notes;
};

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool anyOf(const QList<DemoPerson> &people, const std::function<bool(const DemoPerson &)> &test)
{
    return std::any_of(people.begin(), people.end(), test);
}

// Main cause and the other causes that apply, in a fixed order.
QPair<QString, QString> causes(const QList<DemoPerson> &people, bool accident)
{
    const bool illness = anyOf(
        people, [](const DemoPerson &p) { return p.health == QLatin1String("major_illness"); });
    const bool someIllness =
        anyOf(people, [](const DemoPerson &p) { return p.health == QLatin1String("serious"); });
    const bool severeDisability = anyOf(people, [](const DemoPerson &p) {
        return p.disability == QLatin1String("grade1") || p.disability == QLatin1String("grade2");
    });
    const bool disability =
        anyOf(people, [](const DemoPerson &p) { return p.disability != QLatin1String("none"); });
    const bool costlySchool = anyOf(people, [](const DemoPerson &p) {
        return p.schoolStage == QLatin1String("senior") ||
               p.schoolStage == QLatin1String("vocational") ||
               p.schoolStage == QLatin1String("college") ||
               p.schoolStage == QLatin1String("university");
    });
    const bool unemployed = anyOf(
        people, [](const DemoPerson &p) { return p.workStatus == QLatin1String("unemployed"); });
    QString main = accident           ? QStringLiteral("accident")
                   : illness          ? QStringLiteral("illness")
                   : severeDisability ? QStringLiteral("disability")
                   : costlySchool     ? QStringLiteral("schooling")
                   : people.first().workStatus == QLatin1String("unemployed")
                       ? QStringLiteral("unemployment")
                       : QStringLiteral("low_income");
    QJsonArray secondary;
    const QList<QPair<bool, QString>> applicable{
        {illness || someIllness, QStringLiteral("illness")},
        {disability, QStringLiteral("disability")},
        {costlySchool, QStringLiteral("schooling")},
        {unemployed, QStringLiteral("unemployment")}};
    for (const auto &[applies, code] : applicable) {
        if (applies && code != main)
            secondary.append(code);
    }
    return {main, QString::fromUtf8(QJsonDocument(secondary).toJson(QJsonDocument::Compact))};
}

QString presentText(DemoRandom &rng, const QList<DemoPerson> &people)
{
    QStringList names{people.first().name};
    for (qsizetype i = 1; i < people.size(); ++i) {
        if (people.at(i).relationship == QLatin1String("spouse") && rng.percent(60))
            names.append(people.at(i).name);
    }
    return names.join(u'、');
}

QString visitNotes(DemoRandom &rng, const QString &purpose, const QList<DemoPerson> &people)
{
    if (purpose == QLatin1String("first_survey")) {
        QString text = QStringLiteral("入户摸排，登记家庭成员、收入和支出情况。");
        for (const DemoPerson &p : people) {
            if (!p.majorIllness.isEmpty())
                text += QStringLiteral("%1患%2，长期治疗。").arg(p.name, p.majorIllness);
        }
        return text;
    }
    if (purpose == QLatin1String("reverification"))
        return rng.pick(QStringList{QStringLiteral("年度复核，核实家庭收入和支出变化。"),
                                    QStringLiteral("年度复核，家庭情况与上年基本一致。"),
                                    QStringLiteral("年度复核，更新医疗费用票据和收入证明。")});
    if (purpose == QLatin1String("follow_up"))
        return rng.pick(QStringList{QStringLiteral("回访了解就医情况。"),
                                    QStringLiteral("协助准备医疗救助申请材料。"),
                                    QStringLiteral("了解子女上学情况。"),
                                    QStringLiteral("帮助联系就业岗位，推荐参加技能培训。")});
    return QStringLiteral("春节送温暖慰问，送去慰问金和米面油。");
}

// File numbers count up through each year in the order the files were opened,
// so they are known only once every household exists: filing and what came
// after it are written now, each as the change it was.
Status fileHouseholds(DemoContext &ctx)
{
    QList<DemoHousehold *> filed;
    for (DemoHousehold &h : ctx.households) {
        if (h.filedOn.isValid())
            filed.append(&h);
    }
    std::sort(filed.begin(), filed.end(), [](const DemoHousehold *a, const DemoHousehold *b) {
        return std::tie(a->filedOn, a->filingTime, a->id) <
               std::tie(b->filedOn, b->filingTime, b->id);
    });
    QMap<int, int> lastNumber;
    for (DemoHousehold *h : std::as_const(filed)) {
        const int year = h->filedOn.year();
        h->fileNo = QStringLiteral("HD-%1-%2").arg(year).arg(++lastNumber[year], 6, 10,
                                                             QLatin1Char('0'));
    }
    for (DemoHousehold &h : ctx.households) {
        for (qsizetype i = 0; i < h.updates.size(); ++i) {
            DemoUpdate change = h.updates.at(i);
            if (i == 0)
                change.changes.prepend({QStringLiteral("file_no"), h.fileNo});
            if (Status s = ctx.update(QStringLiteral("households"), h.id, change,
                                      Permission::EditHouseholds);
                !s)
                return s;
        }
        h.updates.clear();
    }
    return {};
}

} // namespace

Status generateHouseholds(DemoContext &ctx, DemoRandom &rng)
{
    const QDate today = ctx.options.today;
    const int n = ctx.options.households;

    // Place the households first, so that each community's expected count
    // (for the coverage of the door-to-door survey) can exceed what was found.
    QList<int> place(n);
    QList<int> perCommunity(ctx.communities.size(), 0);
    for (int i = 0; i < n; ++i) {
        place[i] = int(rng.bounded(quint64(ctx.communities.size())));
        ++perCommunity[place[i]];
    }
    for (qsizetype i = 0; i < ctx.communities.size(); ++i) {
        const DemoCommunity &c = ctx.communities.at(i);
        const int expected = perCommunity.at(i) + int(rng.range(0, perCommunity.at(i) / 5 + 2));
        if (Status s = ctx.insert(
                ctx.users.admin, Permission::ManageSettings, QStringLiteral("communities"),
                ctx.setupStamp(rng),
                {{QStringLiteral("id"), c.id},
                 {QStringLiteral("division_code"), c.divisionCode},
                 {QStringLiteral("name"), c.name},
                 {QStringLiteral("kind"),
                  c.village ? QStringLiteral("village") : QStringLiteral("community")},
                 {QStringLiteral("invented"), 1},
                 {QStringLiteral("expected_households"), expected}});
            !s)
            return s;
    }

    const QDate windowStart(today.year() - 3, 1, 1);
    ctx.households.reserve(n);

    for (int i = 0; i < n; ++i) {
        const DemoCommunity &community = ctx.communities.at(place.at(i));
        DemoHousehold h;
        h.id = rng.id();
        h.divisionCode = community.divisionCode;
        h.village = community.village;
        h.caseworker = community.village ? ctx.users.caseworkerB : ctx.users.caseworkerA;
        const QString caseworkerName =
            community.village ? ctx.users.caseworkerBName : ctx.users.caseworkerAName;
        h.members = makeMembers(ctx, rng, community);
        const DemoPerson &head = h.members.first();
        const int size = int(h.members.size());
        const bool accident = rng.percent(10);
        const SurveyBasis basis = surveyBasis(h.members, accident, rng);

        h.status = QList<QString>{QStringLiteral("identified"), QStringLiteral("filed"),
                                  QStringLiteral("exited")}[rng.weighted({12, 70, 18})];
        // A household whose figures are above the line today was surveyed but never filed.
        const Assessment now =
            assess(amountsOn(basis, ctx, today), size, ctx.lineFor(today.year()).dibaoFen);
        if (now.category == QLatin1String("not_eligible"))
            h.status = QStringLiteral("identified");

        // The timeline: the first survey, yearly re-verifications, what ended the file.
        QList<Visit> timeline;
        QString exitReason;
        QDate nextDue;
        if (h.status == QLatin1String("identified")) {
            const QDate first = rng.date(today.addDays(-240), today);
            timeline.append({first, QStringLiteral("first_survey"), true});
            if (rng.percent(40) && first.addDays(7) <= today)
                timeline.append({rng.date(first.addDays(7), qMin(today, first.addDays(40))),
                                 QStringLiteral("follow_up")});
            nextDue = first.addDays(30);
        } else {
            const bool exited = h.status == QLatin1String("exited");
            const QDate first =
                rng.date(windowStart, exited ? today.addDays(-400) : today.addDays(-10));
            h.filedOn = qMin(today, first.addDays(rng.range(5, 30)));
            QList<QDate> surveyDays{first};
            const bool overdue = !exited && rng.percent(15);
            while (true) {
                const QDate due = surveyDays.last().addYears(1);
                const QDate done = due.addDays(rng.range(-25, 20));
                // An overdue file misses the re-verification that fell due last.
                if (done > today || (overdue && due.addYears(1) > today))
                    break;
                surveyDays.append(done);
            }
            bool boosted = false;
            if (exited) {
                exitReason =
                    QList<QString>{QStringLiteral("income_above_line"), QStringLiteral("death"),
                                   QStringLiteral("retirement"), QStringLiteral("transfer"),
                                   QStringLiteral("other")}[rng.weighted({50, 15, 15, 15, 5})];
                if (exitReason == QLatin1String("income_above_line") && surveyDays.size() >= 2) {
                    surveyDays.resize(rng.range(2, surveyDays.size()));
                    h.exitedOn = qMin(today, surveyDays.last().addDays(rng.range(3, 20)));
                    boosted = true;
                } else {
                    if (exitReason == QLatin1String("income_above_line"))
                        exitReason = QStringLiteral("other");
                    h.exitedOn = rng.date(h.filedOn.addDays(60), today.addDays(-1));
                    while (surveyDays.size() > 1 && surveyDays.last() >= h.exitedOn)
                        surveyDays.removeLast();
                }
            } else {
                nextDue = surveyDays.last().addYears(1);
            }
            for (qsizetype k = 0; k < surveyDays.size(); ++k) {
                Visit v{surveyDays.at(k),
                        k == 0 ? QStringLiteral("first_survey") : QStringLiteral("reverification"),
                        true};
                v.boosted = boosted && k == surveyDays.size() - 1;
                timeline.append(v);
            }
            const QDate end = h.exitedOn.isValid() ? h.exitedOn : today;
            for (int year = windowStart.year(); year <= today.year(); ++year) {
                const QDate warmth = ctx.schedule.warmth.value(year);
                if (warmth.isValid() && warmth <= today && h.filedAt(warmth))
                    timeline.append(
                        {qMax(first, warmth.addDays(-rng.range(0, 6))), QStringLiteral("condolence")});
                const QDate from = qMax(h.filedOn.addDays(1), QDate(year, 1, 1));
                const QDate to = qMin(end.addDays(-1), QDate(year, 12, 31));
                if (from <= to && rng.percent(30))
                    timeline.append({rng.date(from, to), QStringLiteral("follow_up")});
            }
            if (exitReason == QLatin1String("death"))
                timeline.append(
                    {h.exitedOn.addDays(-rng.range(0, 3)), QStringLiteral("condolence"), false,
                     QStringLiteral("%1病故，上门慰问家属，协助办理后事。").arg(head.name)});
        }
        std::stable_sort(timeline.begin(), timeline.end(),
                         [](const Visit &a, const Visit &b) { return a.date < b.date; });

        // Assess every survey; the file keeps the latest hardship category found.
        QList<QPair<SurveyAmounts, Assessment>> assessed;
        QString lastEligible;
        for (const Visit &v : timeline) {
            if (!v.survey)
                continue;
            SurveyAmounts amounts = amountsOn(basis, ctx, v.date);
            const qint64 dibao = ctx.lineFor(v.date.year()).dibaoFen;
            if (v.boosted) {
                // A new job lifted the household clear of twice the line.
                const qint64 needed =
                    (2 * dibao + 10000) * 12 * size - (amounts.income() - amounts.rigid());
                amounts.wages += qMax<qint64>(0, needed) / 100 * 100 + 100 * 100 * 12;
                amounts.accidentLoss = 0;
            }
            const Assessment a = assess(amounts, size, dibao);
            if (a.category != QLatin1String("not_eligible"))
                lastEligible = a.category;
            assessed.append({amounts, a});
        }
        QString overrideReason;
        if (h.status != QLatin1String("identified")) {
            h.category = lastEligible.isEmpty() ? now.category : lastEligible;
            if (h.status == QLatin1String("filed") && h.category == QLatin1String("relative") &&
                rng.percent(5)) {
                h.category = QStringLiteral("deep");
                overrideReason =
                    QStringLiteral("户主病情加重，收入不稳定，经集体研究按深度困难建档。");
            }
        }
        if (h.filedOn.isValid()) {
            const DemoBankAccount account = ctx.names.bankAccount(rng);
            h.bankName = account.bankName;
            h.bankAccount = account.number;
        }
        h.workUnit = rng.percent(90) ? ctx.names.workUnit(rng) : QString();
        const auto [mainCause, secondaryCauses] = causes(h.members, accident);
        const QString address = community.village
                                    ? QStringLiteral("%1%2组%3号")
                                          .arg(community.name)
                                          .arg(rng.range(1, 12))
                                          .arg(rng.range(1, 80))
                                    : QStringLiteral("%1%2号楼%3单元%4室")
                                          .arg(community.name)
                                          .arg(rng.range(1, 36))
                                          .arg(rng.range(1, 4))
                                          .arg(rng.range(1, 7) * 100 + rng.range(1, 4));
        const QString housing =
            QList<QString>{QStringLiteral("owned"), QStringLiteral("rented"),
                           QStringLiteral("public_rental"), QStringLiteral("relatives"),
                           QStringLiteral("other")}[rng.weighted(
                {community.village ? 80 : 48, 22, community.village ? 0 : 12, 12, 6})];
        QString notes;
        if (exitReason == QLatin1String("death"))
            notes = QStringLiteral("户主%1于%2病故，档案注销。")
                        .arg(head.name, h.exitedOn.toString(QStringLiteral("yyyy年M月")));
        else if (exitReason == QLatin1String("retirement"))
            notes = QStringLiteral("户主办理退休，按规定退出困难职工档案。");
        else if (exitReason == QLatin1String("transfer"))
            notes = QStringLiteral("户主调离本区，档案转出。");

        // The household as the caseworker entered it at the first survey. Filing,
        // re-verifications and exit are changes to it, kept in h.updates.
        const QDate firstSurvey = timeline.first().date;
        const QString createdAt = rng.timestamp(firstSurvey);
        if (Status s = ctx.insert(
                h.caseworker, Permission::EditHouseholds, QStringLiteral("households"), createdAt,
                {{QStringLiteral("id"), h.id},
                 {QStringLiteral("division_code"), h.divisionCode},
                 {QStringLiteral("community_id"), community.id},
                 {QStringLiteral("address"), address},
                 {QStringLiteral("phone"), orNull(head.phone)},
                 {QStringLiteral("work_unit"), orNull(h.workUnit)},
                 {QStringLiteral("status"), QStringLiteral("identified")},
                 {QStringLiteral("category_proposed"), assessed.first().second.category},
                 {QStringLiteral("main_cause"), mainCause},
                 {QStringLiteral("secondary_causes"), secondaryCauses},
                 {QStringLiteral("housing"), housing},
                 {QStringLiteral("housing_area_m2"), rng.range(25, 120)},
                 {QStringLiteral("last_verified_on"), isoDate(firstSurvey)},
                 {QStringLiteral("next_due_on"), isoDate(firstSurvey.addDays(30))}});
            !s)
            return s;
        if (h.filedOn.isValid()) {
            h.filingTime = qMax(createdAt, rng.timestamp(h.filedOn));
            h.updates.append(
                {h.filingTime,
                 h.caseworker,
                 {{QStringLiteral("status"), QStringLiteral("filed")},
                  {QStringLiteral("category"), h.category},
                  {QStringLiteral("category_override_reason"), orNull(overrideReason)},
                  {QStringLiteral("bank_name"), h.bankName},
                  {QStringLiteral("bank_account"), h.bankAccount},
                  {QStringLiteral("bank_account_holder"), head.name},
                  {QStringLiteral("filed_on"), isoDate(h.filedOn)},
                  {QStringLiteral("next_due_on"), isoDate(firstSurvey.addYears(1))}}});
        }

        for (qsizetype k = 0; k < h.members.size(); ++k) {
            const DemoPerson &p = h.members.at(k);
            const PinyinName pinyin = ctx.pinyinOf(p.name);
            if (Status s = ctx.insert(
                    h.caseworker, Permission::EditHouseholds, QStringLiteral("members"), createdAt,
                    {{QStringLiteral("id"), p.memberId},
                     {QStringLiteral("household_id"), h.id},
                     {QStringLiteral("position"), int(k)},
                     {QStringLiteral("is_head"), k == 0 ? 1 : 0},
                     {QStringLiteral("name"), p.name},
                     {QStringLiteral("name_pinyin"), pinyin.full},
                     {QStringLiteral("name_initials"), pinyin.initials},
                     {QStringLiteral("id_number"), p.idNumber},
                     {QStringLiteral("relationship"), p.relationship},
                     {QStringLiteral("sex"),
                      p.sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female")},
                     {QStringLiteral("birth_date"), isoDate(p.birth)},
                     {QStringLiteral("phone"), orNull(p.phone)},
                     {QStringLiteral("health"), p.health},
                     {QStringLiteral("major_illness"), orNull(p.majorIllness)},
                     {QStringLiteral("disability"), p.disability},
                     {QStringLiteral("work_status"), p.workStatus},
                     {QStringLiteral("monthly_income_fen"), p.monthlyIncomeFen},
                     {QStringLiteral("school"), orNull(p.school)},
                     {QStringLiteral("school_stage"), orNull(p.schoolStage)}});
                !s)
                return s;
        }

        // Hedong lies around 35.1° N, 118.4° E; a phone's fix is not always taken.
        const qint64 baseLat = 35020000 + rng.range(0, 200000);
        const qint64 baseLon = 118330000 + rng.range(0, 300000);
        qsizetype surveyIndex = 0;
        for (const Visit &v : timeline) {
            const QString visitId = rng.id();
            // Nothing is written about a household before it exists.
            const QString at = qMax(createdAt, rng.timestamp(v.date));
            const bool gps = rng.percent(70);
            const QString visitors =
                rng.percent(30) ? ctx.users.caseworkerAName + u'、' + ctx.users.caseworkerBName
                                : caseworkerName;
            QDate due;
            if (v.survey && h.status != QLatin1String("identified"))
                due = v.date.addYears(1);
            else if (v.survey)
                due = nextDue;
            if (Status s = ctx.insert(
                    h.caseworker, Permission::EditVisits, QStringLiteral("field_visits"), at,
                    {{QStringLiteral("id"), visitId},
                     {QStringLiteral("household_id"), h.id},
                     {QStringLiteral("visit_date"), isoDate(v.date)},
                     {QStringLiteral("purpose"), v.purpose},
                     {QStringLiteral("visitors"), visitors},
                     {QStringLiteral("present"), presentText(rng, h.members)},
                     {QStringLiteral("notes"),
                      v.notes.isEmpty() ? visitNotes(rng, v.purpose, h.members) : v.notes},
                     {QStringLiteral("latitude"),
                      gps ? QVariant(double(baseLat + rng.range(-300, 300)) / 1e6) : QVariant()},
                     {QStringLiteral("longitude"),
                      gps ? QVariant(double(baseLon + rng.range(-300, 300)) / 1e6) : QVariant()},
                     {QStringLiteral("next_due_on"), orNull(due)}});
                !s)
                return s;
            if (!v.survey)
                continue;
            const auto &[a, assessment] = assessed.at(surveyIndex++);
            if (surveyIndex > 1 && h.filedOn.isValid())
                h.updates.append({at,
                                  h.caseworker,
                                  {{QStringLiteral("category_proposed"), assessment.category},
                                   {QStringLiteral("last_verified_on"), isoDate(v.date)},
                                   {QStringLiteral("next_due_on"), isoDate(due)}}});
            QJsonObject answers{
                {QStringLiteral("medical_insurance"),
                 h.village ? QStringLiteral("resident") : QStringLiteral("employee")},
                {QStringLiteral("receives_dibao"),
                 assessment.category == QLatin1String("deep") && rng.percent(40)},
                {QStringLiteral("debt_fen"), rng.percent(45) ? rng.range(50, 2000) * 10000 : 0}};
            if (Status s = ctx.insert(
                    h.caseworker, Permission::EditVisits, QStringLiteral("survey_records"), at,
                    {{QStringLiteral("id"), rng.id()},
                     {QStringLiteral("household_id"), h.id},
                     {QStringLiteral("visit_id"), visitId},
                     {QStringLiteral("survey_date"), isoDate(v.date)},
                     {QStringLiteral("household_size"), size},
                     {QStringLiteral("income_wages_fen"), a.wages},
                     {QStringLiteral("income_business_fen"), a.business},
                     {QStringLiteral("income_pension_fen"), a.pension},
                     {QStringLiteral("income_unemployment_fen"), a.unemployment},
                     {QStringLiteral("income_compensation_fen"), a.compensation},
                     {QStringLiteral("income_property_fen"), a.property},
                     {QStringLiteral("income_maintenance_fen"), a.maintenance},
                     {QStringLiteral("income_other_fen"), a.other},
                     {QStringLiteral("imputed_wage_fen"), a.imputed},
                     {QStringLiteral("expense_illness_fen"), a.illness},
                     {QStringLiteral("expense_disability_fen"), a.disability},
                     {QStringLiteral("expense_schooling_fen"), a.schooling},
                     {QStringLiteral("expense_job_fen"), a.job},
                     {QStringLiteral("accident_loss_fen"), a.accidentLoss},
                     {QStringLiteral("per_capita_monthly_fen"), assessment.perCapitaFen},
                     {QStringLiteral("dibao_monthly_fen"), ctx.lineFor(v.date.year()).dibaoFen},
                     {QStringLiteral("assessed_category"), assessment.category},
                     {QStringLiteral("answers"), compactJson(answers)}});
                !s)
                return s;
        }
        if (h.exitedOn.isValid()) {
            const QString last = h.updates.isEmpty() ? createdAt : h.updates.last().at;
            h.updates.append({qMax(last, rng.timestamp(h.exitedOn)),
                              h.caseworker,
                              {{QStringLiteral("status"), QStringLiteral("exited")},
                               {QStringLiteral("exited_on"), isoDate(h.exitedOn)},
                               {QStringLiteral("exit_reason"), exitReason},
                               {QStringLiteral("next_due_on"), QVariant()},
                               {QStringLiteral("notes"), notNull(notes)}}});
        }
        ctx.households.append(std::move(h));
    }
    return fileHouseholds(ctx);
}

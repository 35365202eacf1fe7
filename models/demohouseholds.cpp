// The households part of the demo: communities, households, members, field
// visits and survey records.
#include "democontext.h"
#include "demomembers.h"
#include "sqlerror.h"

#include <algorithm>
#include <functional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

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

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

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
    DemoTable communities = ctx.table(QStringLiteral(
        "INSERT INTO communities (id, division_code, name, kind, invented, expected_households, "
        "created_at, created_by, updated_at, updated_by, updated_device) VALUES (?, ?, ?, ?, 1, ?, "
        "?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < ctx.communities.size(); ++i) {
        const DemoCommunity &c = ctx.communities.at(i);
        const int expected = perCommunity.at(i) + int(rng.range(0, perCommunity.at(i) / 5 + 2));
        const QString at = rng.timestamp(ctx.setupDay);
        if (Status s = communities.insert(
                {c.id, c.divisionCode, c.name,
                 c.village ? QStringLiteral("village") : QStringLiteral("community"), expected},
                {at, ctx.users.admin, {}, {}});
            !s)
            return s;
    }

    DemoTable households =
        ctx.table(QStringLiteral("INSERT INTO households (id, file_no, division_code, "
                                 "community_id, address, phone, work_unit, status, "
                                 "category, category_proposed, category_override_reason, "
                                 "main_cause, secondary_causes, housing, "
                                 "housing_area_m2, bank_name, bank_account, bank_account_holder, "
                                 "filed_on, last_verified_on, next_due_on, "
                                 "exited_on, exit_reason, notes, created_at, created_by, "
                                 "updated_at, updated_by, updated_device) VALUES (") +
                  placeholders(29) + u')');
    DemoTable members =
        ctx.table(QStringLiteral("INSERT INTO members (id, household_id, position, is_head, name, "
                                 "name_pinyin, name_initials, id_number, "
                                 "relationship, sex, birth_date, phone, health, major_illness, "
                                 "disability, work_status, monthly_income_fen, "
                                 "school, school_stage, created_at, created_by, updated_at, "
                                 "updated_by, updated_device) VALUES (") +
                  placeholders(24) + u')');
    DemoTable visits =
        ctx.table(QStringLiteral("INSERT INTO field_visits (id, household_id, visit_date, purpose, "
                                 "visitors, present, notes, latitude, "
                                 "longitude, next_due_on, created_at, created_by, updated_at, "
                                 "updated_by, updated_device) VALUES (") +
                  placeholders(15) + u')');
    DemoTable surveys =
        ctx.table(QStringLiteral("INSERT INTO survey_records (id, household_id, visit_id, "
                                 "survey_date, household_size, income_wages_fen, "
                                 "income_business_fen, income_pension_fen, "
                                 "income_unemployment_fen, income_compensation_fen, "
                                 "income_property_fen, income_maintenance_fen, income_other_fen, "
                                 "imputed_wage_fen, expense_illness_fen, "
                                 "expense_disability_fen, expense_schooling_fen, expense_job_fen, "
                                 "accident_loss_fen, per_capita_monthly_fen, "
                                 "dibao_monthly_fen, assessed_category, answers, created_at, "
                                 "created_by, updated_at, updated_by, "
                                 "updated_device) VALUES (") +
                  placeholders(28) + u')');

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
                        {warmth.addDays(-rng.range(0, 6)), QStringLiteral("condolence")});
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
        const QString proposed = assessed.last().second.category;
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
        QDate lastVerified;
        for (const Visit &v : timeline) {
            if (v.survey)
                lastVerified = v.date;
        }

        QString fileNo;
        if (h.filedOn.isValid()) {
            // A placeholder: numbers follow the filing dates, given once all households exist.
            fileNo = QStringLiteral("pending-") + h.id;
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

        const QDate lastChange = std::max({timeline.last().date, h.filedOn, h.exitedOn});
        const DemoStamp stamp{rng.timestamp(timeline.first().date), h.caseworker, {}, {}};
        const QString updatedAt = qMax(stamp.createdAt, rng.timestamp(lastChange));
        if (Status s =
                households.insert({h.id,
                                   orNull(fileNo),
                                   h.divisionCode,
                                   community.id,
                                   address,
                                   orNull(head.phone),
                                   orNull(h.workUnit),
                                   h.status,
                                   orNull(h.category),
                                   proposed,
                                   orNull(overrideReason),
                                   mainCause,
                                   secondaryCauses,
                                   housing,
                                   rng.range(25, 120),
                                   orNull(h.bankName),
                                   orNull(h.bankAccount),
                                   h.bankAccount.isEmpty() ? QVariant() : QVariant(head.name),
                                   orNull(h.filedOn),
                                   orNull(lastVerified),
                                   orNull(nextDue),
                                   orNull(h.exitedOn),
                                   orNull(exitReason),
                                   notNull(notes)},
                                  {stamp.createdAt, stamp.createdBy, updatedAt, h.caseworker});
            !s)
            return s;

        for (qsizetype k = 0; k < h.members.size(); ++k) {
            const DemoPerson &p = h.members.at(k);
            const PinyinName pinyin = ctx.pinyinOf(p.name);
            if (Status s = members.insert(
                    {p.memberId, h.id, int(k), k == 0 ? 1 : 0, p.name, pinyin.full, pinyin.initials,
                     p.idNumber, p.relationship,
                     p.sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female"),
                     isoDate(p.birth), orNull(p.phone), p.health, orNull(p.majorIllness),
                     p.disability, p.workStatus, p.monthlyIncomeFen, orNull(p.school),
                     orNull(p.schoolStage)},
                    {stamp.createdAt, stamp.createdBy, updatedAt, h.caseworker});
                !s)
                return s;
        }

        // Hedong lies around 35.1° N, 118.4° E; a phone's fix is not always taken.
        const qint64 baseLat = 35020000 + rng.range(0, 200000);
        const qint64 baseLon = 118330000 + rng.range(0, 300000);
        qsizetype surveyIndex = 0;
        for (const Visit &v : timeline) {
            const QString visitId = rng.id();
            const QString at = rng.timestamp(v.date);
            const bool gps = rng.percent(70);
            const QString visitors =
                rng.percent(30) ? ctx.users.caseworkerAName + u'、' + ctx.users.caseworkerBName
                                : caseworkerName;
            QDate due;
            if (v.survey && h.status != QLatin1String("identified"))
                due = v.date.addYears(1);
            else if (v.survey)
                due = nextDue;
            if (Status s = visits.insert(
                    {visitId, h.id, isoDate(v.date), v.purpose, visitors,
                     presentText(rng, h.members),
                     v.notes.isEmpty() ? visitNotes(rng, v.purpose, h.members) : v.notes,
                     gps ? QVariant(double(baseLat + rng.range(-300, 300)) / 1e6) : QVariant(),
                     gps ? QVariant(double(baseLon + rng.range(-300, 300)) / 1e6) : QVariant(),
                     orNull(due)},
                    {at, h.caseworker, {}, {}});
                !s)
                return s;
            if (!v.survey)
                continue;
            const auto &[a, assessment] = assessed.at(surveyIndex++);
            QJsonObject answers{
                {QStringLiteral("medical_insurance"),
                 h.village ? QStringLiteral("resident") : QStringLiteral("employee")},
                {QStringLiteral("receives_dibao"),
                 assessment.category == QLatin1String("deep") && rng.percent(40)},
                {QStringLiteral("debt_fen"), rng.percent(45) ? rng.range(50, 2000) * 10000 : 0}};
            if (Status s = surveys.insert({rng.id(),
                                           h.id,
                                           visitId,
                                           isoDate(v.date),
                                           size,
                                           a.wages,
                                           a.business,
                                           a.pension,
                                           a.unemployment,
                                           a.compensation,
                                           a.property,
                                           a.maintenance,
                                           a.other,
                                           a.imputed,
                                           a.illness,
                                           a.disability,
                                           a.schooling,
                                           a.job,
                                           a.accidentLoss,
                                           assessment.perCapitaFen,
                                           ctx.lineFor(v.date.year()).dibaoFen,
                                           assessment.category,
                                           compactJson(answers)},
                                          {at, h.caseworker, {}, {}});
                !s)
                return s;
        }
        ctx.households.append(std::move(h));
    }

    // File numbers count up through each year in the order households were filed.
    QSqlQuery numbering(ctx.db);
    if (!numbering.prepare(QStringLiteral(
            "UPDATE households SET file_no = numbered.file_no FROM ("
            "SELECT id, printf('HD-%s-%06d', substr(filed_on, 1, 4), row_number() OVER ("
            "PARTITION BY substr(filed_on, 1, 4) ORDER BY filed_on, created_at, id)) AS file_no "
            "FROM households WHERE filed_on IS NOT NULL) AS numbered WHERE households.id = "
            "numbered.id")) ||
        !numbering.exec())
        return sqlError(numbering.lastError(), ctx.db.databaseName());
    return {};
}

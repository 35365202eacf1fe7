// Loading and saving a household file. The checks are in householdfilecheck.cpp.
#include "householdfile.h"

#include "householdexit.h"
#include "idnumber.h"
#include "pinyin.h"
#include "sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QString SuddenEventKey = QStringLiteral("sudden_event");

QVariant orNull(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QStringList causesFromJson(const QString &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(v.toString());
    return list;
}

QString causesToJson(const QStringList &causes)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(causes)).toJson(QJsonDocument::Compact));
}

Status loadMembers(const QSqlDatabase &db, HouseholdRecord &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, name, ifnull(id_number, ''), relationship, ifnull(sex, ''),"
        " ifnull(birth_date, ''), ifnull(phone, ''), ifnull(health, ''),"
        " ifnull(major_illness, ''), ifnull(disability, ''), ifnull(work_status, ''),"
        " monthly_income_fen, ifnull(school, ''), ifnull(school_stage, '')"
        " FROM members WHERE household_id = ? ORDER BY is_head DESC, position, name"));
    q.addBindValue(r.id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("members"));
    while (q.next()) {
        MemberRecord m;
        m.id = q.value(0).toString();
        m.name = q.value(1).toString();
        m.idNumber = q.value(2).toString();
        m.relationship = q.value(3).toString();
        m.sex = q.value(4).toString();
        m.birthDate = dateOf(q.value(5));
        m.phone = q.value(6).toString();
        m.health = q.value(7).toString();
        m.majorIllness = q.value(8).toString();
        m.disability = q.value(9).toString();
        m.workStatus = q.value(10).toString();
        m.monthlyIncomeFen = q.value(11).toLongLong();
        m.school = q.value(12).toString();
        m.schoolStage = q.value(13).toString();
        r.members.append(m);
    }
    return {};
}

struct StoredSurvey
{
    SurveyFigures figures;
    int householdSize = 0;
    QString visitId;
    QJsonObject answers;
};

// The household's latest survey, if it has one.
Result<std::optional<StoredSurvey>> latestSurvey(const QSqlDatabase &db, const QString &householdId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, survey_date, household_size, ifnull(visit_id, ''), income_wages_fen,"
        " income_business_fen, income_pension_fen, income_unemployment_fen,"
        " income_compensation_fen, income_property_fen, income_maintenance_fen, income_other_fen,"
        " expense_illness_fen, expense_disability_fen, expense_schooling_fen, expense_job_fen,"
        " accident_loss_fen, answers"
        " FROM survey_records WHERE household_id = ?"
        " ORDER BY survey_date DESC, created_at DESC, id DESC LIMIT 1"));
    q.addBindValue(householdId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("survey_records"));
    if (!q.next())
        return std::optional<StoredSurvey>();
    StoredSurvey s;
    SurveyFigures &f = s.figures;
    f.id = q.value(0).toString();
    f.date = dateOf(q.value(1));
    s.householdSize = q.value(2).toInt();
    s.visitId = q.value(3).toString();
    qint64 *fields[] = {&f.income.wagesFen,           &f.income.businessFen,
                        &f.income.pensionFen,         &f.income.unemploymentFen,
                        &f.income.compensationFen,    &f.income.propertyFen,
                        &f.income.maintenanceFen,     &f.income.otherFen,
                        &f.expenditure.illnessFen,    &f.expenditure.disabilityFen,
                        &f.expenditure.schoolingFen,  &f.expenditure.jobFen,
                        &f.accidentLossFen};
    for (int i = 0; i < 13; ++i)
        *fields[i] = q.value(4 + i).toLongLong();
    s.answers = QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object();
    f.suddenEvent = s.answers.value(SuddenEventKey).toBool();
    return std::optional<StoredSurvey>(s);
}

RowValues memberValues(const MemberRecord &m, const Pinyin &pinyin, int position)
{
    const PinyinName spelled = pinyin.name(m.name.trimmed());
    return {{QStringLiteral("position"), position},
            {QStringLiteral("is_head"), m.isHead() ? 1 : 0},
            {QStringLiteral("name"), m.name.trimmed()},
            {QStringLiteral("name_pinyin"), spelled.full},
            {QStringLiteral("name_initials"), spelled.initials},
            {QStringLiteral("id_number"), orNull(m.idNumber)},
            {QStringLiteral("relationship"), m.relationship},
            {QStringLiteral("sex"), orNull(m.sex)},
            {QStringLiteral("birth_date"), dateOrNull(m.birthDate)},
            {QStringLiteral("phone"), orNull(m.phone)},
            {QStringLiteral("health"), orNull(m.health)},
            {QStringLiteral("major_illness"), orNull(m.majorIllness)},
            {QStringLiteral("disability"), orNull(m.disability)},
            {QStringLiteral("work_status"), orNull(m.workStatus)},
            {QStringLiteral("monthly_income_fen"), m.monthlyIncomeFen},
            {QStringLiteral("school"), orNull(m.school)},
            {QStringLiteral("school_stage"), orNull(m.schoolStage)}};
}

// Members: removed ones first, then the others with the head last, so the
// one-head index never sees two heads while the head changes hands.
Status saveMembers(AuditedWriter &writer, const Pinyin &pinyin, const QString &householdId,
                   const QList<MemberRecord> &members)
{
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT id FROM members WHERE household_id = ?"));
    q.addBindValue(householdId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("members"));
    QSet<QString> stored;
    while (q.next())
        stored.insert(q.value(0).toString());
    QSet<QString> kept;
    for (const MemberRecord &m : members) {
        if (!m.id.isEmpty() && !stored.contains(m.id))
            return Error{HouseholdFile::tr("%1 is no longer a member of this household; open "
                                           "the file again.")
                             .arg(m.name)};
        kept.insert(m.id);
    }
    for (const QString &id : std::as_const(stored)) {
        if (!kept.contains(id)) {
            if (Status s = writer.remove(Permission::EditHouseholds, QStringLiteral("members"), id);
                !s)
                return s;
        }
    }
    QList<int> order;
    for (int i = 0; i < members.size(); ++i) {
        if (!members.at(i).isHead())
            order.append(i);
    }
    for (int i = 0; i < members.size(); ++i) {
        if (members.at(i).isHead())
            order.append(i);
    }
    for (int i : order) {
        const MemberRecord &m = members.at(i);
        RowValues values = memberValues(m, pinyin, i);
        if (m.id.isEmpty()) {
            values.prepend({QStringLiteral("household_id"), householdId});
            if (auto id = writer.insert(Permission::EditHouseholds, QStringLiteral("members"),
                                        values);
                !id)
                return id.error();
        } else if (Status s = writer.update(Permission::EditHouseholds, QStringLiteral("members"),
                                            m.id, values);
                   !s) {
            return s;
        }
    }
    return {};
}

bool sameSurvey(const std::optional<StoredSurvey> &stored, const SurveyFigures &f, int size)
{
    return stored && stored->figures.sameFigures(f) && stored->householdSize == size;
}

Status saveSurvey(AuditedWriter &writer, const QString &householdId,
                  const std::optional<StoredSurvey> &stored, const SurveyFigures &f, int size,
                  const Assessment &a, const QString &visitId)
{
    if (sameSurvey(stored, f, size) && stored->figures.date == f.date &&
        (visitId.isEmpty() || stored->visitId == visitId))
        return {};
    QJsonObject answers = stored ? stored->answers : QJsonObject();
    answers.insert(SuddenEventKey, f.suddenEvent);
    RowValues values = {
        {QStringLiteral("survey_date"), f.date.toString(Qt::ISODate)},
        {QStringLiteral("household_size"), size},
        {QStringLiteral("income_wages_fen"), f.income.wagesFen},
        {QStringLiteral("income_business_fen"), f.income.businessFen},
        {QStringLiteral("income_pension_fen"), f.income.pensionFen},
        {QStringLiteral("income_unemployment_fen"), f.income.unemploymentFen},
        {QStringLiteral("income_compensation_fen"), f.income.compensationFen},
        {QStringLiteral("income_property_fen"), f.income.propertyFen},
        {QStringLiteral("income_maintenance_fen"), f.income.maintenanceFen},
        {QStringLiteral("income_other_fen"), f.income.otherFen},
        {QStringLiteral("imputed_wage_fen"), a.imputedIncome.fen()},
        {QStringLiteral("expense_illness_fen"), f.expenditure.illnessFen},
        {QStringLiteral("expense_disability_fen"), f.expenditure.disabilityFen},
        {QStringLiteral("expense_schooling_fen"), f.expenditure.schoolingFen},
        {QStringLiteral("expense_job_fen"), f.expenditure.jobFen},
        {QStringLiteral("accident_loss_fen"), f.accidentLossFen},
        {QStringLiteral("per_capita_monthly_fen"), a.perCapitaMonthly.fen()},
        {QStringLiteral("dibao_monthly_fen"), a.line.dibaoMonthly.fen()},
        {QStringLiteral("assessed_category"), a.proposedCategory},
        {QStringLiteral("answers"),
         QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact))}};
    if (!visitId.isEmpty())
        values.append({QStringLiteral("visit_id"), visitId});
    // A survey of the same day is corrected in place: one survey a day keeps
    // the history readable. An older one stays as it was.
    if (stored && stored->figures.date == f.date)
        return writer.update(Permission::EditVisits, QStringLiteral("survey_records"),
                             stored->figures.id, values);
    values.prepend({QStringLiteral("household_id"), householdId});
    auto id = writer.insert(Permission::EditVisits, QStringLiteral("survey_records"), values);
    return id ? Status() : Status(id.error());
}

QString joinProblems(const QList<FileProblem> &problems)
{
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < 5; ++i)
        lines.append(problems.at(i).message);
    if (problems.size() > 5)
        lines.append(HouseholdFile::tr("… and %n more problem(s).", nullptr,
                                       int(problems.size() - 5)));
    return lines.join(u'\n');
}

} // namespace

Result<HouseholdRecord> HouseholdFile::load(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT ifnull(file_no, ''), status, division_code, ifnull(community_id, ''), address,"
        " ifnull(phone, ''), ifnull(work_unit, ''), ifnull(housing, ''), housing_area_m2,"
        " ifnull(main_cause, ''), secondary_causes, ifnull(bank_name, ''),"
        " ifnull(bank_account, ''), ifnull(bank_account_holder, ''), notes, filed_on,"
        " last_verified_on, next_due_on, ifnull(category, ''), ifnull(category_proposed, ''),"
        " ifnull(category_override_reason, '')"
        " FROM households WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("households"));
    if (!q.next())
        return Error{tr("The household does not exist in this database.")};
    HouseholdRecord r;
    r.id = id;
    r.fileNo = q.value(0).toString();
    r.status = q.value(1).toString();
    r.divisionCode = q.value(2).toString();
    r.communityId = q.value(3).toString();
    r.address = q.value(4).toString();
    r.phone = q.value(5).toString();
    r.workUnit = q.value(6).toString();
    r.housing = q.value(7).toString();
    if (!q.value(8).isNull())
        r.housingAreaM2 = q.value(8).toInt();
    r.mainCause = q.value(9).toString();
    r.secondaryCauses = causesFromJson(q.value(10).toString());
    r.bankName = q.value(11).toString();
    r.bankAccount = q.value(12).toString();
    r.bankAccountHolder = q.value(13).toString();
    r.notes = q.value(14).toString();
    r.filedOn = dateOf(q.value(15));
    r.lastVerifiedOn = dateOf(q.value(16));
    r.nextDueOn = dateOf(q.value(17));
    r.category = q.value(18).toString();
    r.categoryProposed = q.value(19).toString();
    r.overrideReason = q.value(20).toString();
    if (Status s = loadMembers(db, r); !s)
        return s.error();
    auto survey = latestSurvey(db, id);
    if (!survey)
        return survey.error();
    if (survey->has_value())
        r.survey = (*survey)->figures;
    return r;
}

Result<QList<SurveySummary>> HouseholdFile::surveys(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT s.survey_date, s.household_size,"
        " s.income_wages_fen + s.income_business_fen + s.income_pension_fen"
        "   + s.income_unemployment_fen + s.income_compensation_fen + s.income_property_fen"
        "   + s.income_maintenance_fen + s.income_other_fen + s.imputed_wage_fen,"
        " s.expense_illness_fen + s.expense_disability_fen + s.expense_schooling_fen"
        "   + s.expense_job_fen,"
        " s.per_capita_monthly_fen, ifnull(s.assessed_category, ''), ifnull(v.purpose, '')"
        " FROM survey_records s LEFT JOIN field_visits v ON v.id = s.visit_id"
        " WHERE s.household_id = ? ORDER BY s.survey_date DESC, s.created_at DESC"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("survey_records"));
    QList<SurveySummary> list;
    while (q.next()) {
        SurveySummary s;
        s.date = dateOf(q.value(0));
        s.householdSize = q.value(1).toInt();
        s.annualIncomeFen = q.value(2).toLongLong();
        s.rigidExpenditureFen = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            s.perCapitaMonthlyFen = q.value(4).toLongLong();
        s.category = q.value(5).toString();
        s.visitPurpose = q.value(6).toString();
        list.append(s);
    }
    return list;
}

Result<QString> HouseholdFile::save(AuditedWriter &writer, const Pinyin &pinyin,
                                    const HouseholdRecord &record, const SaveOptions &options)
{
    if (Status s = writer.require(Permission::EditHouseholds); !s)
        return s.error();
    const QSqlDatabase db = writer.database();
    const QDate today =
        options.today.isValid() ? options.today : writer.now().toLocalTime().date();
    const bool isNew = record.id.isEmpty();
    if (!isNew) {
        if (Status s = HouseholdExit::refuseIfExited(db, record.id); !s)
            return s.error();
    }

    HouseholdRecord r = record;
    fillFromIdNumbers(r);
    for (MemberRecord &m : r.members) {
        if (auto id = IdNumber::parse(m.idNumber, today))
            m.idNumber = id->number;
    }
    std::optional<StoredSurvey> stored;
    if (!isNew) {
        auto latest = latestSurvey(db, r.id);
        if (!latest)
            return latest.error();
        stored = latest.value();
    }
    // New figures under the old survey's date are today's survey: a date is
    // only kept when the caller chose it (a visit's date, a survey entered late).
    if (!r.survey.date.isValid() ||
        (stored && stored->figures.date == r.survey.date &&
         !sameSurvey(stored, r.survey, int(r.members.size()))))
        r.survey.date = today;
    auto assessment = HardshipAssessment::assess(db, assessmentInput(r, today));
    if (!assessment)
        return assessment.error();
    const QString proposed = assessment->proposedCategory;
    // Without a choice of their own the caseworker follows the proposal once
    // the household is (or is being) filed; a survey alone decides nothing.
    const bool filing = options.file && r.status == QLatin1String("identified");
    if (r.category.isEmpty() && (filing || r.status == QLatin1String("filed")))
        r.category = proposed;
    r.categoryProposed = proposed;
    if (r.category == proposed)
        r.overrideReason.clear();

    if (const QList<FileProblem> problems = check(r, today); !problems.isEmpty())
        return Error{joinProblems(problems), problems.first().field};
    auto duplicates = registeredElsewhere(db, r);
    if (!duplicates)
        return duplicates.error();
    if (!duplicates->isEmpty())
        return Error{describe(duplicates->first()) + u' ' +
                         tr("Open that file instead of registering the person twice."),
                     QStringLiteral("id_number")};
    if (filing && (r.category.isEmpty() || r.category == HardshipAssessment::NotEligible))
        return Error{tr("Only a household in hardship can be filed: the category is %1.")
                         .arg(r.category.isEmpty() ? tr("not set") : tr("not eligible"))};

    RowValues values = {
        {QStringLiteral("division_code"), r.divisionCode},
        {QStringLiteral("community_id"), orNull(r.communityId)},
        {QStringLiteral("address"), r.address.trimmed()},
        {QStringLiteral("phone"), orNull(r.phone)},
        {QStringLiteral("work_unit"), orNull(r.workUnit)},
        {QStringLiteral("housing"), orNull(r.housing)},
        {QStringLiteral("housing_area_m2"), r.housingAreaM2 ? QVariant(*r.housingAreaM2) : QVariant()},
        {QStringLiteral("main_cause"), orNull(r.mainCause)},
        {QStringLiteral("secondary_causes"), causesToJson(r.secondaryCauses)},
        {QStringLiteral("bank_name"), orNull(r.bankName)},
        {QStringLiteral("bank_account"), orNull(r.bankAccount)},
        {QStringLiteral("bank_account_holder"), orNull(r.bankAccountHolder)},
        // NOT NULL column: an empty QString would bind as NULL.
        {QStringLiteral("notes"), r.notes.isEmpty() ? QStringLiteral("") : r.notes},
        {QStringLiteral("category"), orNull(r.category)},
        {QStringLiteral("category_proposed"), proposed},
        {QStringLiteral("category_override_reason"), orNull(r.overrideReason)}};
    if (filing) {
        auto fileNo = nextFileNumber(db, today.year());
        if (!fileNo)
            return fileNo.error();
        values.append({QStringLiteral("file_no"), fileNo.value()});
        values.append({QStringLiteral("status"), QStringLiteral("filed")});
        values.append({QStringLiteral("filed_on"), today.toString(Qt::ISODate)});
        values.append({QStringLiteral("last_verified_on"), today.toString(Qt::ISODate)});
        values.append({QStringLiteral("next_due_on"), today.addYears(1).toString(Qt::ISODate)});
    }

    QString householdId = r.id;
    if (isNew) {
        auto id = writer.insert(Permission::EditHouseholds, QStringLiteral("households"), values);
        if (!id)
            return id.error();
        householdId = id.value();
    } else if (Status s = writer.update(Permission::EditHouseholds, QStringLiteral("households"),
                                        householdId, values);
               !s) {
        return s.error();
    }
    if (Status s = saveMembers(writer, pinyin, householdId, r.members); !s)
        return s.error();
    if (Status s = saveSurvey(writer, householdId, stored, r.survey, int(r.members.size()),
                              assessment.value(), options.visitId);
        !s)
        return s.error();
    return householdId;
}

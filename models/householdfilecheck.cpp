// The checks of a household file that need no writing: what is wrong with it
// on its own, who of it is registered elsewhere, and the next file number.
#include "householdfile.h"

#include "householdcodes.h"
#include "idnumber.h"
#include "money.h"
#include "sqlerror.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using Kind = HouseholdCodes::Kind;

constexpr qint64 MaxFen = Money::maxYuan * 100;

bool validPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 \\-]{4,19}$"));
    return phone.isEmpty() || pattern.match(phone).hasMatch();
}

bool validAccount(const QString &account)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9 ]{8,40}$"));
    return account.isEmpty() || pattern.match(account).hasMatch();
}

class Problems
{
public:
    void add(const QString &field, int member, const QString &message)
    {
        list.append({field, member, message});
    }
    void amount(const char *field, qint64 fen, const QString &what)
    {
        if (fen < 0)
            add(QString::fromLatin1(field), -1,
                HouseholdFile::tr("%1 cannot be negative.").arg(what));
        else if (fen > MaxFen)
            add(QString::fromLatin1(field), -1, HouseholdFile::tr("%1 is too large.").arg(what));
    }
    QList<FileProblem> list;
};

void checkHousehold(const HouseholdRecord &r, Problems &p)
{
    if (r.divisionCode.isEmpty())
        p.add(QStringLiteral("division_code"), -1,
              HouseholdFile::tr("Choose the sub-district or town."));
    if (r.address.trimmed().isEmpty())
        p.add(QStringLiteral("address"), -1, HouseholdFile::tr("Enter the household's address."));
    if (!validPhone(r.phone.trimmed()))
        p.add(QStringLiteral("phone"), -1,
              HouseholdFile::tr("The phone number may only hold digits, spaces, '-' and a "
                                "leading '+'."));
    if (!r.housing.isEmpty() && !HouseholdCodes::contains(Kind::Housing, r.housing))
        p.add(QStringLiteral("housing"), -1, HouseholdFile::tr("Unknown kind of housing."));
    if (r.housingAreaM2 && (*r.housingAreaM2 < 0 || *r.housingAreaM2 > 100000))
        p.add(QStringLiteral("housing_area_m2"), -1,
              HouseholdFile::tr("The housing area must be between 0 and 100,000 m²."));
    if (!r.mainCause.isEmpty() && !HouseholdCodes::contains(Kind::Cause, r.mainCause))
        p.add(QStringLiteral("main_cause"), -1, HouseholdFile::tr("Unknown cause of hardship."));
    for (const QString &cause : r.secondaryCauses) {
        if (!HouseholdCodes::contains(Kind::Cause, cause))
            p.add(QStringLiteral("secondary_causes"), -1,
                  HouseholdFile::tr("Unknown cause of hardship."));
        else if (cause == r.mainCause)
            p.add(QStringLiteral("secondary_causes"), -1,
                  HouseholdFile::tr("%1 is already the main cause; it cannot also be a secondary "
                                    "cause.")
                      .arg(HouseholdCodes::label(Kind::Cause, cause)));
    }
    if (!validAccount(r.bankAccount.trimmed()))
        p.add(QStringLiteral("bank_account"), -1,
              HouseholdFile::tr("A bank account number has 8 to 40 digits."));
    if (!r.bankAccount.trimmed().isEmpty() && r.bankName.trimmed().isEmpty())
        p.add(QStringLiteral("bank_name"), -1,
              HouseholdFile::tr("Enter the bank of the account."));
    if (!r.category.isEmpty() && !r.categoryProposed.isEmpty() &&
        r.category != r.categoryProposed && r.overrideReason.trimmed().isEmpty())
        p.add(QStringLiteral("category_override_reason"), -1,
              HouseholdFile::tr("Give a reason for choosing a category other than the proposed "
                                "one."));
}

void checkMember(const MemberRecord &m, int row, const QDate &today, Problems &p,
                 QHash<QString, int> &seen)
{
    const QString who = m.name.trimmed().isEmpty()
                            ? HouseholdFile::tr("Member %1").arg(row + 1)
                            : m.name.trimmed();
    if (m.name.trimmed().isEmpty())
        p.add(QStringLiteral("name"), row, HouseholdFile::tr("%1: enter the name.").arg(who));
    if (!HouseholdCodes::contains(Kind::Relationship, m.relationship))
        p.add(QStringLiteral("relationship"), row,
              HouseholdFile::tr("%1: choose the relationship to the head of household.").arg(who));
    if (m.idNumber.trimmed().isEmpty()) {
        if (m.isHead())
            p.add(QStringLiteral("id_number"), row,
                  HouseholdFile::tr("%1: the head of household's ID number is required.")
                      .arg(who));
    } else if (auto id = IdNumber::parse(m.idNumber, today); !id) {
        p.add(QStringLiteral("id_number"), row,
              HouseholdFile::tr("%1: ID number %2: %3.")
                  .arg(who, m.idNumber.trimmed(), id.error().message));
    } else {
        const QString sex = id->sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
        if (!m.sex.isEmpty() && m.sex != sex)
            p.add(QStringLiteral("sex"), row,
                  HouseholdFile::tr("%1: the sex does not match the ID number.").arg(who));
        if (m.birthDate.isValid() && m.birthDate != id->birthDate)
            p.add(QStringLiteral("birth_date"), row,
                  HouseholdFile::tr("%1: the date of birth does not match the ID number (%2).")
                      .arg(who, id->birthDate.toString(Qt::ISODate)));
        if (auto it = seen.constFind(id->number); it != seen.cend())
            p.add(QStringLiteral("id_number"), row,
                  HouseholdFile::tr("%1: ID number %2 is already entered for member %3 of this "
                                    "file.")
                      .arg(who, id->number)
                      .arg(it.value() + 1));
        else
            seen.insert(id->number, row);
    }
    if (m.birthDate.isValid() && m.birthDate > today)
        p.add(QStringLiteral("birth_date"), row,
              HouseholdFile::tr("%1: the date of birth lies in the future.").arg(who));
    if (!m.sex.isEmpty() && !HouseholdCodes::contains(Kind::Sex, m.sex))
        p.add(QStringLiteral("sex"), row, HouseholdFile::tr("%1: unknown sex.").arg(who));
    if (!validPhone(m.phone.trimmed()))
        p.add(QStringLiteral("phone"), row,
              HouseholdFile::tr("%1: the phone number may only hold digits, spaces, '-' and a "
                                "leading '+'.")
                  .arg(who));
    const std::pair<Kind, const char *> coded[] = {{Kind::Health, "health"},
                                                   {Kind::Disability, "disability"},
                                                   {Kind::WorkStatus, "work_status"},
                                                   {Kind::SchoolStage, "school_stage"}};
    const QString values[] = {m.health, m.disability, m.workStatus, m.schoolStage};
    for (int i = 0; i < 4; ++i) {
        if (!values[i].isEmpty() && !HouseholdCodes::contains(coded[i].first, values[i]))
            p.add(QString::fromLatin1(coded[i].second), row,
                  HouseholdFile::tr("%1: unknown answer \"%2\".").arg(who, values[i]));
    }
    if (m.monthlyIncomeFen < 0 || m.monthlyIncomeFen > MaxFen)
        p.add(QStringLiteral("monthly_income_fen"), row,
              HouseholdFile::tr("%1: the monthly income must be between 0 and %2.")
                  .arg(who, Money::fromFen(MaxFen).toStringWithSymbol()));
}

void checkSurvey(const SurveyFigures &s, const QDate &today, Problems &p)
{
    if (s.date.isValid() && s.date > today)
        p.add(QStringLiteral("survey_date"), -1,
              HouseholdFile::tr("The survey date lies in the future."));
    p.amount("income_wages_fen", s.income.wagesFen, HouseholdFile::tr("Wages"));
    p.amount("income_business_fen", s.income.businessFen, HouseholdFile::tr("Business income"));
    p.amount("income_pension_fen", s.income.pensionFen, HouseholdFile::tr("Pensions"));
    p.amount("income_unemployment_fen", s.income.unemploymentFen,
             HouseholdFile::tr("Unemployment benefit"));
    p.amount("income_compensation_fen", s.income.compensationFen,
             HouseholdFile::tr("Compensation"));
    p.amount("income_property_fen", s.income.propertyFen, HouseholdFile::tr("Interest and rent"));
    p.amount("income_maintenance_fen", s.income.maintenanceFen,
             HouseholdFile::tr("Maintenance received"));
    p.amount("income_other_fen", s.income.otherFen, HouseholdFile::tr("Other income"));
    p.amount("expense_illness_fen", s.expenditure.illnessFen, HouseholdFile::tr("Medical costs"));
    p.amount("expense_disability_fen", s.expenditure.disabilityFen,
             HouseholdFile::tr("Disability costs"));
    p.amount("expense_schooling_fen", s.expenditure.schoolingFen,
             HouseholdFile::tr("Schooling costs"));
    p.amount("expense_job_fen", s.expenditure.jobFen, HouseholdFile::tr("Necessary job costs"));
    p.amount("accident_loss_fen", s.accidentLossFen, HouseholdFile::tr("Losses from accidents"));
}

} // namespace

bool SurveyFigures::sameFigures(const SurveyFigures &o) const
{
    const AssessmentIncome &a = income, &b = o.income;
    const AssessmentExpenditure &x = expenditure, &y = o.expenditure;
    return a.wagesFen == b.wagesFen && a.businessFen == b.businessFen &&
           a.pensionFen == b.pensionFen && a.unemploymentFen == b.unemploymentFen &&
           a.compensationFen == b.compensationFen && a.propertyFen == b.propertyFen &&
           a.maintenanceFen == b.maintenanceFen && a.otherFen == b.otherFen &&
           x.illnessFen == y.illnessFen && x.disabilityFen == y.disabilityFen &&
           x.schoolingFen == y.schoolingFen && x.jobFen == y.jobFen &&
           accidentLossFen == o.accidentLossFen && suddenEvent == o.suddenEvent;
}

qsizetype HouseholdRecord::headIndex() const
{
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members.at(i).isHead())
            return i;
    }
    return -1;
}

QList<FileProblem> HouseholdFile::check(const HouseholdRecord &record, QDate today)
{
    Problems p;
    checkHousehold(record, p);
    if (record.members.isEmpty())
        p.add(QStringLiteral("members"), -1,
              tr("Enter the members of the household, the head of household first."));
    qsizetype heads = 0;
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < record.members.size(); ++i) {
        checkMember(record.members.at(i), int(i), today, p, seen);
        heads += record.members.at(i).isHead() ? 1 : 0;
    }
    if (!record.members.isEmpty() && heads != 1)
        p.add(QStringLiteral("relationship"), -1,
              heads == 0 ? tr("Mark one member as the head of household.")
                         : tr("Only one member can be the head of household."));
    checkSurvey(record.survey, today, p);
    return p.list;
}

void HouseholdFile::fillFromIdNumbers(HouseholdRecord &record)
{
    for (MemberRecord &m : record.members) {
        auto id = IdNumber::parse(m.idNumber);
        if (!id)
            continue;
        m.sex = id->sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
        m.birthDate = id->birthDate;
    }
}

Result<QList<RegisteredElsewhere>> HouseholdFile::registeredElsewhere(const QSqlDatabase &db,
                                                                      const HouseholdRecord &record)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "SELECT h.id, ifnull(h.file_no, ''), h.status,"
            "       ifnull((SELECT x.name FROM members x WHERE x.household_id = h.id"
            "               AND x.is_head = 1), '')"
            " FROM members m JOIN households h ON h.id = m.household_id"
            " WHERE m.id_number = ? AND m.household_id <> ? LIMIT 1")))
        return sqlError(q.lastError(), QStringLiteral("members"));
    QList<RegisteredElsewhere> found;
    for (qsizetype i = 0; i < record.members.size(); ++i) {
        const MemberRecord &m = record.members.at(i);
        auto id = IdNumber::parse(m.idNumber);
        if (!id)
            continue;
        q.addBindValue(id->number);
        q.addBindValue(record.id.isEmpty() ? QStringLiteral("") : record.id); // not NULL
        if (!q.exec())
            return sqlError(q.lastError(), QStringLiteral("members"));
        if (q.next())
            found.append({int(i), m.name.trimmed(), id->number, q.value(0).toString(),
                          q.value(1).toString(), q.value(3).toString(), q.value(2).toString()});
        q.finish();
    }
    return found;
}

QString HouseholdFile::describe(const RegisteredElsewhere &d)
{
    const QString person = QStringLiteral("%1 (%2)").arg(d.name, IdNumber::mask(d.idNumber));
    if (!d.fileNo.isEmpty())
        return tr("%1 is already registered, in the household with file number %2.")
            .arg(person, d.fileNo);
    return tr("%1 is already registered, in the household of %2 (not filed yet).")
        .arg(person, d.headName);
}

AssessmentInput HouseholdFile::assessmentInput(const HouseholdRecord &record, QDate today)
{
    AssessmentInput in;
    in.surveyDate = record.survey.date.isValid() ? record.survey.date : today;
    in.divisionCode = record.divisionCode;
    for (const MemberRecord &m : record.members) {
        AssessmentMember a;
        a.name = m.name.trimmed();
        a.sex = m.sex;
        a.birthDate = m.birthDate;
        a.workStatus = m.workStatus;
        a.disability = m.disability;
        a.health = m.health;
        a.schoolStage = m.schoolStage;
        a.student = m.workStatus == QLatin1String("student") || !m.schoolStage.isEmpty();
        a.monthlyIncomeFen = m.monthlyIncomeFen;
        in.members.append(a);
    }
    in.income = record.survey.income;
    in.expenditure = record.survey.expenditure;
    in.accidentLossFen = record.survey.accidentLossFen;
    in.suddenEvent = record.survey.suddenEvent;
    return in;
}

Result<QString> HouseholdFile::nextFileNumber(const QSqlDatabase &db, int year)
{
    const QString prefix = QStringLiteral("HD-%1-").arg(year);
    QSqlQuery q(db);
    // Six digits after the prefix sort as numbers do, so max() is the highest.
    q.prepare(QStringLiteral("SELECT max(file_no) FROM households WHERE file_no LIKE ? "
                             "AND length(file_no) = ?"));
    q.addBindValue(prefix + u'%');
    q.addBindValue(prefix.size() + 6);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), QStringLiteral("households"));
    int last = 0;
    if (!q.value(0).isNull())
        last = q.value(0).toString().mid(prefix.size()).toInt();
    if (last >= 999999)
        return Error{tr("All file numbers of %1 are used.").arg(year)};
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

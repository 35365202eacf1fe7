// Shared inputs of the hardship assessment tests: a round poverty line, members
// and households that make the figures easy to check by hand.
#pragma once

#include "hardshipassessment.h"

#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(AssessmentMember)
Q_DECLARE_METATYPE(AssessmentInput)

namespace {

const QDate SurveyDate(2026, 6, 30);
const QString Jiuqu = QStringLiteral("371312001");     // 九曲街道
const QString Xianggong = QStringLiteral("371312004"); // 相公街道

// 990 yuan 低保, 2,100 yuan minimum wage: round demo figures, not published standards.
inline PovertyLine testLine()
{
    PovertyLine line;
    line.year = 2026;
    line.divisionCode = Jiuqu;
    line.divisionName = QStringLiteral("九曲街道");
    line.dibaoMonthly = Money::fromYuan(990);
    line.minWageMonthly = Money::fromYuan(2100);
    return line;
}

inline AssessmentMember member(const QString &name, const QString &sex, const QDate &birth,
                        const QString &work)
{
    AssessmentMember m;
    m.name = name;
    m.sex = sex;
    m.birthDate = birth;
    m.workStatus = work;
    m.disability = QStringLiteral("none");
    m.health = QStringLiteral("healthy");
    return m;
}

// Employed adults: nobody is imputed, so the figure is the entered income alone.
inline AssessmentInput employedHousehold(int size)
{
    AssessmentInput input;
    input.surveyDate = SurveyDate;
    input.divisionCode = Jiuqu;
    for (int i = 0; i < size; ++i)
        input.members.append(member(QStringLiteral("成员%1").arg(i + 1), QStringLiteral("male"),
                                    QDate(1980, 1, 1), QStringLiteral("employed")));
    return input;
}

inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace

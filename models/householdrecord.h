// HouseholdRecord: one household file as the file form edits it — the
// household row, its members, and the figures of its latest survey (income
// sources and rigid expenditure, which change from survey to survey and are
// kept dated in survey_records). Plain values; HouseholdFile loads and saves it.
#pragma once

#include "hardshipassessment.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct MemberRecord
{
    QString id; ///< members.id; empty for a member not saved yet
    QString name;
    QString idNumber; ///< as entered; normalised (upper-case X) when saved
    QString relationship = QStringLiteral("other"); ///< "self" for the head of household
    QString sex;     ///< "male"/"female"; taken from a valid ID number
    QDate birthDate; ///< taken from a valid ID number
    QString phone;
    QString health;
    QString majorIllness;
    QString disability;
    QString workStatus;
    qint64 monthlyIncomeFen = 0;
    QString school;
    QString schoolStage;

    bool isHead() const { return relationship == QLatin1String("self"); }
    bool operator==(const MemberRecord &) const = default;
};

/// The figures of one survey (survey_records), all amounts for the year in fen.
struct SurveyFigures
{
    QString id;   ///< survey_records.id of the survey shown; empty when there is none yet
    QDate date;   ///< when it was surveyed
    AssessmentIncome income;
    AssessmentExpenditure expenditure;
    qint64 accidentLossFen = 0;
    bool suddenEvent = false; ///< kept in survey_records.answers

    /// Same figures, whatever the id and date.
    bool sameFigures(const SurveyFigures &other) const;
};

struct HouseholdRecord
{
    QString id; ///< households.id; empty for a new household
    QString fileNo;
    QString status = QStringLiteral("identified");
    QString divisionCode;
    QString communityId;
    QString address;
    QString phone;
    QString workUnit;
    QString housing;
    std::optional<int> housingAreaM2;
    QString mainCause;
    QStringList secondaryCauses;
    QString bankName;
    QString bankAccount;
    QString bankAccountHolder;
    QString notes;
    QDate filedOn;
    QDate lastVerifiedOn;
    QDate nextDueOn;
    /// The category the caseworker chose; empty until the first assessment is
    /// accepted. A choice other than the proposal needs overrideReason.
    QString category;
    QString categoryProposed; ///< as last stored; save() recomputes it
    QString overrideReason;
    QList<MemberRecord> members;
    SurveyFigures survey;

    /// The member with relationship "self", or -1.
    qsizetype headIndex() const;
};

// HouseholdFile: loading, checking and saving one household file (建档) —
// the household, its members and a dated survey of its income and rigid
// expenditure — in one audited transaction.
//
// Saving a file also assesses it (HardshipAssessment) against the 低保 line of
// the survey's year: the proposal is stored with the survey and on the
// household, and the caseworker's chosen category with an override reason
// when it differs. Filing (status identified → filed) gives the household the
// next file number of the year ("HD-2026-000123") and its first due date.
//
//     HouseholdRecord record = HouseholdFile::load(db, id).value();
//     record.members[0].phone = "13905391234";
//     Session::write(workspace, [&](AuditedWriter &w) {
//         auto id = HouseholdFile::save(w, workspace.pinyin(), record, {});
//         return id ? Status() : Status(id.error());
//     });
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "householdrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

class Pinyin;

/// One thing wrong with a file, for the form to point at.
struct FileProblem
{
    QString field;     ///< households/members/survey_records column, e.g. "address", "id_number"
    int member = -1;   ///< row in HouseholdRecord::members, or -1 for the household
    QString message;   ///< translated sentence
};

/// A person of the file who is already registered in another household.
struct RegisteredElsewhere
{
    int member = -1;       ///< row in HouseholdRecord::members
    QString name;          ///< as entered in this file
    QString idNumber;      ///< normalised
    QString householdId;   ///< the other household
    QString fileNo;        ///< its file number; empty if not filed
    QString headName;      ///< its head of household
    QString status;        ///< its status code
};

/// One dated survey of a household, as the file's survey history lists it.
struct SurveySummary
{
    QDate date;
    int householdSize = 0;
    qint64 annualIncomeFen = 0;    ///< income sources + imputed wages
    qint64 rigidExpenditureFen = 0;
    std::optional<qint64> perCapitaMonthlyFen;
    QString category;     ///< assessed category code; empty if not assessed
    QString visitPurpose; ///< purpose code of the visit it was taken on; empty if none
};

struct SaveOptions
{
    bool file = false;  ///< file the household now (needs a hardship category)
    QString visitId;    ///< field_visits.id the survey was taken on, if any
    QDate today;        ///< default: the current date
};

class HouseholdFile
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdFile)

public:
    /// The household \a id with its members (head first, then file order) and
    /// its latest survey.
    static Result<HouseholdRecord> load(const QSqlDatabase &db, const QString &id);

    /// The surveys of household \a id, newest first: how the household changed.
    static Result<QList<SurveySummary>> surveys(const QSqlDatabase &db, const QString &id);

    /// Everything wrong with \a record on its own (no database): missing
    /// division, address or members, not exactly one head, invalid or repeated
    /// ID numbers, sex or birth date that contradict the ID number, a birth
    /// date in the future, negative amounts, a secondary cause equal to the
    /// main cause, a category override without a reason.
    static QList<FileProblem> check(const HouseholdRecord &record,
                                    QDate today = QDate::currentDate());

    /// The people of \a record whose ID number is registered in another household.
    static Result<QList<RegisteredElsewhere>> registeredElsewhere(const QSqlDatabase &db,
                                                                  const HouseholdRecord &record);

    /// "Zhang Tao (371312…) is already registered, in the household with file
    /// number HD-2025-000042." — a sentence for one duplicate.
    static QString describe(const RegisteredElsewhere &duplicate);

    /// \a record's members with sex and birth date filled in from their valid
    /// ID numbers (what the form shows as soon as a number is typed).
    static void fillFromIdNumbers(HouseholdRecord &record);

    /// The assessment input of \a record as of its survey date (today when unset).
    static AssessmentInput assessmentInput(const HouseholdRecord &record, QDate today);

    /// The next file number for \a year: "HD-<year>-" and six digits, one
    /// above the highest number of that year in the database.
    static Result<QString> nextFileNumber(const QSqlDatabase &db, int year);

    /// Saves \a record through \a writer inside the caller's Transaction and
    /// returns the household's id. Refused without a word written: a closed
    /// file, any problem of check(), a person registered in another household,
    /// no 低保 line for the survey's year, filing without a hardship category
    /// (or with "not eligible"). Needs EditHouseholds, and EditVisits when the
    /// survey figures change. A survey is written when the figures or the
    /// household size differ from the stored survey: a new dated record, or
    /// the same record when it was taken today.
    static Result<QString> save(AuditedWriter &writer, const Pinyin &pinyin,
                                const HouseholdRecord &record, const SaveOptions &options);
};

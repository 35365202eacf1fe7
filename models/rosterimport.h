// RosterImport: brings a community's roster of worker households — a
// spreadsheet saved as CSV, one row per person, Chinese headers — into the
// register as households with status "identified". Every row is checked
// before anything is written, and every problem is reported with the row
// number the spreadsheet shows, the column and the reason, so that the
// caseworker can fix the file in one pass. The format is in docs/roster-import.md.
//
//     RosterPlan plan = RosterImport::check(db, bytes);        // reads only
//     if (!plan.report.ok()) { show plan.report.problems; return; }
//     Transaction tx(db);
//     auto done = RosterImport::apply(writer, pinyin, plan);    // audited writes
//     if (done) tx.commit();
#pragma once

#include "auditedwriter.h"
#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Pinyin;

/// One thing wrong with the roster.
struct RosterProblem
{
    int row = 0;     ///< Spreadsheet row (the header is row 1); 0 for the file as a whole.
    QString column;  ///< The column's header as written in the file; empty for the whole row or file.
    QString message; ///< Translated reason, a sentence without the row and column.
};

struct RosterReport
{
    QString encoding;             ///< "UTF-8" or "GB18030"; empty if the file could not be read.
    int rows = 0;                 ///< Person rows read (blank rows are skipped).
    int households = 0;           ///< Households that would be added.
    int members = 0;              ///< People that would be added, heads included.
    QStringList ignoredColumns;   ///< Headers that are not roster columns (序号, 备注 ...).
    QList<RosterProblem> problems; ///< In row order; empty when the roster can be imported.

    bool ok() const { return problems.isEmpty(); }
};

/// One person as it will be written to members.
struct RosterMember
{
    int row = 0;
    QString name;
    QString idNumber;      ///< Normalised (upper-case X).
    QString relationship;  ///< Schema code: "self", "spouse" ...
    QString sex;           ///< "male" or "female", from the ID number
    QDate birthDate;       ///< from the ID number
    QString phone;
    QString health;        ///< Schema code or empty.
    QString disability;    ///< Schema code or empty.
    QString workStatus;    ///< Schema code or empty.
    qint64 monthlyIncomeFen = 0;
    QString school;
};

/// One household as it will be written to households, with its members.
struct RosterHousehold
{
    QString key;           ///< 户编号 as written in the file.
    int row = 0;           ///< Row of the head of household.
    QString divisionCode;
    QString communityId;   ///< Empty when the roster gives no community.
    QString address;
    QString phone;         ///< The head's phone.
    QList<RosterMember> members; ///< The head first, then in file order.
};

/// What check() found: the report, and the households to write when it is ok.
struct RosterPlan
{
    RosterReport report;
    QList<RosterHousehold> households;
};

/// What apply() wrote.
struct RosterResult
{
    QStringList householdIds;
    int members = 0;
};

class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    enum class Column {
        HouseholdKey, Name, IdNumber, Relationship, Division, Community, Address, Phone,
        Health, Disability, WorkStatus, MonthlyIncome, School,
    };

    /// Every column, in the order the documentation and the template list them.
    static QList<Column> columns();
    /// The standard header: "户编号", "姓名", "身份证号码" ...
    static QString header(Column column);
    /// Other headers accepted for \a column ("身份证号", "公民身份号码" ...).
    static QStringList synonyms(Column column);
    /// Whether a row cannot do without the column (some only on the head's row).
    static bool isRequired(Column column);

    /// Reads and checks the CSV \a bytes against \a db (divisions, communities,
    /// ID numbers already registered) without writing anything. ID numbers with
    /// birth dates after \a today are refused.
    static RosterPlan check(const QSqlDatabase &db, const QByteArray &bytes,
                            const QDate &today = QDate::currentDate());
    /// check() on the file at \a path; an Error when the file cannot be read.
    static Result<RosterPlan> checkFile(const QSqlDatabase &db, const QString &path,
                                        const QDate &today = QDate::currentDate());

    /// Writes the households of \a plan through \a writer, which must be inside
    /// a Transaction: status "identified", members with their pinyin for search.
    /// Needs Permission::EditHouseholds. Refuses a plan with problems, and checks
    /// again that no ID number was registered since check(). On an Error the
    /// caller's transaction must be rolled back (its destructor does that).
    static Result<RosterResult> apply(AuditedWriter &writer, const Pinyin &pinyin,
                                      const RosterPlan &plan);

    /// "row 5, 身份证号码: ..." — the problem as one line for a list or a terminal.
    static QString describe(const RosterProblem &problem);
};

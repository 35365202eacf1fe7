// MaEnrolmentImport: bulk enrolment in a mutual-aid plan from the list the
// finance desk keeps — a spreadsheet saved as CSV, one row per person, Chinese
// headers — with the household roster import's rules: UTF-8 or GB18030 (read
// by RosterCsv), every problem reported with the spreadsheet's row, the column
// and the reason, nothing written unless every row is valid. Each row is
// checked with MaEnrolments::problems(), the same rules as one enrolment typed
// in. The format is in docs/mutual-aid-enrolment-import.md.
//
//     auto plan = MaEnrolmentImport::check(db, planId, bytes);   // reads only
//     if (!plan.report.ok()) { show plan.report.problems; return; }
//     Transaction tx(db);
//     auto ids = MaEnrolmentImport::apply(writer, plan);         // audited writes
//     if (ids) tx.commit();
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "maenrolments.h"
#include "rosterimport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct MaEnrolmentImportReport
{
    QString encoding;              ///< "UTF-8" or "GB18030"; empty if the file could not be read
    int rows = 0;                  ///< person rows read (blank rows are skipped)
    int linked = 0;                ///< of them, people found in the household register
    QStringList ignoredColumns;    ///< headers that are not enrolment columns
    QList<RosterProblem> problems; ///< in row and column order; empty when importable

    bool ok() const { return problems.isEmpty(); }
};

/// One valid row, as MaEnrolments::enrol() will get it.
struct MaEnrolmentImportRow
{
    int row = 0;
    MaEnrolmentInput input;
};

struct MaEnrolmentImportPlan
{
    MaEnrolmentImportReport report;
    QString planId;
    QList<MaEnrolmentImportRow> rows; ///< empty unless the report is ok
};

class MaEnrolmentImport
{
    Q_DECLARE_TR_FUNCTIONS(MaEnrolmentImport)

public:
    enum class Column { Name, IdNumber, PaidOn, ReceiptNo, Contribution, WorkUnit, Phone };

    /// Every column, in the order the documentation lists them.
    static QList<Column> columns();
    /// The standard header: "姓名", "身份证号码", "缴费日期" ...
    static QString header(Column column);
    /// Other headers accepted for \a column.
    static QStringList synonyms(Column column);
    static bool isRequired(Column column);

    /// Reads and checks the CSV \a bytes for enrolment in \a planId without
    /// writing anything. Dates after \a today are refused.
    static MaEnrolmentImportPlan check(const QSqlDatabase &db, const QString &planId,
                                       const QByteArray &bytes,
                                       const QDate &today = QDate::currentDate());
    /// check() on the file at \a path; an Error when the file cannot be read.
    static Result<MaEnrolmentImportPlan> checkFile(const QSqlDatabase &db, const QString &planId,
                                                   const QString &path,
                                                   const QDate &today = QDate::currentDate());

    /// Enrols every row of \a plan through \a writer, inside the caller's
    /// Transaction; needs Permission::EditClaims. Refuses a plan with problems;
    /// each row is checked again (someone may have enrolled a person since),
    /// and an Error names the row. Returns the new enrolments' ids.
    static Result<QStringList> apply(AuditedWriter &writer, const MaEnrolmentImportPlan &plan);

    /// "2026-01-15", "2026/1/15", "2026.1.15", "2026年1月15日", "20260115";
    /// an invalid QDate for anything else.
    static QDate parseDate(const QString &text);
};

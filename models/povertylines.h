// PovertyLines: the 低保 line (minimum living standard) and the monthly
// minimum wage for each year, district-wide or for one sub-district or town,
// kept by an administrator. HardshipAssessment::povertyLine() picks the
// division's own row of a year before the district default. Both figures
// change by city and year, so they are data, never constants. Writes go
// through AuditedWriter (Permission::ManageSettings) in the caller's
// transaction.
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "money.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// One poverty_lines row as the administration lists it.
struct PovertyLineRow
{
    QString id;
    int year = 0;
    QString divisionCode; ///< empty: the district default
    QString divisionName; ///< empty for the district default
    Money dibaoMonthly;   ///< 低保标准 per person per month
    Money minWageMonthly; ///< monthly minimum wage
    QString source;       ///< where the figures were published; may be empty
};

/// What an administrator enters: the line of one year for one division (or
/// the district default when divisionCode is empty).
struct PovertyLineInput
{
    int year = 0;
    QString divisionCode;
    Money dibaoMonthly;
    Money minWageMonthly;
    QString source; ///< trimmed; empty is stored as NULL
};

class PovertyLines
{
    Q_DECLARE_TR_FUNCTIONS(PovertyLines)

public:
    static constexpr int MinYear = 2000; ///< as the schema's CHECK allows
    static constexpr int MaxYear = 2100;

    /// Every line, newest year first; in a year the district default comes
    /// first, then the divisions by code.
    static Result<QList<PovertyLineRow>> list(const QSqlDatabase &db);

    /// Stores \a line: updates the row of the same year and division if there
    /// is one, else inserts a new row; returns the row's id. Refused: no
    /// ManageSettings permission, a year outside 2000-2100, an unknown
    /// division, a 低保 line or minimum wage that is not more than zero.
    static Result<QString> set(AuditedWriter &writer, const PovertyLineInput &line);

    /// Removes line \a id. Past assessments keep the line they used
    /// (survey_records.dibao_monthly_fen), so nothing depends on the row.
    static Status remove(AuditedWriter &writer, const QString &id);
};

// Divisions: loads the reference list of the district's sub-districts (街道)
// and towns (镇) into the divisions table. Every database needs them, demo or
// not: households, users and poverty lines refer to division codes.
#pragma once

#include "error.h"

#include <QList>
#include <QString>

class Database;
class QIODevice;
class QSqlDatabase;

struct DivisionRow
{
    QString code; ///< 9-digit statistical code, e.g. "371312001".
    QString name; ///< "九曲街道"
    QString kind; ///< "街道", "镇", "乡"
};

namespace Divisions {

/// The district all reference divisions belong to ("371312"), inserted as their parent.
QString districtCode();
/// "河东区"
QString districtName();
/// The reference list compiled into the application (":/data/hedong-divisions.csv").
QString builtinCsv();

/// Parses CSV with the header "code,name,kind" (RFC 4180 quoting, UTF-8, optional
/// BOM, CRLF or LF). Every code must be 9 digits inside the district. A malformed
/// line gives an Error whose `where` is "<sourceName>, line N".
Result<QList<DivisionRow>> parseCsv(QIODevice &device, const QString &sourceName);

/// Loads the built-in reference list in its own transaction.
Status load(Database &db);
/// Loads the CSV file at \a path (a file name or a ":/" resource) in its own transaction.
Status load(Database &db, const QString &path);
/// Loads CSV from \a device in its own transaction; \a sourceName names it in errors.
Status load(Database &db, QIODevice &device, const QString &sourceName);

/// The sub-districts and towns of the database, by code (the district row left out).
Result<QList<DivisionRow>> list(const QSqlDatabase &db);

/// The name of sub-district or town \a code; an Error (where: "division_code")
/// when the database has no such sub-district or town (the district itself
/// included: households and communities lie in one of its divisions).
Result<QString> subdivisionName(const QSqlDatabase &db, const QString &code);

/// Writes the district row and \a rows into an open transaction on \a db. Loading
/// again updates names and kinds in place, so it is safe on a database that has them.
Status insert(QSqlDatabase db, const QList<DivisionRow> &rows);

} // namespace Divisions

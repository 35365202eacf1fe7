// FieldLabels: the words the history panel uses for stored column names and
// values — "status" for households.status, "Spouse" for the relationship code
// "spouse", a masked ID number, money in yuan. Columns without a label fall
// back to their name with spaces, so a new column still reads sensibly.
#pragma once

#include <QJsonValue>
#include <QString>

namespace FieldLabels {

/// "status", "ID number", "exit reason" ... in lower case for use inside a
/// sentence, translated; unknown columns: the column name, '_' read as a space.
QString column(const QString &table, const QString &column);

/// Whether \a column of \a table has a label of its own (not the fallback).
bool hasLabel(const QString &table, const QString &column);

/// A stored value in words: codes translated where known, ID numbers masked,
/// fen as yuan, yes/no flags, secrets as "hidden", empty and null as "—".
QString value(const QString &table, const QString &column, const QJsonValue &value);

/// "Self", "Spouse", "Child" ...; an unknown code is returned unchanged.
QString relationship(const QString &code);
/// "Income above the line", "Death" ...; an unknown code is returned unchanged.
QString exitReason(const QString &code);

} // namespace FieldLabels

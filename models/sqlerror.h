// Turns SQLite failures into user-facing Errors: a locked database, a full
// disk or a damaged file each get a sentence a caseworker can act on.
#pragma once

#include "error.h"

class QSqlError;

/// Error for a failed QSqlQuery/QSqlDatabase call on the database at \a where.
Error sqlError(const QSqlError &error, const QString &where);

/// Error for a raw sqlite3 result code (and its message) on the database at \a where.
Error sqliteError(int code, const QString &detail, const QString &where);

#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

Error sqliteError(int code, const QString &detail, const QString &where)
{
    QString message;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = QCoreApplication::translate(
            "SqlError", "The database is in use by another program (locked). Close the other "
                 "program or wait a moment, then try again.");
        break;
    case SQLITE_FULL:
        message = QCoreApplication::translate(
            "SqlError", "The disk is full. Nothing was saved; free some space and try again.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        message = QCoreApplication::translate(
            "SqlError", "The database file is damaged. Restore it from a backup copy.");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        message = QCoreApplication::translate(
            "SqlError", "The database file cannot be opened for writing. Check that the folder "
                 "exists and that you may write to it.");
        break;
    case SQLITE_CONSTRAINT:
        message = QCoreApplication::translate("SqlError", "The change breaks a data rule: %1")
                      .arg(detail);
        break;
    default:
        message = QCoreApplication::translate("SqlError", "Database error: %1").arg(detail);
        break;
    }
    return Error{message, where};
}

Error sqlError(const QSqlError &error, const QString &where)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return sqliteError(ok ? code : SQLITE_ERROR, detail, where);
}

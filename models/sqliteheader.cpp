#include "sqliteheader.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <sqlite3.h>

Result<SqliteHeader> SqliteHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Database", "Cannot read the file: %1")
                         .arg(file.errorString()),
                     path};
    const QByteArray bytes = file.read(100);
    SqliteHeader header;
    // https://www.sqlite.org/fileformat.html#the_database_header
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    // The in-header page count is valid when "version-valid-for" matches the
    // change counter; the main file never shrinks below it (WAL pages live in
    // the -wal file until a checkpoint grows the main file).
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes.constData() + 92);
    if (validFor == changeCounter && pageCount > 0)
        header.truncated = file.size() < pageSize * pageCount;
    return header;
}

Result<SqliteHeader> SqliteHeader::readLive(const QString &path)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                             nullptr);
    SqliteHeader header;
    auto pragma = [&](const char *sql, int *out) {
        sqlite3_stmt *stmt = nullptr;
        if (rc == SQLITE_OK)
            rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        if (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            *out = sqlite3_column_int(stmt, 0);
        else if (rc == SQLITE_OK)
            rc = sqlite3_errcode(db);
        sqlite3_finalize(stmt);
    };
    int appId = 0;
    pragma("PRAGMA application_id", &appId);
    pragma("PRAGMA user_version", &header.userVersion);
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        return Error{QCoreApplication::translate("Database", "Cannot read the file: %1").arg(detail),
                     path};
    header.isSqlite = true;
    header.applicationId = appId;
    return header;
}

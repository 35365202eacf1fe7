#include "sqliteheader.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

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
    return header;
}

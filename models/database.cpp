#include "database.h"

#include "sqlerror.h"
#include "sqliteheader.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace {

// Reads an integer PRAGMA, turning a failure into the real SQLite error
// (locked, damaged, unreadable) rather than a misleading value.
Result<int> pragmaInt(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name))
        return sqlError(q.lastError(), db.databaseName());
    if (!q.next())
        return sqlError(q.lastError(), db.databaseName());
    return q.value(0).toInt();
}

QString notBangfu()
{
    return Database::tr("This file is not a Bangfu database; it was left unchanged.");
}

QString tooNew(int version, int latest)
{
    return Database::tr("This database was written by a newer version of Bangfu (schema "
                        "version %1; this version knows up to %2). It was left unchanged; "
                        "install the newer version to open it.")
        .arg(version)
        .arg(latest);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("bangfu.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    auto migrations = Migrations::builtin();
    if (!migrations)
        return migrations.error();
    return open(path, migrations.value(), mode);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path,
                                                 const MigrationSet &migrations, Mode mode)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    const int latest = Migrations::latestVersion(migrations);

    if (existed && info.isDir())
        return Error{tr("This is a folder, not a database file."), path};
    if (!existed && mode == Mode::ReadOnly)
        return Error{tr("No such database file."), path};

    // Judge an existing file from its header bytes alone, so that a file we
    // refuse is never opened by SQLite and stays byte-for-byte unchanged.
    if (existed) {
        auto header = SqliteHeader::read(path);
        if (!header)
            return header.error();
        // Another open connection may hold the newest header in the WAL.
        const bool headerMayBeStale =
            header->isSqlite && QFileInfo(path + QStringLiteral("-wal")).size() > 0 &&
            (header->applicationId != ApplicationId || header->userVersion > latest);
        if (headerMayBeStale)
            header = SqliteHeader::readLive(path);
        if (!header)
            return header.error();
        if (!header->isSqlite || header->applicationId != ApplicationId)
            return Error{notBangfu(), path};
        if (header->userVersion > latest)
            return Error{tooNew(header->userVersion, latest), path};
        if (header->truncated)
            return Error{tr("The database file is incomplete (cut off when it was copied or "
                            "when the disk was full). It was left unchanged; restore it from a "
                            "backup copy."),
                         path};
    } else if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        return Error{tr("Cannot create the folder for the database."), info.absolutePath()};
    }

    const QString connection = QStringLiteral("bangfu-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), connection));
    db->m_new = !existed;
    db->m_readOnly = mode == Mode::ReadOnly;
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(mode == Mode::ReadOnly
                                   ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                   : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return sqlError(db->m_db.lastError(), path);

    auto fail = [&](const Error &error) -> Result<std::unique_ptr<Database>> {
        db.reset();
        if (!existed) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return error;
    };

    if (existed) {
        // A crash may have left newer pages in the WAL; check what SQLite sees.
        auto appId = pragmaInt(db->m_db, QStringLiteral("application_id"));
        if (!appId)
            return fail(appId.error());
        auto version = pragmaInt(db->m_db, QStringLiteral("user_version"));
        if (!version)
            return fail(version.error());
        if (appId.value() != ApplicationId)
            return fail({notBangfu(), path});
        if (version.value() > latest)
            return fail({tooNew(version.value(), latest), path});
    }
    if (Status s = db->configure(); !s)
        return fail(s.error());
    if (mode == Mode::ReadWrite) {
        if (Status s = db->migrate(migrations, existed); !s)
            return fail(s.error());
    }
    return db;
}

Status Database::configure()
{
    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
    };
    if (!m_readOnly)
        pragmas += {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")};
    for (const QString &pragma : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(pragma))
            return sqlError(q.lastError(), m_path);
    }
    auto foreignKeys = pragmaInt(m_db, QStringLiteral("foreign_keys"));
    if (!foreignKeys)
        return foreignKeys.error();
    if (foreignKeys.value() != 1)
        return Error{tr("This SQLite library cannot enforce foreign keys."), m_path};
    return {};
}

Status Database::migrate(const MigrationSet &migrations, bool existed)
{
    for (const Migration &m : migrations) {
        auto version = pragmaInt(m_db, QStringLiteral("user_version"));
        if (!version)
            return version.error();
        const int current = version.value();
        if (m.version <= current)
            continue;
        // A file that existed gets a copy before its schema changes; a new one has nothing to lose.
        if (existed) {
            const QString stamp =
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            const QString backup =
                QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(current).arg(stamp);
            if (Status s = backupTo(backup); !s)
                return Error{tr("Could not make a backup copy before upgrading the database; "
                                "nothing was changed. %1")
                                 .arg(s.error().message),
                             backup};
            m_backups.append(backup);
        }
        Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        char *errmsg = nullptr;
        const QByteArray sql = m.sql.toUtf8() +
                               QStringLiteral("\n;PRAGMA user_version=%1;PRAGMA application_id=%2;")
                                   .arg(m.version)
                                   .arg(ApplicationId)
                                   .toUtf8();
        const int rc = sqlite3_exec(handle(), sql.constData(), nullptr, nullptr, &errmsg);
        if (rc != SQLITE_OK) {
            const QString detail = QString::fromUtf8(errmsg ? errmsg : sqlite3_errstr(rc));
            sqlite3_free(errmsg);
            return Error{tr("Upgrading the database failed in %1 and was undone: %2")
                             .arg(m.name, detail),
                         m_path};
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

int Database::schemaVersion() const
{
    auto version = pragmaInt(m_db, QStringLiteral("user_version"));
    return version ? version.value() : -1;
}

Status Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Error{tr("A file with this name already exists."), target};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        return sqlError(q.lastError(), target);
    }
    return {};
}

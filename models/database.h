// Database: one open Bangfu SQLite file. Opening refuses files that are not
// Bangfu databases or come from a newer version without touching them, then
// sets WAL, foreign keys and a busy timeout, and brings the schema up to date
// with numbered migrations (each in its own transaction, after a backup copy).
#pragma once

#include "error.h"
#include "migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// PRAGMA application_id of every Bangfu database ("BNGF").
    static constexpr qint32 ApplicationId = 0x424E4746;

    enum class Mode {
        /// Create the file if it does not exist, switch to WAL, migrate.
        ReadWrite,
        /// An existing database, read-only, as it is: no WAL switch, no
        /// migration, nothing written (check, stats, audit listings).
        ReadOnly,
    };

    /// Opens \a path with the built-in migrations.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    /// Same, with an explicit migration set (used by tests of the migration runner).
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const MigrationSet &migrations,
                                                  Mode mode = Mode::ReadWrite);

    /// Default file under the user's application-data folder.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const { return m_db; }
    /// The driver's native handle, for SQLite APIs Qt does not wrap (backup, sessions).
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    /// Backup copies made while migrating during open(), oldest first.
    QStringList migrationBackups() const { return m_backups; }
    /// Whether open() created the file.
    bool isNew() const { return m_new; }
    bool isReadOnly() const { return m_readOnly; }

    /// Writes a consistent copy of the whole database to \a target (must not exist).
    Status backupTo(const QString &target) const;

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate(const MigrationSet &migrations, bool existed);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QStringList m_backups;
    bool m_new = false;
    bool m_readOnly = false;
};

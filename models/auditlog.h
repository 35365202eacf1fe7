// AuditLog: the append-only, hash-chained record of who changed what. Each
// entry's hash is the SHA-256 of its content together with the previous
// entry's hash, so editing, removing or reordering entries behind the
// application's back breaks the chain, and verify() names the first broken
// entry. Entries are appended inside the caller's write transaction.
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;          ///< UTC
    QString userId;
    QString deviceId;
    QString action;        ///< insert, update, delete, reveal, login, logout, login_failed
    QString entity;        ///< table name
    QString rowId;
    QJsonObject changes;   ///< {field: [old, new]} for writes; other details otherwise
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    QString entity;     ///< empty: all
    QString rowId;      ///< empty: all
    QDate since;        ///< invalid: from the start (UTC date)
    int limit = -1;     ///< -1: no limit
};

struct ChainReport
{
    qint64 entries = 0;
    /// Sequence number of the first entry that breaks the chain, 0 when intact.
    qint64 firstBroken = 0;
    QString problem;  ///< translated sentence when broken
    QString headHash; ///< hash of the last entry: note it down to detect a cut-off tail later
    bool ok() const { return firstBroken == 0; }
};

/// Appends entries through statements prepared once: the writer that records
/// every change keeps one, so a long run of writes does not re-prepare SQL.
class AuditAppender
{
public:
    explicit AuditAppender(QSqlDatabase db);
    /// See AuditLog::append.
    Status append(AuditEntry entry);

private:
    QSqlDatabase m_db;
    QSqlQuery m_head;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    /// Hash before the first entry.
    static QString genesisHash();

    /// Appends \a entry (seq, prevHash and hash are filled in). Must run inside
    /// an open write transaction on \a db, the same one as the change it records.
    static Status append(const QSqlDatabase &db, AuditEntry entry);

    /// Recomputes the whole chain; reports the first entry that does not fit.
    static Result<ChainReport> verify(const QSqlDatabase &db);

    /// Entries matching \a filter, oldest first.
    static Result<QList<AuditEntry>> entries(const QSqlDatabase &db, const AuditFilter &filter);

    /// The hash of \a entry given its fields and prevHash (exposed for tests).
    static QString computeHash(const AuditEntry &entry);

    /// \a changes with every ID number (any field ending in "id_number")
    /// masked, for listings: the log keeps them in full, screens and the CLI
    /// never show them so.
    static QJsonObject maskedChanges(const QJsonObject &changes);

    /// UTC timestamps as stored: "2026-11-29T08:15:02.123Z".
    static QString timestamp(const QDateTime &at);
};

// RecordHistory: a record's audit entries told in plain words for the history
// panel — "2026-11-29 14:02 张丽 (zhangli) changed status from Filed to Exited"
// — in local time, with people's names looked up, codes translated, ID numbers
// masked and secrets hidden. Read-only; computed here so it is testable
// without widgets.
#pragma once

#include "auditlog.h"
#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

/// One row of one table, e.g. {"households", id}.
struct RecordRef
{
    QString entity;
    QString rowId;
};

struct HistoryLine
{
    AuditEntry entry;
    QString text; ///< the whole sentence, with time and who
};

class RecordHistory
{
    Q_DECLARE_TR_FUNCTIONS(RecordHistory)

public:
    explicit RecordHistory(QSqlDatabase db);

    /// Times are shown in \a zone (default: the system's local time); tests fix it.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    /// The household row and its members' rows — present members and those
    /// whose audit entries show they once belonged to it.
    Result<QList<RecordRef>> householdRecords(const QString &householdId) const;

    /// The entries of \a records in words, newest first.
    Result<QList<HistoryLine>> lines(const QList<RecordRef> &records) const;

    /// One entry in words. Names are looked up on first use.
    QString describe(const AuditEntry &entry) const;

private:
    Status loadUsers() const;
    QString actor(const AuditEntry &entry) const;
    QString action(const AuditEntry &entry) const;
    QString changeList(const AuditEntry &entry, bool withOld) const;
    QString memberName(const AuditEntry &entry) const;

    QSqlDatabase m_db;
    QTimeZone m_zone;
    mutable bool m_usersLoaded = false;
    mutable QHash<QString, std::pair<QString, QString>> m_users; ///< id -> display name, user name
    mutable QHash<QString, QString> m_memberNames;
};

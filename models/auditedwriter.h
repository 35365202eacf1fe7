// AuditedWriter: the one way rows of synced tables are written. Every insert,
// update and delete names the Permission it needs; the writer refuses it
// unless someone is signed in, the account exists and is not disabled, and the
// account's role grants it. It stamps created/updated at/by and the device,
// and appends an audit entry with the changed fields (old -> new) in the same
// transaction as the change.
//
// Use it inside a Transaction:
//     Transaction tx(db);                       // BEGIN IMMEDIATE
//     AuditedWriter writer(db, user, deviceId);
//     auto id = writer.insert(Permission::EditHouseholds, u"households"_s, {...});
//     if (!id) return id.error();               // tx rolls back
//     return tx.commit();
#pragma once

#include "auditlog.h"
#include "currentuser.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

/// Column name and value pairs, in the order they are written.
using RowValues = QList<std::pair<QString, QVariant>>;

class AuditedWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditedWriter)

public:
    AuditedWriter(QSqlDatabase db, std::optional<CurrentUser> user, QString deviceId);

    /// Replaces the wall clock (UTC) for stamps and audit times: tests and the
    /// demo, which writes a history of several years.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    const std::optional<CurrentUser> &user() const { return m_user; }
    QSqlDatabase database() const { return m_db; }
    QString deviceId() const { return m_deviceId; }

    /// Whether the signed-in user may do \a permission now: signed in, account
    /// enabled, role grants it. The Error says which and why.
    Status require(Permission permission) const;

    /// Inserts a row; a missing "id" gets a new UUID. Returns the id.
    Result<QString> insert(Permission permission, const QString &table, RowValues values);
    /// Changes the given columns of row \a id; unchanged values are left out of
    /// the audit entry, and nothing at all is written when nothing changes.
    Status update(Permission permission, const QString &table, const QString &id,
                  const RowValues &changes);
    /// Deletes row \a id, recording all its old values. Rows that depend on it
    /// must be removed first, each through the writer: schema cascades are a
    /// safety net, not a way to write.
    Status remove(Permission permission, const QString &table, const QString &id);

    /// Records that the signed-in user saw a hidden value in full (an ID number).
    Status recordReveal(const QString &table, const QString &id, const QString &field);

private:
    /// Signed in, account exists and is enabled, and (if given) the role grants \a permission.
    Status checkAccount(std::optional<Permission> permission) const;
    Result<QStringList> columnsOf(const QString &table) const;
    Status checkColumns(const QString &table, const RowValues &values) const;
    Status requireWrite(Permission permission, const QString &table, const RowValues &values,
                        const QString &rowId = {}) const;
    Status requireTransaction() const;
    Status refuseIfReferenced(const QString &table, const QString &id) const;
    Status audit(const QString &action, const QString &table, const QString &id,
                 const QJsonObject &changes) const;
    bool isBootstrapAdministrator(const QString &table, const RowValues &values) const;

    QSqlDatabase m_db;
    std::optional<CurrentUser> m_user;
    QString m_deviceId;
    std::function<QDateTime()> m_clock;
    /// The statement for \a sql, prepared on first use and kept: the demo and
    /// imports write thousands of rows through one writer.
    QSqlQuery &statement(const QString &sql) const;

    mutable QHash<QString, QStringList> m_columns;
    mutable QHash<QString, QSqlQuery> m_statements;
    mutable std::shared_ptr<AuditAppender> m_appender;
};

/// A value as the audit log shows it: secrets hidden, blobs by size.
QJsonValue auditValue(const QString &table, const QString &column, const QVariant &value);

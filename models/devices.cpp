#include "devices.h"

#include "auditlog.h"
#include "devicekeys.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace Devices {

Result<QString> selfId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM devices WHERE is_self = 1")))
        return sqlError(q.lastError(), db.databaseName());
    return q.next() ? q.value(0).toString() : QString();
}

namespace {

Result<QString> ensureSelfRow(const QSqlDatabase &db, const QString &role)
{
    auto existing = selfId(db);
    if (!existing || !existing->isEmpty())
        return existing;
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    // Another program may have made the row between the check and BEGIN.
    auto again = selfId(db);
    if (!again || !again->isEmpty())
        return again;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = AuditLog::timestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO devices(id, name, role, is_self, created_at, updated_at) "
                             "VALUES (?, ?, ?, 1, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(role);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace

Result<QString> ensureSelf(const QSqlDatabase &db, const QString &role)
{
    auto id = ensureSelfRow(db, role);
    if (!id || id->isEmpty())
        return id;
    // Databases made before keys existed get theirs on first use.
    if (Status s = DeviceKeys::ensureSelfKeys(db, id.value()); !s)
        return s.error();
    return id;
}

} // namespace Devices

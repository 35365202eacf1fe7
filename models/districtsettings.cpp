#include "districtsettings.h"

#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace DistrictSettings {

Result<QString> value(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    return q.next() ? q.value(0).toString() : fallback;
}

Status setValue(AuditedWriter &writer, const QString &key, const QString &value)
{
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT id FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q.lastError(), writer.database().databaseName());
    if (q.next())
        return writer.update(Permission::ManageSettings, QStringLiteral("settings"),
                             q.value(0).toString(), {{QStringLiteral("value"), value}});
    auto id = writer.insert(Permission::ManageSettings, QStringLiteral("settings"),
                            {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    return id ? Status() : Status(id.error());
}

Result<int> lockMinutes(const QSqlDatabase &db)
{
    auto stored = value(db, LockMinutes);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int minutes = stored->toInt(&ok);
    if (!ok || minutes < MinLockMinutes || minutes > MaxLockMinutes)
        return DefaultLockMinutes;
    return minutes;
}

} // namespace DistrictSettings

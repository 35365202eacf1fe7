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

} // namespace DistrictSettings

#include "demotable.h"

#include "sqlerror.h"

#include <QDate>
#include <QSqlError>

DemoTable::DemoTable(QSqlDatabase db, const QString &sql, QString deviceId, bool stamped)
    : m_db(db), m_query(db), m_deviceId(std::move(deviceId)), m_stamped(stamped)
{
    if (!m_query.prepare(sql))
        m_prepared = sqlError(m_query.lastError(), m_db.databaseName());
}

Status DemoTable::insert(std::initializer_list<QVariant> values, const DemoStamp &stamp)
{
    if (!m_prepared)
        return m_prepared;
    for (const QVariant &value : values)
        m_query.addBindValue(value);
    if (m_stamped) {
        m_query.addBindValue(stamp.createdAt);
        m_query.addBindValue(orNull(stamp.createdBy));
        m_query.addBindValue(stamp.updatedAt.isEmpty() ? stamp.createdAt : stamp.updatedAt);
        m_query.addBindValue(orNull(stamp.updatedBy.isEmpty() ? stamp.createdBy : stamp.updatedBy));
        m_query.addBindValue(orNull(m_deviceId));
    }
    if (!m_query.exec())
        return sqlError(m_query.lastError(), m_db.databaseName());
    return {};
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant orNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(QStringLiteral("yyyy-MM-dd"))) : QVariant();
}

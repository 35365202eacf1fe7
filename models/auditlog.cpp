#include "auditlog.h"

#include "idnumber.h"
#include "sqlerror.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString changesText(const QJsonObject &changes)
{
    return QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

// The exact bytes that are hashed: a compact JSON array of every stored field
// in a fixed order, the changes as the very text stored in the row.
QByteArray canonical(const AuditEntry &e, const QString &storedAt, const QString &storedChanges)
{
    const QJsonArray fields{QString::number(e.seq), storedAt,     e.userId, e.deviceId, e.action,
                            e.entity,               e.rowId,      storedChanges,         e.prevHash};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QJsonObject AuditLog::maskedChanges(const QJsonObject &changes)
{
    QJsonObject masked = changes;
    for (auto it = masked.begin(); it != masked.end(); ++it) {
        if (!it.key().endsWith(QStringLiteral("id_number")))
            continue;
        const auto mask = [](const QJsonValue &v) {
            return v.isString() ? QJsonValue(IdNumber::mask(v.toString())) : v;
        };
        if (it.value().isArray()) {
            QJsonArray values;
            for (const QJsonValue &v : it.value().toArray())
                values.append(mask(v));
            it.value() = values;
        } else {
            it.value() = mask(it.value());
        }
    }
    return masked;
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::timestamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    return sha256Hex(canonical(entry, timestamp(entry.at), changesText(entry.changes)));
}

Status AuditLog::append(const QSqlDatabase &db, AuditEntry entry)
{
    return AuditAppender(db).append(std::move(entry));
}

AuditAppender::AuditAppender(QSqlDatabase db) : m_db(db), m_head(db), m_insert(db) {}

Status AuditAppender::append(AuditEntry entry)
{
    if (!m_prepared) {
        // sqlite_sequence remembers the highest number ever issued, so entries
        // cut off the end leave a gap that verify() reports.
        if (!m_head.prepare(QStringLiteral(
                "SELECT max(ifnull((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), "
                "ifnull((SELECT max(seq) FROM audit_log), 0)), "
                "(SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)")))
            return sqlError(m_head.lastError(), m_db.databaseName());
        if (!m_insert.prepare(QStringLiteral("INSERT INTO audit_log(seq, at_utc, user_id, device_id, "
                                             "action, entity, row_id, changes, prev_hash, hash) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return sqlError(m_insert.lastError(), m_db.databaseName());
        m_prepared = true;
    }
    // Read the head every time: several appenders may share one connection.
    if (!m_head.exec() || !m_head.next())
        return sqlError(m_head.lastError(), m_db.databaseName());
    entry.seq = m_head.value(0).toLongLong() + 1;
    entry.prevHash = m_head.value(1).isNull() ? AuditLog::genesisHash() : m_head.value(1).toString();
    m_head.finish();
    const QString at = AuditLog::timestamp(entry.at);
    const QString changes = changesText(entry.changes);
    entry.hash = sha256Hex(canonical(entry, at, changes));

    m_insert.addBindValue(entry.seq);
    m_insert.addBindValue(at);
    m_insert.addBindValue(entry.userId.isEmpty() ? QVariant() : QVariant(entry.userId));
    m_insert.addBindValue(entry.deviceId.isEmpty() ? QVariant() : QVariant(entry.deviceId));
    m_insert.addBindValue(entry.action);
    m_insert.addBindValue(entry.entity);
    m_insert.addBindValue(entry.rowId.isEmpty() ? QVariant() : QVariant(entry.rowId));
    m_insert.addBindValue(changes);
    m_insert.addBindValue(entry.prevHash);
    m_insert.addBindValue(entry.hash);
    if (!m_insert.exec())
        return sqlError(m_insert.lastError(), m_db.databaseName());
    return {};
}

Result<ChainReport> AuditLog::verify(const QSqlDatabase &db)
{
    ChainReport report;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at_utc, user_id, device_id, action, entity, row_id, "
                               "changes, prev_hash, hash FROM audit_log ORDER BY seq")))
        return sqlError(q.lastError(), db.databaseName());
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    auto broken = [&](qint64 seq, const QString &problem) {
        report.firstBroken = seq;
        report.problem = problem;
    };
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.userId = q.value(2).toString();
        e.deviceId = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.rowId = q.value(6).toString();
        e.prevHash = q.value(8).toString();
        ++report.entries;
        if (e.seq != expectedSeq) {
            broken(expectedSeq, e.seq - 1 == expectedSeq
                                    ? tr("Audit entry %1 is missing.").arg(expectedSeq)
                                    : tr("Audit entries %1 to %2 are missing.")
                                          .arg(expectedSeq)
                                          .arg(e.seq - 1));
            return report;
        }
        if (e.prevHash != expectedPrev) {
            broken(e.seq, tr("Audit entry %1 does not follow entry %2: an entry was changed, "
                             "removed or reordered.")
                              .arg(e.seq)
                              .arg(e.seq - 1));
            return report;
        }
        const QString hash =
            sha256Hex(canonical(e, q.value(1).toString(), q.value(7).toString()));
        if (hash != q.value(9).toString()) {
            broken(e.seq, tr("Audit entry %1 was altered after it was written (its hash does "
                             "not match its content).")
                              .arg(e.seq));
            return report;
        }
        expectedPrev = q.value(9).toString();
        ++expectedSeq;
    }
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")))
        return sqlError(last.lastError(), db.databaseName());
    const qint64 issued = last.next() ? last.value(0).toLongLong() : 0;
    if (issued < expectedSeq - 1) {
        // The counter was lowered or removed behind the application's back.
        broken(expectedSeq - 1, tr("The audit log's entry counter was changed: it says %1, "
                                   "but the log holds %2 entries.")
                                    .arg(issued)
                                    .arg(expectedSeq - 1));
        return report;
    }
    if (issued >= expectedSeq) {
        broken(expectedSeq, tr("Audit entries %1 to %2 are missing from the end of the log.")
                                .arg(expectedSeq)
                                .arg(issued));
        return report;
    }
    report.headHash = expectedPrev;
    return report;
}

Result<QList<AuditEntry>> AuditLog::entries(const QSqlDatabase &db, const AuditFilter &filter)
{
    QString sql = QStringLiteral("SELECT seq, at_utc, user_id, device_id, action, entity, row_id, "
                                 "changes, prev_hash, hash FROM audit_log WHERE 1 = 1");
    // Only fixed fragments are appended; every value is bound.
    if (!filter.entity.isEmpty())
        sql += QStringLiteral(" AND entity = :entity");
    if (!filter.rowId.isEmpty())
        sql += QStringLiteral(" AND row_id = :row");
    if (filter.since.isValid())
        sql += QStringLiteral(" AND at_utc >= :since");
    sql += QStringLiteral(" ORDER BY seq");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT :limit");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!filter.entity.isEmpty())
        q.bindValue(QStringLiteral(":entity"), filter.entity);
    if (!filter.rowId.isEmpty())
        q.bindValue(QStringLiteral(":row"), filter.rowId);
    if (filter.since.isValid())
        q.bindValue(QStringLiteral(":since"), filter.since.toString(Qt::ISODate));
    if (filter.limit >= 0)
        q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.userId = q.value(2).toString();
        e.deviceId = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.rowId = q.value(6).toString();
        e.changes = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        result.append(e);
    }
    return result;
}

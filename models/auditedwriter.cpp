#include "auditedwriter.h"

#include "auditlog.h"
#include "sqlerror.h"
#include "writepolicy.h"

#include <QJsonArray>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

namespace {

const QStringList StampColumns = {QStringLiteral("created_at"), QStringLiteral("created_by"),
                                  QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                  QStringLiteral("updated_device")};

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    // Numbers compare as numbers only when the stored value is one: "0371"
    // and "371" are different phone numbers.
    const auto numeric = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ||
               v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::UInt ||
               v.typeId() == QMetaType::Bool;
    };
    if (numeric(a) && numeric(b))
        return a.toLongLong() == b.toLongLong();
    if (numeric(a) != numeric(b)) {
        bool ok = false;
        const qint64 n = (numeric(a) ? b : a).toString().toLongLong(&ok);
        const QString text = (numeric(a) ? b : a).toString();
        return ok && QString::number(n) == text && n == (numeric(a) ? a : b).toLongLong();
    }
    return a.toString() == b.toString();
}

} // namespace

QJsonValue auditValue(const QString &table, const QString &column, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    const bool secret = (table == QStringLiteral("users") && column == QStringLiteral("password_hash")) ||
                        column.endsWith(QStringLiteral("_secret_key"));
    if (secret)
        return QStringLiteral("(hidden)");
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("(%1 bytes)").arg(value.toByteArray().size());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

AuditedWriter::AuditedWriter(QSqlDatabase db, std::optional<CurrentUser> user, QString deviceId)
    : m_db(std::move(db)), m_user(std::move(user)), m_deviceId(std::move(deviceId)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

Status AuditedWriter::require(Permission permission) const
{
    return checkAccount(permission);
}

Status AuditedWriter::checkAccount(std::optional<Permission> permission) const
{
    if (!m_user)
        return Error{tr("Nobody is signed in; sign in to make changes.")};
    QSqlQuery &q = statement(QStringLiteral("SELECT role, disabled FROM users WHERE id = ?"));
    q.addBindValue(m_user->id);
    if (!q.exec())
        return sqlError(q.lastError(), m_db.databaseName());
    const bool exists = q.next();
    const QString roleCode = exists ? q.value(0).toString() : QString();
    const bool disabled = exists && q.value(1).toInt() != 0;
    q.finish();
    if (!exists)
        return Error{tr("The account %1 does not exist in this database.").arg(m_user->username)};
    if (disabled)
        return Error{tr("The account %1 is disabled and cannot change anything.")
                         .arg(m_user->username)};
    Role role = Role::Caseworker;
    const bool known = Permissions::roleFromCode(roleCode, &role);
    if (permission && (!known || !Permissions::allows(role, *permission)))
        return Error{tr("%1 (%2) may not %3.")
                         .arg(m_user->displayName, Permissions::roleLabel(role),
                              Permissions::describe(*permission))};
    return {};
}

bool AuditedWriter::isBootstrapAdministrator(const QString &table, const RowValues &values) const
{
    // The very first account of a database creates itself: there is nobody
    // else who could. Only an administrator, only into an empty users table.
    if (!m_user || table != QStringLiteral("users") || m_user->role != Role::Administrator)
        return false;
    QVariant id;
    QVariant role;
    for (const auto &[column, value] : values) {
        if (column == QStringLiteral("id"))
            id = value;
        else if (column == QStringLiteral("role"))
            role = value;
    }
    if (id.toString() != m_user->id || role.toString() != QStringLiteral("administrator"))
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next() && q.value(0).toInt() == 0;
}

Result<QStringList> AuditedWriter::columnsOf(const QString &table) const
{
    if (auto it = m_columns.constFind(table); it != m_columns.constEnd())
        return *it;
    // Only the exact name counts: SQLite would accept "HOUSEHOLDS", and the
    // audit log, its filters and the secret-hiding rules would miss it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT p.name FROM sqlite_schema s, pragma_table_info(s.name) p "
                             "WHERE s.type = 'table' AND s.name = ? COLLATE BINARY"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlError(q.lastError(), m_db.databaseName());
    QStringList columns;
    while (q.next())
        columns.append(q.value(0).toString());
    // Only synced tables (UUID id, stamps) are written through the writer.
    if (!columns.contains(QStringLiteral("id")) || !columns.contains(QStringLiteral("updated_device")))
        return Error{tr("%1 is not a table the application writes to.").arg(table)};
    m_columns.insert(table, columns);
    return columns;
}

Status AuditedWriter::checkColumns(const QString &table, const RowValues &values) const
{
    auto columns = columnsOf(table);
    if (!columns)
        return columns.error();
    for (const auto &[column, value] : values) {
        Q_UNUSED(value);
        if (!columns->contains(column) || StampColumns.contains(column))
            return Error{tr("%1 has no column %2 that may be written.").arg(table, column)};
    }
    return {};
}

Status AuditedWriter::requireWrite(Permission permission, const QString &table,
                                   const RowValues &values, const QString &rowId) const
{
    if (Status s = requireTransaction(); !s)
        return s;
    if (Status s = checkColumns(table, values); !s)
        return s;
    if (isBootstrapAdministrator(table, values))
        return {};
    // The table and values decide what is needed, not the caller's choice.
    const QList<Permission> accepted =
        WritePolicy::accepted(table, values, rowId, m_user ? m_user->id : QString());
    if (accepted.isEmpty())
        return Error{tr("%1 is not a table the application writes to.").arg(table)};
    if (!accepted.contains(permission))
        return Error{tr("This change to %1 needs the permission to %2.")
                         .arg(table, Permissions::describe(accepted.constFirst()))};
    for (const auto &[column, value] : values) {
        if (WritePolicy::isActorColumn(table, column) && m_user && value.toString() != m_user->id)
            return Error{tr("A decision can only be recorded in the name of the person signed in.")};
    }
    return require(permission);
}

Status AuditedWriter::requireTransaction() const
{
    // A change outside a transaction could not be undone together with its
    // audit entry, and two writers could interleave their chain links.
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 &&
        sqlite3_get_autocommit(*static_cast<sqlite3 *const *>(handle.constData())) == 0)
        return {};
    return Error{tr("Internal error: a change was attempted outside a transaction.")};
}

QSqlQuery &AuditedWriter::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db));
        // A failed prepare shows up as the exec() error at the call site.
        it->prepare(sql);
    }
    return *it;
}

Status AuditedWriter::audit(const QString &action, const QString &table, const QString &id,
                            const QJsonObject &changes) const
{
    AuditEntry entry;
    entry.at = m_clock();
    entry.userId = m_user ? m_user->id : QString();
    entry.deviceId = m_deviceId;
    entry.action = action;
    entry.entity = table;
    entry.rowId = id;
    entry.changes = changes;
    if (!m_appender)
        m_appender = std::make_shared<AuditAppender>(m_db);
    return m_appender->append(entry);
}

Result<QString> AuditedWriter::insert(Permission permission, const QString &table, RowValues values)
{
    auto idIt = std::find_if(values.begin(), values.end(),
                             [](const auto &p) { return p.first == QStringLiteral("id"); });
    if (idIt == values.end())
        values.prepend({QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    const QString id = std::find_if(values.begin(), values.end(), [](const auto &p) {
                           return p.first == QStringLiteral("id");
                       })->second.toString();
    if (Status s = requireWrite(permission, table, values); !s)
        return s.error();

    const QString at = AuditLog::timestamp(m_clock());
    const QVariant by = m_user ? QVariant(m_user->id) : QVariant();
    QStringList columns;
    QJsonObject changes;
    for (const auto &[column, value] : values) {
        columns.append(column);
        if (column != QStringLiteral("id"))
            changes.insert(column, QJsonArray{QJsonValue::Null, auditValue(table, column, value)});
    }
    columns += StampColumns;
    // Table and column names were checked against the schema above; values are bound.
    QSqlQuery &q = statement(
        QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1Char(',')),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const auto &[column, value] : values)
        q.addBindValue(value);
    for (const QVariant &stamp : {QVariant(at), by, QVariant(at), by,
                                  m_deviceId.isEmpty() ? QVariant() : QVariant(m_deviceId)})
        q.addBindValue(stamp);
    if (!q.exec())
        return sqlError(q.lastError(), table);
    if (Status s = audit(QStringLiteral("insert"), table, id, changes); !s)
        return s.error();
    return id;
}

Status AuditedWriter::update(Permission permission, const QString &table, const QString &id,
                             const RowValues &changes)
{
    for (const auto &change : changes) {
        if (change.first == QStringLiteral("id"))
            return Error{tr("A record's id never changes.")};
    }
    if (Status s = requireWrite(permission, table, changes, id); !s)
        return s;
    QStringList names;
    for (const auto &change : changes)
        names.append(change.first);
    QSqlQuery &old =
        statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(names.join(QLatin1Char(',')), table));
    old.addBindValue(id);
    if (!old.exec())
        return sqlError(old.lastError(), table);
    if (!old.next())
        return Error{tr("The record %1 no longer exists in %2.").arg(id, table)};

    QJsonObject audited;
    QStringList assignments;
    QVariantList bound;
    for (int i = 0; i < changes.size(); ++i) {
        const auto &[column, value] = changes.at(i);
        const QVariant before = old.value(i);
        if (sameValue(before, value))
            continue;
        audited.insert(column, QJsonArray{auditValue(table, column, before),
                                          auditValue(table, column, value)});
        assignments.append(column + QStringLiteral(" = ?"));
        bound.append(value);
    }
    old.finish();
    if (assignments.isEmpty())
        return {};
    assignments += {QStringLiteral("updated_at = ?"), QStringLiteral("updated_by = ?"),
                    QStringLiteral("updated_device = ?")};
    bound += {AuditLog::timestamp(m_clock()), m_user ? QVariant(m_user->id) : QVariant(),
              m_deviceId.isEmpty() ? QVariant() : QVariant(m_deviceId)};
    QSqlQuery &q =
        statement(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1Char(','))));
    for (const QVariant &value : std::as_const(bound))
        q.addBindValue(value);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), table);
    return audit(QStringLiteral("update"), table, id, audited);
}

Status AuditedWriter::remove(Permission permission, const QString &table, const QString &id)
{
    if (Status s = requireWrite(permission, table, {}, id); !s)
        return s;
    if (Status s = refuseIfReferenced(table, id); !s)
        return s;
    QSqlQuery old(m_db);
    old.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    old.addBindValue(id);
    if (!old.exec())
        return sqlError(old.lastError(), table);
    if (!old.next())
        return Error{tr("The record %1 no longer exists in %2.").arg(id, table)};
    QJsonObject audited;
    const QSqlRecord record = old.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        if (column != QStringLiteral("id"))
            audited.insert(column, QJsonArray{auditValue(table, column, old.value(i)), QJsonValue::Null});
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), table);
    return audit(QStringLiteral("delete"), table, id, audited);
}

Status AuditedWriter::refuseIfReferenced(const QString &table, const QString &id) const
{
    // Schema cascades would delete or blank the dependent rows without an
    // audit entry; they must go first, each through the writer.
    QSqlQuery refs(m_db);
    refs.prepare(QStringLiteral("SELECT s.name, f.\"from\" FROM sqlite_schema s, "
                                "pragma_foreign_key_list(s.name) f "
                                "WHERE s.type = 'table' AND f.\"table\" = ?"));
    refs.addBindValue(table);
    if (!refs.exec())
        return sqlError(refs.lastError(), table);
    while (refs.next()) {
        const QString child = refs.value(0).toString();
        const QString column = refs.value(1).toString();
        // Both names come from the schema itself.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = ?").arg(child, column));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return sqlError(q.lastError(), child);
        if (const qint64 n = q.value(0).toLongLong(); n > 0)
            return Error{tr("%n record(s) in %1 still refer to this record; remove them first.",
                            nullptr, int(n))
                             .arg(child),
                         table};
    }
    return {};
}

Status AuditedWriter::recordReveal(const QString &table, const QString &id, const QString &field)
{
    if (Status s = checkAccount(std::nullopt); !s)
        return s;
    if (Status s = requireTransaction(); !s)
        return s;
    if (Status s = checkColumns(table, {{field, {}}}); !s)
        return s;
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    exists.addBindValue(id);
    if (!exists.exec())
        return sqlError(exists.lastError(), table);
    if (!exists.next())
        return Error{tr("The record %1 no longer exists in %2.").arg(id, table)};
    return audit(QStringLiteral("reveal"), table, id, QJsonObject{{QStringLiteral("revealed"), field}});
}

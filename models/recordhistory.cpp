#include "recordhistory.h"

#include "fieldlabels.h"
#include "sqlerror.h"

#include <algorithm>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The first non-null side of a [old, new] pair, for naming a row.
QString eitherSide(const QJsonValue &pair)
{
    const QJsonArray sides = pair.toArray();
    for (const QJsonValue &side : sides) {
        if (side.isString() && !side.toString().isEmpty())
            return side.toString();
    }
    return {};
}

} // namespace

RecordHistory::RecordHistory(QSqlDatabase db)
    : m_db(std::move(db)), m_zone(QTimeZone::systemTimeZone())
{
}

Result<QList<RecordRef>> RecordHistory::householdRecords(const QString &householdId) const
{
    QList<RecordRef> records{{QStringLiteral("households"), householdId}};
    // Members removed since still have their entries: the household_id they
    // were written with is in the entry's changes.
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id FROM members WHERE household_id = :h "
                       "UNION SELECT DISTINCT row_id FROM audit_log WHERE entity = 'members' AND "
                       "(json_extract(changes, '$.household_id[0]') = :h OR "
                       " json_extract(changes, '$.household_id[1]') = :h)"));
    q.bindValue(QStringLiteral(":h"), householdId);
    if (!q.exec())
        return sqlError(q.lastError(), m_db.databaseName());
    while (q.next())
        records.append({QStringLiteral("members"), q.value(0).toString()});
    return records;
}

Result<QList<HistoryLine>> RecordHistory::lines(const QList<RecordRef> &records) const
{
    if (Status s = loadUsers(); !s)
        return s.error();
    QList<AuditEntry> entries;
    for (const RecordRef &record : records) {
        auto found = AuditLog::entries(m_db, {record.entity, record.rowId, {}, -1});
        if (!found)
            return found.error();
        entries += found.value();
    }
    std::sort(entries.begin(), entries.end(),
              [](const AuditEntry &a, const AuditEntry &b) { return a.seq > b.seq; });
    QList<HistoryLine> result;
    result.reserve(entries.size());
    for (const AuditEntry &entry : std::as_const(entries))
        result.append({entry, describe(entry)});
    return result;
}

Status RecordHistory::loadUsers() const
{
    if (m_usersLoaded)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, display_name, username FROM users")))
        return sqlError(q.lastError(), m_db.databaseName());
    while (q.next())
        m_users.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    m_usersLoaded = true;
    return {};
}

QString RecordHistory::describe(const AuditEntry &entry) const
{
    // A failed lookup leaves user ids unnamed; the sentence still reads.
    (void)loadUsers();
    const QString when = entry.at.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("%1 %2 %3", "time, who, what was done").arg(when, actor(entry), action(entry));
}

QString RecordHistory::actor(const AuditEntry &entry) const
{
    // A failed sign-in is not the act of the account it names.
    if (entry.userId.isEmpty() || entry.action == QLatin1String("login_failed"))
        return tr("Someone");
    const auto it = m_users.constFind(entry.userId);
    if (it == m_users.constEnd())
        return tr("An unknown user");
    return tr("%1 (%2)", "display name (user name)").arg(it->first, it->second);
}

QString RecordHistory::memberName(const AuditEntry &entry) const
{
    if (const QString fromEntry = eitherSide(entry.changes.value(QStringLiteral("name")));
        !fromEntry.isEmpty())
        m_memberNames.insert(entry.rowId, fromEntry);
    if (auto it = m_memberNames.constFind(entry.rowId); it != m_memberNames.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM members WHERE id = ?"));
    q.addBindValue(entry.rowId);
    const QString name = q.exec() && q.next() ? q.value(0).toString() : tr("a former member");
    m_memberNames.insert(entry.rowId, name);
    return name;
}

QString RecordHistory::changeList(const AuditEntry &entry, bool withOld) const
{
    QStringList parts;
    for (auto it = entry.changes.constBegin(); it != entry.changes.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        const QString field = FieldLabels::column(entry.entity, it.key());
        const QString newValue = FieldLabels::value(entry.entity, it.key(), pair.at(1));
        if (withOld) {
            const QString oldValue = FieldLabels::value(entry.entity, it.key(), pair.at(0));
            parts.append(
                tr("%1 from %2 to %3", "field from old to new").arg(field, oldValue, newValue));
        } else if (!pair.at(1).isNull() &&
                   !(pair.at(1).isString() && pair.at(1).toString().isEmpty()) &&
                   // Links to other rows are UUIDs: nothing a reader can use.
                   !it.key().endsWith(QLatin1String("_id"))) {
            parts.append(tr("%1 %2", "field value").arg(field, newValue));
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString RecordHistory::action(const AuditEntry &entry) const
{
    const QString &act = entry.action;
    if (act == QLatin1String("login"))
        return tr("signed in");
    if (act == QLatin1String("logout"))
        return tr("signed out");
    if (act == QLatin1String("login_failed"))
        return tr("failed to sign in as %1")
            .arg(entry.changes.value(QStringLiteral("username")).toString());

    const bool household = entry.entity == QLatin1String("households");
    const bool member = entry.entity == QLatin1String("members");
    const bool user = entry.entity == QLatin1String("users");
    if (act == QLatin1String("reveal")) {
        const QString field = entry.changes.value(QStringLiteral("revealed")).toString();
        const QString whose = member ? memberName(entry) : QString();
        if (member && field == QLatin1String("id_number"))
            return tr("viewed the full ID number of %1").arg(whose);
        return tr("viewed the full %1 of a %2 record")
            .arg(FieldLabels::column(entry.entity, field),
                 QString(entry.entity).replace(QLatin1Char('_'), QLatin1Char(' ')));
    }

    QString subject;
    if (member) {
        subject = memberName(entry);
    } else if (user) {
        auto it = m_users.constFind(entry.rowId);
        subject = it != m_users.constEnd()
                      ? it->second
                      : eitherSide(entry.changes.value(QStringLiteral("username")));
    }
    const QString table = QString(entry.entity).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (act == QLatin1String("insert")) {
        const QString values = changeList(entry, false);
        const QString what = household ? tr("created the household file")
                             : member  ? tr("added member %1").arg(subject)
                             : user    ? tr("created the account %1").arg(subject)
                                       : tr("created a %1 record").arg(table);
        return values.isEmpty() ? what : tr("%1: %2", "what was done: values").arg(what, values);
    }
    if (act == QLatin1String("update")) {
        const QString changes = changeList(entry, true);
        if (household)
            return tr("changed %1").arg(changes);
        const QString what = member ? tr("changed member %1").arg(subject)
                             : user ? tr("changed the account %1").arg(subject)
                                    : tr("changed a %1 record").arg(table);
        return tr("%1: %2", "what was done: values").arg(what, changes);
    }
    if (act == QLatin1String("delete")) {
        return household ? tr("deleted the household file")
               : member  ? tr("removed member %1").arg(subject)
               : user    ? tr("deleted the account %1").arg(subject)
                         : tr("deleted a %1 record").arg(table);
    }
    return tr("did %1 on a %2 record").arg(act, table);
}

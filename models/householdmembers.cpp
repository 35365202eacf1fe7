#include "householdmembers.h"

#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace HouseholdMembers {

Result<QList<MemberSummary>> list(const QSqlDatabase &db, const QString &householdId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, relationship, id_number, is_head FROM members "
                             "WHERE household_id = ? ORDER BY is_head DESC, position, name"));
    q.addBindValue(householdId);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    QList<MemberSummary> members;
    while (q.next())
        members.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toInt() != 0});
    return members;
}

} // namespace HouseholdMembers

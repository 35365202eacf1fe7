#include "session.h"

#include "auditlog.h"
#include "transaction.h"
#include "workspace.h"

Status Session::signOut(const QSqlDatabase &db, const QString &deviceId, const CurrentUser &user,
                        const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    AuditEntry entry;
    entry.at = now;
    entry.userId = user.id;
    entry.deviceId = deviceId;
    entry.action = QStringLiteral("logout");
    entry.entity = QStringLiteral("users");
    entry.rowId = user.id;
    if (Status s = AuditLog::append(db, entry); !s)
        return s;
    return tx.commit();
}

Status Session::write(Workspace &workspace, const std::function<Status(AuditedWriter &)> &work)
{
    Transaction tx(workspace.sql());
    if (!tx.begun())
        return tx.begun();
    AuditedWriter writer = workspace.writer();
    if (Status s = work(writer); !s)
        return s;
    return tx.commit();
}

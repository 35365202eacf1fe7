// Session: what happens around a signed-in user that Accounts does not cover —
// signing out (audited, so the log shows when a session ended) and running a
// piece of work as the signed-in user inside one write transaction.
#pragma once

#include "auditedwriter.h"
#include "currentuser.h"
#include "error.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

class Workspace;

class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    /// Writes a 'logout' audit entry for \a user in its own transaction. The
    /// caller then forgets the user (Workspace::setUser(std::nullopt)).
    static Status signOut(const QSqlDatabase &db, const QString &deviceId, const CurrentUser &user,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Runs \a work with \a workspace's writer inside one transaction and
    /// commits if it succeeds; on an error nothing of it is kept.
    static Status write(Workspace &workspace, const std::function<Status(AuditedWriter &)> &work);
};

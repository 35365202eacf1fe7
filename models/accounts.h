// Accounts: local user accounts — the first administrator, signing in with a
// wait after repeated failures, and the administrator's work of adding users,
// resetting passwords and disabling (never deleting) accounts.
#pragma once

#include "auditedwriter.h"
#include "currentuser.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

struct NewAccount
{
    QString username;      ///< 2-32 of a-z, 0-9, '.', '_', '-'; stored as typed, matched without case
    QString displayName;   ///< the person's name as printed, e.g. 张丽
    Role role = Role::Caseworker;
    QString password;
};

struct AccountInfo
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Caseworker;
    bool disabled = false;
};

class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    static constexpr int MaxFailures = 5;        ///< failures in a row before the wait
    static constexpr int WaitSeconds = 30;       ///< wait after MaxFailures failures
    static constexpr int MinPasswordLength = 8;

    static Result<bool> hasUsers(const QSqlDatabase &db);
    static Result<QList<AccountInfo>> list(const QSqlDatabase &db);

    /// Creates the first administrator of a database that has no accounts yet,
    /// in its own transaction, audited as that administrator's own act.
    static Result<CurrentUser> createFirstAdministrator(const QSqlDatabase &db,
                                                        const QString &deviceId,
                                                        const NewAccount &account);

    /// Checks name and password in its own transaction. A failure never says
    /// which of the two was wrong; after MaxFailures failures in a row for a
    /// name, the next try is refused until WaitSeconds have passed. Both
    /// outcomes are written to the audit log.
    static Result<CurrentUser> signIn(const QSqlDatabase &db, const QString &deviceId,
                                      const QString &username, const QString &password,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// The following write through \a writer inside the caller's transaction.
    static Result<QString> create(AuditedWriter &writer, const NewAccount &account);
    static Status resetPassword(AuditedWriter &writer, const QString &userId,
                                const QString &newPassword);
    /// Disabling keeps the account and its history; the last enabled
    /// administrator cannot be disabled.
    static Status setDisabled(AuditedWriter &writer, const QString &userId, bool disabled);
    static Status changeOwnPassword(AuditedWriter &writer, const QString &oldPassword,
                                    const QString &newPassword);

    /// Why \a password is not acceptable, or an ok Status.
    static Status checkPassword(const QString &password);
    static Status checkUsername(const QString &username);
};

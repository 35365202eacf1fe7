#include "accounts.h"

#include "auditlog.h"
#include "passwordhash.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

struct StoredAccount
{
    AccountInfo info;
    QString passwordHash;
};

Result<std::optional<StoredAccount>> findByName(const QSqlDatabase &db, const QString &username)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, username, display_name, role, disabled, password_hash "
                             "FROM users WHERE username = ? COLLATE NOCASE"));
    q.addBindValue(username);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    if (!q.next())
        return std::optional<StoredAccount>();
    StoredAccount a;
    a.info.id = q.value(0).toString();
    a.info.username = q.value(1).toString();
    a.info.displayName = q.value(2).toString();
    Permissions::roleFromCode(q.value(3).toString(), &a.info.role);
    a.info.disabled = q.value(4).toInt() != 0;
    a.passwordHash = q.value(5).toString();
    return std::optional<StoredAccount>(a);
}

CurrentUser toCurrentUser(const AccountInfo &info)
{
    return {info.id, info.username, info.displayName, info.role};
}

Status appendEvent(const QSqlDatabase &db, const QString &deviceId, const QString &userId,
                   const QString &action, const QDateTime &at, const QJsonObject &details)
{
    AuditEntry entry;
    entry.at = at;
    entry.userId = userId;
    entry.deviceId = deviceId;
    entry.action = action;
    entry.entity = QStringLiteral("users");
    entry.rowId = userId;
    entry.changes = details;
    return AuditLog::append(db, entry);
}

} // namespace

Status Accounts::checkPassword(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return Error{tr("The password must have at least %1 characters.").arg(MinPasswordLength)};
    if (password.trimmed() != password)
        return Error{tr("The password must not begin or end with a space.")};
    return {};
}

Status Accounts::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!pattern.match(username).hasMatch())
        return Error{tr("A user name has 2 to 32 letters a-z, digits, dots, hyphens or "
                        "underscores, e.g. zhangli.")};
    return {};
}

Result<bool> Accounts::hasUsers(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) || !q.next())
        return sqlError(q.lastError(), db.databaseName());
    return q.value(0).toBool();
}

Result<QList<AccountInfo>> Accounts::list(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, username, display_name, role, disabled FROM users "
                               "ORDER BY disabled, username COLLATE NOCASE")))
        return sqlError(q.lastError(), db.databaseName());
    QList<AccountInfo> accounts;
    while (q.next()) {
        AccountInfo a;
        a.id = q.value(0).toString();
        a.username = q.value(1).toString();
        a.displayName = q.value(2).toString();
        Permissions::roleFromCode(q.value(3).toString(), &a.role);
        a.disabled = q.value(4).toInt() != 0;
        accounts.append(a);
    }
    return accounts;
}

Result<CurrentUser> Accounts::createFirstAdministrator(const QSqlDatabase &db,
                                                       const QString &deviceId,
                                                       const NewAccount &account)
{
    if (account.role != Role::Administrator)
        return Error{tr("The first account must be an administrator.")};
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto exists = hasUsers(db);
    if (!exists)
        return exists.error();
    if (exists.value())
        return Error{tr("This database already has accounts; an administrator adds new ones.")};
    CurrentUser admin{QUuid::createUuid().toString(QUuid::WithoutBraces), account.username,
                      account.displayName, Role::Administrator};
    AuditedWriter writer(db, admin, deviceId);
    NewAccount withId = account;
    auto id = create(writer, withId);
    if (!id)
        return id.error();
    // Creating the first account also signs its owner in.
    if (Status s = appendEvent(db, deviceId, admin.id, QStringLiteral("login"), writer.now(), {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return admin;
}

Result<QString> Accounts::create(AuditedWriter &writer, const NewAccount &account)
{
    if (Status s = checkUsername(account.username); !s)
        return Error{s.error().message, tr("user name")};
    if (account.displayName.trimmed().isEmpty())
        return Error{tr("Enter the person's name."), tr("name")};
    if (Status s = checkPassword(account.password); !s)
        return Error{s.error().message, tr("password")};
    // The first administrator writes its own row into an empty users table
    // (the writer allows exactly that); everyone else needs a user manager.
    auto anyUsers = hasUsers(writer.database());
    if (!anyUsers)
        return anyUsers.error();
    const bool bootstrap = !anyUsers.value();
    if (!bootstrap) {
        if (Status s = writer.require(Permission::ManageUsers); !s)
            return s.error();
    }
    auto existing = findByName(writer.database(), account.username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{tr("The user name %1 is already taken.").arg(account.username), tr("user name")};
    auto hashed = PasswordHash::hash(account.password);
    if (!hashed)
        return hashed.error();
    RowValues values{{QStringLiteral("username"), account.username},
                     {QStringLiteral("display_name"), account.displayName.trimmed()},
                     {QStringLiteral("role"), Permissions::roleCode(account.role)},
                     {QStringLiteral("password_hash"), hashed.value()},
                     {QStringLiteral("disabled"), 0}};
    if (bootstrap)
        values.prepend({QStringLiteral("id"), writer.user()->id});
    return writer.insert(Permission::ManageUsers, QStringLiteral("users"), values);
}

Result<CurrentUser> Accounts::signIn(const QSqlDatabase &db, const QString &deviceId,
                                     const QString &username, const QString &password,
                                     const QDateTime &now)
{
    const QString key = username.trimmed().toLower();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT failures, last_failure_at FROM login_attempts "
                             "WHERE username_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    int failures = 0;
    QDateTime lastFailure;
    if (q.next()) {
        failures = q.value(0).toInt();
        lastFailure = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    }
    if (failures >= MaxFailures && lastFailure.isValid()) {
        const qint64 wait = WaitSeconds - lastFailure.secsTo(now);
        if (wait > 0)
            return Error{tr("Too many failed sign-ins for this name. Wait %n second(s) and try "
                            "again.",
                            nullptr, int(wait))};
    }

    auto found = findByName(db, key);
    if (!found)
        return found.error();
    // An unknown name is checked against a fixed hash of the same cost, so the
    // time taken does not tell which names exist.
    static const QString unknownNameHash = QStringLiteral(
        "$argon2id$v=19$m=65536,t=2,p=1$7vZyWWIicUTz1yPJWFKWGQ$4EgtzCgU617j3HG1Nin33EyqP5ntf1w8YaAp/mPbGkE");
    const bool verified = PasswordHash::verify(
        found->has_value() ? (*found)->passwordHash : unknownNameHash, password);
    const bool match = found->has_value() && verified;
    if (!match) {
        QSqlQuery fail(db);
        fail.prepare(QStringLiteral(
            "INSERT INTO login_attempts(username_key, failures, last_failure_at) VALUES (?, 1, ?) "
            "ON CONFLICT(username_key) DO UPDATE SET failures = failures + 1, "
            "last_failure_at = excluded.last_failure_at"));
        fail.addBindValue(key);
        fail.addBindValue(AuditLog::timestamp(now));
        if (!fail.exec())
            return sqlError(fail.lastError(), db.databaseName());
        // What was typed is kept only when it is an account's name: a password
        // typed into the name field must not stay in the append-only log.
        const QString userId = found->has_value() ? (*found)->info.id : QString();
        const QJsonObject details{{QStringLiteral("username"),
                                   found->has_value() ? (*found)->info.username
                                                      : QStringLiteral("(unknown name)")}};
        if (Status s = appendEvent(db, deviceId, userId, QStringLiteral("login_failed"), now, details);
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return Error{tr("The user name or password is incorrect.")};
    }
    const AccountInfo &info = (*found)->info;
    if (info.disabled)
        return Error{tr("This account is disabled. Ask an administrator.")};
    QSqlQuery reset(db);
    reset.prepare(QStringLiteral("DELETE FROM login_attempts WHERE username_key = ?"));
    reset.addBindValue(key);
    if (!reset.exec())
        return sqlError(reset.lastError(), db.databaseName());
    if (Status s = appendEvent(db, deviceId, info.id, QStringLiteral("login"), now, {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return toCurrentUser(info);
}

Status Accounts::resetPassword(AuditedWriter &writer, const QString &userId,
                               const QString &newPassword)
{
    if (Status s = writer.require(Permission::ManageUsers); !s)
        return s;
    if (Status s = checkPassword(newPassword); !s)
        return Error{s.error().message, tr("password")};
    auto hashed = PasswordHash::hash(newPassword);
    if (!hashed)
        return hashed.error();
    if (Status s = writer.update(Permission::ManageUsers, QStringLiteral("users"), userId,
                                 {{QStringLiteral("password_hash"), hashed.value()}});
        !s)
        return s;
    // A new password starts without the failures counted against the old one.
    QSqlQuery clear(writer.database());
    clear.prepare(QStringLiteral("DELETE FROM login_attempts WHERE username_key = "
                                 "(SELECT lower(username) FROM users WHERE id = ?)"));
    clear.addBindValue(userId);
    if (!clear.exec())
        return sqlError(clear.lastError(), writer.database().databaseName());
    return {};
}

Status Accounts::setDisabled(AuditedWriter &writer, const QString &userId, bool disabled)
{
    if (Status s = writer.require(Permission::ManageUsers); !s)
        return s;
    if (disabled) {
        QSqlQuery q(writer.database());
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0 AND id <> ?"));
        q.addBindValue(userId);
        if (!q.exec() || !q.next())
            return sqlError(q.lastError(), writer.database().databaseName());
        QSqlQuery role(writer.database());
        role.prepare(QStringLiteral("SELECT role FROM users WHERE id = ?"));
        role.addBindValue(userId);
        if (!role.exec())
            return sqlError(role.lastError(), writer.database().databaseName());
        if (role.next() && role.value(0).toString() == QStringLiteral("administrator") &&
            q.value(0).toInt() == 0)
            return Error{tr("This is the last enabled administrator; enable or add another "
                            "administrator first.")};
    }
    return writer.update(Permission::ManageUsers, QStringLiteral("users"), userId,
                         {{QStringLiteral("disabled"), disabled ? 1 : 0}});
}

Status Accounts::changeOwnPassword(AuditedWriter &writer, const QString &oldPassword,
                                   const QString &newPassword)
{
    if (Status s = writer.require(Permission::ChangeOwnPassword); !s)
        return s;
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(writer.user()->id);
    if (!q.exec())
        return sqlError(q.lastError(), writer.database().databaseName());
    if (!q.next() || !PasswordHash::verify(q.value(0).toString(), oldPassword))
        return Error{tr("The current password is incorrect."), tr("current password")};
    if (Status s = checkPassword(newPassword); !s)
        return Error{s.error().message, tr("new password")};
    auto hashed = PasswordHash::hash(newPassword);
    if (!hashed)
        return hashed.error();
    return writer.update(Permission::ChangeOwnPassword, QStringLiteral("users"),
                         writer.user()->id, {{QStringLiteral("password_hash"), hashed.value()}});
}

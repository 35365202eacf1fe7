// Workspace: what one working session holds — the open database, this
// installation's device id, the signed-in user and the shared helpers built
// on them. Created in app/ and passed down through constructors; nothing in
// Bangfu reaches for a global instead.
#pragma once

#include "auditedwriter.h"
#include "currentuser.h"
#include "database.h"
#include "pinyin.h"

#include <memory>
#include <optional>

class Workspace
{
public:
    /// Opens (or creates) the database at \a path and makes sure it has the
    /// reference divisions and this installation's device row. Nobody is
    /// signed in yet.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);

    Workspace(std::unique_ptr<Database> database, QString deviceId);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    Database &database() { return *m_database; }
    const Database &database() const { return *m_database; }
    QSqlDatabase sql() const { return m_database->sql(); }
    QString deviceId() const { return m_deviceId; }

    const std::optional<CurrentUser> &user() const { return m_user; }
    void setUser(std::optional<CurrentUser> user) { m_user = std::move(user); }

    /// A writer acting as the signed-in user (refusing everything when nobody
    /// is); use it inside a Transaction on sql().
    AuditedWriter writer() const { return AuditedWriter(sql(), m_user, m_deviceId); }

    /// Built on first use: creating the ICU transliterator takes a while.
    const Pinyin &pinyin() const;

private:
    std::unique_ptr<Database> m_database;
    QString m_deviceId;
    std::optional<CurrentUser> m_user;
    mutable std::unique_ptr<Pinyin> m_pinyin;
};

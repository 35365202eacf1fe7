// A throw-away workspace for model tests: a fresh database in a temporary
// folder with an administrator ("admin") and a caseworker ("liming"), the
// 2026 低保 line of the district, and a way to write as either of them in one
// transaction with a fixed clock.
#pragma once

#include "accounts.h"
#include "idnumber.h"
#include "auditedwriter.h"
#include "transaction.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

class TestWorkspace
{
public:
    /// Opens a new database; check ok() before use.
    TestWorkspace()
    {
        if (!m_dir.isValid())
            return;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("test.sqlite")));
        if (!ws)
            return;
        m_ws = std::move(ws).value();
        auto first = Accounts::createFirstAdministrator(
            m_ws->sql(), m_ws->deviceId(),
            {QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
             QStringLiteral("admin-pass-1")});
        if (!first)
            return;
        admin = first.value();
        Status s = write(admin, [&](AuditedWriter &w) -> Status {
            auto id = Accounts::create(w, {QStringLiteral("liming"), QStringLiteral("李明"),
                                           Role::Caseworker, QStringLiteral("bangfu-demo")});
            if (!id)
                return id.error();
            caseworker = {id.value(), QStringLiteral("liming"), QStringLiteral("李明"),
                          Role::Caseworker};
            auto line = w.insert(Permission::ManageSettings, QStringLiteral("poverty_lines"),
                                 {{QStringLiteral("year"), 2026},
                                  {QStringLiteral("dibao_monthly_fen"), 99000},
                                  {QStringLiteral("min_wage_monthly_fen"), 210000}});
            return line ? Status() : Status(line.error());
        });
        m_ok = s.ok();
    }

    bool ok() const { return m_ok; }
    Workspace &workspace() { return *m_ws; }
    QSqlDatabase sql() const { return m_ws->sql(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }

    /// Runs \a work as \a user in one transaction, clock at \a now; commits on success.
    Status write(const CurrentUser &user, const std::function<Status(AuditedWriter &)> &work,
                 const QDateTime &now = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC))
    {
        Transaction tx(m_ws->sql());
        AuditedWriter writer(m_ws->sql(), user, m_ws->deviceId());
        writer.setClock([now] { return now; });
        if (Status s = work(writer); !s)
            return s;
        return tx.commit();
    }

    /// The first column of the first row of \a sql with \a args bound in order.
    QVariant scalar(const QString &sql, const QVariantList &args = {}) const
    {
        QSqlQuery q(m_ws->sql());
        q.prepare(sql);
        for (const QVariant &a : args)
            q.addBindValue(a);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    CurrentUser admin;
    CurrentUser caseworker;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    bool m_ok = false;
};

/// A valid 18-character ID number from its first 17 digits.
inline QString validIdNumber(const QString &first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

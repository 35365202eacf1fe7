// A fresh database with an administrator and a caseworker, for the tests of
// what administrators keep (communities, poverty lines) and the dialogs that
// edit it. Writes run as either account in their own transaction.
#pragma once

#include "accounts.h"
#include "auditedwriter.h"
#include "transaction.h"
#include "workspace.h"

#include <functional>
#include <memory>
#include <QDebug>

struct AdminFixture
{
    std::unique_ptr<Workspace> ws;
    CurrentUser admin;
    CurrentUser caseworker;

    /// Opens a new database at \a path; the administrator is signed in.
    bool open(const QString &path)
    {
        auto opened = Workspace::open(path);
        if (!opened) {
            qWarning() << opened.error().toString();
            return false;
        }
        ws = std::move(opened).value();
        auto first = Accounts::createFirstAdministrator(
            ws->sql(), ws->deviceId(),
            {QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
             QStringLiteral("admin-password")});
        if (!first) {
            qWarning() << first.error().toString();
            return false;
        }
        admin = first.value();
        QString id;
        const Status added = as(admin, [&](AuditedWriter &writer) -> Status {
            auto created =
                Accounts::create(writer, {QStringLiteral("chenjing"), QStringLiteral("陈静"),
                                          Role::Caseworker, QStringLiteral("caseworker-pw")});
            if (!created)
                return created.error();
            id = created.value();
            return {};
        });
        if (!added) {
            qWarning() << added.error().toString();
            return false;
        }
        caseworker = {id, QStringLiteral("chenjing"), QStringLiteral("陈静"), Role::Caseworker};
        ws->setUser(admin);
        return true;
    }

    /// Runs \a work as \a user in one transaction, committed if it succeeds.
    Status as(const CurrentUser &user, const std::function<Status(AuditedWriter &)> &work)
    {
        Transaction tx(ws->sql());
        if (!tx.begun())
            return tx.begun();
        AuditedWriter writer(ws->sql(), user, ws->deviceId());
        if (Status s = work(writer); !s)
            return s;
        return tx.commit();
    }

    /// A household entered by the caseworker in \a division and \a communityId; its id.
    QString addHousehold(const QString &division, const QString &communityId)
    {
        QString id;
        const Status s = as(caseworker, [&](AuditedWriter &writer) -> Status {
            auto inserted = writer.insert(Permission::EditHouseholds, QStringLiteral("households"),
                                          {{QStringLiteral("division_code"), division},
                                           {QStringLiteral("community_id"), communityId}});
            if (!inserted)
                return inserted.error();
            id = inserted.value();
            return {};
        });
        if (!s)
            qWarning() << s.error().toString();
        return id;
    }
};

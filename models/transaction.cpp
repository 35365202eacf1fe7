#include "transaction.h"

#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace {

bool insideTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    return sqlite3_get_autocommit(*static_cast<sqlite3 *const *>(handle.constData())) == 0;
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (insideTransaction(m_db))
        m_savepoint = QStringLiteral("sp_") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery q(m_db);
    const QString sql = isNested() ? QStringLiteral("SAVEPOINT ") + m_savepoint
                                   : QStringLiteral("BEGIN IMMEDIATE");
    if (q.exec(sql))
        m_state = State::Active;
    else
        m_beginStatus = sqlError(q.lastError(), m_db.databaseName());
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_beginStatus)
        return m_beginStatus;
    if (m_state != State::Active)
        return Error{QCoreApplication::translate("Transaction",
                                                 "The change was undone and cannot be saved."),
                     m_db.databaseName()};
    QSqlQuery q(m_db);
    const QString sql = isNested() ? QStringLiteral("RELEASE ") + m_savepoint : QStringLiteral("COMMIT");
    if (!q.exec(sql)) {
        Error e = sqlError(q.lastError(), m_db.databaseName());
        rollback();
        return e;
    }
    m_state = State::Committed;
    return {};
}

void Transaction::rollback()
{
    if (m_state != State::Active)
        return;
    QSqlQuery q(m_db);
    if (isNested()) {
        // ROLLBACK TO keeps the savepoint open; RELEASE then closes it.
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    } else if (!q.exec(QStringLiteral("ROLLBACK")) && insideTransaction(m_db)) {
        qWarning("Transaction: ROLLBACK failed: %s", qPrintable(q.lastError().text()));
    }
    m_state = State::RolledBack;
}

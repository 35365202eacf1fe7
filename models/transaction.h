// Transaction: RAII guard for one SQLite write transaction. Commit explicitly;
// the destructor rolls back whatever was not committed, so an early return or
// an error path can never leave half a change behind. Inside another
// transaction it becomes a SAVEPOINT, so helpers that guard their own writes
// can be called from a caller's larger transaction.
#pragma once

#include "error.h"

#include <QSqlDatabase>

class Transaction
{
public:
    /// Starts BEGIN IMMEDIATE (a competing writer is detected now, not at
    /// commit), or a SAVEPOINT when \a db is already inside a transaction.
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; check before writing.
    Status begun() const { return m_beginStatus; }
    /// Commits (or releases the savepoint). An error after a rollback or a
    /// failed begin: the changes are gone and the caller must know.
    Status commit();
    void rollback();
    bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    QSqlDatabase m_db;
    Status m_beginStatus;
    QString m_savepoint;
    enum class State { Active, Committed, RolledBack, Failed } m_state = State::Failed;
};

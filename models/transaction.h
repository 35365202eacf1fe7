// Transaction: RAII guard for one SQLite write transaction. Commit explicitly;
// the destructor rolls back whatever was not committed, so an early return or
// an error path can never leave half a change behind.
#pragma once

#include "error.h"

#include <QSqlDatabase>

class Transaction
{
public:
    /// Starts BEGIN IMMEDIATE so that a competing writer is detected now, not at commit.
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; check before writing.
    Status begun() const { return m_beginStatus; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_beginStatus;
    bool m_active = false;
};

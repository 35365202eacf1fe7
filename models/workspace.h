// Workspace: what one working session holds — the open database and the
// shared helpers built on it. Created in app/ and passed down through
// constructors; nothing in Bangfu reaches for a global instead.
// (The signed-in user and device join it with the accounts issue.)
#pragma once

#include "database.h"
#include "pinyin.h"

#include <memory>

class Workspace
{
public:
    explicit Workspace(std::unique_ptr<Database> database);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    Database &database() { return *m_database; }
    const Database &database() const { return *m_database; }
    QSqlDatabase sql() const { return m_database->sql(); }
    /// Built on first use: creating the ICU transliterator takes a while.
    const Pinyin &pinyin() const;

private:
    std::unique_ptr<Database> m_database;
    mutable std::unique_ptr<Pinyin> m_pinyin;
};

// DatabaseCheck: the health checks behind `bangfu-cli check` — SQLite's own
// integrity check and foreign-key check, reported as plain sentences.
// (The audit-chain verification joins here with the accounts-and-audit work.)
#pragma once

#include <QStringList>

class Database;

struct CheckReport
{
    QStringList problems;  ///< One translated sentence per problem found.
    int checksRun = 0;
    bool ok() const { return problems.isEmpty(); }
};

namespace DatabaseCheck {

/// Runs every check; never modifies the database.
CheckReport run(const Database &db);

} // namespace DatabaseCheck

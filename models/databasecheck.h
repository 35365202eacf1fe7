// DatabaseCheck: the health checks behind `bangfu-cli check` — SQLite's own
// integrity check, the foreign-key check and the audit log's hash chain,
// reported as plain sentences.
#pragma once

#include <QStringList>

class Database;

struct CheckReport
{
    QStringList problems;  ///< One translated sentence per problem found.
    int checksRun = 0;
    qint64 auditEntries = 0;      ///< entries in the audit log
    qint64 auditFirstBroken = 0;  ///< sequence number of the first broken entry, 0 when intact
    QString auditHeadHash;        ///< hash of the last entry when the chain is intact
    bool ok() const { return problems.isEmpty(); }
};

namespace DatabaseCheck {

/// Runs every check; never modifies the database.
CheckReport run(const Database &db);

} // namespace DatabaseCheck

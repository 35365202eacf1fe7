// Numbered schema migrations. The built-in set lives in resources/migrations
// as NNNN_name.sql files compiled into the binary; tests pass their own sets.
#pragma once

#include "error.h"

#include <QList>
#include <QString>

struct Migration
{
    int version = 0;   ///< PRAGMA user_version after this migration has run.
    QString name;      ///< File name, for messages and backup names.
    QString sql;       ///< One or more statements, run in one transaction.
};

using MigrationSet = QList<Migration>;

namespace Migrations {

/// The migrations shipped with this build, in version order.
Result<MigrationSet> builtin();

/// Loads NNNN_*.sql files from \a dir (a resource or disk path), checking that
/// the numbers run 1, 2, 3 ... without gaps.
Result<MigrationSet> loadFrom(const QString &dir);

/// Highest version in \a set, 0 when empty.
int latestVersion(const MigrationSet &set);

} // namespace Migrations

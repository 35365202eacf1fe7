// Reads the 100-byte SQLite file header directly, without SQLite, so a file can
// be judged (is it SQLite? which application? which schema version?) without
// any chance of modifying it.
#pragma once

#include "error.h"

#include <QString>

struct SqliteHeader
{
    bool isSqlite = false;
    qint32 applicationId = 0;
    int userVersion = 0;

    static Result<SqliteHeader> read(const QString &path);
};

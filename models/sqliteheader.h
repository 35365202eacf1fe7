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
    /// The header's page count times page size is more than the file holds:
    /// the file was cut off (copied incompletely, disk full).
    bool truncated = false;

    /// From the file's first 100 bytes. Stale while another connection holds
    /// committed pages in the write-ahead log (the "-wal" file).
    static Result<SqliteHeader> read(const QString &path);
    /// Through a read-only SQLite connection, which sees the write-ahead log
    /// too and never writes to the database file.
    static Result<SqliteHeader> readLive(const QString &path);
};

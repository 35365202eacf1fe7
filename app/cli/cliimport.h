// CliImport: the flow the CSV imports of bangfu-cli share (import households,
// enrol import). Every row is checked first and nothing is written unless all
// are valid; the writes are made as the signed-in --user through the audited
// writer, so the model decides who may import and the audit log records every
// row. --dry-run only checks and reports: it opens the database read-only and
// writes nothing, not even a sign-in, so it needs no --user. What differs
// between the imports (reading the file, writing it, the summary lines) comes
// in as callbacks.
#pragma once

#include "clicommand.h"
#include "error.h"
#include "permissions.h"
#include "rosterimport.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class AuditedWriter;
class QSqlDatabase;
class Workspace;

namespace CliImport {

/// What one import does; run() does the rest.
struct Steps
{
    /// Needed to write; refused right after signing in, rather than after
    /// checking a long file for someone who may not import it.
    Permission permission;
    /// Reads and checks the file \a path against \a db (inside the write
    /// transaction unless it is a dry run, so nobody can add one of its people
    /// between the check and the writes) and prints the report, problems on
    /// stderr. Whether the file can be imported; run() prints an Error.
    std::function<Result<bool>(const QSqlDatabase &db, const QString &path)> check;
    /// The last line of a dry run whose check() passed.
    std::function<QString()> dryRunSummary;
    /// Writes what check() found, inside its transaction; returns the line
    /// printed once the transaction is committed.
    std::function<Result<QString>(Workspace &workspace, AuditedWriter &writer)> apply;
};

/// Runs an import whose command line \a parser has been parsed, the
/// command's own checks done and exactly one positional argument (the file)
/// given. Refuses a missing --user (unless \a dryRun) as a usage error of
/// \a command, and a file that does not exist. With \a dryRun: check() on the
/// database opened read-only, then dryRunSummary(). Otherwise: make sure a
/// password can be had, open the workspace, sign in --user, require the
/// permission, begin a transaction, check(), apply(), commit. Returns the exit
/// code.
int run(const QCommandLineParser &parser, const QString &command, bool dryRun, CliIo &io,
        const Steps &steps);

/// Prints what was read from the CSV file \a path (its encoding and person
/// rows, the columns ignored) and every problem on stderr, then
/// \a problemsFound. True if there were no problems.
bool printReport(const QString &encoding, int rows, const QStringList &ignoredColumns,
                 const QList<RosterProblem> &problems, const QString &path,
                 const QString &problemsFound, CliIo &io);

/// The same for a report of RosterImport or MaEnrolmentImport, which have
/// these fields.
template <class Report>
bool printReport(const Report &report, const QString &path, const QString &problemsFound, CliIo &io)
{
    return printReport(report.encoding, report.rows, report.ignoredColumns, report.problems, path,
                       problemsFound, io);
}

} // namespace CliImport

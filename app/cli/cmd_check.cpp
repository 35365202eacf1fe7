// bangfu-cli check: runs every health check on a database and reports each
// problem; exits 1 when anything is wrong. On success it prints the audit
// log's length and head hash: a hash noted down today shows later whether
// entries were cut off the end together with their bookkeeping.
#include "clicommand.h"
#include "database.h"
#include "databasecheck.h"

int runCheck(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Check a database: SQLite integrity, links between records and the audit log's "
                "hash chain. Prints each problem found (for the audit log, the number of the first "
                "broken entry) and exits 1 if there is any."));
    parser.addOption(databaseOption());
    if (int code = parseCommandLine(parser, args, io, QStringLiteral("check --db FILE")); code >= 0)
        return code;
    auto db = openExisting(parser, io);
    if (!db)
        return ExitUserError;
    const CheckReport report = DatabaseCheck::run(*db);
    for (const QString &problem : report.problems)
        io.err << db->path() << ": " << problem << "\n";
    if (!report.ok()) {
        io.err << Cli::tr("%1: %n problem(s) found.", nullptr, int(report.problems.size()))
                      .arg(db->path())
               << Qt::endl;
        return ExitUserError;
    }
    io.out << Cli::tr("%1: OK (%2 checks passed).").arg(db->path()).arg(report.checksRun) << "\n";
    io.out << Cli::tr("Audit log: %n entries, head hash %1.", nullptr, int(report.auditEntries))
                  .arg(report.auditHeadHash)
           << "\n"
           << Cli::tr("Note it down: a later check showing a different history means entries "
                      "were cut.")
           << Qt::endl;
    return ExitOk;
}

// bangfu-cli check: runs every health check on a database and reports each
// problem; exits 1 when anything is wrong.
#include "clicommand.h"
#include "database.h"
#include "databasecheck.h"

int runCheck(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Check a database: SQLite integrity and links between records. Prints each "
              "problem found and exits 1 if there is any."));
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
    io.out << Cli::tr("%1: OK (%2 checks passed).").arg(db->path()).arg(report.checksRun) << Qt::endl;
    return ExitOk;
}

// bangfu-cli import households: brings a roster of worker households (CSV
// from Excel, one row per person) into the register. Every row is checked
// first; nothing is written unless all are valid. The writes are made as the
// signed-in --user through the audited writer, so the model decides who may
// import and the audit log records every row. --dry-run only reports, and
// since it writes nothing (not even a sign-in) it needs no --user.
#include "cliidentity.h"
#include "clicommand.h"
#include "database.h"
#include "rosterimport.h"
#include "transaction.h"
#include "workspace.h"

#include <QFileInfo>

namespace {

QString householdsAndMembers(int households, int members)
{
    return Cli::tr("%1 with %2")
        .arg(Cli::tr("%n household(s)", nullptr, households),
             Cli::tr("%n member(s)", nullptr, members));
}

// Prints what was read, and every problem on stderr. True if there were none.
bool printReport(const RosterReport &report, const QString &path, CliIo &io)
{
    if (!report.encoding.isEmpty())
        io.out << Cli::tr("Read %1 as %2: %n person row(s).", nullptr, report.rows)
                      .arg(QFileInfo(path).fileName(), report.encoding)
               << Qt::endl;
    if (!report.ignoredColumns.isEmpty())
        io.out << Cli::tr("Columns ignored: %1.").arg(report.ignoredColumns.join(QStringLiteral(", ")))
               << Qt::endl;
    if (report.ok())
        return true;
    for (const RosterProblem &problem : report.problems)
        io.err << "bangfu-cli: " << path << ", " << RosterImport::describe(problem) << "\n";
    io.err << Cli::tr("%n problem(s) found; nothing was imported.", nullptr,
                      int(report.problems.size()))
           << Qt::endl;
    return false;
}

int importHouseholds(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Import the households of a roster: a CSV file in UTF-8 or GB18030 as Excel saves "
                "it, one row per person, with Chinese column headers (see docs/roster-import.md). "
                "Every row is checked first and nothing is written unless all rows are valid; "
                "problems are listed with the spreadsheet's row number and the column. The "
                "households are added with the status \"identified\", as the --user, who must be "
                "allowed to edit households. With --dry-run, only check and report; nothing is "
                "written and no --user is needed."));
    parser.addOption(databaseOption());
    parser.addOption(CliIdentity::userOption());
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Only check the roster and report; write nothing."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(Cli::tr("ROSTER.csv"), Cli::tr("The roster to import."));
    const QString command = args.value(0);
    if (int code = parseCommandLine(
            parser, args, io,
            QStringLiteral("import households --db FILE --user NAME ROSTER.csv [--dry-run]"),
            Positionals::Allowed);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, Cli::tr("Name exactly one roster file."));
    if (!parser.isSet(dryRun) && !parser.isSet(QStringLiteral("user")))
        return usageError(io, command,
                          Cli::tr("--user is required, except with --dry-run."));
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile())
        return fail(io, {Cli::tr("No such file."), path});

    if (parser.isSet(dryRun)) {
        const std::unique_ptr<Database> db = openExisting(parser, io);
        if (!db)
            return ExitUserError;
        auto plan = RosterImport::checkFile(db->sql(), path);
        if (!plan)
            return fail(io, plan.error());
        if (!printReport(plan->report, path, io))
            return ExitUserError;
        io.out << Cli::tr("Dry run: the roster is valid and would add %1. Nothing was written.")
                      .arg(householdsAndMembers(plan->report.households, plan->report.members))
               << Qt::endl;
        return ExitOk;
    }

    if (Status s = CliIdentity::requireSecretSource(CliIdentity::PasswordVariable); !s)
        return fail(io, s.error());
    const std::unique_ptr<Workspace> workspace = CliIdentity::openWorkspace(parser, io);
    if (!workspace)
        return ExitUserError;
    if (Status s = CliIdentity::signIn(*workspace, parser, io); !s)
        return fail(io, s.error());
    // Refuse at once rather than after checking a long roster.
    if (Status s = workspace->writer().require(Permission::EditHouseholds); !s)
        return fail(io, s.error());

    // Checking inside the write transaction: nobody can register one of these
    // people between the check and the writes.
    Transaction tx(workspace->sql());
    if (!tx.begun())
        return fail(io, tx.begun().error());
    auto plan = RosterImport::checkFile(workspace->sql(), path);
    if (!plan)
        return fail(io, plan.error());
    if (!printReport(plan->report, path, io))
        return ExitUserError;
    AuditedWriter writer = workspace->writer();
    auto result = RosterImport::apply(writer, workspace->pinyin(), plan.value());
    if (!result)
        return fail(io, result.error());
    if (Status s = tx.commit(); !s)
        return fail(io, s.error());
    io.out << Cli::tr("Imported %1 as %2.")
                  .arg(householdsAndMembers(int(result->householdIds.size()), result->members),
                       workspace->user()->username)
           << Qt::endl;
    return ExitOk;
}

void printImportUsage(QTextStream &out)
{
    out << Cli::tr("Usage: bangfu-cli import households --db FILE --user NAME ROSTER.csv "
                   "[--dry-run]")
        << "\n\n"
        << Cli::tr("Subcommands:") << "\n"
        << "  " << QStringLiteral("households").leftJustified(16) << " "
        << Cli::tr("Import a roster of households, one row per person") << "\n\n"
        << Cli::tr("Run 'bangfu-cli import households --help' for its options.") << Qt::endl;
}

} // namespace

int runImport(const QStringList &args, CliIo &io)
{
    const QString sub = args.value(1);
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        printImportUsage(io.out);
        return ExitOk;
    }
    if (sub == QStringLiteral("households"))
        return importHouseholds(QStringList{QStringLiteral("import households")} + args.mid(2), io);
    if (sub.isEmpty())
        io.err << Cli::tr("bangfu-cli import: name what to import.") << "\n";
    else
        io.err << Cli::tr("bangfu-cli import: unknown subcommand '%1'.").arg(sub) << "\n";
    printImportUsage(io.err);
    return ExitUsage;
}

// bangfu-cli enrol import: enrols the people of a list (CSV from Excel, one
// row per person) in a mutual-aid plan. The same rules as `import households`:
// every row is checked first and nothing is written unless all are valid; the
// writes are made as the signed-in --user through the audited writer; --dry-run
// only reports, writes nothing (not even a sign-in) and needs no --user.
#include "clicommand.h"
#include "cliidentity.h"
#include "database.h"
#include "maenrolmentimport.h"
#include "transaction.h"
#include "workspace.h"

#include <QFileInfo>

namespace {

// Prints what was read, and every problem on stderr. True if there were none.
bool printReport(const MaEnrolmentImportReport &report, const QString &path, CliIo &io)
{
    if (!report.encoding.isEmpty())
        io.out << Cli::tr("Read %1 as %2: %n person row(s).", nullptr, report.rows)
                      .arg(QFileInfo(path).fileName(), report.encoding)
               << Qt::endl;
    if (!report.ignoredColumns.isEmpty())
        io.out
            << Cli::tr("Columns ignored: %1.").arg(report.ignoredColumns.join(QStringLiteral(", ")))
            << Qt::endl;
    if (report.ok())
        return true;
    for (const RosterProblem &problem : report.problems)
        io.err << "bangfu-cli: " << path << ", " << RosterImport::describe(problem) << "\n";
    io.err << Cli::tr("%n problem(s) found; nobody was enrolled.", nullptr,
                      int(report.problems.size()))
           << Qt::endl;
    return false;
}

QString people(int rows, int linked)
{
    return Cli::tr("%1 (%2 from the household register)")
        .arg(Cli::tr("%n person(s)", nullptr, rows), QString::number(linked));
}

int enrolImport(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Enrol the people of a list in a mutual-aid plan: a CSV file in UTF-8 or GB18030 as "
        "Excel saves it, one row per person, with Chinese column headers (see "
        "docs/mutual-aid-enrolment-import.md). Every row is checked first and nothing is "
        "written unless all rows are valid; problems are listed with the spreadsheet's row "
        "number and the column. People whose ID number is in the household register are "
        "linked to it. The enrolments are made as the --user, who must be allowed to edit "
        "claims. With --dry-run, only check and report; nothing is written and no --user is "
        "needed."));
    parser.addOption(databaseOption());
    parser.addOption(CliIdentity::userOption());
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        Cli::tr("The plan to enrol in: its id, or YEAR:NAME."),
                                        Cli::tr("PLAN"));
    parser.addOption(planOption);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Only check the list and report; write nothing."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(Cli::tr("FILE.csv"), Cli::tr("The list to import."));
    const QString command = args.value(0);
    if (int code = parseCommandLine(
            parser, args, io,
            QStringLiteral("enrol import --db FILE --user NAME --plan PLAN FILE.csv [--dry-run]"),
            Positionals::Allowed);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, Cli::tr("Name exactly one CSV file."));
    if (!parser.isSet(planOption))
        return usageError(io, command, Cli::tr("Name the plan with --plan."));
    if (!parser.isSet(dryRun) && !parser.isSet(QStringLiteral("user")))
        return usageError(io, command, Cli::tr("--user is required, except with --dry-run."));
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile())
        return fail(io, {Cli::tr("No such file."), path});

    if (parser.isSet(dryRun)) {
        const std::unique_ptr<Database> db = openExisting(parser, io);
        if (!db)
            return ExitUserError;
        auto planId = MaEnrolments::resolvePlan(db->sql(), parser.value(planOption));
        if (!planId)
            return fail(io, planId.error());
        auto plan = MaEnrolmentImport::checkFile(db->sql(), planId.value(), path);
        if (!plan)
            return fail(io, plan.error());
        if (!printReport(plan->report, path, io))
            return ExitUserError;
        io.out << Cli::tr("Dry run: the list is valid and would enrol %1. Nothing was written.")
                      .arg(people(plan->report.rows, plan->report.linked))
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
    if (Status s = workspace->writer().require(Permission::EditClaims); !s)
        return fail(io, s.error());
    auto planId = MaEnrolments::resolvePlan(workspace->sql(), parser.value(planOption));
    if (!planId)
        return fail(io, planId.error());

    // Checking inside the write transaction: nobody can enrol one of these
    // people between the check and the writes.
    Transaction tx(workspace->sql());
    if (!tx.begun())
        return fail(io, tx.begun().error());
    auto plan = MaEnrolmentImport::checkFile(workspace->sql(), planId.value(), path);
    if (!plan)
        return fail(io, plan.error());
    if (!printReport(plan->report, path, io))
        return ExitUserError;
    AuditedWriter writer = workspace->writer();
    auto ids = MaEnrolmentImport::apply(writer, plan.value());
    if (!ids)
        return fail(io, ids.error());
    if (Status s = tx.commit(); !s)
        return fail(io, s.error());
    io.out << Cli::tr("Enrolled %1 as %2.")
                  .arg(people(int(ids->size()), plan->report.linked), workspace->user()->username)
           << Qt::endl;
    return ExitOk;
}

void printEnrolUsage(QTextStream &out)
{
    out << Cli::tr("Usage: bangfu-cli enrol import --db FILE --user NAME --plan PLAN FILE.csv "
                   "[--dry-run]")
        << "\n\n"
        << Cli::tr("Subcommands:") << "\n"
        << "  " << QStringLiteral("import").leftJustified(16) << " "
        << Cli::tr("Enrol the people of a CSV list in a mutual-aid plan") << "\n\n"
        << Cli::tr("Run 'bangfu-cli enrol import --help' for its options.") << Qt::endl;
}

} // namespace

int runEnrol(const QStringList &args, CliIo &io)
{
    const QString sub = args.value(1);
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        printEnrolUsage(io.out);
        return ExitOk;
    }
    if (sub == QStringLiteral("import"))
        return enrolImport(QStringList{QStringLiteral("enrol import")} + args.mid(2), io);
    if (sub.isEmpty())
        io.err << Cli::tr("bangfu-cli enrol: name what to do.") << "\n";
    else
        io.err << Cli::tr("bangfu-cli enrol: unknown subcommand '%1'.").arg(sub) << "\n";
    printEnrolUsage(io.err);
    return ExitUsage;
}

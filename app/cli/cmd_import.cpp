// bangfu-cli import households: brings a roster of worker households (CSV
// from Excel, one row per person) into the register. Every row is checked
// first; nothing is written unless all are valid. The writes are made as the
// signed-in --user through the audited writer, so the model decides who may
// import and the audit log records every row. --dry-run only reports, and
// since it writes nothing (not even a sign-in) it needs no --user. The flow
// is CliImport's, shared with `enrol import`.
#include "auditedwriter.h"
#include "clicommand.h"
#include "cliidentity.h"
#include "cliimport.h"
#include "rosterimport.h"
#include "workspace.h"

#include <optional>

namespace {

QString householdsAndMembers(int households, int members)
{
    return Cli::tr("%1 with %2")
        .arg(Cli::tr("%n household(s)", nullptr, households),
             Cli::tr("%n member(s)", nullptr, members));
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

    std::optional<RosterPlan> plan;
    CliImport::Steps steps;
    steps.permission = Permission::EditHouseholds;
    steps.check = [&](const QSqlDatabase &db, const QString &path) -> Result<bool> {
        auto checked = RosterImport::checkFile(db, path);
        if (!checked)
            return checked.error();
        plan = std::move(checked).value();
        const int problems = int(plan->report.problems.size());
        return CliImport::printReport(
            plan->report, path,
            Cli::tr("%n problem(s) found; nothing was imported.", nullptr, problems), io);
    };
    steps.dryRunSummary = [&] {
        return Cli::tr("Dry run: the roster is valid and would add %1. Nothing was written.")
            .arg(householdsAndMembers(plan->report.households, plan->report.members));
    };
    steps.apply = [&](Workspace &workspace, AuditedWriter &writer) -> Result<QString> {
        auto result = RosterImport::apply(writer, workspace.pinyin(), *plan);
        if (!result)
            return result.error();
        return Cli::tr("Imported %1 as %2.")
            .arg(householdsAndMembers(int(result->householdIds.size()), result->members),
                 workspace.user()->username);
    };
    return CliImport::run(parser, command, parser.isSet(dryRun), io, steps);
}

constexpr CliSubcommand Subcommands[] = {
    {"households", QT_TRANSLATE_NOOP("Cli", "Import a roster of households, one row per person"),
     importHouseholds},
};

} // namespace

int runImport(const QStringList &args, CliIo &io)
{
    return runSubcommands(args, io, QStringLiteral("import"), Subcommands, [](QTextStream &out) {
        out << Cli::tr("Usage: bangfu-cli import households --db FILE --user NAME ROSTER.csv "
                       "[--dry-run]");
    });
}

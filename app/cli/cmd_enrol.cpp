// bangfu-cli enrol import: enrols the people of a list (CSV from Excel, one
// row per person) in a mutual-aid plan. The same rules as `import households`:
// every row is checked first and nothing is written unless all are valid; the
// writes are made as the signed-in --user through the audited writer; --dry-run
// only reports, writes nothing (not even a sign-in) and needs no --user. The
// flow is CliImport's.
#include "auditedwriter.h"
#include "clicommand.h"
#include "cliidentity.h"
#include "cliimport.h"
#include "maenrolmentimport.h"
#include "maenrolments.h"
#include "workspace.h"

#include <optional>

namespace {

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

    std::optional<MaEnrolmentImportPlan> plan;
    CliImport::Steps steps;
    steps.permission = Permission::EditClaims;
    steps.check = [&](const QSqlDatabase &db, const QString &path) -> Result<bool> {
        auto planId = MaEnrolments::resolvePlan(db, parser.value(planOption));
        if (!planId)
            return planId.error();
        auto checked = MaEnrolmentImport::checkFile(db, planId.value(), path);
        if (!checked)
            return checked.error();
        plan = std::move(checked).value();
        const int problems = int(plan->report.problems.size());
        return CliImport::printReport(
            plan->report, path,
            Cli::tr("%n problem(s) found; nobody was enrolled.", nullptr, problems), io);
    };
    steps.dryRunSummary = [&] {
        return Cli::tr("Dry run: the list is valid and would enrol %1. Nothing was written.")
            .arg(people(plan->report.rows, plan->report.linked));
    };
    steps.apply = [&](Workspace &workspace, AuditedWriter &writer) -> Result<QString> {
        auto ids = MaEnrolmentImport::apply(writer, *plan);
        if (!ids)
            return ids.error();
        return Cli::tr("Enrolled %1 as %2.")
            .arg(people(int(ids->size()), plan->report.linked), workspace.user()->username);
    };
    return CliImport::run(parser, command, parser.isSet(dryRun), io, steps);
}

constexpr CliSubcommand Subcommands[] = {
    {"import", QT_TRANSLATE_NOOP("Cli", "Enrol the people of a CSV list in a mutual-aid plan"),
     enrolImport},
};

} // namespace

int runEnrol(const QStringList &args, CliIo &io)
{
    return runSubcommands(args, io, QStringLiteral("enrol"), Subcommands, [](QTextStream &out) {
        out << Cli::tr("Usage: bangfu-cli enrol import --db FILE --user NAME --plan PLAN FILE.csv "
                       "[--dry-run]");
    });
}

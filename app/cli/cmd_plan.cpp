// bangfu-cli plan: mutual-aid plans as data — list them, export a plan year
// to the JSON plan file (docs/mutual-aid-plans.md) and import such a file,
// which is how the office sends next year's plan to every laptop. Importing
// writes as the signed-in --user through MaPlanImport, so the model decides
// who may (administrators) and the audit log records every row; --dry-run
// only reports and needs no --user.
#include "clicommand.h"
#include "cliidentity.h"
#include "database.h"
#include "maplanimport.h"
#include "maplanjson.h"
#include "maplans.h"
#include "transaction.h"
#include "workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

int listPlans(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List the mutual-aid plans of a database, newest year first, with how many "
                "members are enrolled in each."));
    parser.addOption(databaseOption());
    const QCommandLineOption json(QStringLiteral("json"),
                                  Cli::tr("Print a JSON array of plans instead of a table."));
    parser.addOption(json);
    if (int code =
            parseCommandLine(parser, args, io, QStringLiteral("plan list --db FILE [--json]"));
        code >= 0)
        return code;
    const std::unique_ptr<Database> db = openExisting(parser, io);
    if (!db)
        return ExitUserError;
    auto plans = MaPlans::list(db->sql());
    if (!plans)
        return fail(io, plans.error());
    QList<MaPlanUsage> usages;
    for (const MaPlan &p : *plans) {
        auto used = MaPlans::usage(db->sql(), p.id);
        if (!used)
            return fail(io, used.error());
        usages.append(*used);
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (qsizetype i = 0; i < plans->size(); ++i) {
            const MaPlan &p = plans->at(i);
            array.append(
                QJsonObject{{QStringLiteral("id"), p.id},
                            {QStringLiteral("year"), p.year},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("product"), MaPlan::productCode(p.product)},
                            {QStringLiteral("term_start"), p.termStart.toString(Qt::ISODate)},
                            {QStringLiteral("term_end"), p.termEnd.toString(Qt::ISODate)},
                            {QStringLiteral("contribution_fen"), p.contribution.fen()},
                            {QStringLiteral("enrolments"), usages.at(i).enrolments},
                            {QStringLiteral("decided_claims"), usages.at(i).decidedClaims}});
        }
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        io.out.flush();
        return ExitOk;
    }
    if (plans->isEmpty()) {
        io.out << Cli::tr("No mutual-aid plans yet.") << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < plans->size(); ++i) {
        const MaPlan &p = plans->at(i);
        rows.append({QString::number(p.year), MaPlan::productCode(p.product), p.name,
                     Cli::tr("%1 to %2")
                         .arg(p.termStart.toString(Qt::ISODate), p.termEnd.toString(Qt::ISODate)),
                     p.contribution.toStringWithSymbol(),
                     Cli::tr("%n enrolled", nullptr, usages.at(i).enrolments)});
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(row.at(c)));
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += padded(row.at(c), widths.at(c) + 2);
        io.out << line.trimmed() << "\n";
    }
    io.out.flush();
    return ExitOk;
}

int exportPlans(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write the mutual-aid plans of one year (all its products) to a JSON plan file "
                "that 'plan import' reads on another computer (see docs/mutual-aid-plans.md). "
                "Nothing in the database changes."));
    parser.addOption(databaseOption());
    const QCommandLineOption year(QStringLiteral("year"), Cli::tr("The plan year, e.g. 2025."),
                                  Cli::tr("YEAR"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The file to write."),
                                 Cli::tr("FILE.json"));
    parser.addOptions({year, out});
    const QString command = args.value(0);
    if (int code = parseCommandLine(
            parser, args, io, QStringLiteral("plan export --db FILE --year YEAR --out FILE.json"));
        code >= 0)
        return code;
    for (const QString &option : {QStringLiteral("year"), QStringLiteral("out")})
        if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty())
            return usageError(io, command, Cli::tr("--%1 is required.").arg(option));
    bool ok = false;
    const int wanted = parser.value(year).toInt(&ok);
    if (!ok)
        return usageError(io, command, Cli::tr("--year must be a year such as 2025."));
    const std::unique_ptr<Database> db = openExisting(parser, io);
    if (!db)
        return ExitUserError;
    auto plans = MaPlans::list(db->sql(), wanted);
    if (!plans)
        return fail(io, plans.error());
    if (plans->isEmpty())
        return fail(io, {Cli::tr("There are no mutual-aid plans of %1.").arg(wanted)});
    if (Status s = MaPlanJson::writeFile(parser.value(out), *plans); !s)
        return fail(io, s.error());
    io.out << Cli::tr("Wrote %n plan(s) of %1 to %2.", nullptr, int(plans->size()))
                  .arg(QString::number(wanted), parser.value(out))
           << Qt::endl;
    return ExitOk;
}

// Prints every problem on stderr; true if there were none.
bool printProblems(const QList<Error> &problems, const QString &path, CliIo &io)
{
    for (const Error &problem : problems)
        io.err << "bangfu-cli: " << path << ": " << problem.toString() << "\n";
    if (problems.isEmpty())
        return true;
    io.err << Cli::tr("%n problem(s) found; nothing was imported.", nullptr, int(problems.size()))
           << Qt::endl;
    return false;
}

int importPlans(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Import the mutual-aid plans of a JSON plan file (see docs/mutual-aid-plans.md). "
                "Everything is checked first and every problem is listed with its place in the "
                "file (e.g. plans[0].bands[2].ratio); nothing is written unless all plans can be "
                "imported. A plan of the same year and name as a stored one updates it, so "
                "importing a file twice changes nothing. The plans are written as the --user, "
                "who must be an administrator. With --dry-run, only check and report; nothing is "
                "written and no --user is needed."));
    parser.addOption(databaseOption());
    parser.addOption(CliIdentity::userOption());
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Only check the file and report; write nothing."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(Cli::tr("FILE.json"), Cli::tr("The plan file to import."));
    const QString command = args.value(0);
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("plan import --db FILE --user NAME FILE.json "
                                                   "[--dry-run]"),
                                    Positionals::Allowed);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, Cli::tr("Name exactly one plan file."));
    if (!parser.isSet(dryRun) && !parser.isSet(QStringLiteral("user")))
        return usageError(io, command, Cli::tr("--user is required, except with --dry-run."));
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile())
        return fail(io, {Cli::tr("No such file."), path});
    const MaPlanJson::Contents contents = MaPlanJson::readFile(path);
    if (!printProblems(contents.problems, path, io))
        return ExitUserError;

    if (parser.isSet(dryRun)) {
        const std::unique_ptr<Database> db = openExisting(parser, io);
        if (!db)
            return ExitUserError;
        auto preview = MaPlanImport::preview(db->sql(), contents.plans);
        if (!preview)
            return fail(io, preview.error());
        for (const MaPlanImportItem &item : preview->items)
            io.out << MaPlanImport::describe(item, false) << "\n";
        if (!printProblems(preview->problems, path, io))
            return ExitUserError;
        io.out << Cli::tr("Dry run: the file is valid. Nothing was written.") << Qt::endl;
        return ExitOk;
    }

    if (Status s = CliIdentity::requireSecretSource(CliIdentity::PasswordVariable); !s)
        return fail(io, s.error());
    const std::unique_ptr<Workspace> workspace = CliIdentity::openWorkspace(parser, io);
    if (!workspace)
        return ExitUserError;
    if (Status s = CliIdentity::signIn(*workspace, parser, io); !s)
        return fail(io, s.error());
    if (Status s = workspace->writer().require(Permission::ManagePlans); !s)
        return fail(io, s.error());
    Transaction tx(workspace->sql());
    if (!tx.begun())
        return fail(io, tx.begun().error());
    // Listed in full before anything is written; apply() checks again.
    auto preview = MaPlanImport::preview(workspace->sql(), contents.plans);
    if (!preview)
        return fail(io, preview.error());
    if (!printProblems(preview->problems, path, io))
        return ExitUserError;
    AuditedWriter writer = workspace->writer();
    auto done = MaPlanImport::apply(writer, contents.plans);
    if (!done)
        return fail(io, done.error());
    if (Status s = tx.commit(); !s)
        return fail(io, s.error());
    for (const MaPlanImportItem &item : *done)
        io.out << MaPlanImport::describe(item, true) << "\n";
    io.out << Cli::tr("Imported %n plan(s) as %1.", nullptr, int(done->size()))
                  .arg(workspace->user()->username)
           << Qt::endl;
    return ExitOk;
}

constexpr CliSubcommand Subcommands[] = {
    {"list", QT_TRANSLATE_NOOP("Cli", "List the mutual-aid plans"), listPlans},
    {"export", QT_TRANSLATE_NOOP("Cli", "Write the plans of a year to a JSON plan file"),
     exportPlans},
    {"import", QT_TRANSLATE_NOOP("Cli", "Import the plans of a JSON plan file"), importPlans},
};

} // namespace

int runPlan(const QStringList &args, CliIo &io)
{
    return runSubcommands(args, io, QStringLiteral("plan"), Subcommands, [](QTextStream &out) {
        out << Cli::tr("Usage: bangfu-cli plan SUBCOMMAND [OPTIONS]") << "\n\n"
            << Cli::tr("Mutual-aid plans as data: list, export and import JSON plan files.");
    });
}

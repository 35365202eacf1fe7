#include "cliimport.h"

#include "auditedwriter.h"
#include "cliidentity.h"
#include "database.h"
#include "transaction.h"
#include "workspace.h"

#include <QFileInfo>

namespace CliImport {

int run(const QCommandLineParser &parser, const QString &command, bool dryRun, CliIo &io,
        const Steps &steps)
{
    if (!dryRun && !parser.isSet(QStringLiteral("user")))
        return usageError(io, command, Cli::tr("--user is required, except with --dry-run."));
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile())
        return fail(io, {Cli::tr("No such file."), path});

    if (dryRun) {
        const std::unique_ptr<Database> db = openExisting(parser, io);
        if (!db)
            return ExitUserError;
        const Result<bool> valid = steps.check(db->sql(), path);
        if (!valid)
            return fail(io, valid.error());
        if (!valid.value())
            return ExitUserError;
        io.out << steps.dryRunSummary() << Qt::endl;
        return ExitOk;
    }

    if (Status s = CliIdentity::requireSecretSource(CliIdentity::PasswordVariable); !s)
        return fail(io, s.error());
    const std::unique_ptr<Workspace> workspace = CliIdentity::openWorkspace(parser, io);
    if (!workspace)
        return ExitUserError;
    if (Status s = CliIdentity::signIn(*workspace, parser, io); !s)
        return fail(io, s.error());
    if (Status s = workspace->writer().require(steps.permission); !s)
        return fail(io, s.error());

    Transaction tx(workspace->sql());
    if (!tx.begun())
        return fail(io, tx.begun().error());
    const Result<bool> valid = steps.check(workspace->sql(), path);
    if (!valid)
        return fail(io, valid.error());
    if (!valid.value())
        return ExitUserError;
    AuditedWriter writer = workspace->writer();
    const Result<QString> summary = steps.apply(*workspace, writer);
    if (!summary)
        return fail(io, summary.error());
    if (Status s = tx.commit(); !s)
        return fail(io, s.error());
    io.out << summary.value() << Qt::endl;
    return ExitOk;
}

bool printReport(const QString &encoding, int rows, const QStringList &ignoredColumns,
                 const QList<RosterProblem> &problems, const QString &path,
                 const QString &problemsFound, CliIo &io)
{
    if (!encoding.isEmpty())
        io.out << Cli::tr("Read %1 as %2: %n person row(s).", nullptr, rows)
                      .arg(QFileInfo(path).fileName(), encoding)
               << Qt::endl;
    if (!ignoredColumns.isEmpty())
        io.out << Cli::tr("Columns ignored: %1.").arg(ignoredColumns.join(QStringLiteral(", ")))
               << Qt::endl;
    if (problems.isEmpty())
        return true;
    for (const RosterProblem &problem : problems)
        io.err << "bangfu-cli: " << path << ", " << RosterImport::describe(problem) << "\n";
    io.err << problemsFound << Qt::endl;
    return false;
}

} // namespace CliImport

// bangfu-cli batch: work on one disbursement batch. 'batch export' writes its
// lines for the bank as CSV or XLSX (by the file's suffix) with full ID
// numbers and bank accounts: it needs --user of office staff
// (ManageDisbursements) and is recorded in the audit log.
#include "batchexport.h"
#include "clibatches.h"
#include "clicommand.h"
#include "cliidentity.h"
#include "workspace.h"

namespace {

int exportBatch(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write the lines of a disbursement batch to a file for the bank: CSV (UTF-8, "
                "opens in Excel) or XLSX, chosen by the file's suffix. The file holds full ID "
                "numbers and bank accounts, so only office staff may write it, and the export "
                "is recorded in the audit log."));
    parser.addOption(databaseOption());
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         Cli::tr("The batch code, e.g. SNW-2026-002."),
                                         Cli::tr("CODE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Cli::tr("The file to write, ending in .csv or .xlsx."),
                                       Cli::tr("FILE"));
    parser.addOptions({batchOption, outOption});
    parser.addOption(CliIdentity::userOption());
    const QString command = args.value(0);
    if (int code = parseCommandLine(
            parser, args, io,
            QStringLiteral("batch export --db FILE --batch CODE --out FILE.csv|FILE.xlsx "
                           "--user NAME"));
        code >= 0)
        return code;
    for (const QString &option :
         {QStringLiteral("batch"), QStringLiteral("out"), QStringLiteral("user")})
        if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty())
            return usageError(io, command, Cli::tr("--%1 is required.").arg(option));
    const QString out = parser.value(outOption);
    const std::optional<BatchExport::Format> format = BatchExport::formatFor(out);
    if (!format)
        return usageError(io, command, Cli::tr("--out must end in .csv or .xlsx."));
    if (Status s = CliIdentity::requireSecretSource(CliIdentity::PasswordVariable); !s)
        return fail(io, s.error());
    const std::unique_ptr<Workspace> workspace = CliIdentity::openWorkspace(parser, io);
    if (!workspace)
        return ExitUserError;
    if (Status s = CliIdentity::signIn(*workspace, parser, io); !s)
        return fail(io, s.error());
    const std::optional<DisbursementBatch> batch =
        CliBatches::find(workspace->sql(), parser.value(batchOption), io);
    if (!batch)
        return ExitUserError;
    int written = 0;
    const Status s = CliIdentity::writeInTransaction(*workspace, [&](AuditedWriter &writer) {
        auto lines = BatchExport::write(writer, batch->id, out, *format);
        if (!lines)
            return Status(lines.error());
        written = lines.value();
        return Status();
    });
    if (!s)
        return fail(io, s.error());
    io.out << Cli::tr("Wrote %n line(s) of batch %1 (total %2) to %3.", nullptr, written)
                  .arg(batch->code(), batch->total.toStringWithSymbol(), out)
           << "\n"
           << Cli::tr("The file holds full ID numbers and bank accounts; keep it safe. The export "
                      "is recorded in the audit log.")
           << Qt::endl;
    return ExitOk;
}

constexpr CliSubcommand Subcommands[] = {
    {"export",
     QT_TRANSLATE_NOOP("Cli", "Write a batch's lines for the bank as CSV or XLSX"), exportBatch},
};

} // namespace

int runBatch(const QStringList &args, CliIo &io)
{
    return runSubcommands(args, io, QStringLiteral("batch"), Subcommands, [](QTextStream &out) {
        out << Cli::tr("Usage: bangfu-cli batch SUBCOMMAND [OPTIONS]") << "\n\n"
            << Cli::tr("Work on one disbursement batch.");
    });
}

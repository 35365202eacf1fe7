// bangfu-cli sheet: a batch's disbursement sheet (发放表) as a PDF, logged in
// the print log like a print from the application. With --user of office
// staff, printing an open batch issues it (the batch is locked); a printed
// batch prints as a numbered reprint. Without --user an open batch prints as
// a preview, marked not for payment, and stays open.
#include "clibatches.h"
#include "clicommand.h"
#include "cliidentity.h"
#include "disbursementsheetpainter.h"
#include "disbursementsheets.h"
#include "transaction.h"
#include "workspace.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

int runSheet(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write the disbursement sheet (发放表) of a batch as a PDF and log the print. "
                "Printing an open batch as office staff (--user) issues it: the batch is locked "
                "and later copies are reprints, marked as such. Without --user an open batch "
                "gives a preview marked 'not for payment' and stays open; a printed batch gives "
                "a reprint."));
    parser.addOption(databaseOption());
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         Cli::tr("The batch code, e.g. SNW-2026-002."),
                                         Cli::tr("CODE"));
    parser.addOption(batchOption);
    parser.addOption(QCommandLineOption(QStringLiteral("pdf"), Cli::tr("The PDF file to write."),
                                        Cli::tr("OUT.pdf")));
    parser.addOption(CliIdentity::userOption());
    const QString command = args.value(0);
    if (int code = parseCommandLine(
            parser, args, io,
            QStringLiteral("sheet --db FILE --batch CODE --pdf OUT.pdf [--user NAME]"));
        code >= 0)
        return code;
    for (const QString &option : {QStringLiteral("batch"), QStringLiteral("pdf")})
        if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty())
            return usageError(io, command, Cli::tr("--%1 is required.").arg(option));
    const bool signingIn = parser.isSet(QStringLiteral("user"));
    if (signingIn) {
        if (Status s = CliIdentity::requireSecretSource(CliIdentity::PasswordVariable); !s)
            return fail(io, s.error());
    }
    const std::unique_ptr<Workspace> workspace = CliIdentity::openWorkspace(parser, io);
    if (!workspace)
        return ExitUserError;
    if (signingIn) {
        if (Status s = CliIdentity::signIn(*workspace, parser, io); !s)
            return fail(io, s.error());
    }
    const std::optional<DisbursementBatch> batch =
        CliBatches::find(workspace->sql(), parser.value(batchOption), io);
    if (!batch)
        return ExitUserError;

    const QString out = parser.value(QStringLiteral("pdf"));
    // One transaction from reading the sheet to logging it: the reprint number
    // printed on paper is the one logged, even with another print at the same time.
    Transaction tx(workspace->sql());
    if (!tx.begun())
        return fail(io, tx.begun().error());
    auto sheet = DisbursementSheets::prepare(workspace->sql(), batch->id, workspace->user(),
                                             QDate::currentDate());
    if (!sheet)
        return fail(io, sheet.error());
    if (Status s = writeDisbursementSheetPdf(sheet.value(), out); !s)
        return fail(io, s.error());
    AuditedWriter writer = workspace->writer();
    Status logged = DisbursementSheets::recordPrint(writer, batch->id, sheet.value(),
                                                    DisbursementSheets::Kind::Pdf,
                                                    QStringLiteral("cli"),
                                                    QFileInfo(out).fileName());
    if (logged)
        logged = tx.commit();
    if (!logged) {
        // A sheet that is not in the print log must not be handed out.
        QFile::remove(out);
        return fail(io, logged.error());
    }

    const int pages = paginateDisbursementSheet(int(sheet->lines.size())).pageCount();
    io.out << Cli::tr("Wrote %1: batch %2, %3, %4, total %5.")
                  .arg(out, sheet->batchCode, Cli::tr("%n page(s)", nullptr, pages),
                       Cli::tr("%n line(s)", nullptr, int(sheet->lines.size())),
                       sheet->total().toStringWithSymbol())
           << "\n";
    if (sheet->preview)
        io.out << Cli::tr("Preview, marked 'not for payment': batch %1 is still open. Office staff "
                          "issue it with --user.")
                      .arg(sheet->batchCode);
    else if (sheet->reprintNumber > 0)
        io.out << Cli::tr("Reprint no. %1 of batch %2, marked as a reprint.")
                      .arg(sheet->reprintNumber)
                      .arg(sheet->batchCode);
    else
        io.out << Cli::tr("First issue: batch %1 is now printed and locked.").arg(sheet->batchCode);
    io.out << Qt::endl;
    return ExitOk;
}

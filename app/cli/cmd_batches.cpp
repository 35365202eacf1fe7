// bangfu-cli batches: the disbursement batches of a database — code,
// programme, period, sub-district, status, lines, total, when the sheet was
// printed and how often — as an aligned table with a total row, or JSON.
// Reads the database only.
#include "batchexport.h"
#include "clicommand.h"
#include "codelabels.h"
#include "database.h"
#include "disbursementbatches.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString printedAt(const DisbursementBatch &b)
{
    return b.printedAt.isValid()
               ? b.printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QStringLiteral("-");
}

QJsonObject toJson(const DisbursementBatch &b)
{
    return {{QStringLiteral("code"), b.code()},
            {QStringLiteral("batch_no"), b.batchNo},
            {QStringLiteral("version"), b.version},
            {QStringLiteral("programme"), b.programmeName},
            {QStringLiteral("period"), b.period},
            {QStringLiteral("division"), b.divisionName},
            {QStringLiteral("status"), b.status},
            {QStringLiteral("lines"), b.lineCount},
            {QStringLiteral("total_fen"), b.total.fen()},
            {QStringLiteral("total"), BatchExport::plainAmount(b.total)},
            {QStringLiteral("printed_at"), b.printedAt.isValid()
                                               ? QJsonValue(b.printedAt.toUTC().toString(Qt::ISODate))
                                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("prints"), b.printCount}};
}

void printTable(const QList<DisbursementBatch> &batches, CliIo &io)
{
    // Right-aligned: lines, total, prints.
    const QList<bool> right = {false, false, false, false, false, true, true, false, true};
    QList<QStringList> rows;
    rows.append({Cli::tr("Batch"), Cli::tr("Programme"), Cli::tr("Period"),
                 Cli::tr("Sub-district"), Cli::tr("Status"), Cli::tr("Lines"),
                 Cli::tr("Total (yuan)"), Cli::tr("Printed"), Cli::tr("Prints")});
    int lines = 0;
    Money total;
    for (const DisbursementBatch &b : batches) {
        rows.append({b.code(), b.programmeName, b.period,
                     b.divisionName.isEmpty() ? Cli::tr("whole district") : b.divisionName,
                     CodeLabels::batchStatus(b.status), QString::number(b.lineCount),
                     b.total.toString(), printedAt(b), QString::number(b.printCount)});
        lines += b.lineCount;
        total += b.total;
    }
    rows.append({Cli::tr("Total"), QString(), QString(), QString(), QString(),
                 QString::number(lines), total.toString(), QString(), QString()});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(row.at(c)));
    auto format = [&](const QStringList &row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString &cell = row.at(c);
            const QString fill(std::max<qsizetype>(0, widths.at(c) - displayWidth(cell)),
                               QLatin1Char(' '));
            line += (right.at(c) ? fill + cell : cell + fill) + QStringLiteral("  ");
        }
        return line.trimmed();
    };
    qsizetype fullWidth = 0;
    for (const qsizetype w : std::as_const(widths))
        fullWidth += w + 2;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // A rule under the header and above the total row.
        if (r == 1 || r == rows.size() - 1)
            io.out << QString(fullWidth - 2, QLatin1Char('-')) << "\n";
        io.out << format(rows.at(r)) << "\n";
    }
    io.out.flush();
}

} // namespace

int runBatches(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List the disbursement batches of a database, newest first: programme, period, "
                "sub-district, status, lines and total, and when the sheet was printed and how "
                "often. Superseded versions of revised batches are left out unless --all is "
                "given. Nothing in the database changes."));
    parser.addOption(databaseOption());
    const QCommandLineOption json(QStringLiteral("json"),
                                  Cli::tr("Print a JSON array of batches instead of a table."));
    const QCommandLineOption all(QStringLiteral("all"),
                                 Cli::tr("Include versions replaced by a revision."));
    parser.addOptions({json, all});
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("batches --db FILE [--json] [--all]"));
        code >= 0)
        return code;
    const std::unique_ptr<Database> db = openExisting(parser, io);
    if (!db)
        return ExitUserError;
    auto batches = DisbursementBatches::list(db->sql(), parser.isSet(all));
    if (!batches)
        return fail(io, batches.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DisbursementBatch &b : batches.value())
            array.append(toJson(b));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        io.out.flush();
        return ExitOk;
    }
    if (batches->isEmpty()) {
        io.out << Cli::tr("No disbursement batches yet.") << Qt::endl;
        return ExitOk;
    }
    printTable(batches.value(), io);
    return ExitOk;
}

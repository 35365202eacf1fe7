// bangfu-cli stats: row counts per kind of record, as a table or JSON.
#include "clicommand.h"
#include "database.h"
#include "databasesummary.h"
#include "districtsettings.h"
#include "statistics.h"

#include <QDateTime>

#include <QJsonDocument>
#include <QJsonObject>

int runStats(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Count the records of each kind in a database."));
    parser.addOption(databaseOption());
    const QCommandLineOption json(QStringLiteral("json"),
                                  Cli::tr("Print a JSON object {table: count} instead of a table."));
    parser.addOption(json);
    parser.addOption(pdfOption());
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("stats --db FILE [--json] [--pdf OUT.pdf]"));
        code >= 0)
        return code;
    auto db = openExisting(parser, io);
    if (!db)
        return ExitUserError;
    auto counts = Statistics::countEntities(*db);
    if (!counts)
        return fail(io, counts.error());
    if (parser.isSet(QStringLiteral("pdf"))) {
        auto unionName = DistrictSettings::value(db->sql(), DistrictSettings::UnionName);
        if (!unionName)
            return fail(io, unionName.error());
        DatabaseSummary summary;
        summary.unionName = unionName.value();
        summary.databasePath = db->path();
        summary.generatedAt = QDateTime::currentDateTime();
        for (const EntityCount &c : counts.value())
            summary.rows.append({c.label, c.count});
        const QString out = parser.value(QStringLiteral("pdf"));
        if (out.trimmed().isEmpty())
            return usageError(io, args.value(0), Cli::tr("--pdf needs a file name."));
        if (Status s = writeDatabaseSummaryPdf(summary, out); !s)
            return fail(io, s.error());
        // With --json, stdout carries only the JSON; the note goes to stderr.
        (parser.isSet(json) ? io.err : io.out) << Cli::tr("Wrote %1.").arg(out) << Qt::endl;
        if (!parser.isSet(json))
            return ExitOk;
    }
    if (parser.isSet(json)) {
        QJsonObject object;
        for (const EntityCount &c : counts.value())
            object.insert(c.entity, c.count);
        io.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        io.out.flush();
        return ExitOk;
    }
    qsizetype width = 0;
    for (const EntityCount &c : counts.value())
        width = std::max(width, displayWidth(c.label));
    for (const EntityCount &c : counts.value())
        io.out << padded(c.label, width + 2) << c.count << "\n";
    io.out.flush();
    return ExitOk;
}

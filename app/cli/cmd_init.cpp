// bangfu-cli init: creates a new database (never over an existing file),
// loads the reference divisions and, with --demo, a deterministic demo district.
#include "clicommand.h"
#include "database.h"
#include "demodata.h"
#include "divisions.h"
#include "pinyin.h"

#include <QFile>
#include <QFileInfo>

namespace {

// Removes a database we created but could not finish, so no half-made file remains.
void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool parseCount(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= min && *value <= max;
}

} // namespace

int runInit(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Create a new Bangfu database with the reference divisions of Hedong district. "
              "With --demo, fill it with a realistic, deterministic demo district (households, "
              "visits, surveys, mutual aid, disbursements and demo accounts). Never overwrites "
              "an existing file."));
    parser.addOption(databaseOption());
    const QCommandLineOption demo(QStringLiteral("demo"), Cli::tr("Fill the database with demo data."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Cli::tr("Seed of the demo data; the same seed gives the same data."),
                                  Cli::tr("N"));
    const QCommandLineOption households(QStringLiteral("households"),
                                        Cli::tr("Number of demo households (default 600)."),
                                        Cli::tr("N"));
    parser.addOptions({demo, seed, households});
    if (int code = parseCommandLine(
            parser, args, io,
            QStringLiteral("init --db FILE [--demo] [--seed N] [--households N]"));
        code >= 0)
        return code;

    DemoOptions options;
    qint64 value = 0;
    if ((parser.isSet(seed) || parser.isSet(households)) && !parser.isSet(demo)) {
        io.err << Cli::tr("bangfu-cli init: --seed and --households apply only with --demo.")
               << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(seed)) {
        if (!parseCount(parser.value(seed), 0, 0xffffffffLL, &value)) {
            io.err << Cli::tr("bangfu-cli init: --seed must be a whole number from 0 to 4294967295.")
                   << Qt::endl;
            return ExitUsage;
        }
        options.seed = quint32(value);
    }
    if (parser.isSet(households)) {
        if (!parseCount(parser.value(households), 1, 1000000, &value)) {
            io.err << Cli::tr("bangfu-cli init: --households must be a whole number from 1 to "
                            "1000000.")
                   << Qt::endl;
            return ExitUsage;
        }
        options.households = int(value);
    }

    const QString path = databasePath(parser);
    if (QFileInfo::exists(path))
        return fail(io, {Cli::tr("The file already exists; init never overwrites a database."), path});

    Status status;
    {
        auto db = Database::open(path);
        if (!db)
            return fail(io, db.error());
        status = Divisions::load(*db.value());
        if (status && parser.isSet(demo)) {
            const Pinyin pinyin;
            status = DemoData::generate(*db.value(), pinyin, options);
        }
    }
    if (!status) {
        removeDatabaseFiles(path);
        return fail(io, status.error());
    }
    io.out << (parser.isSet(demo)
                   ? Cli::tr("Created %1 with a demo district of %2 households (seed %3).")
                         .arg(QFileInfo(path).absoluteFilePath())
                         .arg(options.households)
                         .arg(options.seed)
                   : Cli::tr("Created %1.").arg(QFileInfo(path).absoluteFilePath()))
           << Qt::endl;
    return ExitOk;
}

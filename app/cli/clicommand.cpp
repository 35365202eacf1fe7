#include "clicommand.h"

#include "database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

std::span<const CliCommand> cliCommands()
{
    static constexpr CliCommand Commands[] = {
        {"init", QT_TRANSLATE_NOOP("Cli", "Create a new database, optionally with demo data"),
         runInit},
        {"check", QT_TRANSLATE_NOOP("Cli", "Check a database for damage and broken links"),
         runCheck},
        {"stats", QT_TRANSLATE_NOOP("Cli", "Count the records of each kind in a database"),
         runStats},
        {"id", QT_TRANSLATE_NOOP("Cli", "Validate resident ID numbers"), runId},
        {"amount", QT_TRANSLATE_NOOP("Cli", "Write amounts in Chinese capitals (人民币大写)"),
         runAmount},
    };
    return Commands;
}

int fail(CliIo &io, const Error &error)
{
    io.err << "bangfu-cli: " << error.toString() << Qt::endl;
    return ExitUserError;
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &args, CliIo &io,
                     const QString &syntax)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show help for this command."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        io.err << "bangfu-cli " << args.value(0) << ": " << parser.errorText() << Qt::endl;
        io.err << Cli::tr("Try 'bangfu-cli %1 --help'.").arg(args.value(0)) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << Cli::tr("Usage: bangfu-cli %1").arg(syntax) << "\n\n"
               << parser.applicationDescription() << "\n\n";
        // helpText() starts with its own usage line naming the binary; skip it.
        const QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1Char('\n'));
        io.out << text.mid(options + 1).trimmed() << Qt::endl;
        return ExitOk;
    }
    return -1;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              Cli::tr("Database file (default: %1).").arg(Database::defaultPath()),
                              Cli::tr("FILE"));
}

QString databasePath(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? Database::defaultPath() : path;
}

std::unique_ptr<Database> openExisting(const QCommandLineParser &parser, CliIo &io)
{
    const QString path = databasePath(parser);
    if (!QFileInfo::exists(path)) {
        fail(io, {Cli::tr("No such database file."), path});
        return nullptr;
    }
    auto db = Database::open(path);
    if (!db) {
        fail(io, db.error());
        return nullptr;
    }
    return std::move(db).value();
}

QCommandLineOption pdfOption()
{
    return QCommandLineOption(QStringLiteral("pdf"), Cli::tr("Also write the result as a PDF file."),
                              Cli::tr("OUT.pdf"));
}

bool wantsPdf(const QStringList &args)
{
    return std::any_of(args.begin(), args.end(), [](const QString &arg) {
        return arg == QStringLiteral("--pdf") || arg.startsWith(QStringLiteral("--pdf="));
    });
}

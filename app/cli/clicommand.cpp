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
        {"audit", QT_TRANSLATE_NOOP("Cli", "List the audit log: who changed what, when"), runAudit},
        {"user", QT_TRANSLATE_NOOP("Cli", "List, add, disable and enable accounts; reset passwords"),
         runUser},
        {"import", QT_TRANSLATE_NOOP("Cli", "Import a roster of households from a CSV file"),
         runImport},
        {"plan", QT_TRANSLATE_NOOP("Cli", "List, export and import mutual-aid plans (JSON)"),
         runPlan},
        {"enrol", QT_TRANSLATE_NOOP("Cli", "Enrol people in a mutual-aid plan from a CSV file"),
         runEnrol},
        {"claim",
         QT_TRANSLATE_NOOP("Cli", "Quote what a mutual-aid claim pays, without a database"),
         runClaim},
        {"batches",
         QT_TRANSLATE_NOOP("Cli", "List the disbursement batches with their totals and prints"),
         runBatches},
        {"sheet",
         QT_TRANSLATE_NOOP("Cli", "Write a batch's disbursement sheet (发放表) as a PDF"),
         runSheet},
        {"batch", QT_TRANSLATE_NOOP("Cli", "Export a disbursement batch for the bank (CSV, XLSX)"),
         runBatch},
        {"device",
         QT_TRANSLATE_NOOP("Cli", "Show this device and pair it with others (for sync)"),
         runDevice},
        {"stats", QT_TRANSLATE_NOOP("Cli", "Count the records of each kind in a database"),
         runStats},
        {"id", QT_TRANSLATE_NOOP("Cli", "Validate resident ID numbers"), runId},
        {"amount", QT_TRANSLATE_NOOP("Cli", "Write amounts in Chinese capitals (人民币大写)"),
         runAmount},
    };
    return Commands;
}

namespace {

void printSubcommandUsage(QTextStream &out, const QString &group,
                          std::span<const CliSubcommand> subcommands,
                          const std::function<void(QTextStream &)> &usageHeader)
{
    usageHeader(out);
    out << "\n\n" << Cli::tr("Subcommands:") << "\n";
    for (const CliSubcommand &sub : subcommands)
        out << "  " << QString::fromLatin1(sub.name).leftJustified(16) << " "
            << QCoreApplication::translate("Cli", sub.summary) << "\n";
    out << "\n";
    // A group of one names it, so the line can be copied as it is.
    if (subcommands.size() == 1)
        out << Cli::tr("Run 'bangfu-cli %1 %2 --help' for its options.")
                   .arg(group, QString::fromLatin1(subcommands.front().name));
    else
        out << Cli::tr("Run 'bangfu-cli %1 SUBCOMMAND --help' for its options.").arg(group);
    out << Qt::endl;
}

} // namespace

int runSubcommands(const QStringList &args, CliIo &io, const QString &group,
                   std::span<const CliSubcommand> subcommands,
                   const std::function<void(QTextStream &)> &usageHeader)
{
    const QString sub = args.value(1);
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        printSubcommandUsage(io.out, group, subcommands, usageHeader);
        return ExitOk;
    }
    for (const CliSubcommand &subcommand : subcommands)
        if (sub == QLatin1String(subcommand.name))
            return subcommand.run(QStringList{group + QLatin1Char(' ') + sub} + args.mid(2), io);
    if (sub.isEmpty())
        io.err << Cli::tr("bangfu-cli %1: name a subcommand.").arg(group) << "\n";
    else
        io.err << Cli::tr("bangfu-cli %1: unknown subcommand '%2'.").arg(group, sub) << "\n";
    printSubcommandUsage(io.err, group, subcommands, usageHeader);
    return ExitUsage;
}

int fail(CliIo &io, const Error &error)
{
    io.err << "bangfu-cli: " << error.toString() << Qt::endl;
    return ExitUserError;
}

int usageError(CliIo &io, const QString &command, const QString &message)
{
    io.err << "bangfu-cli " << command << ": " << message << Qt::endl;
    io.err << Cli::tr("Try 'bangfu-cli %1 --help'.").arg(command) << Qt::endl;
    return ExitUsage;
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &args, CliIo &io,
                     const QString &syntax, Positionals positionals)
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
        // helpText() starts with its own usage line naming the binary and
        // repeats the description, both printed above already: skip them.
        const QString text = parser.helpText();
        const QString description = parser.applicationDescription();
        qsizetype rest = text.indexOf(QLatin1Char('\n')) + 1;
        if (!description.isEmpty() && text.indexOf(description, rest) >= 0)
            rest = text.indexOf(description, rest) + description.size();
        io.out << text.mid(rest).trimmed() << Qt::endl;
        return ExitOk;
    }
    if (positionals == Positionals::None && !parser.positionalArguments().isEmpty())
        return usageError(io, args.value(0),
                          Cli::tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    if (parser.optionNames().contains(QStringLiteral("db")) &&
        parser.value(QStringLiteral("db")).trimmed().isEmpty())
        return usageError(io, args.value(0), Cli::tr("--db needs a file name."));
    return -1;
}

qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - displayWidth(text)), QLatin1Char(' '));
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
    auto db = Database::open(path, Database::Mode::ReadOnly);
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

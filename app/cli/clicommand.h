// The bangfu-cli command table and what every command shares: its output
// streams, exit codes (0 done, 1 user error, 2 bad usage) and option parsing
// that answers --help for each command.
#pragma once

#include "error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <span>

class Database;

enum ExitCode { ExitOk = 0, ExitUserError = 1, ExitUsage = 2 };

struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

struct CliCommand
{
    const char *name;
    const char *summary;  ///< QT_TRANSLATE_NOOP("Cli", ...)
    int (*run)(const QStringList &args, CliIo &io);
};

/// Every command, in the order `--help` lists them.
std::span<const CliCommand> cliCommands();

/// A subcommand of a command group (user list, plan import ...) has the same
/// shape as a command; its run() gets "GROUP SUB" as args[0].
using CliSubcommand = CliCommand;

/// What every command group (user, plan, import, enrol) does with its
/// arguments (args[0] is the group, args[1] the subcommand): runs the
/// subcommand named, or answers --help/-h with the usage on stdout (exit 0),
/// or, when no or an unknown subcommand is named, says so and prints the usage
/// on stderr (exit 2). The usage is \a usageHeader (the usage line and any
/// description, without a trailing blank line), the subcommands with their
/// summaries, and how to get a subcommand's options.
int runSubcommands(const QStringList &args, CliIo &io, const QString &group,
                   std::span<const CliSubcommand> subcommands,
                   const std::function<void(QTextStream &)> &usageHeader);

/// Parses \a args (args[0] is the command name). Returns -1 to go on, or the
/// exit code to return at once: 0 after printing --help, 2 after a usage error.
/// Whether a command takes positional arguments; those that do not refuse
/// stray words (a forgotten --db must not silently pick the default database).
enum class Positionals { None, Allowed };

int parseCommandLine(QCommandLineParser &parser, const QStringList &args, CliIo &io,
                     const QString &syntax, Positionals positionals = Positionals::None);

/// The standard --db FILE option (default: the application-data database).
QCommandLineOption databaseOption();
QString databasePath(const QCommandLineParser &parser);

/// The --pdf OUT.pdf option of commands that print; such commands need a
/// QGuiApplication, which main() creates on the offscreen platform when it sees it.
QCommandLineOption pdfOption();
bool wantsPdf(const QStringList &args);

/// Opens an EXISTING database named by --db read-only, as it is (no upgrade,
/// nothing written); prints the error and returns null if it fails.
std::unique_ptr<Database> openExisting(const QCommandLineParser &parser, CliIo &io);

/// Prints "bangfu-cli: where: message" on stderr and returns ExitUserError.
int fail(CliIo &io, const Error &error);

/// Prints "bangfu-cli COMMAND: message" and a pointer to --help on stderr and
/// returns ExitUsage.
int usageError(CliIo &io, const QString &command, const QString &message);

/// Columns \a text takes on a terminal: Chinese characters and other wide
/// (East Asian) characters take two.
qsizetype displayWidth(const QString &text);
/// \a text padded with spaces to \a width terminal columns.
QString padded(const QString &text, qsizetype width);

/// Translation context of the command-line interface's messages: Cli::tr().
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runInit(const QStringList &args, CliIo &io);
int runCheck(const QStringList &args, CliIo &io);
int runStats(const QStringList &args, CliIo &io);
int runId(const QStringList &args, CliIo &io);
int runAmount(const QStringList &args, CliIo &io);
int runAudit(const QStringList &args, CliIo &io);
int runUser(const QStringList &args, CliIo &io);
int runImport(const QStringList &args, CliIo &io);
int runPlan(const QStringList &args, CliIo &io);
int runEnrol(const QStringList &args, CliIo &io);
int runClaim(const QStringList &args, CliIo &io);
int runBatches(const QStringList &args, CliIo &io);
int runSheet(const QStringList &args, CliIo &io);
int runBatch(const QStringList &args, CliIo &io);
int runDevice(const QStringList &args, CliIo &io);

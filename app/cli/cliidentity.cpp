#include "cliidentity.h"

#include "accounts.h"
#include "transaction.h"
#include "workspace.h"

#include <QFileInfo>

#include <iterator>
#include <optional>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// What the user typed on the terminal with echo off, or nothing when there is
// no terminal, input ended or the user pressed Ctrl-C.
struct TerminalLine
{
    bool answered = false;
    bool cancelled = false;  ///< Ctrl-C
    QString text;
};

// Shown only once echo is off: whatever is typed after the prompt stays hidden,
// and nothing typed ahead of it is thrown away by the mode change.
void showPrompt(const QString &prompt, CliIo &io)
{
    io.err << prompt << ' ';
    io.err.flush();
}

#ifdef Q_OS_WIN

bool hasTerminal()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
}

TerminalLine readHiddenLine(const QString &prompt, CliIo &io)
{
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(in, &mode))
        return {};
    SetConsoleMode(in, (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT |
                           ENABLE_PROCESSED_INPUT);
    showPrompt(prompt, io);
    QString line;
    wchar_t buffer[256];
    DWORD got = 0;
    bool ended = false;
    while (!ended && ReadConsoleW(in, buffer, DWORD(std::size(buffer)), &got, nullptr) && got > 0) {
        line += QString::fromWCharArray(buffer, int(got));
        ended = line.contains(QLatin1Char('\n'));
    }
    SetConsoleMode(in, mode);
    if (!ended)
        return {};
    line.truncate(line.indexOf(QLatin1Char('\n')));
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return {true, false, line};
}

#else

bool hasTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

TerminalLine readHiddenLine(const QString &prompt, CliIo &io)
{
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return {};
    termios hidden = saved;
    // No echo; and Ctrl-C arrives as a character, so that we can give the
    // terminal its echo back before stopping instead of leaving it silent.
    // Byte by byte (not line by line), so that Ctrl-C stops at once.
    hidden.c_lflag &= ~tcflag_t(ECHO | ISIG | ICANON);
    hidden.c_cc[VMIN] = 1;
    hidden.c_cc[VTIME] = 0;
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) != 0)
        return {};
    showPrompt(prompt, io);
    QByteArray bytes;
    bool ended = false;
    bool cancelled = false;
    char c = 0;
    while (!ended && !cancelled && read(STDIN_FILENO, &c, 1) == 1) {
        if (c == '\n' || c == '\r') {
            ended = true;
        } else if (c == '\x03' || (c == '\x04' && bytes.isEmpty())) {
            cancelled = true;
        } else if (c == '\x7f' || c == '\b') {
            // Erase one character, with the continuation bytes of UTF-8.
            while (!bytes.isEmpty() && (bytes.back() & 0xC0) == 0x80)
                bytes.chop(1);
            if (!bytes.isEmpty())
                bytes.chop(1);
        } else {
            bytes.append(c);
        }
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (!ended)
        return {false, cancelled, {}};
    return {true, false, QString::fromLocal8Bit(bytes)};
}

#endif

std::optional<QString> fromEnvironment(const char *variable)
{
    if (qEnvironmentVariableIsEmpty(variable))
        return std::nullopt;
    const QString value = qEnvironmentVariable(variable);
    // Programs we might start later need not inherit it.
    qunsetenv(variable);
    return value;
}

Result<QString> ask(const QString &prompt, CliIo &io)
{
    const TerminalLine line = readHiddenLine(prompt, io);
    io.err << Qt::endl;
    if (line.cancelled)
        return Error{Cli::tr("Cancelled.")};
    if (!line.answered)
        return Error{Cli::tr("No password was entered.")};
    return line.text;
}

} // namespace

namespace CliIdentity {

QCommandLineOption userOption()
{
    return QCommandLineOption(
        QStringLiteral("user"),
        Cli::tr("Act as this account. The password comes from the environment variable %1 or is "
                "asked on the terminal; it is never given on the command line.")
            .arg(QLatin1String(PasswordVariable)),
        Cli::tr("NAME"));
}

Status requireSecretSource(const char *variable)
{
    if (!qEnvironmentVariableIsEmpty(variable) || hasTerminal())
        return {};
    return Error{Cli::tr("No password: set the environment variable %1 or run the command on a "
                         "terminal, where it asks for one.")
                     .arg(QLatin1String(variable))};
}

Result<QString> readSecret(const char *variable, const QString &prompt, bool confirm, CliIo &io)
{
    if (std::optional<QString> value = fromEnvironment(variable))
        return *value;
    if (Status s = requireSecretSource(variable); !s)
        return s.error();
    auto first = ask(prompt, io);
    if (!first || !confirm)
        return first;
    auto second = ask(Cli::tr("Type it again:"), io);
    if (!second)
        return second;
    if (first.value() != second.value())
        return Error{Cli::tr("The two passwords do not match.")};
    return first;
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, CliIo &io)
{
    const QString path = databasePath(parser);
    // Workspace::open would create a missing file; a command that writes
    // into a database must not invent an empty one.
    if (!QFileInfo::exists(path)) {
        fail(io, {Cli::tr("No such database file."), path});
        return nullptr;
    }
    auto workspace = Workspace::open(path);
    if (!workspace) {
        fail(io, workspace.error());
        return nullptr;
    }
    return std::move(workspace).value();
}

Status signIn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    const QString username = parser.value(QStringLiteral("user"));
    auto password = readSecret(PasswordVariable, Cli::tr("Password for %1:").arg(username),
                               false, io);
    if (!password)
        return password.error();
    auto user = Accounts::signIn(workspace.sql(), workspace.deviceId(), username, password.value());
    if (!user)
        return user.error();
    workspace.setUser(user.value());
    return {};
}

Status writeInTransaction(Workspace &workspace,
                          const std::function<Status(AuditedWriter &)> &change)
{
    Transaction tx(workspace.sql());
    if (!tx.begun())
        return tx.begun();
    AuditedWriter writer = workspace.writer();
    if (Status s = change(writer); !s)
        return s;
    return tx.commit();
}

} // namespace CliIdentity

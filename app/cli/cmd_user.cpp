// bangfu-cli user: the administrator's account work from a script — list,
// add, disable, enable, reset a password. Every change is made as the --user
// who signed in, through Accounts and the audited writer, so the model
// decides who may do it and the audit log records it.
#include "accounts.h"
#include "cliidentity.h"
#include "clicommand.h"
#include "database.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace {

// The options every changing subcommand shares.
void addWriteOptions(QCommandLineParser &parser)
{
    parser.addOption(databaseOption());
    parser.addOption(CliIdentity::userOption());
}

// Opens the database and signs in --user, who must be allowed to manage users;
// asks for nothing when a password cannot be had. Null after printing why.
std::unique_ptr<Workspace> signInManager(const QCommandLineParser &parser, CliIo &io,
                                         bool needsNewPassword)
{
    for (const char *variable : {CliIdentity::PasswordVariable, CliIdentity::NewPasswordVariable}) {
        if (variable == CliIdentity::NewPasswordVariable && !needsNewPassword)
            continue;
        if (Status s = CliIdentity::requireSecretSource(variable); !s) {
            fail(io, s.error());
            return nullptr;
        }
    }
    auto workspace = CliIdentity::openWorkspace(parser, io);
    if (!workspace)
        return nullptr;
    if (Status s = CliIdentity::signIn(*workspace, parser, io); !s) {
        fail(io, s.error());
        return nullptr;
    }
    // Refuse before asking for a new password that could not be used anyway.
    if (Status s = workspace->writer().require(Permission::ManageUsers); !s) {
        fail(io, s.error());
        return nullptr;
    }
    return workspace;
}

std::optional<AccountInfo> findAccount(const QSqlDatabase &db, const QString &username, CliIo &io)
{
    auto accounts = Accounts::list(db);
    if (!accounts) {
        fail(io, accounts.error());
        return std::nullopt;
    }
    for (const AccountInfo &account : accounts.value())
        if (account.username.compare(username, Qt::CaseInsensitive) == 0)
            return account;
    fail(io, {Cli::tr("There is no account named %1.").arg(username)});
    return std::nullopt;
}

Result<QString> readNewPassword(const QString &username, CliIo &io)
{
    return CliIdentity::readSecret(CliIdentity::NewPasswordVariable,
                                   Cli::tr("New password for %1:").arg(username), true, io);
}

int runAdd(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Add an account, acting as the administrator --user. The new account's password "
                "comes from the environment variable %1 or is asked twice on the terminal.")
            .arg(QLatin1String(CliIdentity::NewPasswordVariable)));
    addWriteOptions(parser);
    const QCommandLineOption newUser(QStringLiteral("new-user"),
                                     Cli::tr("User name of the new account, e.g. zhangli."),
                                     Cli::tr("NAME"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("The person's name as printed, e.g. 张丽."),
                                  Cli::tr("DISPLAY"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Cli::tr("caseworker, supervisor or administrator."),
                                  Cli::tr("ROLE"));
    parser.addOptions({newUser, name, role});
    const QString command = args.value(0);
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("user add --db FILE --user ADMIN --new-user NAME "
                                                   "--name DISPLAY --role ROLE"));
        code >= 0)
        return code;
    for (const QString &option : {QStringLiteral("user"), QStringLiteral("new-user"),
                                  QStringLiteral("name"), QStringLiteral("role")})
        if (!parser.isSet(option))
            return usageError(io, command, Cli::tr("--%1 is required.").arg(option));
    NewAccount account;
    account.username = parser.value(newUser);
    account.displayName = parser.value(name);
    if (!Permissions::roleFromCode(parser.value(role), &account.role))
        return usageError(io, command,
                          Cli::tr("--role must be caseworker, supervisor or administrator."));

    auto workspace = signInManager(parser, io, true);
    if (!workspace)
        return ExitUserError;
    auto password = readNewPassword(account.username, io);
    if (!password)
        return fail(io, password.error());
    account.password = password.value();
    Status status = CliIdentity::writeInTransaction(*workspace, [&](AuditedWriter &writer) -> Status {
        auto id = Accounts::create(writer, account);
        return id ? Status() : Status(id.error());
    });
    if (!status)
        return fail(io, status.error());
    io.out << Cli::tr("Added %1 (%2, %3).")
                  .arg(account.username, account.displayName.trimmed(),
                       Permissions::roleLabel(account.role))
           << Qt::endl;
    return ExitOk;
}

int runList(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List the accounts of a database, enabled ones first."));
    parser.addOption(databaseOption());
    const QCommandLineOption json(QStringLiteral("json"),
                                  Cli::tr("Print a JSON array of accounts instead of a table."));
    parser.addOption(json);
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("user list --db FILE [--json]"));
        code >= 0)
        return code;
    auto db = openExisting(parser, io);
    if (!db)
        return ExitUserError;
    auto accounts = Accounts::list(db->sql());
    if (!accounts)
        return fail(io, accounts.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AccountInfo &a : accounts.value())
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("username"), a.username},
                                     {QStringLiteral("display_name"), a.displayName},
                                     {QStringLiteral("role"), Permissions::roleCode(a.role)},
                                     {QStringLiteral("disabled"), a.disabled}});
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        io.out.flush();
        return ExitOk;
    }
    if (accounts->isEmpty()) {
        io.out << Cli::tr("No accounts yet.") << Qt::endl;
        return ExitOk;
    }
    qsizetype nameWidth = 0;
    qsizetype shownNameWidth = 0;
    qsizetype roleWidth = 0;
    for (const AccountInfo &a : accounts.value()) {
        nameWidth = std::max(nameWidth, displayWidth(a.username));
        shownNameWidth = std::max(shownNameWidth, displayWidth(a.displayName));
        roleWidth = std::max(roleWidth, displayWidth(Permissions::roleLabel(a.role)));
    }
    for (const AccountInfo &a : accounts.value()) {
        QString line = padded(a.username, nameWidth + 2) +
                       padded(a.displayName, shownNameWidth + 2) +
                       padded(Permissions::roleLabel(a.role), roleWidth + 2);
        if (a.disabled)
            line += Cli::tr("disabled");
        io.out << line.trimmed() << "\n";
    }
    io.out.flush();
    return ExitOk;
}

// disable, enable and reset-password: one account named as the argument.
enum class AccountChange { Disable, Enable, ResetPassword };

int changeAccount(const QStringList &args, CliIo &io, AccountChange change)
{
    QCommandLineParser parser;
    const QString command = args.value(0);
    QString description;
    switch (change) {
    case AccountChange::Disable:
        description = Cli::tr("Disable an account, acting as the administrator --user. The "
                              "account and its history stay; it can no longer sign in. The last "
                              "enabled administrator cannot be disabled.");
        break;
    case AccountChange::Enable:
        description = Cli::tr("Enable a disabled account again, acting as the administrator --user.");
        break;
    case AccountChange::ResetPassword:
        description = Cli::tr("Set a new password for an account, acting as the administrator "
                              "--user. The new password comes from the environment variable %1 or "
                              "is asked twice on the terminal.")
                          .arg(QLatin1String(CliIdentity::NewPasswordVariable));
        break;
    }
    parser.setApplicationDescription(description);
    addWriteOptions(parser);
    parser.addPositionalArgument(Cli::tr("NAME"), Cli::tr("User name of the account."));
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("%1 --db FILE --user ADMIN NAME").arg(command),
                                    Positionals::Allowed);
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("user")))
        return usageError(io, command, Cli::tr("--%1 is required.").arg(QStringLiteral("user")));
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, Cli::tr("Name exactly one account."));
    const QString username = parser.positionalArguments().constFirst();

    auto workspace = signInManager(parser, io, change == AccountChange::ResetPassword);
    if (!workspace)
        return ExitUserError;
    const std::optional<AccountInfo> account = findAccount(workspace->sql(), username, io);
    if (!account)
        return ExitUserError;

    Status status;
    QString done;
    switch (change) {
    case AccountChange::Disable:
    case AccountChange::Enable: {
        const bool disable = change == AccountChange::Disable;
        if (account->disabled == disable) {
            io.out << (disable ? Cli::tr("%1 is already disabled.") : Cli::tr("%1 is already enabled."))
                          .arg(account->username)
                   << Qt::endl;
            return ExitOk;
        }
        status = CliIdentity::writeInTransaction(*workspace, [&](AuditedWriter &writer) {
            return Accounts::setDisabled(writer, account->id, disable);
        });
        done = disable ? Cli::tr("Disabled %1.") : Cli::tr("Enabled %1.");
        break;
    }
    case AccountChange::ResetPassword: {
        auto password = readNewPassword(account->username, io);
        if (!password)
            return fail(io, password.error());
        status = CliIdentity::writeInTransaction(*workspace, [&](AuditedWriter &writer) {
            return Accounts::resetPassword(writer, account->id, password.value());
        });
        done = Cli::tr("Set a new password for %1.");
        break;
    }
    }
    if (!status)
        return fail(io, status.error());
    io.out << done.arg(account->username) << Qt::endl;
    return ExitOk;
}

int runDisable(const QStringList &args, CliIo &io)
{
    return changeAccount(args, io, AccountChange::Disable);
}

int runEnable(const QStringList &args, CliIo &io)
{
    return changeAccount(args, io, AccountChange::Enable);
}

int runResetPassword(const QStringList &args, CliIo &io)
{
    return changeAccount(args, io, AccountChange::ResetPassword);
}

constexpr CliSubcommand Subcommands[] = {
    {"list", QT_TRANSLATE_NOOP("Cli", "List the accounts"), runList},
    {"add", QT_TRANSLATE_NOOP("Cli", "Add an account"), runAdd},
    {"disable", QT_TRANSLATE_NOOP("Cli", "Disable an account (never deleted)"), runDisable},
    {"enable", QT_TRANSLATE_NOOP("Cli", "Enable a disabled account"), runEnable},
    {"reset-password", QT_TRANSLATE_NOOP("Cli", "Set a new password for an account"),
     runResetPassword},
};

} // namespace

int runUser(const QStringList &args, CliIo &io)
{
    return runSubcommands(args, io, QStringLiteral("user"), Subcommands, [](QTextStream &out) {
        out << Cli::tr("Usage: bangfu-cli user SUBCOMMAND [OPTIONS]") << "\n\n"
            << Cli::tr("Account work. Changes are made as --user NAME, who must be an "
                       "administrator; the password comes from the environment variable %1 or is "
                       "asked on the terminal, never from the command line.")
                   .arg(QLatin1String(CliIdentity::PasswordVariable));
    });
}

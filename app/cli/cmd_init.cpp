// bangfu-cli init: creates a new database (never over an existing file),
// loads the reference divisions, registers this installation as a device and
// (as the office, or with --laptop as a laptop) and
// either creates the first administrator (--admin) or, with --demo, writes a
// deterministic demo district with its own accounts.
#include "accounts.h"
#include "cliidentity.h"
#include "clicommand.h"
#include "database.h"
#include "demodata.h"
#include "devices.h"
#include "divisions.h"
#include "workspace.h"

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
              "an existing file. With --admin, also create the first administrator, whose "
              "password comes from the environment variable %1 or is asked twice on the terminal; "
              "without it, the first start of the Bangfu application asks for one. The demo has "
              "its own accounts (see README), so --admin does not go with --demo. This "
              "installation is an office unless --laptop is given.")
            .arg(QLatin1String(CliIdentity::PasswordVariable)));
    parser.addOption(databaseOption());
    const QCommandLineOption demo(QStringLiteral("demo"), Cli::tr("Fill the database with demo data."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Cli::tr("Seed of the demo data; the same seed gives the same data."),
                                  Cli::tr("N"));
    const QCommandLineOption households(QStringLiteral("households"),
                                        Cli::tr("Number of demo households (default 600)."),
                                        Cli::tr("N"));
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   Cli::tr("Create the first administrator with this user name."),
                                   Cli::tr("NAME"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("The administrator's name as printed (default: NAME)."),
                                  Cli::tr("DISPLAY"));
    const QCommandLineOption office(QStringLiteral("office"),
                                    Cli::tr("This installation is the office (the default)."));
    const QCommandLineOption laptop(QStringLiteral("laptop"),
                                    Cli::tr("This installation is a field laptop."));
    parser.addOptions({demo, seed, households, admin, name, office, laptop});
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("init --db FILE [--admin NAME [--name DISPLAY]] "
                                                   "| [--demo [--seed N] [--households N]] "
                                                   "[--office|--laptop]"));
        code >= 0)
        return code;
    if (parser.isSet(admin) && parser.isSet(demo))
        return usageError(io, QStringLiteral("init"),
                          Cli::tr("--admin does not go with --demo: the demo database has its own "
                                  "accounts (see README)."));
    if (parser.isSet(office) && parser.isSet(laptop))
        return usageError(io, QStringLiteral("init"),
                          Cli::tr("Choose either --office or --laptop, not both."));
    const QString role = parser.isSet(laptop) ? QStringLiteral("laptop") : QStringLiteral("office");
    if (parser.isSet(name) && !parser.isSet(admin))
        return usageError(io, QStringLiteral("init"), Cli::tr("--name applies only with --admin."));

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

    // Everything that can be refused without the database is refused before
    // the file exists: a script with no password fails at once, and a typo
    // on the terminal leaves nothing to clean up.
    NewAccount first;
    first.role = Role::Administrator;
    if (parser.isSet(admin)) {
        first.username = parser.value(admin);
        first.displayName = parser.isSet(name) ? parser.value(name) : first.username;
        if (Status s = Accounts::checkUsername(first.username); !s)
            return fail(io, {s.error().message, QStringLiteral("--admin")});
        auto password = CliIdentity::readSecret(
            CliIdentity::PasswordVariable,
            Cli::tr("Password for the administrator %1:").arg(first.username), true, io);
        if (!password)
            return fail(io, password.error());
        if (Status s = Accounts::checkPassword(password.value()); !s)
            return fail(io, s.error());
        first.password = password.value();
    }

    Status status;
    {
        // This installation's device row, with the role chosen, comes first;
        // opening the workspace then finds it.
        auto db = Database::open(path);
        if (!db)
            status = db.error();
        else if (auto self = Devices::ensureSelf(db.value()->sql(), role); !self)
            status = self.error();
    }
    if (status) {
        auto workspace = Workspace::open(path);
        if (!workspace) {
            status = workspace.error();
        } else {
            Workspace &ws = *workspace.value();
            status = Divisions::load(ws.database());
            if (status && parser.isSet(demo))
                status = DemoData::generate(ws.database(), ws.pinyin(), options);
            if (status && parser.isSet(admin)) {
                auto user = Accounts::createFirstAdministrator(ws.sql(), ws.deviceId(), first);
                if (!user)
                    status = user.error();
            }
        }
    }
    if (!status) {
        removeDatabaseFiles(path);
        return fail(io, status.error());
    }
    const QString created = QFileInfo(path).absoluteFilePath();
    if (parser.isSet(demo)) {
        io.out << Cli::tr("Created %1 with a demo district of %2 households (seed %3).")
                      .arg(created)
                      .arg(options.households)
                      .arg(options.seed)
               << Qt::endl;
    } else if (parser.isSet(admin)) {
        io.out << Cli::tr("Created %1 with the administrator %2.").arg(created, first.username)
               << Qt::endl;
    } else {
        io.out << Cli::tr("Created %1. It has no accounts yet: the first start of the Bangfu "
                          "application asks for an administrator.")
                      .arg(created)
               << Qt::endl;
    }
    return ExitOk;
}

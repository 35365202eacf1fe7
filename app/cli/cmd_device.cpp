// bangfu-cli device: this installation's identity for sync (id, name, role,
// key fingerprint), its signed pairing file, and enrolling (pairing) another
// device from that device's pairing file. See docs/sync.md.
#include "auditedwriter.h"
#include "clicommand.h"
#include "cliidentity.h"
#include "database.h"
#include "devicekeys.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QString roleText(const QString &role)
{
    return role == QStringLiteral("laptop") ? Cli::tr("laptop") : Cli::tr("office");
}

int showDevice(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Show this installation's device (id, name, role and key fingerprint) and the "
                "devices paired with it. Compare the fingerprint with what the other device "
                "shows before pairing."));
    parser.addOption(databaseOption());
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON instead of text."));
    parser.addOption(json);
    if (int code =
            parseCommandLine(parser, args, io, QStringLiteral("device show --db FILE [--json]"));
        code >= 0)
        return code;
    const std::unique_ptr<Database> db = openExisting(parser, io);
    if (!db)
        return ExitUserError;
    auto devices = DeviceKeys::list(db->sql());
    if (!devices)
        return fail(io, devices.error());
    if (devices->isEmpty() || !devices->constFirst().isSelf)
        return fail(io,
                    {Cli::tr("This database has no device of its own yet."), databasePath(parser)});
    const DeviceInfo &self = devices->constFirst();
    if (parser.isSet(json)) {
        const auto object = [](const DeviceInfo &d) {
            QJsonObject o{{QStringLiteral("id"), d.id},
                          {QStringLiteral("name"), d.name},
                          {QStringLiteral("role"), d.role},
                          {QStringLiteral("fingerprint"), d.fingerprint}};
            if (!d.isSelf) {
                o.insert(QStringLiteral("paired_at"), d.pairedAt);
                o.insert(QStringLiteral("paired_by"), d.pairedByName);
            }
            return o;
        };
        QJsonObject root = object(self);
        QJsonArray paired;
        for (qsizetype i = 1; i < devices->size(); ++i)
            paired.append(object(devices->at(i)));
        root.insert(QStringLiteral("paired"), paired);
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        io.out.flush();
        return ExitOk;
    }
    io.out << Cli::tr("Device:      %1").arg(self.id) << "\n"
           << Cli::tr("Name:        %1").arg(self.name) << "\n"
           << Cli::tr("Role:        %1").arg(roleText(self.role)) << "\n"
           << Cli::tr("Fingerprint: %1").arg(self.fingerprint) << "\n";
    if (devices->size() == 1) {
        io.out << Cli::tr("No devices are paired yet.") << Qt::endl;
        return ExitOk;
    }
    io.out << "\n" << Cli::tr("Paired devices:") << "\n";
    for (qsizetype i = 1; i < devices->size(); ++i) {
        const DeviceInfo &d = devices->at(i);
        io.out << "  " << d.fingerprint << "  " << padded(d.name, 20) << " " << roleText(d.role)
               << "  " << Cli::tr("paired %1 by %2").arg(d.pairedAt, d.pairedByName) << "\n";
    }
    io.out.flush();
    return ExitOk;
}

int writePairingFile(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write this installation's pairing file: its id, name, role and public keys, "
                "signed with its key. Take it to the other device and enrol it there with "
                "'bangfu-cli device enrol'. The file holds no secret."));
    parser.addOption(databaseOption());
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The pairing file to write."),
                                 Cli::tr("FILE"));
    parser.addOption(out);
    const QString command = args.value(0);
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("device pairing-file --db FILE --out FILE"));
        code >= 0)
        return code;
    if (!parser.isSet(out))
        return usageError(io, command, Cli::tr("--out is required."));
    // Opening for writing creates this installation's keys if it has none yet.
    const std::unique_ptr<Workspace> workspace = CliIdentity::openWorkspace(parser, io);
    if (!workspace)
        return ExitUserError;
    auto bytes = DeviceKeys::pairingFile(workspace->sql());
    if (!bytes)
        return fail(io, bytes.error());
    const QString path = parser.value(out);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(io, {Cli::tr("Could not write the file: %1").arg(file.errorString()), path});
    auto devices = DeviceKeys::list(workspace->sql());
    const QString fingerprint =
        devices && !devices->isEmpty() ? devices->constFirst().fingerprint : QString();
    io.out << Cli::tr("Wrote the pairing file %1 (fingerprint %2).")
                  .arg(QFileInfo(path).absoluteFilePath(), fingerprint)
           << Qt::endl;
    return ExitOk;
}

int enrolDevice(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Pair another device: read and verify its pairing file and enrol it with its "
                "public keys. Compare the fingerprint printed with the one the other device "
                "shows ('bangfu-cli device show'). Written as the --user, who must be an "
                "administrator; the password comes from %1 or the terminal.")
            .arg(QLatin1String(CliIdentity::PasswordVariable)));
    parser.addOption(databaseOption());
    parser.addOption(CliIdentity::userOption());
    parser.addPositionalArgument(Cli::tr("FILE"), Cli::tr("The other device's pairing file."));
    const QString command = args.value(0);
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("device enrol --db FILE --user NAME FILE"),
                                    Positionals::Allowed);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, Cli::tr("Name exactly one pairing file."));
    if (!parser.isSet(QStringLiteral("user")))
        return usageError(io, command, Cli::tr("--user is required."));
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(io, {Cli::tr("Could not read the file: %1").arg(file.errorString()), path});
    // A pairing file is a few hundred bytes; anything far larger is not one.
    auto info = DeviceKeys::readPairingFile(file.read(64 * 1024));
    if (!info)
        return fail(io, {info.error().message, path});
    io.out << Cli::tr("Device %1 (%2, %3), fingerprint %4")
                  .arg(info->name, roleText(info->role), info->deviceId,
                       DeviceKeys::fingerprint(info->signPublicKey, info->boxPublicKey))
           << Qt::endl;
    if (Status s = CliIdentity::requireSecretSource(CliIdentity::PasswordVariable); !s)
        return fail(io, s.error());
    const std::unique_ptr<Workspace> workspace = CliIdentity::openWorkspace(parser, io);
    if (!workspace)
        return ExitUserError;
    if (Status s = CliIdentity::signIn(*workspace, parser, io); !s)
        return fail(io, s.error());
    const PairingInfo pairing = info.value();
    if (Status s = CliIdentity::writeInTransaction(
            *workspace, [&](AuditedWriter &w) { return DeviceKeys::enrol(w, pairing); });
        !s)
        return fail(io, s.error());
    io.out << Cli::tr("Paired with %1 as %2. Check that the other device shows the same "
                      "fingerprint.")
                  .arg(info->name, workspace->user()->username)
           << Qt::endl;
    return ExitOk;
}

constexpr CliSubcommand Subcommands[] = {
    {"show", QT_TRANSLATE_NOOP("Cli", "Show this device, its fingerprint and the paired devices"),
     showDevice},
    {"pairing-file", QT_TRANSLATE_NOOP("Cli", "Write this device's signed pairing file"),
     writePairingFile},
    {"enrol", QT_TRANSLATE_NOOP("Cli", "Pair another device from its pairing file"), enrolDevice},
};

} // namespace

int runDevice(const QStringList &args, CliIo &io)
{
    return runSubcommands(args, io, QStringLiteral("device"), Subcommands, [](QTextStream &out) {
        out << Cli::tr("Usage: bangfu-cli device SUBCOMMAND [OPTIONS]") << "\n\n"
            << Cli::tr("This installation's device for sync, and pairing it with others.");
    });
}

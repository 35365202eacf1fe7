// bangfu-cli: the headless entry point. Wiring only: picks the language,
// finds the command and hands it the arguments. Links no Qt Widgets and needs
// no display.
#include "clicommand.h"
#include "localization.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>

#include <memory>

namespace {

void printUsage(QTextStream &out)
{
    out << Cli::tr("Usage: bangfu-cli COMMAND [OPTIONS]") << "\n\n"
        << Cli::tr("Bangfu (帮扶) case management, headless: office scripts, bulk work and "
                 "benchmarks.")
        << "\n\n"
        << Cli::tr("Commands:") << "\n";
    for (const CliCommand &command : cliCommands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << " "
            << QCoreApplication::translate("Cli", command.summary) << "\n";
    out << "\n"
        << Cli::tr("Run 'bangfu-cli COMMAND --help' for the options of a command.") << "\n"
        << Cli::tr("Exit status: 0 done, 1 user error (message on stderr), 2 bad usage.")
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    // Printing to PDF needs Qt Gui's fonts and text layout, never a display:
    // only then is a QGuiApplication made, on the offscreen platform.
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdf(rawArgs)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Bangfu"));
    QCoreApplication::setApplicationName(QStringLiteral("bangfu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANGFU_VERSION));

    Localization localization;
    const QSettings settings;
    localization.install(&app, Localization::resolve(
                                   settings.value(QStringLiteral("ui/language")).toString()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err};

    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString first = args.value(0);
    if (first.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("help")) {
        printUsage(out);
        return ExitOk;
    }
    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        out << "bangfu-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    for (const CliCommand &command : cliCommands())
        if (first == QLatin1String(command.name))
            return command.run(args, io);

    err << Cli::tr("bangfu-cli: unknown command '%1'.").arg(first) << "\n";
    printUsage(err);
    return ExitUsage;
}

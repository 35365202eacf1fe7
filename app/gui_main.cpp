// bangfu: the desktop application. Wiring only: settings and language first,
// then the database named by --db (or the default one), then the main window.
#include "database.h"
#include "errordialog.h"
#include "localization.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Bangfu"));
    QApplication::setApplicationName(QStringLiteral("bangfu"));
    QApplication::setApplicationVersion(QStringLiteral(BANGFU_VERSION));

    // Before any widget exists (and before --help prints), so that everything
    // starts in the chosen language.
    Localization localization;
    const QString preference =
        QSettings().value(QStringLiteral("ui/language"), Localization::Auto).toString();
    localization.install(&app, Localization::resolve(preference));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Bangfu: case management for trade-union caseworkers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main",
                                    "Open the database FILE (created if it does not exist)."),
        QCoreApplication::translate("main", "FILE"), Database::defaultPath());
    parser.addOption(dbOption);
    parser.process(app);

    auto database = Database::open(parser.value(dbOption));
    if (!database) {
        ErrorDialog::show(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                          database.error());
        return 1;
    }

    MainWindow window(std::make_unique<Workspace>(std::move(database).value()), localization);
    window.show();
    return app.exec();
}

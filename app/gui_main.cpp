// bangfu: the desktop application. Wiring only: settings and language first,
// then the database named by --db (or the default one), then someone signs in
// (or creates the first administrator), then the main window.
#include "database.h"
#include "errordialog.h"
#include "localization.h"
#include "mainwindow.h"
#include "signinflow.h"
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

    auto workspace = Workspace::open(parser.value(dbOption));
    if (!workspace) {
        ErrorDialog::show(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                          workspace.error());
        return 1;
    }
    // Nothing of the database is shown before someone has signed in; Cancel quits.
    if (!SignInFlow::run(nullptr, *workspace.value(), true))
        return 0;

    MainWindow window(std::move(workspace).value(), localization);
    window.show();
    return app.exec();
}

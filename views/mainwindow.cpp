#include "mainwindow.h"

#include "approvalsview.h"
#include "areasummary.h"
#include "claimsview.h"
#include "disbursementsview.h"
#include "errordialog.h"
#include "householdsview.h"
#include "localization.h"
#include "reportsview.h"
#include "settingsdialog.h"
#include "syncview.h"
#include "ui_mainwindow.h"
#include "visitsview.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");

// Tall rows make the navigation an easy target on a laptop touchpad.
constexpr int NavigationRowHeight = 36;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, Localization &localization,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_workspace(std::move(workspace)), m_localization(localization),
      m_databaseLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel, 1);

    m_ui->actionNewDatabase->setShortcut(QKeySequence::New);
    m_ui->actionOpenDatabase->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionSettings->setShortcut(QKeySequence::Preferences);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    m_ui->actionAboutQt->setMenuRole(QAction::AboutQtRole);

    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_ui->actionBackupCopy, &QAction::triggered, this, &MainWindow::backupCopy);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::showArea);

    buildAreas();
    m_ui->navigationList->setCurrentRow(0);
    retranslate();
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // The views hold queries on the workspace's connection: they go first.
    clearAreas();
}

void MainWindow::buildAreas()
{
    Workspace &ws = *m_workspace;
    m_areas = {new HouseholdsView(ws),    new VisitsView(ws),    new ClaimsView(ws),
               new DisbursementsView(ws), new ApprovalsView(ws), new ReportsView(ws),
               new SyncView(ws)};
    const QSignalBlocker blocker(m_ui->navigationList);
    for (AreaView *area : std::as_const(m_areas)) {
        m_ui->areaStack->addWidget(area);
        auto *item = new QListWidgetItem(area->title(), m_ui->navigationList);
        item->setSizeHint(QSize(0, NavigationRowHeight));
    }
}

void MainWindow::clearAreas()
{
    const QSignalBlocker blocker(m_ui->navigationList);
    m_ui->navigationList->clear();
    qDeleteAll(m_areas);
    m_areas.clear();
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    const int row = m_ui->navigationList->currentRow();
    clearAreas();
    m_workspace = std::move(workspace);
    buildAreas();
    // The list is empty now, so this always emits currentRowChanged -> showArea().
    m_ui->navigationList->setCurrentRow(row >= 0 ? row : 0);
    retranslate();
}

void MainWindow::showArea(int index)
{
    if (index < 0 || index >= m_areas.size())
        return;
    AreaView *area = m_areas.at(index);
    // Figures are cheap to read; re-reading on every visit keeps them current.
    area->refresh();
    m_ui->areaStack->setCurrentWidget(area);
}

void MainWindow::retranslate()
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (QListWidgetItem *item = m_ui->navigationList->item(i))
            item->setText(m_areas.at(i)->title());
    }
    const Database &db = m_workspace->database();
    m_databaseLabel->setText(tr("Database: %1 (schema version %2)")
                                 .arg(QDir::toNativeSeparators(db.path()))
                                 .arg(db.schemaVersion()));
    setWindowTitle(tr("%1 - Bangfu").arg(QFileInfo(db.path()).fileName()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

QString MainWindow::databaseFolder() const
{
    return QFileInfo(m_workspace->database().path()).absolutePath();
}

bool MainWindow::openWorkspace(const QString &path, const QString &errorTitle)
{
    auto db = Database::open(path);
    if (!db) {
        Error error = db.error();
        error.message +=
            QLatin1Char('\n') +
            tr("%1 stays open.").arg(QFileInfo(m_workspace->database().path()).fileName());
        ErrorDialog::show(this, errorTitle, error);
        return false;
    }
    setWorkspace(std::make_unique<Workspace>(std::move(db).value()));
    return true;
}

void MainWindow::newDatabase()
{
    QFileDialog dialog(this, tr("New database"), databaseFolder());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("Bangfu databases (*.sqlite)"));
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    // Existing files are refused below rather than confirmed: a database is never overwritten.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo::exists(path)) {
        ErrorDialog::show(this, tr("New database"),
                          {tr("A file with this name already exists. Choose a new name: a new "
                              "database never replaces an existing file."),
                           path});
        return;
    }
    openWorkspace(path, tr("New database"));
}

void MainWindow::openDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), databaseFolder(),
                                     tr("Bangfu databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path, tr("Open database"));
}

void MainWindow::backupCopy()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = databaseFolder();
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("bangfu-backup-%1.sqlite")
                                  .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Backup copy"), suggested,
                                                      tr("Bangfu databases (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (Status status = m_workspace->database().backupTo(path); !status) {
        ErrorDialog::show(this, tr("Backup copy failed"), status.error());
        return;
    }
    QMessageBox::information(this, tr("Backup copy"),
                             tr("A complete copy of the database was written to %1.")
                                 .arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::applyLanguage(const QString &preference)
{
    QSettings().setValue(LanguageKey, preference);
    const QString language = Localization::resolve(preference);
    // Installing the translators sends QEvent::LanguageChange to every widget.
    return m_localization.install(qApp, language);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.setLanguagePreference(QSettings().value(LanguageKey, Localization::Auto).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!applyLanguage(dialog.languagePreference()))
        QMessageBox::warning(this, tr("Settings"),
                             tr("The translation for this language is missing from this build; "
                                "the interface is shown in English."));
}

void MainWindow::showAbout()
{
    const auto sqlite = AreaSummary(m_workspace->sql()).sqliteVersion();
    const QString sqliteText = sqlite ? sqlite.value() : sqlite.error().message;
    const Database &db = m_workspace->database();
    const QString text =
        QStringLiteral("<h3>%1</h3><p>%2</p><p>%3<br>%4<br>%5</p>")
            .arg(tr("Bangfu %1").arg(QStringLiteral(BANGFU_VERSION)),
                 tr("Case management for trade-union caseworkers: surveys and files of "
                    "households in hardship, medical mutual-aid claims, and aid "
                    "disbursements.")
                     .toHtmlEscaped(),
                 tr("Qt version: %1").arg(QString::fromLatin1(qVersion())),
                 tr("SQLite version: %1").arg(sqliteText).toHtmlEscaped(),
                 tr("Database: %1 (schema version %2)")
                     .arg(QDir::toNativeSeparators(db.path()))
                     .arg(db.schemaVersion())
                     .toHtmlEscaped());
    QMessageBox::about(this, tr("About Bangfu"), text);
}

#include "mainwindow.h"

#include "accounts.h"
#include "aidprogrammesdialog.h"
#include "approvalsview.h"
#include "areasummary.h"
#include "claimsview.h"
#include "communitiesdialog.h"
#include "disbursementsview.h"
#include "errordialog.h"
#include "householdsview.h"
#include "idlewatcher.h"
#include "localization.h"
#include "districtsettings.h"
#include "lockcurtain.h"
#include "passworddialog.h"
#include "planeditordialog.h"
#include "povertylinesdialog.h"
#include "reportsview.h"
#include "rosterimportdialog.h"
#include "session.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "signinflow.h"
#include "syncview.h"
#include "ui_mainwindow.h"
#include "usersdialog.h"
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
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");
constexpr int MillisecondsPerMinute = 60 * 1000;

// Tall rows make the navigation an easy target on a laptop touchpad.
constexpr int NavigationRowHeight = 36;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, Localization &localization,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_workspace(std::move(workspace)), m_localization(localization),
      m_databaseLabel(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_idle(new IdleWatcher(this))
{
    m_ui->setupUi(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel, 1);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);

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
    connect(m_ui->actionImportHouseholds, &QAction::triggered, this, [this] {
        RosterImportDialog(*m_workspace, this).exec();
        showArea(m_ui->navigationList->currentRow()); // re-reads the area
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changeOwnPassword);
    connect(m_ui->actionUsers, &QAction::triggered, this, &MainWindow::showUsers);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    // Coverage and assessments read these: re-read the area afterwards.
    connect(m_ui->actionCommunities, &QAction::triggered, this, [this] {
        CommunitiesDialog(*m_workspace, this).exec();
        showArea(m_ui->navigationList->currentRow());
    });
    connect(m_ui->actionPovertyLines, &QAction::triggered, this, [this] {
        PovertyLinesDialog(*m_workspace, this).exec();
        showArea(m_ui->navigationList->currentRow());
    });
    connect(m_ui->actionPlans, &QAction::triggered, this, [this] {
        PlanEditorDialog(*m_workspace, this).exec();
        showArea(m_ui->navigationList->currentRow());
    });
    connect(m_ui->actionAidProgrammes, &QAction::triggered, this, [this] {
        AidProgrammesDialog(*m_workspace, this).exec();
        showArea(m_ui->navigationList->currentRow());
    });
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::showArea);

    buildAreas();
    m_ui->navigationList->setCurrentRow(0);
    retranslate();
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
    applyLockPolicy();
}

void MainWindow::applyLockPolicy()
{
    // The office's policy, kept in the database: nobody can switch it off for
    // themselves in the per-user settings.
    auto minutes = DistrictSettings::lockMinutes(m_workspace->sql());
    setIdleLockInterval((minutes ? minutes.value() : DistrictSettings::DefaultLockMinutes) *
                        MillisecondsPerMinute);
}

MainWindow::~MainWindow()
{
    // The views hold queries on the workspace's connection: they go first.
    clearAreas();
}

void MainWindow::buildAreas()
{
    Workspace &ws = *m_workspace;
    auto *households = new HouseholdsView(ws);
    auto *visits = new VisitsView(ws);
    m_areas = {households,                visits,                new ClaimsView(ws),
               new DisbursementsView(ws), new ApprovalsView(ws), new ReportsView(ws),
               new SyncView(ws)};
    // "My work" opens a household's file in the households area.
    connect(visits, &VisitsView::householdActivated, this, [this, households](const QString &id) {
        m_ui->navigationList->setCurrentRow(int(m_areas.indexOf(households)));
        households->showHousehold(id);
    });
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
    applyLockPolicy();
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
    updateUser();
}

void MainWindow::updateUser()
{
    const std::optional<CurrentUser> &user = m_workspace->user();
    m_userLabel->setText(
        user ? tr("Signed in: %1 (%2), %3")
                   .arg(user->displayName, user->username, Permissions::roleLabel(user->role))
             : tr("Nobody is signed in"));
    // Only a convenience: the models refuse these for anyone else anyway.
    m_ui->actionUsers->setEnabled(user && Permissions::allows(user->role, Permission::ManageUsers));
    const bool settings = user && Permissions::allows(user->role, Permission::ManageSettings);
    m_ui->actionCommunities->setEnabled(settings);
    m_ui->actionPovertyLines->setEnabled(settings);
    m_ui->actionPlans->setEnabled(user && Permissions::allows(user->role, Permission::ManagePlans));
    m_ui->actionAidProgrammes->setEnabled(
        user && Permissions::allows(user->role, Permission::ManageProgrammes));
    m_ui->actionChangePassword->setEnabled(user.has_value());
    m_ui->actionLock->setEnabled(user.has_value());
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
    endSession(*m_workspace);
    QMainWindow::closeEvent(event);
}

QString MainWindow::databaseFolder() const
{
    return QFileInfo(m_workspace->database().path()).absolutePath();
}

bool MainWindow::openWorkspace(const QString &path, const QString &errorTitle)
{
    auto opened = Workspace::open(path);
    if (!opened) {
        Error error = opened.error();
        error.message +=
            QLatin1Char('\n') +
            tr("%1 stays open.").arg(QFileInfo(m_workspace->database().path()).fileName());
        ErrorDialog::show(this, errorTitle, error);
        return false;
    }
    // The new database is only shown to someone signed in to it; cancelling
    // keeps the old one open with its user.
    if (!SignInFlow::run(this, *opened.value(), false))
        return false;
    endSession(*m_workspace);
    setWorkspace(std::move(opened).value());
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
    auto minutes = DistrictSettings::lockMinutes(m_workspace->sql());
    const int current = minutes ? minutes.value() : DistrictSettings::DefaultLockMinutes;
    dialog.setLockMinutes(current);
    const bool admin = m_workspace->user() && m_workspace->user()->role == Role::Administrator;
    dialog.setLockEditable(admin);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.lockMinutes() != current) {
        const Status saved = Session::write(*m_workspace, [&](AuditedWriter &writer) {
            return DistrictSettings::setValue(writer, DistrictSettings::LockMinutes,
                                              QString::number(dialog.lockMinutes()));
        });
        if (!saved)
            QMessageBox::warning(this, tr("Settings"), saved.error().message);
        applyLockPolicy();
    }
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

void MainWindow::setIdleLockInterval(int milliseconds)
{
    m_idle->setInterval(milliseconds);
}

int MainWindow::idleLockInterval() const
{
    return m_idle->interval();
}

void MainWindow::endSession(Workspace &workspace)
{
    if (!workspace.user())
        return;
    // The session ends either way; a failure to record it is only reported.
    if (Status s = Session::signOut(workspace.sql(), workspace.deviceId(), *workspace.user()); !s)
        qWarning("Could not record the sign-out: %s", qPrintable(s.error().toString()));
    workspace.setUser(std::nullopt);
}

void MainWindow::closeOtherDialogs()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(window); dialog && dialog->isVisible())
            dialog->reject();
    }
}

void MainWindow::lock()
{
    if (m_locked || !m_workspace->user())
        return;
    askToSignIn(m_workspace->user());
}

void MainWindow::signOut()
{
    if (m_locked)
        return;
    endSession(*m_workspace);
    updateUser();
    askToSignIn(std::nullopt);
}

void MainWindow::askToSignIn(const std::optional<CurrentUser> &locked)
{
    m_locked = true;
    m_idle->pause();
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    // Every window that shows data gets a curtain, dialogs left open included.
    QList<QPointer<LockCurtain>> curtains;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible())
            curtains.append(new LockCurtain(window));
    }

    SignInDialog dialog(m_workspace->sql(), m_workspace->deviceId(), this);
    dialog.setObjectName(QStringLiteral("lockDialog"));
    if (locked) {
        dialog.setLockedUser(*locked);
        // The locked person's session ends before the next one begins.
        connect(&dialog, &SignInDialog::lockedUserReleased, this,
                [this] { endSession(*m_workspace); });
    }
    const bool signedIn = dialog.exec() == QDialog::Accepted && dialog.user();
    const bool sameUser = signedIn && locked && dialog.user()->id == locked->id;

    // Whatever the previous person left open is not for the next one.
    if (!sameUser) {
        if (locked)
            endSession(*m_workspace);
        closeOtherDialogs();
    }
    for (const QPointer<LockCurtain> &curtain : std::as_const(curtains))
        delete curtain.data();
    m_locked = false;
    if (!signedIn) {
        close();
        return;
    }
    m_workspace->setUser(dialog.user());
    updateUser();
    if (!sameUser) {
        // Views read the workspace's user when they act; what they show may depend on it.
        if (AreaView *area = qobject_cast<AreaView *>(m_ui->areaStack->currentWidget()))
            area->refresh();
    }
    m_idle->resume();
}

void MainWindow::showUsers()
{
    UsersDialog dialog(*m_workspace, this);
    dialog.exec();
}

void MainWindow::changeOwnPassword()
{
    Workspace &ws = *m_workspace;
    PasswordDialog dialog(
        PasswordDialog::Mode::ChangeOwn, QString(),
        [&ws](const QString &current, const QString &next) {
            return Session::write(ws, [&](AuditedWriter &writer) {
                return Accounts::changeOwnPassword(writer, current, next);
            });
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

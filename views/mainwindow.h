// MainWindow: wiring only. A navigation list on the left switches a stack of
// area views (each its own class), the File menu opens, creates and backs up
// databases and signs out, and the status bar names the open file and who is
// signed in. The window owns the Workspace; opening another database signs in
// to it first, then replaces the workspace and rebuilds the areas on the new
// one, so no view ever has to cope with its database changing. After a spell
// without use (security/lockMinutes) the window locks.
#pragma once

#include "currentuser.h"

#include <memory>
#include <optional>
#include <QMainWindow>

class AreaView;
class IdleWatcher;
class LockCurtain;
class Localization;
class QLabel;
class Workspace;

namespace Ui {
class MainWindow;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Shows \a workspace; \a localization (owned by the caller, outliving the
    /// window) is re-installed when the user picks another language.
    MainWindow(std::unique_ptr<Workspace> workspace, Localization &localization,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() { return *m_workspace; }
    /// Replaces the open workspace: the area views are rebuilt on \a workspace
    /// and the old one (with its database connection) is closed.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    /// Saves the language preference ("auto", "zh_CN", "en") as ui/language and
    /// switches the interface to it at once. False if its translation is missing.
    bool applyLanguage(const QString &preference);

    /// Idle time before the screen locks, in ms (0: never). Set from the
    /// security/lockMinutes setting; tests shorten it.
    void setIdleLockInterval(int milliseconds);
    int idleLockInterval() const;
    /// Hides everything behind curtains and asks for the signed-in user's
    /// password again, or lets someone else sign in. Quitting there closes the window.
    void lock();
    bool isLocked() const { return m_locked; }
    /// Records the sign-out, then asks someone to sign in (Cancel quits).
    void signOut();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void newDatabase();
    void openDatabase();
    void backupCopy();
    void showSettings();
    /// Sets the idle lock from the office policy stored in the database.
    void applyLockPolicy();
    void showUsers();
    void changeOwnPassword();
    void showAbout();
    void showArea(int index);

    bool openWorkspace(const QString &path, const QString &errorTitle);
    void buildAreas();
    void clearAreas();
    void retranslate();
    void updateUser();
    QString databaseFolder() const;
    /// Shows the sign-in dialog over curtains; \a locked keeps its name filled in.
    void askToSignIn(const std::optional<CurrentUser> &locked);
    void endSession(Workspace &workspace);
    void closeOtherDialogs();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Workspace> m_workspace;
    Localization &m_localization;
    QLabel *m_databaseLabel;
    QLabel *m_userLabel;
    IdleWatcher *m_idle;
    QList<AreaView *> m_areas;
    bool m_locked = false;
};

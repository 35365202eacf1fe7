// MainWindow: wiring only. A navigation list on the left switches a stack of
// area views (each its own class), the File menu opens, creates and backs up
// databases, and the status bar names the open file. The window owns the
// Workspace; opening another database replaces it and rebuilds the areas on
// the new one, so no view ever has to cope with its database changing.
#pragma once

#include <memory>
#include <QMainWindow>

class AreaView;
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

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void newDatabase();
    void openDatabase();
    void backupCopy();
    void showSettings();
    void showAbout();
    void showArea(int index);

    bool openWorkspace(const QString &path, const QString &errorTitle);
    void buildAreas();
    void clearAreas();
    void retranslate();
    QString databaseFolder() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Workspace> m_workspace;
    Localization &m_localization;
    QLabel *m_databaseLabel;
    QList<AreaView *> m_areas;
};

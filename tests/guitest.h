// Helpers shared by the widget tests of issue 3 (sign-in, users, lock screen,
// history): a workspace with its first administrator, answering modal
// dialogs that exec() opens, and screenshots for looking at the dialogs.
#pragma once

#include "accounts.h"
#include "database.h"
#include "devices.h"
#include "localization.h"
#include "workspace.h"

#include <functional>
#include <memory>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTimer>
#include <QtTest>
#include <QWidget>

namespace GuiTest {

inline const QString AdminPassword = QStringLiteral("admin-password");

/// A new database at \a path with this installation's device row; nobody signed in.
inline std::unique_ptr<Workspace> workspace(const QString &path)
{
    auto opened = Workspace::open(path);
    if (!opened) {
        qWarning() << opened.error().toString();
        return nullptr;
    }
    return std::move(opened).value();
}

/// The same, with the administrator "admin" (管理员) created and signed in.
inline std::unique_ptr<Workspace> withAdmin(const QString &path)
{
    auto ws = workspace(path);
    if (!ws)
        return nullptr;
    auto admin = Accounts::createFirstAdministrator(
        ws->sql(), ws->deviceId(),
        {QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator, AdminPassword});
    if (!admin) {
        qWarning() << admin.error().toString();
        return nullptr;
    }
    ws->setUser(admin.value());
    return ws;
}

/// Calls \a handle on the next modal dialog of class T that opens (polling,
/// because exec() blocks the test until the dialog is closed). Watching stops
/// when the returned timer is destroyed.
template <typename T> std::unique_ptr<QTimer> onNextModal(std::function<void(T *)> handle)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    QTimer *raw = timer.get();
    QObject::connect(raw, &QTimer::timeout, raw, [raw, handle] {
        if (auto *modal = qobject_cast<T *>(QApplication::activeModalWidget())) {
            raw->stop();
            handle(modal);
        }
    });
    timer->start();
    return timer;
}

/// With BANGFU_SCREENSHOT_DIR set, saves what \a widget shows as NAME.png there.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BANGFU_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

/// With BANGFU_SCREENSHOT_LANG set (e.g. "zh_CN"), installs that language so
/// screenshots show what users see; call once in initTestCase().
inline void screenshotLanguage()
{
    static Localization localization;
    const QString language = qEnvironmentVariable("BANGFU_SCREENSHOT_LANG");
    if (!language.isEmpty())
        QVERIFY(localization.install(QCoreApplication::instance(), language));
}

/// Types \a text into the child line edit called \a name of \a parent.
inline bool type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(name));
    if (!edit)
        return false;
    edit->clear();
    // QTest types ASCII only; other text is set as an input method would.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->setText(text);
    return edit->text() == text;
}

} // namespace GuiTest

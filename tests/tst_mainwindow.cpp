// GUI smoke test of the main window, offscreen: every navigation entry shows
// its own area view with live figures from a small database written here with
// plain SQL, the households list loads lazily, Help -> About names the
// versions, another database can replace the open one, and the language
// switches through the settings dialog.
#include "accounts.h"
#include "database.h"
#include "demodata.h"
#include "devices.h"
#include "guitest.h"
#include "householdlistmodel.h"
#include "localization.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "workspace.h"

#include <functional>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// The navigation order the window promises, by view class.
const QList<QByteArray> AreaClasses = {"HouseholdsView",    "VisitsView",    "ClaimsView",
                                       "DisbursementsView", "ApprovalsView", "ReportsView",
                                       "SyncView"};

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << q.lastError().text() << sql;
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text() << sql;
        return false;
    }
    return true;
}

// A Hedong sub-district, one (invented) community and three households:
// two filed with a category, one only identified. One visit, this
// installation's device row and one paid disbursement this year.
bool fillSmallDistrict(QSqlDatabase db)
{
    const QString now = QStringLiteral("2024-05-06T08:00:00Z");
    const QString paidOn = QStringLiteral("%1-03-15").arg(QDate::currentDate().year());
    return exec(
               db, QStringLiteral("INSERT INTO divisions(code, name, kind) VALUES (?, ?, ?)"),
               {QStringLiteral("371312001"), QStringLiteral("九曲街道"), QStringLiteral("街道")}) &&
           exec(db,
                QStringLiteral(
                    "INSERT INTO communities(id, division_code, name, kind, invented,"
                    " created_at, updated_at) VALUES ('c1', '371312001', ?, 'community', 1, ?, ?)"),
                {QStringLiteral("测试社区"), now, now}) &&
           exec(db,
                QStringLiteral(
                    "INSERT INTO households(id, file_no, division_code, community_id, status,"
                    " category, next_due_on, created_at, updated_at) VALUES"
                    " ('h1', 'HD-0001', '371312001', 'c1', 'filed', 'deep', '2025-05-06', ?, ?),"
                    " ('h2', 'HD-0002', '371312001', 'c1', 'filed', 'relative', NULL, ?, ?),"
                    " ('h3', NULL, '371312001', NULL, 'identified', NULL, NULL, ?, ?)"),
                {now, now, now, now, now, now}) &&
           exec(
               db,
               QStringLiteral("INSERT INTO members(id, household_id, is_head, name, relationship,"
                              " created_at, updated_at) VALUES"
                              " ('m1', 'h1', 1, ?, 'self', ?, ?), ('m2', 'h2', 1, ?, 'self', ?, ?),"
                              " ('m3', 'h3', 1, ?, 'self', ?, ?)"),
               {QStringLiteral("张涛"), now, now, QStringLiteral("李娜"), now, now,
                QStringLiteral("王芳"), now, now}) &&
           exec(db,
                QStringLiteral("INSERT INTO field_visits(id, household_id, visit_date, purpose,"
                               " created_at, updated_at) VALUES ('v1', 'h1', '2024-05-06', "
                               "'first_survey', ?, ?)"),
                {now, now}) &&
           exec(
               db,
               QStringLiteral("INSERT INTO devices(id, name, role, is_self, created_at, updated_at)"
                              " VALUES ('d1', 'Test laptop', 'laptop', 1, ?, ?)"),
               {now, now}) &&
           exec(db,
                QStringLiteral("INSERT INTO aid_programmes(id, code, name, default_amount_fen,"
                               " created_at, updated_at) VALUES ('p1', 'warmth', ?, 50000, ?, ?)"),
                {QStringLiteral("送温暖"), now, now}) &&
           exec(db,
                QStringLiteral(
                    "INSERT INTO disbursements(id, programme_id, household_id, recipient_name,"
                    " amount_fen, status, paid_on, created_at, updated_at)"
                    " VALUES ('x1', 'p1', 'h1', ?, 123450, 'paid', ?, ?, ?)"),
                {QStringLiteral("张涛"), paidOn, now, now});
}

// \a count households in one division; every third is only identified (no
// file number) and sorts after the filed ones.
bool fillMany(QSqlDatabase db, int count)
{
    if (!exec(db, QStringLiteral(
                      "INSERT INTO divisions(code, name, kind) VALUES ('371312001', 'x', 'x')")) ||
        !db.transaction())
        return false;
    for (int i = 0; i < count; ++i) {
        const QVariant fileNo =
            i % 3 ? QVariant(QStringLiteral("HD-%1").arg(i, 4, 10, QLatin1Char('0'))) : QVariant();
        if (!exec(
                db,
                QStringLiteral("INSERT INTO households(id, file_no, division_code, status,"
                               " created_at, updated_at) VALUES (?, ?, '371312001', ?, 'n', 'n')"),
                {QStringLiteral("id-%1").arg(i, 4, 10, QLatin1Char('0')), fileNo,
                 fileNo.isNull() ? QStringLiteral("identified") : QStringLiteral("filed")}))
            return false;
    }
    return db.commit();
}

// A workspace on \a db (this installation's device row made if missing), nobody signed in.
std::unique_ptr<Workspace> workspaceOf(std::unique_ptr<Database> db)
{
    auto device = Devices::ensureSelf(db->sql());
    if (!device) {
        qWarning() << device.error().toString();
        return nullptr;
    }
    return std::make_unique<Workspace>(std::move(db), device.value());
}

// The same, with its first administrator created and signed in, as the
// first-run dialog leaves it.
std::unique_ptr<Workspace> signedIn(std::unique_ptr<Database> db)
{
    auto workspace = workspaceOf(std::move(db));
    if (!workspace)
        return nullptr;
    auto admin =
        Accounts::createFirstAdministrator(workspace->sql(), workspace->deviceId(),
                                           {QStringLiteral("admin"), QStringLiteral("管理员"),
                                            Role::Administrator, GuiTest::AdminPassword});
    if (!admin) {
        qWarning() << admin.error().toString();
        return nullptr;
    }
    workspace->setUser(admin.value());
    return workspace;
}

QStringList labelTexts(QWidget *root)
{
    QStringList texts;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts.append(label->text());
    return texts;
}

} // namespace

using GuiTest::onNextModal;
using GuiTest::saveScreenshot;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void visitsEveryArea();
    void householdsLoadLazily();
    void aboutNamesVersions();
    void replacesWorkspace();
    void switchesLanguage();
    void opensDemoDatabase();

private:
    std::unique_ptr<Workspace> smallDistrict(const QString &name);

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throw-away location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BangfuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Workspace> TestMainWindow::smallDistrict(const QString &name)
{
    auto db = Database::open(m_dir.filePath(name));
    if (!db) {
        qWarning() << db.error().toString();
        return nullptr;
    }
    if (!fillSmallDistrict(db.value()->sql()))
        return nullptr;
    return signedIn(std::move(db).value());
}

void TestMainWindow::visitsEveryArea()
{
    auto workspace = smallDistrict(QStringLiteral("every-area.sqlite"));
    QVERIFY(workspace);
    const QString path = workspace->database().path();
    Localization localization;
    MainWindow window(std::move(workspace), localization);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("areaStack"));
    QVERIFY(navigation && stack);
    QCOMPARE(navigation->count(), AreaClasses.size());

    // By mouse, from the last entry up, so every click changes the area.
    for (int row = navigation->count() - 1; row >= 0; --row) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(navigation->currentRow(), row);
        QCOMPARE(QByteArray(stack->currentWidget()->metaObject()->className()),
                 AreaClasses.at(row));
    }
    // And by keyboard, down again.
    navigation->setFocus();
    for (int row = 1; row < navigation->count(); ++row) {
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(navigation->currentRow(), row);
        QCOMPARE(QByteArray(stack->currentWidget()->metaObject()->className()),
                 AreaClasses.at(row));
        saveScreenshot(&window, QStringLiteral("small-%1-%2")
                                    .arg(row)
                                    .arg(QString::fromLatin1(AreaClasses.at(row)).toLower()));
    }

    // Households: the three rows, heads and translated codes.
    auto *table = stack->widget(0)->findChild<QTableView *>(QStringLiteral("tableView"));
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, HouseholdListModel::FileNo).data().toString(),
             QStringLiteral("HD-0001"));
    QCOMPARE(model->index(0, HouseholdListModel::Head).data().toString(), QStringLiteral("张涛"));
    QCOMPARE(model->index(0, HouseholdListModel::Division).data().toString(),
             QStringLiteral("九曲街道"));
    QCOMPARE(model->index(0, HouseholdListModel::Community).data().toString(),
             QStringLiteral("测试社区"));
    QCOMPARE(model->index(0, HouseholdListModel::Category).data().toString(),
             QStringLiteral("Deep hardship"));
    QCOMPARE(
        model->index(0, HouseholdListModel::Category).data(HouseholdListModel::CodeRole).toString(),
        QStringLiteral("deep"));
    QCOMPARE(model->index(0, HouseholdListModel::Status).data().toString(),
             QStringLiteral("Filed"));
    QCOMPARE(model->index(0, HouseholdListModel::LastVisit).data().toString(),
             QStringLiteral("2024-05-06"));
    QCOMPARE(model->index(0, HouseholdListModel::NextDue).data().toString(),
             QStringLiteral("2025-05-06"));
    QCOMPARE(model->index(1, HouseholdListModel::Category).data().toString(),
             QStringLiteral("Relative hardship"));
    // Not yet filed: no file number, sorted last.
    QCOMPARE(model->index(2, HouseholdListModel::Head).data().toString(), QStringLiteral("王芳"));
    QCOMPARE(model->index(2, HouseholdListModel::Status).data().toString(),
             QStringLiteral("Identified"));
    QCOMPARE(model->index(2, HouseholdListModel::Category).data().toString(),
             QStringLiteral("Not assessed"));
    QVERIFY(labelTexts(stack->widget(0)).filter(QStringLiteral("3 household")).size() == 1);

    // Live figures in the areas not built yet.
    QVERIFY(labelTexts(stack->widget(1)).contains(QStringLiteral("2024-05-06")));
    QVERIFY(!labelTexts(stack->widget(3)).filter(QStringLiteral("¥1,234.50")).isEmpty());
    QVERIFY(labelTexts(stack->widget(6)).contains(QStringLiteral("Test laptop")));
    QVERIFY(labelTexts(stack->widget(5)).contains(QStringLiteral("Deep hardship:")));
    // Areas not built yet say what they will hold (Reports and Sync).
    for (int row = 5; row < navigation->count(); ++row)
        QVERIFY2(!labelTexts(stack->widget(row)).filter(QStringLiteral("Coming with")).isEmpty(),
                 AreaClasses.at(row).constData());

    auto *databaseLabel = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(databaseLabel && databaseLabel->isVisible());
    QVERIFY(databaseLabel->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(window.windowTitle().contains(QStringLiteral("every-area.sqlite")));
    auto *userLabel = window.findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY(userLabel && userLabel->isVisible());
    QCOMPARE(userLabel->text(), QStringLiteral("Signed in: 管理员 (admin), Administrator"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionUsers"))->isEnabled());
}

void TestMainWindow::householdsLoadLazily()
{
    constexpr int Count = 450;
    auto db = Database::open(m_dir.filePath(QStringLiteral("lazy.sqlite")));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QVERIFY(fillMany(db.value()->sql(), Count));

    Localization localization;
    auto workspace = signedIn(std::move(db).value());
    QVERIFY(workspace);
    MainWindow window(std::move(workspace), localization);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("tableView"));
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    // The first page only, yet the count names them all.
    QCOMPARE(model->rowCount(), HouseholdListModel::BatchSize);
    QVERIFY(labelTexts(&window).filter(QStringLiteral("450 household")).size() == 1);
    QVERIFY(model->canFetchMore({}));

    // Scrolling to the end fetches the rest, batch by batch.
    for (int i = 0; i < 10 && model->canFetchMore({}); ++i) {
        table->scrollToBottom();
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(model->rowCount(), Count);
    QVERIFY(!model->canFetchMore({}));

    // Each household exactly once, filed ones first by file number.
    QSet<QString> ids;
    QString previousFileNo;
    bool inIdentified = false;
    for (int row = 0; row < Count; ++row) {
        ids.insert(model->index(row, 0).data(HouseholdListModel::IdRole).toString());
        const QString fileNo = model->index(row, HouseholdListModel::FileNo).data().toString();
        if (fileNo.isEmpty()) {
            inIdentified = true;
        } else {
            QVERIFY2(!inIdentified, "a filed household after an identified one");
            QVERIFY(previousFileNo < fileNo);
            previousFileNo = fileNo;
        }
    }
    QCOMPARE(ids.size(), Count);
    QVERIFY(labelTexts(&window).filter(QStringLiteral("more load as you scroll")).isEmpty());
}

void TestMainWindow::aboutNamesVersions()
{
    auto workspace = smallDistrict(QStringLiteral("about.sqlite"));
    QVERIFY(workspace);
    QSqlQuery q(workspace->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next());
    const QString sqliteVersion = q.value(0).toString();
    q.finish();
    Localization localization;
    MainWindow window(std::move(workspace), localization);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QString shownText;
    QString shownTitle;
    const auto watch = onNextModal<QMessageBox>([&](QMessageBox *box) {
        shownText = box->text();
        shownTitle = box->windowTitle();
        saveScreenshot(box, QStringLiteral("about"));
        box->close();
    });
    auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger();
    QCOMPARE(shownTitle, QStringLiteral("About Bangfu"));
    QVERIFY2(shownText.contains(QStringLiteral(BANGFU_VERSION)), qPrintable(shownText));
    QVERIFY2(shownText.contains(QString::fromLatin1(qVersion())), qPrintable(shownText));
    QVERIFY2(shownText.contains(QStringLiteral("SQLite version: ") + sqliteVersion),
             qPrintable(shownText));
}

void TestMainWindow::replacesWorkspace()
{
    auto first = smallDistrict(QStringLiteral("first.sqlite"));
    QVERIFY(first);
    Localization localization;
    MainWindow window(std::move(first), localization);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("areaStack"));
    navigation->setCurrentRow(5);

    const QString secondPath = m_dir.filePath(QStringLiteral("second.sqlite"));
    auto second = Database::open(secondPath);
    QVERIFY(second);
    auto secondWorkspace = signedIn(std::move(second).value());
    QVERIFY(secondWorkspace);
    window.setWorkspace(std::move(secondWorkspace));

    QCOMPARE(window.workspace().database().path(), QFileInfo(secondPath).absoluteFilePath());
    QCOMPARE(navigation->count(), AreaClasses.size());
    QCOMPARE(stack->count(), AreaClasses.size());
    QCOMPARE(navigation->currentRow(), 5);
    QCOMPARE(QByteArray(stack->currentWidget()->metaObject()->className()), AreaClasses.at(5));
    navigation->setCurrentRow(0);
    QCOMPARE(stack->currentWidget()
                 ->findChild<QTableView *>(QStringLiteral("tableView"))
                 ->model()
                 ->rowCount(),
             0);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))
                ->text()
                .contains(QDir::toNativeSeparators(QFileInfo(secondPath).absoluteFilePath())));
    // The first database was closed cleanly: its file can be opened again.
    QVERIFY(Database::open(m_dir.filePath(QStringLiteral("first.sqlite"))));
}

void TestMainWindow::switchesLanguage()
{
    auto workspace = smallDistrict(QStringLiteral("language.sqlite"));
    QVERIFY(workspace);
    Localization localization;
    QVERIFY(localization.install(qApp, QStringLiteral("en")));
    MainWindow window(std::move(workspace), localization);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    auto *settings = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(navigation && settings);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Households"));

    // Picks \a language in the settings dialog and presses OK; returns the
    // text of any message box that followed (a missing translation).
    auto choose = [&](const QString &language) {
        QString warning;
        bool chosen = false;
        const auto watchSettings = onNextModal<SettingsDialog>([&](SettingsDialog *dialog) {
            dialog->setLanguagePreference(language);
            saveScreenshot(dialog, QStringLiteral("settings-") + language);
            chosen = dialog->languagePreference() == language;
            dialog->accept();
        });
        const auto watchWarning = onNextModal<QMessageBox>([&](QMessageBox *box) {
            warning = box->text();
            box->close();
        });
        settings->trigger();
        if (!chosen)
            return QStringLiteral("the settings dialog did not offer %1").arg(language);
        // Language changes reach the widgets as posted events.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return warning;
    };

    const QString zhWarning = choose(QStringLiteral("zh_CN"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(localization.language(), QStringLiteral("zh_CN"));
    const QString translated = QCoreApplication::translate("HouseholdsView", "Households");
    if (QFile::exists(QStringLiteral(":/i18n/bangfu_zh_CN.qm")) &&
        translated != QLatin1String("Households")) {
        QVERIFY2(zhWarning.isEmpty(), qPrintable(zhWarning));
        QTRY_COMPARE(navigation->item(0)->text(), translated);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("areaStack"));
        auto *heading = stack->widget(0)->findChild<QLabel *>(QStringLiteral("headingLabel"));
        QVERIFY(heading);
        QCOMPARE(heading->text(), translated);
    } else {
        qInfo("The zh_CN translation of HouseholdsView/\"Households\" is not there yet; "
              "the Chinese texts are not checked.");
    }

    const QString enWarning = choose(QStringLiteral("en"));
    QVERIFY2(enWarning.isEmpty(), qPrintable(enWarning));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(localization.language(), QStringLiteral("en"));
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Households"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionAbout"))->text(),
             QStringLiteral("&About Bangfu"));
}

void TestMainWindow::opensDemoDatabase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db);
    auto workspace = workspaceOf(std::move(db).value());
    QVERIFY(workspace);
    DemoOptions options;
    options.households = 50;
    const Status generated =
        DemoData::generate(workspace->database(), workspace->pinyin(), options);
    QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().toString()));
    auto user = Accounts::signIn(workspace->sql(), workspace->deviceId(), QStringLiteral("zhangli"),
                                 DemoData::password());
    QVERIFY2(user, qPrintable(user ? QString() : user.error().toString()));
    workspace->setUser(user.value());

    Localization localization;
    MainWindow window(std::move(workspace), localization);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("areaStack"));
    QVERIFY(navigation && stack);
    navigation->setFocus();
    navigation->setCurrentRow(0);
    for (int row = 0; row < navigation->count(); ++row) {
        if (row > 0)
            QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(QByteArray(stack->currentWidget()->metaObject()->className()),
                 AreaClasses.at(row));
        saveScreenshot(&window, QStringLiteral("demo-%1-%2")
                                    .arg(row)
                                    .arg(QString::fromLatin1(AreaClasses.at(row)).toLower()));
        // No area failed to read its figures.
        QVERIFY2(labelTexts(stack->currentWidget())
                     .filter(QStringLiteral("could not be read"))
                     .isEmpty(),
                 AreaClasses.at(row).constData());
    }
    QAbstractItemModel *households =
        stack->widget(0)->findChild<QTableView *>(QStringLiteral("tableView"))->model();
    QCOMPARE(households->rowCount(), 50);
    for (int row = 0; row < households->rowCount(); ++row)
        QVERIFY(!households->index(row, HouseholdListModel::Head).data().toString().isEmpty());
    QVERIFY(!labelTexts(stack->widget(1)).contains(QStringLiteral("None yet")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

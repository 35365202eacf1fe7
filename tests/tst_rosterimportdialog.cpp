// File -> Import households, offscreen with real widgets: choosing the sample
// roster shows what it would add and the caseworker imports it; a roster with
// a bad ID number lists that row and column and cannot be imported; an
// administrator's import is refused with the models' message; the main
// window's menu entry opens the dialog. With BANGFU_SCREENSHOT_DIR set, the
// dialog is saved in Chinese at each step for looking at.
#include "accounts.h"
#include "guitest.h"
#include "localization.h"
#include "mainwindow.h"
#include "rosterimportdialog.h"
#include "session.h"
#include "transaction.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace GuiTest;

namespace {

const QString CaseworkerPassword = QStringLiteral("liming-pass-1");

QString dataPath(const char *name)
{
    return QStringLiteral(BANGFU_TEST_DATA "/") + QLatin1String(name);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int count(const QSqlDatabase &db, const char *table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && q.next()
               ? q.value(0).toInt()
               : -1;
}

QPushButton *importButton(RosterImportDialog &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
}

QTableWidget *problemsTable(RosterImportDialog &dialog)
{
    return dialog.findChild<QTableWidget *>(QStringLiteral("problemsTable"));
}

} // namespace

class TestRosterImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ws.reset(); }
    void caseworkerImportsSample();
    void badIdNumberIsListedAndBlocksImport();
    void administratorIsRefused();
    void unreadableFile();
    void menuOpensDialog();

private:
    void signIn(const QString &name, const QString &password);
    void show(RosterImportDialog &dialog);

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_ws;
    Localization m_localization;
    bool m_chinese = false;
};

void TestRosterImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Screenshots are for looking at the dialog as its users see it; the
    // checks on English text below are skipped then.
    if (!qEnvironmentVariable("BANGFU_SCREENSHOT_DIR").isEmpty())
        m_chinese = m_localization.install(qApp, QStringLiteral("zh_CN"));
}

// Like tst_rosterimport: the administrator, the caseworker liming and the
// sample's (invented) communities, which an administrator adds before any import.
void TestRosterImportDialog::init()
{
    m_ws = withAdmin(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_counter)));
    QVERIFY(m_ws);
    const Status prepared = Session::write(*m_ws, [](AuditedWriter &writer) -> Status {
        auto liming = Accounts::create(writer, {QStringLiteral("liming"), QStringLiteral("李明"),
                                                Role::Caseworker, CaseworkerPassword});
        if (!liming)
            return liming.error();
        const std::pair<const char *, const char16_t *> communities[] = {
            {"371312001", u"青松社区"}, {"371312104", u"东岭村"}, {"371312009", u"柳园社区"}};
        for (const auto &[division, name] : communities) {
            const QString n = QString::fromUtf16(name);
            auto id = writer.insert(
                Permission::ManageSettings, QStringLiteral("communities"),
                {{QStringLiteral("division_code"), QLatin1String(division)},
                 {QStringLiteral("name"), n},
                 {QStringLiteral("kind"),
                  n.endsWith(u'村') ? QStringLiteral("village") : QStringLiteral("community")},
                 {QStringLiteral("invented"), 1}});
            if (!id)
                return id.error();
        }
        return {};
    });
    QVERIFY2(prepared.ok(), prepared.ok() ? "" : qPrintable(prepared.error().toString()));
}

void TestRosterImportDialog::signIn(const QString &name, const QString &password)
{
    auto user = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), name, password);
    QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().toString()));
    m_ws->setUser(user.value());
}

void TestRosterImportDialog::show(RosterImportDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}

void TestRosterImportDialog::caseworkerImportsSample()
{
    signIn(QStringLiteral("liming"), CaseworkerPassword);
    RosterImportDialog dialog(*m_ws);
    show(dialog);
    QVERIFY(importButton(dialog));
    QVERIFY(!importButton(dialog)->isEnabled()); // nothing chosen yet

    dialog.setFile(dataPath("roster-sample.csv"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->text(),
             QDir::toNativeSeparators(dataPath("roster-sample.csv")));
    QCOMPARE(dialog.report().encoding, QStringLiteral("UTF-8"));
    QCOMPARE(dialog.report().households, 3);
    QCOMPARE(dialog.report().members, 8);
    QVERIFY(dialog.report().ok());
    QVERIFY(!problemsTable(dialog)->isVisible());
    if (!m_chinese) {
        // English plurals come from bangfu_en.qm; the source text says "household(s)".
        const QRegularExpression read(QStringLiteral("as UTF-8: 8 person row(s|\\(s\\))\\."));
        const QRegularExpression adds(
            QStringLiteral("adds 3 household(s|\\(s\\)) with 8 member(s|\\(s\\))\\."));
        QVERIFY2(dialog.summaryText().contains(read), qPrintable(dialog.summaryText()));
        QVERIFY2(dialog.summaryText().contains(adds), qPrintable(dialog.summaryText()));
    }
    QVERIFY(importButton(dialog)->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("roster-import-checked"));
    QCOMPARE(count(m_ws->sql(), "households"), 0); // checking writes nothing

    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.hasImported());
    QCOMPARE(count(m_ws->sql(), "households"), 3);
    QCOMPARE(count(m_ws->sql(), "members"), 8);
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM households h JOIN users u "
                                  "ON u.id = h.created_by WHERE u.username = 'liming' "
                                  "AND h.status = 'identified'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    if (!m_chinese)
        QVERIFY2(dialog.resultText().contains(QRegularExpression(QStringLiteral(
                     "^Imported 3 household(s|\\(s\\)) with 8 member(s|\\(s\\)) as 李明 \\(liming\\)\\."))),
                 qPrintable(dialog.resultText()));
    QVERIFY(!importButton(dialog)->isEnabled()); // not twice
    QVERIFY(!dialog.importRoster());
    QCOMPARE(count(m_ws->sql(), "households"), 3);
    saveScreenshot(&dialog, QStringLiteral("roster-import-done"));

    // Checking the same file again now finds every person registered.
    dialog.setFile(dataPath("roster-sample.csv"));
    QVERIFY(!dialog.report().ok());
    QCOMPARE(problemsTable(dialog)->rowCount(), 8);
    QVERIFY(!importButton(dialog)->isEnabled());
}

void TestRosterImportDialog::badIdNumberIsListedAndBlocksImport()
{
    signIn(QStringLiteral("liming"), CaseworkerPassword);
    // Row 3 of the spreadsheet (钱秀兰) gets a wrong check character; row 6 an
    // unknown relationship, so that the table lists more than one problem.
    QString text = readText(dataPath("roster-sample.csv"));
    QVERIFY(text.contains(QStringLiteral("371312197508220222")));
    text.replace(QStringLiteral("371312197508220222"), QStringLiteral("371312197508220223"));
    QVERIFY(text.contains(QStringLiteral(",李桂英,371312193805060423,父母,")));
    text.replace(QStringLiteral(",李桂英,371312193805060423,父母,"),
                 QStringLiteral(",李桂英,371312193805060423,邻居,"));
    const QString path = m_dir.filePath(QStringLiteral("bad-id.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();

    RosterImportDialog dialog(*m_ws);
    show(dialog);
    dialog.setFile(path);
    QVERIFY(!dialog.report().ok());
    QTableWidget *table = problemsTable(dialog);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("身份证号码"));
    QCOMPARE(table->item(0, 2)->text(), dialog.report().problems.at(0).message);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("6"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("与户主关系"));
    if (!m_chinese) {
        QVERIFY2(table->item(0, 2)->text().startsWith(QStringLiteral("Invalid ID number")),
                 qPrintable(table->item(0, 2)->text()));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(
                     QStringLiteral("Nothing will be imported until every row is correct")),
                 qPrintable(label->text()));
    }
    QVERIFY(!importButton(dialog)->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("roster-import-problems"));
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(!dialog.importRoster());
    QVERIFY(!dialog.hasImported());
    QCOMPARE(count(m_ws->sql(), "households"), 0);
    QCOMPARE(count(m_ws->sql(), "members"), 0);
}

void TestRosterImportDialog::administratorIsRefused()
{
    signIn(QStringLiteral("admin"), AdminPassword);
    const Status expected = m_ws->writer().require(Permission::EditHouseholds);
    QVERIFY(!expected);

    RosterImportDialog dialog(*m_ws);
    show(dialog);
    dialog.setFile(dataPath("roster-gb18030.csv"));
    QCOMPARE(dialog.report().encoding, QStringLiteral("GB18030"));
    QVERIFY(dialog.report().ok());
    // The button is there for anyone: the models decide who may import.
    QVERIFY(importButton(dialog)->isEnabled());
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(!dialog.hasImported());
    QVERIFY2(dialog.resultText().contains(expected.error().message), qPrintable(dialog.resultText()));
    QCOMPARE(count(m_ws->sql(), "households"), 0);
    QCOMPARE(count(m_ws->sql(), "members"), 0);
    saveScreenshot(&dialog, QStringLiteral("roster-import-refused"));
}

void TestRosterImportDialog::unreadableFile()
{
    signIn(QStringLiteral("liming"), CaseworkerPassword);
    RosterImportDialog dialog(*m_ws);
    show(dialog);
    dialog.setFile(m_dir.filePath(QStringLiteral("no-such-roster.csv")));
    QVERIFY(!dialog.summaryText().isEmpty());
    QVERIFY(dialog.report().encoding.isEmpty());
    QVERIFY(!problemsTable(dialog)->isVisible());
    QVERIFY(!importButton(dialog)->isEnabled());
    QVERIFY(!dialog.importRoster());
}

void TestRosterImportDialog::menuOpensDialog()
{
    signIn(QStringLiteral("liming"), CaseworkerPassword);
    MainWindow window(std::move(m_ws), m_localization);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionImportHouseholds"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    if (!m_chinese)
        QCOMPARE(action->text(), QStringLiteral("&Import households…"));

    bool seen = false;
    const auto watch = onNextModal<RosterImportDialog>([&](RosterImportDialog *dialog) {
        dialog->setFile(dataPath("roster-sample.csv"));
        QTest::mouseClick(importButton(*dialog), Qt::LeftButton);
        seen = dialog->hasImported();
        dialog->reject();
    });
    action->trigger();
    QVERIFY(seen);
    QCOMPARE(count(window.workspace().sql(), "households"), 3);
}

QTEST_MAIN(TestRosterImportDialog)
#include "tst_rosterimportdialog.moc"

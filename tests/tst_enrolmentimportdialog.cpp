// Importing a list of enrolments, offscreen with real widgets on a demo
// district, as the caseworker liming: the sample list of the finance desk
// checks clean and enrols everyone in the chosen plan in one go; a list with a
// bad row, a missing column or someone enrolled already lists each problem
// with its row and column, cannot be imported, and nothing is written; an
// administrator's import is refused by the models. With BANGFU_SCREENSHOT_DIR
// set, the checked and the refused list are saved.
#include "enrolmentimportdialog.h"
#include "enrolmenttestdb.h"
#include "guitest.h"
#include "maenrolments.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>

using namespace GuiTest;

namespace {

const QString Sample = QStringLiteral(BANGFU_TEST_DATA "/enrolments-sample.csv");

QPushButton *importButton(EnrolmentImportDialog &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
}

QTableWidget *problemsTable(EnrolmentImportDialog &dialog)
{
    return dialog.findChild<QTableWidget *>(QStringLiteral("problemsTable"));
}

QString readSample()
{
    QFile file(Sample);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestEnrolmentImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ws.reset(); }
    void sampleEnrolsEveryone();
    void badListIsRefused_data();
    void badListIsRefused();
    void administratorIsRefused();

private:
    void show(EnrolmentImportDialog &dialog);

    EnrolmentTestDb m_db;
    QTemporaryDir m_files;
    std::unique_ptr<Workspace> m_ws;
    QString m_plan;
};

void TestEnrolmentImportDialog::initTestCase()
{
    screenshotLanguage();
    QVERIFY2(QFile::exists(Sample), qPrintable(Sample));
    QVERIFY(m_files.isValid());
    QVERIFY(m_db.prepare());
}

void TestEnrolmentImportDialog::init()
{
    m_ws = m_db.open();
    QVERIFY(m_ws);
    m_plan = EnrolmentTestDb::planOf(m_ws->sql(), 2026);
    QVERIFY(!m_plan.isEmpty());
}

void TestEnrolmentImportDialog::show(EnrolmentImportDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}

void TestEnrolmentImportDialog::sampleEnrolsEveryone()
{
    EnrolmentImportDialog dialog(*m_ws);
    show(dialog);
    QVERIFY(!importButton(dialog)->isEnabled()); // no file yet
    dialog.setPlan(m_plan);
    QCOMPARE(dialog.plan(), m_plan);
    dialog.setFile(Sample);
    QCOMPARE(dialog.report().encoding, QStringLiteral("UTF-8"));
    QCOMPARE(dialog.report().rows, 5);
    QVERIFY(dialog.report().ok());
    QVERIFY(!problemsTable(dialog)->isVisible());
    QCOMPARE(dialog.report().ignoredColumns, QStringList{QStringLiteral("序号")});
    QVERIFY(importButton(dialog)->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("enrolment-import-checked"));

    const int before = EnrolmentTestDb::count(m_ws->sql(), "ma_enrolments");
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY2(dialog.hasImported(), qPrintable(dialog.resultText()));
    QCOMPARE(dialog.importedIds().size(), 5);
    QCOMPARE(EnrolmentTestDb::count(m_ws->sql(), "ma_enrolments"), before + 5);
    auto zhao = MaEnrolments::find(m_ws->sql(), m_plan, QStringLiteral("371312197203150112"));
    QVERIFY(zhao.ok() && zhao.value());
    QCOMPARE((*zhao)->personName, QStringLiteral("赵文海"));
    QCOMPARE((*zhao)->receiptNo, QStringLiteral("HZ2026900001"));
    QCOMPARE((*zhao)->paidOn, QDate(2025, 11, 12));
    QVERIFY(!importButton(dialog)->isEnabled()); // not twice
    QVERIFY(!dialog.importEnrolments());
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("planCombo"))->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("enrolment-import-done"));

    // The same list again: everyone is enrolled now.
    EnrolmentImportDialog again(*m_ws);
    again.setPlan(m_plan);
    again.setFile(Sample);
    QVERIFY(!again.report().ok());
    QVERIFY(!again.canImport());
}

void TestEnrolmentImportDialog::badListIsRefused_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");

    // Row 3 of the spreadsheet (王建军) gets a wrong check character.
    QTest::newRow("bad id number")
        << QStringLiteral("371312198506120310") << QStringLiteral("371312198506120311") << 3
        << QStringLiteral("身份证号码");
    QTest::newRow("missing column")
        << QStringLiteral("缴费日期") << QStringLiteral("备注") << 1 << QStringLiteral("缴费日期");
    QTest::newRow("date after the window")
        << QStringLiteral("2026.1.20") << QStringLiteral("2026.3.20") << 6
        << QStringLiteral("缴费日期");
}

void TestEnrolmentImportDialog::badListIsRefused()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, row);
    QFETCH(QString, column);
    QString text = readSample();
    QVERIFY(text.contains(from));
    text.replace(from, to);
    const QString path =
        m_files.filePath(QStringLiteral("bad-%1.csv").arg(QLatin1String(QTest::currentDataTag())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();

    EnrolmentImportDialog dialog(*m_ws);
    dialog.setPlan(m_plan);
    show(dialog);
    dialog.setFile(path);
    QVERIFY(!dialog.report().ok());
    QTableWidget *problems = problemsTable(dialog);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->rowCount(), int(dialog.report().problems.size()));
    bool found = false;
    for (int r = 0; r < problems->rowCount(); ++r)
        found = found || (problems->item(r, 0)->text() == QString::number(row) &&
                          problems->item(r, 1)->text() == column);
    QVERIFY2(found, qPrintable(dialog.report().problems.constFirst().message));
    QVERIFY(!importButton(dialog)->isEnabled());
    const int before = EnrolmentTestDb::count(m_ws->sql(), "ma_enrolments");
    QVERIFY(!dialog.importEnrolments());
    QCOMPARE(EnrolmentTestDb::count(m_ws->sql(), "ma_enrolments"), before);
    if (row == 3)
        saveScreenshot(&dialog, QStringLiteral("enrolment-import-problems"));
}

void TestEnrolmentImportDialog::administratorIsRefused()
{
    m_ws = m_db.open(QStringLiteral("admin"));
    QVERIFY(m_ws);
    EnrolmentImportDialog dialog(*m_ws);
    dialog.setPlan(m_plan);
    show(dialog);
    dialog.setFile(Sample);
    QVERIFY(dialog.canImport()); // the list is fine; the user may not write it
    const int before = EnrolmentTestDb::count(m_ws->sql(), "ma_enrolments");
    QVERIFY(!dialog.importEnrolments());
    QVERIFY(!dialog.hasImported());
    QVERIFY(!dialog.resultText().isEmpty());
    QCOMPARE(EnrolmentTestDb::count(m_ws->sql(), "ma_enrolments"), before);
}

QTEST_MAIN(TestEnrolmentImportDialog)
#include "tst_enrolmentimportdialog.moc"

// Administration -> Poverty lines and minimum wage, offscreen with real
// widgets: amounts typed in yuan are stored in fen; Save adds a line or
// replaces the figures of the same year and division; a division's own line
// is then used by the assessment; unreadable amounts and a caseworker are
// refused in the dialog.
#include "adminfixture.h"
#include "guitest.h"
#include "hardshipassessment.h"
#include "localization.h"
#include "povertylinesdialog.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace GuiTest;

namespace {

const QString Jiuqu = QStringLiteral("371312001"); // 九曲街道

} // namespace

class TestPovertyLinesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void administratorSetsLines();
    void caseworkerIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestPovertyLinesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestPovertyLinesDialog::administratorSetsLines()
{
    AdminFixture f;
    QVERIFY(f.open(m_dir.filePath(QStringLiteral("admin.sqlite"))));
    PovertyLinesDialog dialog(*f.ws);
    dialog.resize(760, 540);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("linesTable"));
    auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("yearSpin"));
    auto *division = dialog.findChild<QComboBox *>(QStringLiteral("divisionCombo"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(table && year && division && save && remove);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(division->count(), 12); // the default and 11 divisions
    QCOMPARE(division->currentText(), QStringLiteral("District default"));
    QVERIFY(!remove->isEnabled());

    // Unreadable or missing amounts are refused before anything is written.
    year->setValue(2026);
    QVERIFY(type(&dialog, "dibaoEdit", QStringLiteral("1080.505")));
    save->click();
    QVERIFY2(dialog.errorText().startsWith(
                 QStringLiteral("The 低保 line \"1080.505\" cannot be read: ")),
             qPrintable(dialog.errorText()));
    QVERIFY(
        type(&dialog, "dibaoEdit", QStringLiteral("１,０８０.５"))); // full-width, as an IME types
    save->click();
    QCOMPARE(dialog.errorText(), QStringLiteral("Enter the minimum wage per month in yuan."));
    QCOMPARE(table->rowCount(), 0);

    // The district default of 2026.
    QVERIFY(type(&dialog, "minWageEdit", QStringLiteral("2100")));
    QVERIFY(type(&dialog, "sourceEdit", QStringLiteral("临沂市民政局公告")));
    save->click();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2026"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("District default"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1,080.50"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("2,100.00"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("临沂市民政局公告"));
    QCOMPARE(dialog.lines().first().dibaoMonthly.fen(), 108050);
    QCOMPARE(dialog.lines().first().minWageMonthly.fen(), 210000);

    // From the selected default, a line of 九曲街道's own.
    table->selectRow(0);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("dibaoEdit"))->text(),
             QStringLiteral("1,080.50"));
    division->setCurrentIndex(division->findData(Jiuqu));
    QVERIFY(type(&dialog, "dibaoEdit", QStringLiteral("¥1,100")));
    save->click();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("九曲街道"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("1,100.00"));
    auto own = HardshipAssessment::povertyLine(f.ws->sql(), 2026, Jiuqu);
    QVERIFY(own);
    QVERIFY(!own->districtDefault);
    QCOMPARE(own->dibaoMonthly.fen(), 110000);

    // Saving the same year and division again replaces its figures.
    table->selectRow(0);
    QCOMPARE(division->currentData().toString(), QString());
    QVERIFY(type(&dialog, "dibaoEdit", QStringLiteral("1090")));
    save->click();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1,090.00"));
    auto fallback = HardshipAssessment::povertyLine(f.ws->sql(), 2026, QStringLiteral("371312004"));
    QVERIFY(fallback);
    QVERIFY(fallback->districtDefault);
    QCOMPARE(fallback->dibaoMonthly.fen(), 109000);
    saveScreenshot(&dialog, QStringLiteral("poverty-lines"));
    // For looking at it in Chinese: the dialog follows a language switch.
    if (!qEnvironmentVariableIsEmpty("BANGFU_SCREENSHOT_DIR")) {
        Localization localization;
        if (localization.install(qApp, QStringLiteral("zh_CN")))
            saveScreenshot(&dialog, QStringLiteral("poverty-lines-zh"));
        QVERIFY(localization.install(qApp, QStringLiteral("en")));
    }

    // Remove asks first; then 九曲街道 falls back to the default.
    table->selectRow(1);
    QVERIFY(remove->isEnabled());
    {
        const auto watch = onNextModal<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
            box->button(QMessageBox::Yes)->click();
        });
        remove->click();
    }
    QCOMPARE(table->rowCount(), 1);
    own = HardshipAssessment::povertyLine(f.ws->sql(), 2026, Jiuqu);
    QVERIFY(own);
    QVERIFY(own->districtDefault);
}

void TestPovertyLinesDialog::caseworkerIsRefused()
{
    AdminFixture f;
    QVERIFY(f.open(m_dir.filePath(QStringLiteral("caseworker.sqlite"))));
    f.ws->setUser(f.caseworker);
    PovertyLinesDialog dialog(*f.ws);
    QVERIFY(type(&dialog, "dibaoEdit", QStringLiteral("1080")));
    QVERIFY(type(&dialog, "minWageEdit", QStringLiteral("2100")));
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QCOMPARE(dialog.errorText(), QStringLiteral("陈静 (Caseworker) may not change settings."));
    QCOMPARE(dialog.lines().size(), 0);
}

QTEST_MAIN(TestPovertyLinesDialog)
#include "tst_povertylinesdialog.moc"

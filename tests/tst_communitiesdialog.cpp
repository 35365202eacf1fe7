// Administration -> Communities and villages, offscreen with real widgets: an
// administrator adds, changes and removes communities of a division through
// the form; a duplicate name and a community in use are refused with the
// models' message in the dialog. For a caseworker the menu entries are off
// and the same code path is refused by the models.
#include "adminfixture.h"
#include "communitiesdialog.h"
#include "guitest.h"
#include "localization.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace GuiTest;

namespace {

const QString Jiuqu = QStringLiteral("371312001");     // 九曲街道
const QString Xianggong = QStringLiteral("371312004"); // 相公街道

} // namespace

class TestCommunitiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void administratorManagesCommunities();
    void menuAndRefusalForCaseworker();

private:
    int rowOf(const CommunitiesDialog &dialog, const QString &name) const;

    QTemporaryDir m_dir;
};

void TestCommunitiesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BangfuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_communitiesdialog"));
    QVERIFY(m_dir.isValid());
}

int TestCommunitiesDialog::rowOf(const CommunitiesDialog &dialog, const QString &name) const
{
    for (int row = 0; row < dialog.communities().size(); ++row) {
        if (dialog.communities().at(row).name == name)
            return row;
    }
    return -1;
}

void TestCommunitiesDialog::administratorManagesCommunities()
{
    AdminFixture f;
    QVERIFY(f.open(m_dir.filePath(QStringLiteral("admin.sqlite"))));
    CommunitiesDialog dialog(*f.ws);
    dialog.resize(680, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *division = dialog.findChild<QComboBox *>(QStringLiteral("divisionCombo"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("communitiesTable"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *expected = dialog.findChild<QSpinBox *>(QStringLiteral("expectedSpin"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(division && table && kind && expected && add && save && remove);
    QCOMPARE(division->count(), 11); // Hedong's sub-districts and towns
    QVERIFY(dialog.setDivision(Jiuqu));
    QCOMPARE(division->currentText(), QStringLiteral("九曲街道 (371312001)"));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!save->isEnabled() && !remove->isEnabled());
    QCOMPARE(expected->text(), QStringLiteral("Unknown"));

    // Add a community with a roster count.
    QVERIFY(type(&dialog, "nameEdit", QStringLiteral("幸福社区")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("community")));
    expected->setValue(120);
    add->click();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("幸福社区"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Community"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("120"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("0"));
    QVERIFY(save->isEnabled()); // the new row is selected

    // The same name, spaced differently, is refused in the dialog.
    QVERIFY(type(&dialog, "nameEdit", QStringLiteral("幸福 社区")));
    add->click();
    QCOMPARE(dialog.errorText(),
             QStringLiteral("九曲街道 already has a community or village named 幸福社区."));
    QCOMPARE(table->rowCount(), 1);

    // A village without a count; rows stay in name order.
    QVERIFY(type(&dialog, "nameEdit", QStringLiteral("和平村")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("village")));
    expected->setValue(expected->minimum());
    add->click();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(table->rowCount(), 2);
    const int village = rowOf(dialog, QStringLiteral("和平村"));
    QCOMPARE(village, 0);
    QCOMPARE(table->item(village, 1)->text(), QStringLiteral("Village"));
    QCOMPARE(table->item(village, 2)->text(), QStringLiteral("—"));

    // Selecting a row fills the form; Save changes it.
    table->selectRow(rowOf(dialog, QStringLiteral("幸福社区")));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("幸福社区"));
    QCOMPARE(expected->value(), 120);
    QCOMPARE(kind->currentData().toString(), QStringLiteral("community"));
    expected->setValue(150);
    save->click();
    QCOMPARE(dialog.errorText(), QString());
    const int xingfu = rowOf(dialog, QStringLiteral("幸福社区"));
    QCOMPARE(table->item(xingfu, 2)->text(), QStringLiteral("150"));
    QCOMPARE(dialog.communities().at(xingfu).expectedHouseholds.value_or(-1), 150);

    // A community with a household is not removed, and the dialog says why.
    QVERIFY(!f.addHousehold(Jiuqu, dialog.communities().at(xingfu).id).isEmpty());
    dialog.reload();
    QCOMPARE(table->item(xingfu, 3)->text(), QStringLiteral("1"));
    table->selectRow(xingfu);
    remove->click();
    QCOMPARE(dialog.errorText(),
             QStringLiteral("幸福社区 cannot be removed: 1 household(s) are registered in it."));
    QCOMPARE(table->rowCount(), 2);
    saveScreenshot(&dialog, QStringLiteral("communities"));
    // For looking at it in Chinese: the dialog follows a language switch.
    if (!qEnvironmentVariableIsEmpty("BANGFU_SCREENSHOT_DIR")) {
        Localization localization;
        if (localization.install(qApp, QStringLiteral("zh_CN")))
            saveScreenshot(&dialog, QStringLiteral("communities-zh"));
        QVERIFY(localization.install(qApp, QStringLiteral("en")));
    }

    // An unused one is removed after a question whose default is "No".
    table->selectRow(rowOf(dialog, QStringLiteral("和平村")));
    {
        const auto watch = onNextModal<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
            box->button(QMessageBox::No)->click();
        });
        remove->click();
    }
    QCOMPARE(table->rowCount(), 2);
    {
        const auto watch = onNextModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        remove->click();
    }
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(rowOf(dialog, QStringLiteral("和平村")), -1);

    // Another division has its own list.
    QVERIFY(dialog.setDivision(Xianggong));
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QString());
}

void TestCommunitiesDialog::menuAndRefusalForCaseworker()
{
    AdminFixture f;
    QVERIFY(f.open(m_dir.filePath(QStringLiteral("caseworker.sqlite"))));
    // The administrator's menu has both entries, enabled.
    {
        auto second = workspace(m_dir.filePath(QStringLiteral("caseworker.sqlite")));
        QVERIFY(second);
        second->setUser(f.admin);
        Localization localization;
        MainWindow window(std::move(second), localization);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("menuAdministration"));
        auto *communities = window.findChild<QAction *>(QStringLiteral("actionCommunities"));
        auto *lines = window.findChild<QAction *>(QStringLiteral("actionPovertyLines"));
        QVERIFY(menu && communities && lines);
        QVERIFY(menu->actions().contains(communities) && menu->actions().contains(lines));
        QVERIFY(communities->isEnabled() && lines->isEnabled());
        QCOMPARE(communities->text(), QStringLiteral("&Communities and villages…"));
    }
    // Off for a caseworker (a convenience only) ...
    {
        auto second = workspace(m_dir.filePath(QStringLiteral("caseworker.sqlite")));
        QVERIFY(second);
        second->setUser(f.caseworker);
        Localization localization;
        MainWindow window(std::move(second), localization);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionCommunities"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionPovertyLines"))->isEnabled());
    }
    // ... but the dialog's own code path is what refuses: the models check.
    f.ws->setUser(f.caseworker);
    CommunitiesDialog dialog(*f.ws);
    QVERIFY(dialog.setDivision(Jiuqu));
    QVERIFY(type(&dialog, "nameEdit", QStringLiteral("幸福社区")));
    dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    QCOMPARE(dialog.errorText(), QStringLiteral("陈静 (Caseworker) may not change settings."));
    QCOMPARE(dialog.communities().size(), 0);
}

QTEST_MAIN(TestCommunitiesDialog)
#include "tst_communitiesdialog.moc"

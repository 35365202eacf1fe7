// Administration -> Mutual-aid plans, offscreen with real widgets: an
// administrator enters a plan through the form (amounts typed in yuan, bands
// in the table), sees every problem at its field before anything is saved,
// imports the Yueyang plan file and exports it back unchanged; a broken file
// lists its problems with JSON paths; unsaved changes are not dropped
// silently; the menu entry is off for a caseworker and the models refuse the
// dialog's writes for one.
#include "adminfixture.h"
#include "guitest.h"
#include "mainwindow.h"
#include "maplanfields.h"
#include "maplans.h"
#include "payouttestdata.h"
#include "planeditordialog.h"
#include "planproblemmarks.h"
#include "planrulesform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace GuiTest;
using namespace PayoutTestData;

namespace {

const QString Yueyang = QStringLiteral(BANGFU_TEST_DATA "/plans/yueyang-2014.json");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

} // namespace

class TestPlanEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void administratorEntersAPlan();
    void importAndExport();
    void unsavedChangesAreKept();
    void menuAndRefusalForCaseworker();

private:
    QTemporaryDir m_dir;
};

void TestPlanEditorDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BangfuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_planeditordialog"));
    screenshotLanguage();
    QVERIFY(m_dir.isValid());
}

void TestPlanEditorDialog::administratorEntersAPlan()
{
    AdminFixture f;
    QVERIFY(f.open(m_dir.filePath(QStringLiteral("enter.sqlite"))));
    PlanEditorDialog dialog(*f.ws);
    dialog.resize(1100, 720);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.plans().isEmpty());
    auto *year = child<QSpinBox>(&dialog, "yearSpin");
    auto *bands = child<QTableWidget>(&dialog, "bandsTable");
    auto *addBand = child<QPushButton>(&dialog, "addBandButton");
    auto *capTerm = child<QCheckBox>(&dialog, "capTermCheck");
    auto *save = child<QPushButton>(&dialog, "saveButton");
    QVERIFY(year && bands && addBand && capTerm && save);

    // A blank plan: the name is missing, and the problem is shown at its field.
    year->setValue(2014);
    QCOMPARE(dialog.formPlan().termEnd, QDate(2014, 12, 31)); // the dates follow the year
    save->click();
    QCOMPARE(dialog.problemTexts(), QStringList{QStringLiteral("Name: The plan needs a name.")});
    QVERIFY(PlanProblemMarks::isMarked(child<QLineEdit>(&dialog, "nameEdit")));
    QVERIFY(dialog.plans().isEmpty());

    // Typed as a clerk would: name, 50 yuan, two bands (the second one open).
    QVERIFY(type(&dialog, "nameEdit", QStringLiteral("岳阳市职工医疗互助 2014")));
    QVERIFY(type(&dialog, "contributionEdit", QStringLiteral("50")));
    bands->item(0, PlanRulesForm::UpperColumn)->setData(Qt::EditRole, qint64(500'000));
    bands->item(0, PlanRulesForm::RatioColumn)->setData(Qt::EditRole, 300);
    addBand->click();
    QCOMPARE(bands->rowCount(), 2);
    QCOMPARE(bands->item(1, PlanRulesForm::LowerColumn)->data(Qt::EditRole).toLongLong(), 500'000);
    bands->item(1, PlanRulesForm::RatioColumn)->setData(Qt::EditRole, 1200);
    capTerm->setChecked(true);
    QVERIFY(type(&dialog, "capTermEdit", QStringLiteral("50,000")));
    saveScreenshot(&dialog, QStringLiteral("planeditor-problem"));

    // 120% is refused at its cell; nothing is saved.
    save->click();
    QCOMPARE(dialog.problemTexts(),
             QStringList{QStringLiteral("Band 2: The ratio must be between 0% and 100%.")});
    QVERIFY(bands->item(1, PlanRulesForm::RatioColumn)->toolTip().contains(QStringLiteral("100%")));
    QVERIFY(dialog.plans().isEmpty());

    bands->item(1, PlanRulesForm::RatioColumn)->setData(Qt::EditRole, 350);
    save->click();
    QVERIFY2(dialog.problemTexts().isEmpty(), qPrintable(dialog.problemTexts().join(u'\n')));
    QCOMPARE(dialog.plans().size(), 1);
    QVERIFY(!PlanProblemMarks::isMarked(child<QLineEdit>(&dialog, "nameEdit")));
    const MaPlan stored = dialog.plans().constFirst();
    QCOMPARE(stored.name, QStringLiteral("岳阳市职工医疗互助 2014"));
    QCOMPARE(stored.contribution, yuan(50));
    QCOMPARE(stored.capMemberTerm, std::optional(yuan(50'000)));
    QCOMPARE(stored.bands.size(), 2);
    QCOMPARE(stored.bands.at(1).lower, yuan(5'000));
    QVERIFY(!stored.bands.at(1).upper);
    QCOMPARE(stored.bands.at(1).ratioPermille, 350);
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("Saved")));
    QVERIFY(!dialog.isDirty());

    // The same name in the same year again is refused by the model, at the name.
    MaPlan twin = stored;
    twin.id.clear();
    dialog.editPlan(twin);
    QVERIFY(!dialog.save().ok());
    QCOMPARE(
        dialog.problemTexts(),
        QStringList{QStringLiteral("Name: There is already a plan called 岳阳市职工医疗互助 2014 "
                                   "in 2014.")});
}

void TestPlanEditorDialog::importAndExport()
{
    AdminFixture f;
    QVERIFY(f.open(m_dir.filePath(QStringLiteral("files.sqlite"))));
    PlanEditorDialog dialog(*f.ws);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A broken file: every problem with its place in the file; nothing imported.
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    {
        QByteArray json = readAll(Yueyang);
        json.replace("\"ratio\": \"35%\"", "\"ratio\": \"35\"");
        json.replace("\"cap_member_term_yuan\"", "\"cap_term_yuan\"");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
    QVERIFY(!dialog.importFile(bad).ok());
    const QStringList problems = dialog.problemTexts();
    QCOMPARE(problems.size(), 2);
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("plans[0].bands[1].ratio: Not a percentage")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("plans[0].cap_term_yuan: Unknown key")), qPrintable(all));
    QVERIFY(dialog.plans().isEmpty());

    QVERIFY(dialog.importFile(Yueyang).ok());
    QCOMPARE(dialog.plans().size(), 1);
    QCOMPARE(dialog.formPlan().id, QStringLiteral("a96edab0-0f6c-426c-bc6c-163b2a3779ae"));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("added")),
             qPrintable(dialog.statusText()));
    // The editor shows what was imported, rules included.
    const QList<MaPlanSpot::Field> changed = MaPlanFields::changes(
        MaPlans::load(f.ws->sql(), dialog.formPlan().id).value(), dialog.formPlan());
    QVERIFY2(changed.isEmpty(), qPrintable(MaPlanFields::labels(changed)));
    saveScreenshot(&dialog, QStringLiteral("planeditor-yueyang"));
    child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
    saveScreenshot(&dialog, QStringLiteral("planeditor-yueyang-rules"));

    const QString out = m_dir.filePath(QStringLiteral("out.json"));
    QVERIFY(dialog.exportYear(2014, out).ok());
    QCOMPARE(readAll(out), readAll(Yueyang));
    QVERIFY(!dialog.exportYear(2015, out).ok());
}

void TestPlanEditorDialog::unsavedChangesAreKept()
{
    AdminFixture f;
    QVERIFY(f.open(m_dir.filePath(QStringLiteral("dirty.sqlite"))));
    for (const MaPlan &p : {yueyangPlan(), plainPlan()}) {
        MaPlan plan = p;
        plan.id.clear();
        QVERIFY(f.as(f.admin, [&](AuditedWriter &w) -> Status {
                     auto id = MaPlans::save(w, plan);
                     return id ? Status() : Status(id.error());
                 }).ok());
    }
    PlanEditorDialog dialog(*f.ws);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.plans().size(), 2);
    QCOMPARE(dialog.formPlan().year, 2024); // newest first
    QVERIFY(type(&dialog, "nameEdit", QStringLiteral("Plain 2024 (draft)")));
    QVERIFY(dialog.isDirty());

    // Choosing another plan asks; Cancel keeps the edit.
    auto cancel = onNextModal<QMessageBox>(
        [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QVERIFY(dialog.selectPlan(dialog.plans().at(1).id));
    QCOMPARE(dialog.formPlan().name, QStringLiteral("Plain 2024 (draft)"));
    auto discard = onNextModal<QMessageBox>(
        [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    QVERIFY(dialog.selectPlan(dialog.plans().at(1).id));
    QCOMPARE(dialog.formPlan().year, 2014);
    QVERIFY(!dialog.isDirty());
}

void TestPlanEditorDialog::menuAndRefusalForCaseworker()
{
    AdminFixture f;
    const QString path = m_dir.filePath(QStringLiteral("menu.sqlite"));
    QVERIFY(f.open(path));
    for (const CurrentUser &user : {f.admin, f.caseworker}) {
        auto second = workspace(path);
        QVERIFY(second);
        second->setUser(user);
        Localization localization;
        MainWindow window(std::move(second), localization);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("menuAdministration"));
        auto *plans = window.findChild<QAction *>(QStringLiteral("actionPlans"));
        QVERIFY(menu && plans);
        QVERIFY(menu->actions().contains(plans));
        QCOMPARE(plans->text(), QStringLiteral("&Mutual-aid plans…"));
        QCOMPARE(plans->isEnabled(), user.role == Role::Administrator);
    }
    // The dialog's own code path is what refuses: the models check.
    f.ws->setUser(f.caseworker);
    PlanEditorDialog dialog(*f.ws);
    MaPlan plan = yueyangPlan();
    plan.id.clear();
    dialog.editPlan(plan);
    const Status saved = dialog.save();
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(QStringLiteral("mutual-aid plans")),
             qPrintable(saved.error().message));
    QVERIFY(!dialog.importFile(Yueyang).ok());
    QVERIFY(MaPlans::list(f.ws->sql()).value().isEmpty());
}

QTEST_MAIN(TestPlanEditorDialog)
#include "tst_planeditordialog.moc"

// The enrolment list, offscreen with real widgets on a demo district: the
// search box narrows a plan year's enrolments by pinyin initials, Chinese
// name, ID number and receipt number; Pick mode returns the chosen enrolment
// (as the claims screen uses it); Enrol… adds someone and selects them; the
// writing buttons follow the role. With BANGFU_SCREENSHOT_DIR set, both modes
// are saved.
#include "enroldialog.h"
#include "enrolmentsdialog.h"
#include "enrolmenttestdb.h"
#include "guitest.h"
#include "maenrolmentlistmodel.h"
#include "maenrolments.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace GuiTest;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QAbstractItemModel *table(EnrolmentsDialog &dialog)
{
    return child<QTableView>(dialog, "tableView")->model();
}

QStringList column(EnrolmentsDialog &dialog, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    QAbstractItemModel *model = table(dialog);
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data(role).toString());
    return values;
}

} // namespace

class TestEnrolmentsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ws.reset(); }
    void searchNarrowsTheList_data();
    void searchNarrowsTheList();
    void yearAndPlanChooseTheList();
    void pickModeReturnsTheChosenEnrolment();
    void enrolAddsAndSelects();
    void buttonsFollowTheRole();

private:
    void show(EnrolmentsDialog &dialog);

    EnrolmentTestDb m_db;
    std::unique_ptr<Workspace> m_ws;
    QString m_plan;
};

void TestEnrolmentsDialog::initTestCase()
{
    screenshotLanguage();
    QVERIFY(m_db.prepare());
}

void TestEnrolmentsDialog::init()
{
    m_ws = m_db.open();
    QVERIFY(m_ws);
    m_plan = EnrolmentTestDb::planOf(m_ws->sql(), 2026);
    QVERIFY(!m_plan.isEmpty());
}

void TestEnrolmentsDialog::show(EnrolmentsDialog &dialog)
{
    dialog.setTypingDelay(1);
    dialog.setYear(2026);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}

void TestEnrolmentsDialog::searchNarrowsTheList_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("initials") << QStringLiteral("initials");
    QTest::newRow("surname") << QStringLiteral("surname");
    QTest::newRow("id digits") << QStringLiteral("id");
    QTest::newRow("receipt") << QStringLiteral("receipt");
}

void TestEnrolmentsDialog::searchNarrowsTheList()
{
    QFETCH(QString, kind);
    // Someone of the register enrolled in 2026, whose pinyin is stored.
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("SELECT e.id, e.person_name, e.id_number, e.receipt_no,"
                             " s.name_initials FROM ma_enrolments e"
                             " JOIN members s ON s.id = e.member_id WHERE e.plan_id = ?"
                             " AND length(s.name_initials) = 3 ORDER BY e.id LIMIT 1"));
    q.addBindValue(m_plan);
    QVERIFY(q.exec() && q.next());
    const QString id = q.value(0).toString();
    const QString name = q.value(1).toString();
    const QString text = kind == QLatin1String("initials")  ? q.value(4).toString()
                         : kind == QLatin1String("surname") ? name.left(1)
                         : kind == QLatin1String("id")      ? q.value(2).toString().right(8)
                                                            : q.value(3).toString();

    EnrolmentsDialog dialog(*m_ws, EnrolmentsDialog::Mode::Manage);
    show(dialog);
    const int all = table(dialog)->rowCount();
    QVERIFY(all > 10);
    QVERIFY(type(&dialog, "searchEdit", text));
    QTRY_VERIFY(table(dialog)->rowCount() < all);
    QVERIFY(table(dialog)->rowCount() > 0);
    QVERIFY(column(dialog, 0, MaEnrolmentListModel::IdRole).contains(id));
    if (kind == QLatin1String("surname")) {
        for (const QString &listed : column(dialog, MaEnrolmentListModel::Name))
            QVERIFY2(listed.contains(text), qPrintable(listed));
    }
    if (kind == QLatin1String("id") || kind == QLatin1String("receipt"))
        QCOMPARE(table(dialog)->rowCount(), 1);
    if (kind == QLatin1String("initials"))
        saveScreenshot(&dialog, QStringLiteral("enrolments-search"));

    child<QLineEdit>(dialog, "searchEdit")->clear();
    QTRY_COMPARE(table(dialog)->rowCount(), all);
}

void TestEnrolmentsDialog::yearAndPlanChooseTheList()
{
    EnrolmentsDialog dialog(*m_ws, EnrolmentsDialog::Mode::Manage);
    show(dialog);
    const auto countIn = [&](const QString &where) {
        QSqlQuery q(m_ws->sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM ma_enrolments e JOIN ma_plans p"
                                     " ON p.id = e.plan_id WHERE ") +
                      where) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    };
    QCOMPARE(table(dialog)->rowCount(), countIn(QStringLiteral("p.year = 2026")));
    dialog.setYear(2025);
    QCOMPARE(table(dialog)->rowCount(), countIn(QStringLiteral("p.year = 2025")));
    dialog.setYear(0);
    QCOMPARE(table(dialog)->rowCount(), countIn(QStringLiteral("1 = 1")));
    dialog.setPlan(m_plan);
    QCOMPARE(child<QComboBox>(dialog, "yearCombo")->currentData().toInt(), 2026);
    QCOMPARE(table(dialog)->rowCount(), countIn(QStringLiteral("p.year = 2026")));
}

void TestEnrolmentsDialog::pickModeReturnsTheChosenEnrolment()
{
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("SELECT id, id_number FROM ma_enrolments WHERE plan_id = ?"
                             " ORDER BY receipt_no DESC LIMIT 1"));
    q.addBindValue(m_plan);
    QVERIFY(q.exec() && q.next());
    const QString id = q.value(0).toString();

    EnrolmentsDialog dialog(*m_ws, EnrolmentsDialog::Mode::Pick);
    show(dialog);
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled()); // nobody chosen yet
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isVisible());
    dialog.setSearchText(q.value(1).toString());
    QCOMPARE(table(dialog)->rowCount(), 1);
    auto *view = child<QTableView>(dialog, "tableView");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(table(dialog)->index(0, 0)).center());
    QVERIFY(ok->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("enrolments-pick"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenEnrolmentId(), id);
}

void TestEnrolmentsDialog::enrolAddsAndSelects()
{
    EnrolmentsDialog dialog(*m_ws, EnrolmentsDialog::Mode::Manage);
    show(dialog);
    dialog.setSearchText(QStringLiteral("nobody-such"));
    QCOMPARE(table(dialog)->rowCount(), 0);
    const QString number = EnrolmentTestDb::idNumber(QStringLiteral("37131219790611553"));
    QString planOffered;
    auto watcher = onNextModal<EnrolDialog>([&](EnrolDialog *enrol) {
        planOffered =
            enrol->findChild<QComboBox *>(QStringLiteral("planCombo"))->currentData().toString();
        enrol->findChild<QRadioButton *>(QStringLiteral("typedRadio"))->click();
        type(enrol, "nameEdit", QStringLiteral("周海燕"));
        type(enrol, "idNumberEdit", number);
        enrol->findChild<QDateEdit *>(QStringLiteral("paidOnEdit"))->setDate(QDate(2026, 1, 20));
        enrol->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        if (enrol->isVisible()) // refused: do not leave the test hanging
            enrol->reject();
    });
    QTest::mouseClick(child<QPushButton>(dialog, "enrolButton"), Qt::LeftButton);
    QCOMPARE(planOffered, m_plan); // the year shown, its plan
    // The search hid the new enrolment: the list shows its plan again, selected.
    const QString chosen = dialog.chosenEnrolmentId();
    QVERIFY(!chosen.isEmpty());
    auto stored = MaEnrolments::load(m_ws->sql(), chosen);
    QVERIFY(stored.ok());
    QCOMPARE(stored->idNumber, number);
    QCOMPARE(stored->planId, m_plan);
    QVERIFY(child<QLineEdit>(dialog, "searchEdit")->text().isEmpty());
    saveScreenshot(&dialog, QStringLiteral("enrolments-manage"));
}

void TestEnrolmentsDialog::buttonsFollowTheRole()
{
    {
        EnrolmentsDialog dialog(*m_ws, EnrolmentsDialog::Mode::Manage);
        show(dialog);
        QVERIFY(child<QPushButton>(dialog, "enrolButton")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "editButton")->isEnabled()); // nothing selected
        child<QTableView>(dialog, "tableView")->selectRow(0);
        QVERIFY(child<QPushButton>(dialog, "editButton")->isEnabled());
    }
    // An administrator manages plans, not enrolments.
    m_ws = m_db.open(QStringLiteral("admin"));
    QVERIFY(m_ws);
    EnrolmentsDialog dialog(*m_ws, EnrolmentsDialog::Mode::Manage);
    show(dialog);
    child<QTableView>(dialog, "tableView")->selectRow(0);
    QVERIFY(!child<QPushButton>(dialog, "enrolButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "editButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    QVERIFY(!dialog.chosenEnrolmentId().isEmpty()); // looking up stays possible
}

QTEST_MAIN(TestEnrolmentsDialog)
#include "tst_enrolmentsdialog.moc"

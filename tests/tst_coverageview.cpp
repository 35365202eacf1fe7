// The visits area as the caseworker liming sees it on a demo district: the
// coverage table with a row per division and its communities, a year selector
// that changes the visited count, and "My work" listing only liming's own
// households, a double-click asking for the household's file.
#include "accounts.h"
#include "coveragemodel.h"
#include "coverageview.h"
#include "demodata.h"
#include "guitest.h"
#include "householddetailpanel.h"
#include "householdsview.h"
#include "localization.h"
#include "mainwindow.h"
#include "myworkmodel.h"
#include "myworkview.h"
#include "transaction.h"
#include "visitsview.h"
#include "workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

const QDate Today(2026, 11, 29);

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return -1;
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestCoverageView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryDivisionAndItsCommunities();
    void yearSelectorChangesVisited();
    void myWorkListsOnlyTheCaseworkersHouseholds();
    void doubleClickAsksForTheHousehold();
    void signedOutShowsNoWork();
    void draftIsListedLastAndOpens();
    void myWorkOpensTheFileInHouseholds();

private:
    QTreeView *tree() const
    {
        return m_view->findChild<QTreeView *>(QStringLiteral("coverageTree"));
    }
    QTableView *work() const
    {
        return m_view->findChild<QTableView *>(QStringLiteral("myWorkTable"));
    }
    qint64 visitedIn(const QString &division, int year) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<VisitsView> m_view;
};

void TestCoverageView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("coverage-view.sqlite")));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    QVERIFY(DemoData::generate(m_ws->database(), m_ws->pinyin(), DemoOptions{11, 300, Today}).ok());
    auto liming = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("liming"),
                                   DemoData::password());
    QVERIFY(liming.ok());
    m_ws->setUser(liming.value());

    m_view = std::make_unique<VisitsView>(*m_ws);
    m_view->coverage()->setToday(Today);
    m_view->myWork()->setToday(Today);
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(tree() && work());
}

qint64 TestCoverageView::visitedIn(const QString &division, int year) const
{
    return count(m_ws->sql(),
                 QStringLiteral("SELECT count(DISTINCT v.household_id) FROM field_visits v JOIN "
                                "households h ON h.id = v.household_id WHERE h.division_code = ? "
                                "AND strftime('%Y', v.visit_date) = ?"),
                 {division, QString::number(year)});
}

void TestCoverageView::showsEveryDivisionAndItsCommunities()
{
    QAbstractItemModel *model = tree()->model();
    const qint64 divisions =
        count(m_ws->sql(),
              QStringLiteral("SELECT count(*) FROM (SELECT division_code FROM communities UNION "
                             "SELECT division_code FROM households)"));
    QVERIFY(divisions > 1);
    QCOMPARE(model->rowCount(), divisions);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex division = model->index(row, 0);
        const QString code = division.data(CoverageModel::IdRole).toString();
        QCOMPARE(model->rowCount(division),
                 count(m_ws->sql(),
                       QStringLiteral("SELECT count(*) FROM communities WHERE division_code = ?"),
                       {code}));
        QCOMPARE(count(m_ws->sql(),
                       QStringLiteral("SELECT count(*) FROM divisions WHERE code = ? AND name = ?"),
                       {code, division.data().toString()}),
                 1);
        QCOMPARE(
            model->index(row, CoverageModel::Visited).data(CoverageModel::CountRole).toLongLong(),
            visitedIn(code, 2026));
    }
    // Expanding a division shows its communities' rows.
    tree()->expand(model->index(0, 0));
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    QVERIFY(tree()->visualRect(first).isValid());
    QVERIFY(!first.data().toString().isEmpty());
    auto *year = m_view->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    QCOMPARE(year->currentText(), QStringLiteral("2026"));
    GuiTest::saveScreenshot(m_view.get(), QStringLiteral("coverage-visits"));
}

void TestCoverageView::yearSelectorChangesVisited()
{
    auto *year = m_view->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    QVERIFY(year);
    QAbstractItemModel *model = tree()->model();
    const QString code = model->index(0, 0).data(CoverageModel::IdRole).toString();
    const qint64 before =
        model->index(0, CoverageModel::Visited).data(CoverageModel::CountRole).toLongLong();
    const int index = year->findData(2024);
    QVERIFY(index > 0);
    year->setCurrentIndex(index);
    const qint64 after =
        model->index(0, CoverageModel::Visited).data(CoverageModel::CountRole).toLongLong();
    QCOMPARE(after, visitedIn(code, 2024));
    QVERIFY(after != before);
    QCOMPARE(model->headerData(CoverageModel::Visited, Qt::Horizontal).toString(),
             QStringLiteral("Visited in 2024"));
    // A refresh keeps the chosen year.
    m_view->refresh();
    QCOMPARE(year->currentData().toInt(), 2024);
    year->setCurrentIndex(0);
    QCOMPARE(model->index(0, CoverageModel::Visited).data(CoverageModel::CountRole).toLongLong(),
             before);
}

void TestCoverageView::myWorkListsOnlyTheCaseworkersHouseholds()
{
    QAbstractItemModel *model = work()->model();
    const QString liming = m_ws->user()->id;
    // Due or overdue, or a draft not yet filed.
    const qint64 expected =
        count(m_ws->sql(),
              QStringLiteral("SELECT count(*) FROM households h WHERE ((h.status <> 'exited' AND "
                             "h.next_due_on < '2026-12-06') OR h.status = 'identified') AND "
                             "(h.created_by = ? OR h.id IN (SELECT "
                             "household_id FROM field_visits WHERE created_by = ?))"),
              {liming, liming});
    QVERIFY(expected > 0);
    QCOMPARE(model->rowCount(), expected);
    // chenjing (the demo's villages) has due households of her own, none of them liming's.
    QStringList theirs;
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT h.id FROM households h JOIN users u ON u.id = h.created_by WHERE u.username = "
        "'chenjing' AND h.status <> 'exited' AND h.next_due_on < '2026-12-06'")));
    while (q.next())
        theirs.append(q.value(0).toString());
    QVERIFY(!theirs.isEmpty());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(MyWorkModel::IdRole).toString();
        // liming filed it or visited it.
        QCOMPARE(count(m_ws->sql(),
                       QStringLiteral("SELECT count(*) FROM households h WHERE h.id = ? AND "
                                      "(h.created_by = ? OR EXISTS (SELECT 1 FROM field_visits v "
                                      "WHERE v.household_id = h.id AND v.created_by = ?))"),
                       {id, liming, liming}),
                 1);
        QVERIFY(!theirs.contains(id));
        const QString head = model->index(row, MyWorkModel::Head).data().toString();
        QCOMPARE(count(m_ws->sql(),
                       QStringLiteral("SELECT count(*) FROM members WHERE household_id = ? AND "
                                      "is_head = 1 AND name = ?"),
                       {id, head}),
                 1);
    }
    auto *summary = m_view->findChild<QLabel *>(QStringLiteral("myWorkSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("overdue")));
}

void TestCoverageView::doubleClickAsksForTheHousehold()
{
    QSignalSpy spy(m_view.get(), &VisitsView::householdActivated);
    QTableView *table = work();
    const QModelIndex index = table->model()->index(1, MyWorkModel::Head);
    const QRect rect = table->visualRect(index);
    QVERIFY(rect.isValid());
    // QTest's double click sends no press of its own; a view needs one first.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), index.data(MyWorkModel::IdRole).toString());
}

void TestCoverageView::signedOutShowsNoWork()
{
    auto *view = m_view->myWork();
    const auto user = m_ws->user();
    m_ws->setUser(std::nullopt);
    view->refresh();
    QCOMPARE(work()->model()->rowCount(), 0);
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("myWorkSummary"))
                ->text()
                .contains(QStringLiteral("Sign in")));
    m_ws->setUser(user);
    view->refresh();
    QVERIFY(work()->model()->rowCount() > 0);
}

void TestCoverageView::draftIsListedLastAndOpens()
{
    // A household liming entered today: no visit, no due date, not filed.
    QString id;
    {
        QSqlQuery community(m_ws->sql());
        QVERIFY(community.exec(
            QStringLiteral("SELECT id, division_code FROM communities ORDER BY id LIMIT 1")));
        QVERIFY(community.next());
        Transaction tx(m_ws->sql());
        AuditedWriter writer = m_ws->writer();
        auto inserted = writer.insert(Permission::EditHouseholds, QStringLiteral("households"),
                                      {{QStringLiteral("division_code"), community.value(1)},
                                       {QStringLiteral("community_id"), community.value(0)}});
        QVERIFY(inserted);
        QVERIFY(writer.insert(Permission::EditHouseholds, QStringLiteral("members"),
                              {{QStringLiteral("household_id"), inserted.value()},
                               {QStringLiteral("is_head"), 1},
                               {QStringLiteral("name"), QStringLiteral("新户主")},
                               {QStringLiteral("relationship"), QStringLiteral("self")}}));
        QVERIFY(tx.commit());
        id = inserted.value();
    }
    m_view->myWork()->refresh();
    QTableView *table = work();
    QAbstractItemModel *model = table->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(MyWorkModel::IdRole).toString() == id)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, MyWorkModel::When).data().toString(), QStringLiteral("Draft"));
    QCOMPARE(model->index(row, MyWorkModel::Head).data().toString(), QStringLiteral("新户主"));
    QVERIFY(model->index(model->rowCount() - 1, 0).data(MyWorkModel::DraftRole).toBool());
    QVERIFY(!model->index(0, 0).data(MyWorkModel::DraftRole).toBool());
    auto *summary = m_view->findChild<QLabel *>(QStringLiteral("myWorkSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("drafts not yet filed")),
             qPrintable(summary->text()));

    QSignalSpy spy(m_view.get(), &VisitsView::householdActivated);
    table->scrollTo(model->index(row, MyWorkModel::Head));
    const QRect rect = table->visualRect(model->index(row, MyWorkModel::Head));
    QVERIFY(rect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), id);
    GuiTest::saveScreenshot(m_view.get(), QStringLiteral("my-work-drafts"));
}

void TestCoverageView::myWorkOpensTheFileInHouseholds()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("coverage-view.sqlite")));
    QVERIFY(ws.ok());
    auto liming = Accounts::signIn(ws.value()->sql(), ws.value()->deviceId(), QStringLiteral("liming"),
                                   DemoData::password());
    QVERIFY(liming.ok());
    ws.value()->setUser(liming.value());
    Localization localization;
    MainWindow window(std::move(ws).value(), localization);
    window.show();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("areaStack"));
    QVERIFY(navigation && stack);
    navigation->setCurrentRow(1);
    auto *visits = qobject_cast<VisitsView *>(stack->currentWidget());
    QVERIFY(visits);
    QTableView *table = visits->findChild<QTableView *>(QStringLiteral("myWorkTable"));
    QVERIFY(table->model()->rowCount() > 0);
    const QModelIndex index = table->model()->index(0, MyWorkModel::Head);
    emit table->activated(index);
    auto *households = qobject_cast<HouseholdsView *>(stack->currentWidget());
    QVERIFY(households);
    QCOMPARE(households->detail()->household(), index.data(MyWorkModel::IdRole).toString());
}

QTEST_MAIN(TestCoverageView)
#include "tst_coverageview.moc"

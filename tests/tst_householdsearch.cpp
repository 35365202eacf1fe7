// The household register's search bar, driven as a caseworker would: typing
// pinyin initials or part of an ID number narrows the list, the filters
// combine with the text, and clearing the box brings every household back.
#include "demodata.h"
#include "householdlistmodel.h"
#include "householdsearchbar.h"
#include "householdsview.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestHouseholdSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingNarrowsTheList();
    void filtersCombineWithText();

private:
    QAbstractItemModel *table() const
    {
        return m_view->findChild<QTableView *>(QStringLiteral("tableView"))->model();
    }
    QLineEdit *searchEdit() const { return m_view->findChild<QLineEdit *>(QStringLiteral("searchEdit")); }
    void typeSearch(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<HouseholdsView> m_view;
    QString m_initials;
    QString m_idNumber;
    QString m_household;
};

void TestHouseholdSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("search.sqlite")));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    QVERIFY(DemoData::generate(m_ws->database(), m_ws->pinyin(),
                               DemoOptions{5, 300, QDate(2026, 11, 29)})
                .ok());
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT household_id, name_initials, id_number FROM members "
                                  "WHERE is_head = 1 AND length(name_initials) = 3 LIMIT 1")));
    QVERIFY(q.next());
    m_household = q.value(0).toString();
    m_initials = q.value(1).toString();
    m_idNumber = q.value(2).toString();

    m_view = std::make_unique<HouseholdsView>(*m_ws);
    m_view->searchBar()->setTypingDelay(10);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(searchEdit());
}

void TestHouseholdSearch::typeSearch(const QString &text)
{
    searchEdit()->clear();
    QTest::keyClicks(searchEdit(), text);
    QTest::qWait(60);
}

static QStringList idsIn(QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(HouseholdListModel::IdRole).toString());
    return ids;
}

void TestHouseholdSearch::typingNarrowsTheList()
{
    QCOMPARE(table()->rowCount(), HouseholdListModel::BatchSize); // first page of 300
    typeSearch(m_initials);
    QVERIFY(table()->rowCount() < 100);
    QVERIFY(idsIn(table()).contains(m_household));
    const QString count = m_view->findChild<QLabel *>(QStringLiteral("countLabel"))->text();
    QVERIFY2(count.contains(QStringLiteral("match")), qPrintable(count));

    typeSearch(m_idNumber.mid(10, 6));
    QVERIFY(idsIn(table()).contains(m_household));
    QVERIFY(table()->rowCount() < 10);

    typeSearch(QStringLiteral("qqqqzzzz"));
    QCOMPARE(table()->rowCount(), 0);

    searchEdit()->clear();
    QTest::qWait(60);
    QCOMPARE(table()->rowCount(), HouseholdListModel::BatchSize);
}

void TestHouseholdSearch::filtersCombineWithText()
{
    auto *status = m_view->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    const int exited = status->findData(QStringLiteral("exited"));
    QVERIFY(exited > 0);
    status->setCurrentIndex(exited);
    emit status->activated(exited);
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM households WHERE status = 'exited'")));
    QVERIFY(q.next());
    while (table()->canFetchMore(QModelIndex()))
        table()->fetchMore(QModelIndex());
    QCOMPARE(table()->rowCount(), q.value(0).toInt());
    for (int row = 0; row < table()->rowCount(); ++row)
        QCOMPARE(table()->index(row, HouseholdListModel::Status).data(HouseholdListModel::CodeRole).toString(),
                 QStringLiteral("exited"));

    auto *overdue = m_view->findChild<QCheckBox *>(QStringLiteral("overdueFilter"));
    status->setCurrentIndex(0);
    emit status->activated(0);
    overdue->setChecked(true);
    QVERIFY(table()->rowCount() > 0);
    for (int row = 0; row < table()->rowCount(); ++row)
        QCOMPARE(table()->index(row, HouseholdListModel::Status).data(HouseholdListModel::CodeRole).toString(),
                 QStringLiteral("filed"));
    overdue->setChecked(false);
}

QTEST_MAIN(TestHouseholdSearch)
#include "tst_householdsearch.moc"

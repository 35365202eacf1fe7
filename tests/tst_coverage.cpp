// Survey coverage and due work, on a demo district: every count that Coverage
// and its models report is checked against an independent SQL count (written
// differently on purpose: joins and substr() where the model uses EXISTS and
// ranges) for two divisions and one community.
#include "accounts.h"
#include "coverage.h"
#include "coveragemodel.h"
#include "demodata.h"
#include "myworkmodel.h"
#include "transaction.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate Today(2026, 11, 29);

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
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

class TestCoverage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void percentIsIntegerAndUnknownWithoutExpected();
    void divisionsMatchIndependentCounts_data();
    void divisionsMatchIndependentCounts();
    void communityMatchesIndependentCounts();
    void yearChangesVisitedOnly();
    void yearsRunFromFirstVisit();
    void treeModelShowsDivisionsAndCommunities();
    void dueWorkIsTheCaseworkersOwn();
    void myWorkModelOrdersOverdueFirst();
    // These add households: they run last, after the counts above.
    void draftsAreTheCaseworkersUnfiledHouseholds();
    void myWorkModelListsDraftsLast();

private:
    QString userId(const QString &username) const;
    /// A household entered by \a username today, status 'identified', with
    /// its head \a head and the given next due date (none when invalid).
    QString addDraft(const QString &username, const QString &head, const QDate &nextDue);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QStringList m_divisions; ///< the two divisions with most households
};

void TestCoverage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("coverage.sqlite")));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    const Status generated =
        DemoData::generate(m_ws->database(), m_ws->pinyin(), DemoOptions{7, 300, Today});
    QVERIFY2(generated.ok(), qPrintable(generated ? QString() : generated.error().toString()));
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT division_code FROM households GROUP BY division_code "
                                  "ORDER BY count(*) DESC, division_code LIMIT 2")));
    while (q.next())
        m_divisions.append(q.value(0).toString());
    QCOMPARE(m_divisions.size(), 2);
}

QString TestCoverage::userId(const QString &username) const
{
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

void TestCoverage::percentIsIntegerAndUnknownWithoutExpected()
{
    CoverageCounts counts;
    counts.visited = 2;
    QVERIFY(!counts.percent());
    counts.expected = 0;
    QVERIFY(!counts.percent());
    counts.expected = 3;
    QCOMPARE(*counts.percent(), 66); // 200 / 3, rounded down

    CoverageCounts sum;
    sum += CoverageCounts{}; // unknown + unknown stays unknown
    QVERIFY(!sum.expected);
    sum += counts;
    sum += counts;
    QCOMPARE(*sum.expected, 6);
    QCOMPARE(sum.visited, 4);
}

void TestCoverage::divisionsMatchIndependentCounts_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("largest division") << 0;
    QTest::newRow("second division") << 1;
}

void TestCoverage::divisionsMatchIndependentCounts()
{
    QFETCH(int, which);
    const QString code = m_divisions.at(which);
    auto all = Coverage(m_ws->sql()).byDivision(2026, Today);
    QVERIFY(all.ok());
    auto it = std::find_if(all->cbegin(), all->cend(),
                           [&](const DivisionCoverage &d) { return d.code == code; });
    QVERIFY(it != all->cend());
    const CoverageCounts &c = it->counts;
    const QSqlDatabase db = m_ws->sql();

    QCOMPARE(*c.expected, count(db,
                                QStringLiteral("SELECT sum(expected_households) FROM "
                                               "communities WHERE division_code = ?"),
                                {code}));
    const qint64 visited = count(db,
                                 QStringLiteral("SELECT count(DISTINCT v.household_id) FROM "
                                                "field_visits v JOIN households h ON h.id = "
                                                "v.household_id WHERE h.division_code = ? AND "
                                                "substr(v.visit_date, 1, 4) = '2026'"),
                                 {code});
    QVERIFY(visited > 0);
    QCOMPARE(c.visited, visited);
    QCOMPARE(c.filed, count(db,
                            QStringLiteral("SELECT count(*) FROM households WHERE "
                                           "division_code = ? AND status = 'filed'"),
                            {code}));
    const qint64 overdue = count(
        db,
        QStringLiteral("SELECT count(*) FROM households WHERE division_code = ? AND status = "
                       "'filed' AND (last_verified_on IS NULL OR "
                       "julianday(last_verified_on) < julianday('2026-11-29', '-12 months'))"),
        {code});
    QCOMPARE(c.reverificationOverdue, overdue);
    QCOMPARE(c.exited, count(db,
                             QStringLiteral("SELECT count(*) FROM households WHERE "
                                            "division_code = ? AND status = 'exited'"),
                             {code}));
    QCOMPARE(*c.percent(), visited * 100 / *c.expected);
    // The demo's division has every household in a community: the rows add up.
    qint64 communities = 0;
    for (const CommunityCoverage &community : it->communities) {
        QVERIFY(!community.id.isEmpty());
        communities += community.counts.visited;
    }
    QCOMPARE(communities, c.visited);
    QCOMPARE(it->communities.size(),
             count(db, QStringLiteral("SELECT count(*) FROM communities WHERE division_code = ?"),
                   {code}));
}

void TestCoverage::communityMatchesIndependentCounts()
{
    const QSqlDatabase db = m_ws->sql();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT community_id FROM households GROUP BY community_id "
                                  "ORDER BY count(*) DESC LIMIT 1")));
    QVERIFY(q.next());
    const QString id = q.value(0).toString();
    auto all = Coverage(db).byDivision(2025, Today);
    QVERIFY(all.ok());
    const CommunityCoverage *found = nullptr;
    for (const DivisionCoverage &d : *all)
        for (const CommunityCoverage &c : d.communities)
            if (c.id == id)
                found = &c;
    QVERIFY(found);
    const CoverageCounts &c = found->counts;
    QCOMPARE(*c.expected,
             count(db, QStringLiteral("SELECT expected_households FROM communities WHERE id = ?"),
                   {id}));
    QCOMPARE(c.visited, count(db,
                              QStringLiteral("SELECT count(*) FROM households h WHERE "
                                             "h.community_id = ? AND h.id IN (SELECT household_id "
                                             "FROM field_visits WHERE visit_date LIKE '2025-%')"),
                              {id}));
    QCOMPARE(c.filed, count(db,
                            QStringLiteral("SELECT count(*) FROM households WHERE "
                                           "community_id = ? AND status = 'filed'"),
                            {id}));
    QCOMPARE(c.reverificationOverdue,
             count(db,
                   QStringLiteral("SELECT count(*) FROM households WHERE community_id = ? AND "
                                  "status = 'filed' AND ifnull(last_verified_on, '') < "
                                  "date('2026-11-29', '-1 year')"),
                   {id}));
    QCOMPARE(c.exited, count(db,
                             QStringLiteral("SELECT count(*) FROM households WHERE "
                                            "community_id = ? AND status = 'exited'"),
                             {id}));
}

void TestCoverage::yearChangesVisitedOnly()
{
    auto now = Coverage(m_ws->sql()).byDivision(2026, Today);
    auto before = Coverage(m_ws->sql()).byDivision(2024, Today);
    QVERIFY(now.ok() && before.ok());
    QCOMPARE(now->size(), before->size());
    bool differs = false;
    for (qsizetype i = 0; i < now->size(); ++i) {
        const CoverageCounts &a = now->at(i).counts;
        const CoverageCounts &b = before->at(i).counts;
        differs = differs || a.visited != b.visited;
        QCOMPARE(a.filed, b.filed);
        QCOMPARE(a.reverificationOverdue, b.reverificationOverdue);
        QCOMPARE(a.expected, b.expected);
    }
    QVERIFY(differs);
    // No visits lie after the demo's today.
    auto future = Coverage(m_ws->sql()).byDivision(2030, Today);
    QVERIFY(future.ok());
    for (const DivisionCoverage &d : *future)
        QCOMPARE(d.counts.visited, 0);
}

void TestCoverage::yearsRunFromFirstVisit()
{
    auto years = Coverage(m_ws->sql()).years(Today);
    QVERIFY(years.ok());
    const qint64 first =
        count(m_ws->sql(),
              QStringLiteral("SELECT CAST(substr(min(visit_date), 1, 4) AS INTEGER) FROM "
                             "field_visits"),
              {});
    QCOMPARE(years->first(), 2026);
    QCOMPARE(years->last(), int(first));
    QCOMPARE(years->size(), 2026 - first + 1);
}

void TestCoverage::treeModelShowsDivisionsAndCommunities()
{
    CoverageModel model(m_ws->sql());
    model.setYear(2026);
    model.setToday(Today);
    QVERIFY(model.reload().ok());
    auto all = Coverage(m_ws->sql()).byDivision(2026, Today);
    QVERIFY(all.ok());
    QCOMPARE(model.rowCount(), all->size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex division = model.index(row, CoverageModel::Name);
        QCOMPARE(division.data(CoverageModel::IdRole).toString(), all->at(row).code);
        QCOMPARE(division.data().toString(), all->at(row).name);
        QCOMPARE(model.rowCount(division), all->at(row).communities.size());
        QCOMPARE(
            model.index(row, CoverageModel::Visited).data(CoverageModel::CountRole).toLongLong(),
            all->at(row).counts.visited);
        if (model.rowCount(division) > 0) {
            const QModelIndex community = model.index(0, CoverageModel::Visited, division);
            QCOMPARE(community.parent(), division);
            QCOMPARE(community.data(CoverageModel::CountRole).toLongLong(),
                     all->at(row).communities.first().counts.visited);
            QCOMPARE(model.rowCount(community), 0);
        }
    }
    const int row =
        int(std::find_if(all->cbegin(), all->cend(),
                         [&](const DivisionCoverage &d) { return d.code == m_divisions.first(); }) -
            all->cbegin());
    const CoverageCounts &c = all->at(row).counts;
    QCOMPARE(model.index(row, CoverageModel::Percent).data().toString(),
             QStringLiteral("%1%").arg(*c.percent()));

    // A community without a roster count shows "—" and leaves its division's sum.
    QSqlQuery q(m_ws->sql());
    const QString community = all->at(row).communities.first().id;
    QVERIFY(q.prepare(
        QStringLiteral("UPDATE communities SET expected_households = NULL WHERE id = ?")));
    q.addBindValue(community);
    QVERIFY(q.exec());
    QVERIFY(model.reload().ok());
    const QModelIndex division = model.index(row, 0);
    QCOMPARE(model.index(0, CoverageModel::Expected, division).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(model.index(0, CoverageModel::Percent, division).data().toString(),
             QStringLiteral("—"));
    QVERIFY(
        model.index(0, CoverageModel::Percent, division).data(CoverageModel::CountRole).isNull());
    QCOMPARE(model.index(row, CoverageModel::Expected).data(CoverageModel::CountRole).toLongLong(),
             *c.expected - *all->at(row).communities.first().counts.expected);
    QVERIFY(
        q.prepare(QStringLiteral("UPDATE communities SET expected_households = ? WHERE id = ?")));
    q.addBindValue(*all->at(row).communities.first().counts.expected);
    q.addBindValue(community);
    QVERIFY(q.exec());
}

void TestCoverage::dueWorkIsTheCaseworkersOwn()
{
    const QString liming = userId(QStringLiteral("liming"));
    const QString chenjing = userId(QStringLiteral("chenjing"));
    QVERIFY(!liming.isEmpty() && !chenjing.isEmpty());
    auto due = Coverage(m_ws->sql()).dueWork(liming, Today);
    QVERIFY(due.ok());
    QVERIFY(!due->isEmpty());

    // Independently: households liming created or visited, not exited, due before a week from now.
    const QString mine = QStringLiteral(
        "FROM households h WHERE h.status <> 'exited' AND h.next_due_on IS NOT NULL AND "
        "(h.created_by = ? OR h.id IN (SELECT household_id FROM field_visits WHERE created_by = "
        "?)) AND julianday(h.next_due_on) ");
    const qint64 overdue = count(
        m_ws->sql(), QStringLiteral("SELECT count(*) ") + mine + QStringLiteral("< julianday(?)"),
        {liming, liming, QStringLiteral("2026-11-29")});
    const qint64 week =
        count(m_ws->sql(),
              QStringLiteral("SELECT count(*) ") + mine +
                  QStringLiteral("BETWEEN julianday(?) AND julianday(?)"),
              {liming, liming, QStringLiteral("2026-11-29"), QStringLiteral("2026-12-05")});
    QCOMPARE(due->size(), overdue + week);
    QVERIFY(overdue > 0);
    qint64 flagged = 0;
    for (const DueHousehold &h : *due) {
        flagged += h.overdue ? 1 : 0;
        QCOMPARE(h.overdue, h.nextDue < Today);
        QVERIFY(h.nextDue < Today.addDays(7));
        QVERIFY(!h.head.isEmpty());
        // Not one of chenjing's households that liming never touched.
        QCOMPARE(count(m_ws->sql(),
                       QStringLiteral("SELECT count(*) FROM households h WHERE h.id = ? AND "
                                      "(h.created_by = ? OR EXISTS (SELECT 1 FROM field_visits v "
                                      "WHERE v.household_id = h.id AND v.created_by = ?))"),
                       {h.id, liming, liming}),
                 1);
    }
    QCOMPARE(flagged, overdue);

    auto theirs = Coverage(m_ws->sql()).dueWork(chenjing, Today);
    QVERIFY(theirs.ok());
    for (const DueHousehold &h : *theirs)
        QVERIFY(std::none_of(due->cbegin(), due->cend(),
                             [&](const DueHousehold &mine) { return mine.id == h.id; }));
    auto nobody = Coverage(m_ws->sql()).dueWork(QStringLiteral("no-such-user"), Today);
    QVERIFY(nobody.ok());
    QVERIFY(nobody->isEmpty());
}

void TestCoverage::myWorkModelOrdersOverdueFirst()
{
    MyWorkModel model(m_ws->sql());
    model.setToday(Today);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 0); // nobody chosen
    model.setUser(userId(QStringLiteral("liming")));
    QVERIFY(model.reload().ok());
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.overdueCount() > 0);
    bool seenDue = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(MyWorkModel::DraftRole).toBool())
            continue; // see myWorkModelListsDraftsLast
        const bool overdue = model.index(row, 0).data(MyWorkModel::OverdueRole).toBool();
        QVERIFY(!(overdue && seenDue));
        seenDue = seenDue || !overdue;
        const QString when = model.index(row, MyWorkModel::When).data().toString();
        QVERIFY2(when.startsWith(overdue ? QStringLiteral("Overdue by") : QStringLiteral("Due")),
                 qPrintable(when));
        QVERIFY(!model.index(row, MyWorkModel::Head).data().toString().isEmpty());
        QVERIFY(!model.index(row, 0).data(MyWorkModel::IdRole).toString().isEmpty());
    }
}

QString TestCoverage::addDraft(const QString &username, const QString &head, const QDate &nextDue)
{
    QSqlQuery community(m_ws->sql());
    if (!community.exec(
            QStringLiteral("SELECT id, division_code FROM communities ORDER BY id LIMIT 1")) ||
        !community.next())
        return {};
    const CurrentUser user{userId(username), username, username, Role::Caseworker};
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), user, m_ws->deviceId());
    writer.setClock([] { return QDateTime(Today, QTime(3, 0), Qt::UTC); });
    auto id = writer.insert(Permission::EditHouseholds, QStringLiteral("households"),
                            {{QStringLiteral("division_code"), community.value(1)},
                             {QStringLiteral("community_id"), community.value(0)},
                             {QStringLiteral("next_due_on"),
                              nextDue.isValid() ? QVariant(nextDue.toString(Qt::ISODate))
                                                : QVariant(QMetaType(QMetaType::QString))}});
    if (!id)
        return {};
    auto member = writer.insert(Permission::EditHouseholds, QStringLiteral("members"),
                                {{QStringLiteral("household_id"), id.value()},
                                 {QStringLiteral("is_head"), 1},
                                 {QStringLiteral("name"), head},
                                 {QStringLiteral("relationship"), QStringLiteral("self")}});
    if (!member || !tx.commit())
        return {};
    return id.value();
}

void TestCoverage::draftsAreTheCaseworkersUnfiledHouseholds()
{
    const QString liming = userId(QStringLiteral("liming"));
    const QString chenjing = userId(QStringLiteral("chenjing"));
    // Entered today without a visit or a due date, due in a month, and due
    // tomorrow: the last is listed as due this week, not as a draft as well.
    const QString entered = addDraft(QStringLiteral("liming"), QStringLiteral("草稿甲"), QDate());
    const QString later =
        addDraft(QStringLiteral("liming"), QStringLiteral("草稿乙"), Today.addDays(30));
    const QString soon =
        addDraft(QStringLiteral("liming"), QStringLiteral("草稿丙"), Today.addDays(1));
    const QString theirs = addDraft(QStringLiteral("chenjing"), QStringLiteral("草稿丁"), QDate());
    QVERIFY(!entered.isEmpty() && !later.isEmpty() && !soon.isEmpty() && !theirs.isEmpty());

    const Coverage coverage(m_ws->sql());
    auto drafts = coverage.drafts(liming, Today);
    QVERIFY(drafts.ok());
    // Independently: liming's identified households not due before a week from now.
    const qint64 expected = count(
        m_ws->sql(),
        QStringLiteral("SELECT count(*) FROM households h WHERE h.status = 'identified' AND "
                       "(h.created_by = ? OR h.id IN (SELECT household_id FROM field_visits WHERE "
                       "created_by = ?)) AND ifnull(julianday(h.next_due_on), 1e9) >= "
                       "julianday('2026-12-06')"),
        {liming, liming});
    QCOMPARE(drafts->size(), expected);
    QStringList ids;
    QString previous;
    for (const DueHousehold &h : *drafts) {
        QVERIFY(h.draft);
        QVERIFY(!h.overdue);
        QVERIFY(h.fileNo.isEmpty());
        ids.append(h.id);
        // Oldest entry first (stamps are ISO text in UTC, one format).
        QSqlQuery q(m_ws->sql());
        q.prepare(QStringLiteral("SELECT created_at FROM households WHERE id = ?"));
        q.addBindValue(h.id);
        QVERIFY(q.exec() && q.next());
        const QString created = q.value(0).toString();
        QVERIFY2(previous <= created, qPrintable(previous + QStringLiteral(" > ") + created));
        previous = created;
    }
    QVERIFY(ids.contains(entered));
    QVERIFY(ids.contains(later));
    QVERIFY(!ids.contains(soon));
    QVERIFY(!ids.contains(theirs));
    const auto it = std::find_if(drafts->cbegin(), drafts->cend(),
                                 [&](const DueHousehold &h) { return h.id == entered; });
    QCOMPARE(it->head, QStringLiteral("草稿甲"));
    QVERIFY(!it->nextDue.isValid());
    QVERIFY(!it->lastVisit.isValid());

    auto due = coverage.dueWork(liming, Today);
    QVERIFY(due.ok());
    for (const DueHousehold &h : *due)
        QVERIFY(!ids.contains(h.id));
    QVERIFY(std::any_of(due->cbegin(), due->cend(),
                        [&](const DueHousehold &h) { return h.id == soon && !h.draft; }));

    auto chenjingDrafts = coverage.drafts(chenjing, Today);
    QVERIFY(chenjingDrafts.ok());
    QVERIFY(std::any_of(chenjingDrafts->cbegin(), chenjingDrafts->cend(),
                        [&](const DueHousehold &h) { return h.id == theirs; }));
    QVERIFY(std::none_of(chenjingDrafts->cbegin(), chenjingDrafts->cend(),
                         [&](const DueHousehold &h) { return ids.contains(h.id); }));
    auto nobody = coverage.drafts(QStringLiteral("no-such-user"), Today);
    QVERIFY(nobody.ok());
    QVERIFY(nobody->isEmpty());
}

void TestCoverage::myWorkModelListsDraftsLast()
{
    MyWorkModel model(m_ws->sql());
    model.setToday(Today);
    model.setUser(userId(QStringLiteral("liming")));
    QVERIFY(model.reload().ok());
    auto drafts = Coverage(m_ws->sql()).drafts(userId(QStringLiteral("liming")), Today);
    auto due = Coverage(m_ws->sql()).dueWork(userId(QStringLiteral("liming")), Today);
    QVERIFY(drafts.ok() && due.ok());
    QVERIFY(!drafts->isEmpty());
    QCOMPARE(model.draftCount(), drafts->size());
    QCOMPARE(model.rowCount(), due->size() + drafts->size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool draft = model.index(row, 0).data(MyWorkModel::DraftRole).toBool();
        QCOMPARE(draft, row >= due->size()); // after overdue and due this week
        const QString when = model.index(row, MyWorkModel::When).data().toString();
        if (draft) {
            QCOMPARE(when, QStringLiteral("Draft"));
            QVERIFY(!model.index(row, 0).data(MyWorkModel::OverdueRole).toBool());
            QCOMPARE(model.index(row, MyWorkModel::FileNo).data().toString(),
                     QStringLiteral("Not filed"));
            QCOMPARE(model.index(row, 0).data(MyWorkModel::IdRole).toString(),
                     drafts->at(row - due->size()).id);
        } else {
            QVERIFY2(when.startsWith(QStringLiteral("Overdue by")) ||
                         when.startsWith(QStringLiteral("Due")),
                     qPrintable(when));
        }
    }
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"

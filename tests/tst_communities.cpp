// Communities and villages kept by an administrator: listed per division with
// their household counts, added, changed and removed through the audited
// writer; names unique within a division as roster import compares them, and
// a community in use never removed. A caseworker is refused by the model.
#include "adminfixture.h"
#include "auditlog.h"
#include "communities.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Jiuqu = QStringLiteral("371312001");     // 九曲街道
const QString Xianggong = QStringLiteral("371312004"); // 相公街道

} // namespace

class TestCommunities : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAndList();
    void refusesBadInput_data();
    void refusesBadInput();
    void sameNameInAnotherDivision();
    void changeRenamesAndKeepsDivision();
    void removeOnlyWhenUnused();
    void caseworkerIsRefused();
    void kindLabels();

private:
    Result<QString> add(const QString &division, const CommunityInput &input,
                        const CurrentUser *user = nullptr);
    qint64 rows(const QString &sql) const;

    QTemporaryDir m_dir;
    AdminFixture m_f;
    int m_counter = 0;
};

void TestCommunities::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_f.open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter))));
}

void TestCommunities::cleanup()
{
    m_f.ws.reset();
}

Result<QString> TestCommunities::add(const QString &division, const CommunityInput &input,
                                     const CurrentUser *user)
{
    QString id;
    const Status s = m_f.as(user ? *user : m_f.admin, [&](AuditedWriter &writer) -> Status {
        auto added = Communities::add(writer, division, input);
        if (!added)
            return added.error();
        id = added.value();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

qint64 TestCommunities::rows(const QString &sql) const
{
    QSqlQuery q(m_f.ws->sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestCommunities::addAndList()
{
    auto xingfu = add(Jiuqu, {QStringLiteral("  幸福社区 "), QStringLiteral("community"), 120});
    QVERIFY2(xingfu, xingfu ? "" : qPrintable(xingfu.error().toString()));
    auto anle = add(Jiuqu, {QStringLiteral("安乐村"), QStringLiteral("village"), std::nullopt});
    QVERIFY(anle);
    QVERIFY(add(Xianggong, {QStringLiteral("相公社区"), QStringLiteral("community"), 0}));
    m_f.addHousehold(Jiuqu, xingfu.value());
    m_f.addHousehold(Jiuqu, xingfu.value());

    auto listed = Communities::list(m_f.ws->sql(), Jiuqu);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    // By name: 安 before 幸 in code-point order.
    const CommunityRow &first = listed->at(0);
    QCOMPARE(first.id, anle.value());
    QCOMPARE(first.kind, QStringLiteral("village"));
    QVERIFY(!first.expectedHouseholds);
    QCOMPARE(first.households, 0);
    const CommunityRow &second = listed->at(1);
    QCOMPARE(second.name, QStringLiteral("幸福社区")); // trimmed
    QCOMPARE(second.divisionCode, Jiuqu);
    QCOMPARE(*second.expectedHouseholds, 120);
    QCOMPARE(second.households, 2);
    QVERIFY(!second.invented);

    // Audited as the administrator, with the values written.
    auto entries =
        AuditLog::entries(m_f.ws->sql(), {QStringLiteral("communities"), xingfu.value(), {}, -1});
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().action, QStringLiteral("insert"));
    QCOMPARE(entries->first().userId, m_f.admin.id);
    QCOMPARE(entries->first().changes.value(QStringLiteral("name")).toArray().at(1).toString(),
             QStringLiteral("幸福社区"));
}

void TestCommunities::refusesBadInput_data()
{
    QTest::addColumn<QString>("division");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("expected"); // -2: unknown
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("where");
    const QString community = QStringLiteral("community");
    QTest::newRow("empty name") << Jiuqu << QStringLiteral("  ") << community << qint64(-2)
                                << QStringLiteral("Enter the name of the community or village.")
                                << QStringLiteral("name");
    const QString taken =
        QStringLiteral("九曲街道 already has a community or village named 幸福社区.");
    QTest::newRow("same name") << Jiuqu << QStringLiteral("幸福社区") << community << qint64(5)
                               << taken << QStringLiteral("name");
    QTest::newRow("same name with spaces") << Jiuqu << QStringLiteral("幸福 社区") << community
                                           << qint64(5) << taken << QStringLiteral("name");
    QTest::newRow("same name as a village")
        << Jiuqu << QStringLiteral("幸福社区") << QStringLiteral("village") << qint64(-2) << taken
        << QStringLiteral("name");
    QTest::newRow("unknown division")
        << QStringLiteral("371312999") << QStringLiteral("新社区") << community << qint64(-2)
        << QStringLiteral("There is no sub-district or town with the code \"371312999\".")
        << QStringLiteral("division_code");
    QTest::newRow("the district itself")
        << QStringLiteral("371312") << QStringLiteral("新社区") << community << qint64(-2)
        << QStringLiteral("There is no sub-district or town with the code \"371312\".")
        << QStringLiteral("division_code");
    QTest::newRow("unknown kind") << Jiuqu << QStringLiteral("新社区") << QStringLiteral("town")
                                  << qint64(-2)
                                  << QStringLiteral(
                                         "Unknown kind \"town\": choose community or village.")
                                  << QStringLiteral("kind");
    QTest::newRow("negative expected")
        << Jiuqu << QStringLiteral("新社区") << community << qint64(-1)
        << QStringLiteral("The expected number of households cannot be negative.")
        << QStringLiteral("expected_households");
}

void TestCommunities::refusesBadInput()
{
    QFETCH(QString, division);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(qint64, expected);
    QFETCH(QString, message);
    QFETCH(QString, where);
    QVERIFY(add(Jiuqu, {QStringLiteral("幸福社区"), QStringLiteral("community"), 100}));
    const qint64 before = rows(QStringLiteral("SELECT count(*) FROM communities"));
    auto refused = add(
        division, {name, kind, expected == -2 ? std::nullopt : std::optional<qint64>(expected)});
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(refused.error().where, where);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM communities")), before);
}

void TestCommunities::sameNameInAnotherDivision()
{
    QVERIFY(add(Jiuqu, {QStringLiteral("新华社区"), QStringLiteral("community"), std::nullopt}));
    QVERIFY(
        add(Xianggong, {QStringLiteral("新华社区"), QStringLiteral("community"), std::nullopt}));
}

void TestCommunities::changeRenamesAndKeepsDivision()
{
    auto id = add(Jiuqu, {QStringLiteral("幸福社区"), QStringLiteral("community"), 100});
    QVERIFY(id);
    QVERIFY(add(Jiuqu, {QStringLiteral("和平村"), QStringLiteral("village"), 40}));
    auto change = [&](const CommunityInput &input) {
        return m_f.as(m_f.admin, [&](AuditedWriter &writer) {
            return Communities::change(writer, id.value(), input);
        });
    };
    // Its own name (spaced differently) is not a duplicate.
    QVERIFY(change({QStringLiteral("幸福 社区"), QStringLiteral("community"), 100}));
    const Status taken = change({QStringLiteral("和平村"), QStringLiteral("community"), 100});
    QVERIFY(!taken);
    QCOMPARE(taken.error().message,
             QStringLiteral("九曲街道 already has a community or village named 和平村."));

    QVERIFY(change({QStringLiteral("幸福新村"), QStringLiteral("village"), std::nullopt}));
    auto listed = Communities::list(m_f.ws->sql(), Jiuqu);
    QVERIFY(listed);
    auto it = std::find_if(listed->cbegin(), listed->cend(),
                           [&](const CommunityRow &c) { return c.id == id.value(); });
    QVERIFY(it != listed->cend());
    QCOMPARE(it->name, QStringLiteral("幸福新村"));
    QCOMPARE(it->kind, QStringLiteral("village"));
    QCOMPARE(it->divisionCode, Jiuqu);
    QVERIFY(!it->expectedHouseholds);

    // The audit entry says old -> new of what changed.
    auto entries =
        AuditLog::entries(m_f.ws->sql(), {QStringLiteral("communities"), id.value(), {}, -1});
    QVERIFY(entries);
    const AuditEntry &last = entries->last();
    QCOMPARE(last.action, QStringLiteral("update"));
    QCOMPARE(last.changes.value(QStringLiteral("expected_households")).toArray().at(0).toInt(),
             100);
    QVERIFY(last.changes.value(QStringLiteral("expected_households")).toArray().at(1).isNull());

    const Status gone = m_f.as(m_f.admin, [&](AuditedWriter &writer) {
        return Communities::change(writer, QStringLiteral("no-such-id"),
                                   {QStringLiteral("某村"), QStringLiteral("village"), 1});
    });
    QVERIFY(!gone);
}

void TestCommunities::removeOnlyWhenUnused()
{
    auto used = add(Jiuqu, {QStringLiteral("幸福社区"), QStringLiteral("community"), 100});
    auto unused = add(Jiuqu, {QStringLiteral("和平村"), QStringLiteral("village"), 40});
    QVERIFY(used && unused);
    QVERIFY(!m_f.addHousehold(Jiuqu, used.value()).isEmpty());
    auto remove = [&](const QString &id) {
        return m_f.as(m_f.admin,
                      [&](AuditedWriter &writer) { return Communities::remove(writer, id); });
    };
    const Status refused = remove(used.value());
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("幸福社区 cannot be removed: 1 household(s) are registered in it."));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM communities")), 2);

    QVERIFY(remove(unused.value()));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM communities")), 1);
    auto entries =
        AuditLog::entries(m_f.ws->sql(), {QStringLiteral("communities"), unused.value(), {}, -1});
    QVERIFY(entries);
    QCOMPARE(entries->last().action, QStringLiteral("delete"));
    QCOMPARE(entries->last().changes.value(QStringLiteral("name")).toArray().at(0).toString(),
             QStringLiteral("和平村"));
    QVERIFY(!remove(unused.value()));
}

void TestCommunities::caseworkerIsRefused()
{
    auto id = add(Jiuqu, {QStringLiteral("幸福社区"), QStringLiteral("community"), 100});
    QVERIFY(id);
    const QString refusal = QStringLiteral("陈静 (Caseworker) may not change settings.");
    auto added =
        add(Jiuqu, {QStringLiteral("新社区"), QStringLiteral("community"), 1}, &m_f.caseworker);
    QVERIFY(!added);
    QCOMPARE(added.error().message, refusal);
    // Refused before the input is even looked at.
    auto bad = add(Jiuqu, {QString(), QStringLiteral("town"), -5}, &m_f.caseworker);
    QVERIFY(!bad);
    QCOMPARE(bad.error().message, refusal);
    const Status changed = m_f.as(m_f.caseworker, [&](AuditedWriter &writer) {
        return Communities::change(writer, id.value(),
                                   {QStringLiteral("改名社区"), QStringLiteral("community"), 1});
    });
    QVERIFY(!changed);
    QCOMPARE(changed.error().message, refusal);
    const Status removed = m_f.as(m_f.caseworker, [&](AuditedWriter &writer) {
        return Communities::remove(writer, id.value());
    });
    QVERIFY(!removed);
    QCOMPARE(removed.error().message, refusal);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM communities WHERE name = '幸福社区' AND "
                                 "expected_households = 100")),
             1);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM communities")), 1);
}

void TestCommunities::kindLabels()
{
    QCOMPARE(Communities::kinds(),
             (QStringList{QStringLiteral("community"), QStringLiteral("village")}));
    QCOMPARE(Communities::kindLabel(QStringLiteral("village")), QStringLiteral("Village"));
    QCOMPARE(Communities::kindLabel(QStringLiteral("hamlet")), QStringLiteral("hamlet"));
}

QTEST_GUILESS_MAIN(TestCommunities)
#include "tst_communities.moc"

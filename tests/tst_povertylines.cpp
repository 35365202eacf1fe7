// Poverty lines (低保) and minimum wages per year, district default or per
// division: set() inserts or updates the row of a year and division, which
// HardshipAssessment::povertyLine() then uses; remove() falls back to the
// default. Only administrators may change them.
#include "adminfixture.h"
#include "auditlog.h"
#include "hardshipassessment.h"
#include "povertylines.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Jiuqu = QStringLiteral("371312001");     // 九曲街道
const QString Xianggong = QStringLiteral("371312004"); // 相公街道

PovertyLineInput line(int year, const QString &division, qint64 dibaoFen, qint64 minWageFen,
                      const QString &source = {})
{
    return {year, division, Money::fromFen(dibaoFen), Money::fromFen(minWageFen), source};
}

} // namespace

class TestPovertyLines : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setInsertsThenUpdates();
    void divisionLineTakesPrecedence();
    void listOrder();
    void refusesBadInput_data();
    void refusesBadInput();
    void caseworkerIsRefused();

private:
    Result<QString> set(const PovertyLineInput &input, const CurrentUser *user = nullptr);
    Status remove(const QString &id);
    qint64 count() const;

    QTemporaryDir m_dir;
    AdminFixture m_f;
    int m_counter = 0;
};

void TestPovertyLines::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_f.open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_counter))));
}

void TestPovertyLines::cleanup()
{
    m_f.ws.reset();
}

Result<QString> TestPovertyLines::set(const PovertyLineInput &input, const CurrentUser *user)
{
    QString id;
    const Status s = m_f.as(user ? *user : m_f.admin, [&](AuditedWriter &writer) -> Status {
        auto saved = PovertyLines::set(writer, input);
        if (!saved)
            return saved.error();
        id = saved.value();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status TestPovertyLines::remove(const QString &id)
{
    return m_f.as(m_f.admin,
                  [&](AuditedWriter &writer) { return PovertyLines::remove(writer, id); });
}

qint64 TestPovertyLines::count() const
{
    QSqlQuery q(m_f.ws->sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM poverty_lines")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestPovertyLines::setInsertsThenUpdates()
{
    auto first = set(line(2026, {}, 95000, 200000, QStringLiteral("  临沂市民政局 2026 ")));
    QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
    auto found = HardshipAssessment::povertyLine(m_f.ws->sql(), 2026, Jiuqu);
    QVERIFY(found);
    QVERIFY(found->districtDefault);
    QCOMPARE(found->dibaoMonthly, Money::fromFen(95000));
    QCOMPARE(found->minWageMonthly, Money::fromFen(200000));

    // The same year and division again: the row is updated, not duplicated.
    auto second = set(line(2026, {}, 98050, 210000));
    QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
    QCOMPARE(second.value(), first.value());
    QCOMPARE(count(), 1);
    found = HardshipAssessment::povertyLine(m_f.ws->sql(), 2026, Jiuqu);
    QVERIFY(found);
    QCOMPARE(found->dibaoMonthly.fen(), 98050);
    QCOMPARE(found->minWageMonthly.fen(), 210000);

    auto listed = PovertyLines::list(m_f.ws->sql());
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->first().source.isEmpty()); // an empty source is stored as none

    auto entries =
        AuditLog::entries(m_f.ws->sql(), {QStringLiteral("poverty_lines"), first.value(), {}, -1});
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).action, QStringLiteral("insert"));
    QCOMPARE(entries->at(0).changes.value(QStringLiteral("source")).toArray().at(1).toString(),
             QStringLiteral("临沂市民政局 2026"));
    QCOMPARE(entries->at(1).action, QStringLiteral("update"));
    QCOMPARE(entries->at(1).userId, m_f.admin.id);

    // A new year is a new row.
    QVERIFY(set(line(2027, {}, 100000, 220000)));
    QCOMPARE(count(), 2);
}

void TestPovertyLines::divisionLineTakesPrecedence()
{
    QVERIFY(set(line(2026, {}, 95000, 200000)));
    auto own = set(line(2026, Jiuqu, 99000, 205000));
    QVERIFY(own);
    auto jiuqu = HardshipAssessment::povertyLine(m_f.ws->sql(), 2026, Jiuqu);
    QVERIFY(jiuqu);
    QVERIFY(!jiuqu->districtDefault);
    QCOMPARE(jiuqu->dibaoMonthly.fen(), 99000);
    auto xianggong = HardshipAssessment::povertyLine(m_f.ws->sql(), 2026, Xianggong);
    QVERIFY(xianggong);
    QVERIFY(xianggong->districtDefault);
    QCOMPARE(xianggong->dibaoMonthly.fen(), 95000);

    // Updating the division's row leaves the default alone.
    QCOMPARE(set(line(2026, Jiuqu, 99500, 205000)).value(), own.value());
    QCOMPARE(count(), 2);
    QCOMPARE(HardshipAssessment::povertyLine(m_f.ws->sql(), 2026, Xianggong)->dibaoMonthly.fen(),
             95000);

    // Without its own row the division falls back to the default.
    QVERIFY(remove(own.value()));
    jiuqu = HardshipAssessment::povertyLine(m_f.ws->sql(), 2026, Jiuqu);
    QVERIFY(jiuqu);
    QVERIFY(jiuqu->districtDefault);
    QCOMPARE(jiuqu->dibaoMonthly.fen(), 95000);
    auto entries =
        AuditLog::entries(m_f.ws->sql(), {QStringLiteral("poverty_lines"), own.value(), {}, -1});
    QVERIFY(entries);
    QCOMPARE(entries->last().action, QStringLiteral("delete"));
}

void TestPovertyLines::listOrder()
{
    QVERIFY(set(line(2025, Xianggong, 90000, 190000)));
    QVERIFY(set(line(2026, Xianggong, 96000, 200000)));
    QVERIFY(set(line(2026, Jiuqu, 97000, 200000, QStringLiteral("区民政局"))));
    QVERIFY(set(line(2026, {}, 95000, 200000)));
    auto listed = PovertyLines::list(m_f.ws->sql());
    QVERIFY(listed);
    QStringList order;
    for (const PovertyLineRow &row : listed.value())
        order.append(QStringLiteral("%1 %2").arg(row.year).arg(row.divisionName));
    QCOMPARE(order,
             (QStringList{QStringLiteral("2026 "), QStringLiteral("2026 九曲街道"),
                          QStringLiteral("2026 相公街道"), QStringLiteral("2025 相公街道")}));
    QVERIFY(listed->first().divisionCode.isEmpty());
    QCOMPARE(listed->at(1).divisionCode, Jiuqu);
    QCOMPARE(listed->at(1).source, QStringLiteral("区民政局"));
    QCOMPARE(listed->at(1).dibaoMonthly.fen(), 97000);
    QCOMPARE(listed->at(1).minWageMonthly.fen(), 200000);
}

void TestPovertyLines::refusesBadInput_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("division");
    QTest::addColumn<qint64>("dibao");
    QTest::addColumn<qint64>("minWage");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("where");
    const QString years = QStringLiteral("The year must lie between 2000 and 2100.");
    QTest::newRow("1999") << 1999 << QString() << 95000LL << 200000LL << years
                          << QStringLiteral("year");
    QTest::newRow("2101") << 2101 << QString() << 95000LL << 200000LL << years
                          << QStringLiteral("year");
    QTest::newRow("unknown division")
        << 2026 << QStringLiteral("371312999") << 95000LL << 200000LL
        << QStringLiteral("There is no sub-district or town with the code \"371312999\".")
        << QStringLiteral("division_code");
    QTest::newRow("zero 低保") << 2026 << QString() << 0LL << 200000LL
                               << QStringLiteral("The 低保 line must be more than zero.")
                               << QStringLiteral("dibao_monthly_fen");
    QTest::newRow("negative wage") << 2026 << Jiuqu << 95000LL << -1LL
                                   << QStringLiteral("The minimum wage must be more than zero.")
                                   << QStringLiteral("min_wage_monthly_fen");
}

void TestPovertyLines::refusesBadInput()
{
    QFETCH(int, year);
    QFETCH(QString, division);
    QFETCH(qint64, dibao);
    QFETCH(qint64, minWage);
    QFETCH(QString, message);
    QFETCH(QString, where);
    auto refused = set(line(year, division, dibao, minWage));
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(refused.error().where, where);
    QCOMPARE(count(), 0);
}

void TestPovertyLines::caseworkerIsRefused()
{
    auto id = set(line(2026, {}, 95000, 200000));
    QVERIFY(id);
    const QString refusal = QStringLiteral("陈静 (Caseworker) may not change settings.");
    auto refused = set(line(2026, {}, 1, 1), &m_f.caseworker);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, refusal);
    const Status removed = m_f.as(m_f.caseworker, [&](AuditedWriter &writer) {
        return PovertyLines::remove(writer, id.value());
    });
    QVERIFY(!removed);
    QCOMPARE(removed.error().message, refusal);
    QCOMPARE(HardshipAssessment::povertyLine(m_f.ws->sql(), 2026, Jiuqu)->dibaoMonthly.fen(),
             95000);
}

QTEST_GUILESS_MAIN(TestPovertyLines)
#include "tst_povertylines.moc"

// Searching and filtering the household register: by name, pinyin, pinyin
// initials, ID fragment, phone and file number, and by division, category,
// status and overdue re-verification, through the lazily paged list model.
#include "demodata.h"
#include "householdlistmodel.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestHouseholdFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void filtersAgreeWithSql_data();
    void filtersAgreeWithSql();
    void wildcardsAreLiteral();

private:
    QStringList idsFor(const HouseholdFilter &filter);
    QStringList idsBySql(const QString &where, const QVariantList &values = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_household;  ///< the household of the member searched for
    QString m_name;
    QString m_initials;
    QString m_pinyin;
    QString m_idNumber;
    QString m_fileNo;
};

void TestHouseholdFilter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("filter.sqlite")));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    QVERIFY(DemoData::generate(m_ws->database(), m_ws->pinyin(),
                               DemoOptions{11, 450, QDate(2026, 11, 29)})
                .ok());
    // A filed household head with a two-character given name.
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT m.household_id, m.name, m.name_initials, m.name_pinyin, m.id_number, h.file_no "
        "FROM members m JOIN households h ON h.id = m.household_id "
        "WHERE m.is_head = 1 AND h.file_no IS NOT NULL AND length(m.name) = 3 "
        "ORDER BY h.file_no DESC LIMIT 1")));
    QVERIFY(q.next());
    m_household = q.value(0).toString();
    m_name = q.value(1).toString();
    m_initials = q.value(2).toString();
    m_pinyin = q.value(3).toString();
    m_idNumber = q.value(4).toString();
    m_fileNo = q.value(5).toString();
}

QStringList TestHouseholdFilter::idsFor(const HouseholdFilter &filter)
{
    HouseholdListModel model(m_ws->sql());
    model.setFilter(filter);
    if (!model.reload().ok())
        return {QStringLiteral("error")};
    while (model.canFetchMore())
        model.fetchMore();
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(HouseholdListModel::IdRole).toString());
    if (model.totalCount() != ids.size())
        return {QStringLiteral("count mismatch")};
    ids.sort();
    return ids;
}

QStringList TestHouseholdFilter::idsBySql(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("SELECT id FROM households h WHERE ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QStringList ids;
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toString());
    ids.sort();
    return ids;
}

void TestHouseholdFilter::search_data()
{
    QTest::addColumn<QString>("text");
    const QStringList syllables = m_pinyin.split(QLatin1Char(' '));
    QTest::newRow("full name") << m_name;
    QTest::newRow("given name") << m_name.mid(1);
    QTest::newRow("initials") << m_initials;
    QTest::newRow("initials, capitals") << m_initials.toUpper();
    QTest::newRow("surname + initial") << syllables.at(0) + syllables.at(1).left(1);
    QTest::newRow("pinyin with spaces") << m_pinyin;
    QTest::newRow("pinyin written together") << QString(m_pinyin).remove(QLatin1Char(' '));
    QTest::newRow("second syllable") << syllables.at(1);
    QTest::newRow("ID fragment") << m_idNumber.mid(6, 8);
    QTest::newRow("ID tail") << m_idNumber.right(4);
    QTest::newRow("file number") << m_fileNo;
    QTest::newRow("file number digits") << m_fileNo.right(6);
}

void TestHouseholdFilter::search()
{
    QFETCH(QString, text);
    HouseholdFilter filter;
    filter.text = text;
    const QStringList ids = idsFor(filter);
    QVERIFY2(ids.contains(m_household), qPrintable(text));
    QVERIFY2(ids.size() < 450, qPrintable(text));
}

void TestHouseholdFilter::filtersAgreeWithSql_data()
{
    QTest::addColumn<QString>("division");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<QString>("where");
    QTest::newRow("everything") << QString() << QString() << QString() << false << QStringLiteral("1");
    QTest::newRow("one town") << QStringLiteral("371312107") << QString() << QString() << false
                              << QStringLiteral("division_code = '371312107'");
    QTest::newRow("deep hardship") << QString() << QStringLiteral("deep") << QString() << false
                                   << QStringLiteral("category = 'deep'");
    QTest::newRow("not assessed") << QString() << QStringLiteral("none") << QString() << false
                                  << QStringLiteral("category IS NULL");
    QTest::newRow("exited in a town") << QStringLiteral("371312104") << QString()
                                      << QStringLiteral("exited") << false
                                      << QStringLiteral("division_code = '371312104' AND status = 'exited'");
    QTest::newRow("overdue") << QString() << QString() << QString() << true
                             << QStringLiteral("status = 'filed' AND (last_verified_on IS NULL OR "
                                               "last_verified_on < '2025-11-29')");
}

void TestHouseholdFilter::filtersAgreeWithSql()
{
    QFETCH(QString, division);
    QFETCH(QString, category);
    QFETCH(QString, status);
    QFETCH(bool, overdue);
    QFETCH(QString, where);
    HouseholdFilter filter;
    filter.divisionCode = division;
    filter.category = category;
    filter.status = status;
    filter.overdueOnly = overdue;
    filter.today = QDate(2026, 11, 29);
    const QStringList expected = idsBySql(where);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(idsFor(filter), expected);
}

void TestHouseholdFilter::wildcardsAreLiteral()
{
    HouseholdFilter filter;
    filter.text = QStringLiteral("%");
    QVERIFY(idsFor(filter).isEmpty());
    filter.text = QStringLiteral("_");
    QVERIFY(idsFor(filter).isEmpty());
}

QTEST_GUILESS_MAIN(TestHouseholdFilter)
#include "tst_householdfilter.moc"

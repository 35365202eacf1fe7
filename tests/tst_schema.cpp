// Rules every table of the built-in schema must follow: UUID keys and
// created/updated at/by on synced rows, money as INTEGER fen, no REAL money.
#include "database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Column
{
    QString name;
    QString type;
    bool primaryKey = false;
};

QList<Column> columns(const QSqlDatabase &db, const QString &table)
{
    QList<Column> result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?)"));
    q.addBindValue(table);
    if (!q.exec())
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString().toUpper(), q.value(2).toInt() > 0});
    return result;
}

// Device-local or reference tables that do not sync as rows with UUIDs.
const QStringList NotSynced = {QStringLiteral("divisions"), QStringLiteral("devices"),
                               QStringLiteral("audit_log"), QStringLiteral("sqlite_sequence"),
                               QStringLiteral("login_attempts"),
                               // The print log is the printing device's own record, like audit_log.
                               QStringLiteral("sheet_prints")};

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncedTablesHaveUuidAndStamps_data();
    void syncedTablesHaveUuidAndStamps();
    void moneyIsIntegerFen();
    void coversTheMission();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_tables;
};

void TestSchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("schema.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    while (q.next())
        m_tables.append(q.value(0).toString());
    QVERIFY(m_tables.size() > 15);
}

void TestSchema::syncedTablesHaveUuidAndStamps_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &table : std::as_const(m_tables))
        if (!NotSynced.contains(table))
            QTest::newRow(qPrintable(table)) << table;
}

void TestSchema::syncedTablesHaveUuidAndStamps()
{
    QFETCH(QString, table);
    const QList<Column> cols = columns(m_db->sql(), table);
    QStringList names;
    for (const Column &c : cols)
        names.append(c.name);
    const auto id = std::find_if(cols.begin(), cols.end(), [](const Column &c) { return c.primaryKey; });
    QVERIFY(id != cols.end());
    QCOMPARE(id->name, QStringLiteral("id"));
    QCOMPARE(id->type, QStringLiteral("TEXT"));
    for (const char *stamp : {"created_at", "created_by", "updated_at", "updated_by", "updated_device"})
        QVERIFY2(names.contains(QLatin1String(stamp)), stamp);
}

void TestSchema::moneyIsIntegerFen()
{
    int moneyColumns = 0;
    for (const QString &table : std::as_const(m_tables)) {
        for (const Column &c : columns(m_db->sql(), table)) {
            const QString where = table + QLatin1Char('.') + c.name;
            if (c.name.endsWith(QStringLiteral("_fen"))) {
                ++moneyColumns;
                QVERIFY2(c.type == QStringLiteral("INTEGER"), qPrintable(where));
            }
            if (c.type == QStringLiteral("REAL"))
                QVERIFY2(c.name == QStringLiteral("latitude") || c.name == QStringLiteral("longitude"),
                         qPrintable(where + QStringLiteral(" is REAL")));
        }
    }
    QVERIFY(moneyColumns > 20);
}

void TestSchema::coversTheMission()
{
    for (const char *table :
         {"households", "members", "field_visits", "survey_records", "attachments", "ma_plans",
          "ma_plan_bands", "ma_enrolments", "ma_claims", "ma_invoices", "aid_programmes",
          "aid_requests", "aid_approvals", "disbursement_batches", "disbursements", "users",
          "devices", "audit_log", "settings", "poverty_lines", "communities", "divisions"})
        QVERIFY2(m_tables.contains(QLatin1String(table)), table);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"

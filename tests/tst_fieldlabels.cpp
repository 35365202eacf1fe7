// FieldLabels for the tables the history panel shows besides households,
// members and users (tst_history): visits, surveys, attachments,
// communities and poverty lines. Every column reads as words, and their codes
// and amounts as labels and yuan.
#include "fieldlabels.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestFieldLabels : public QObject
{
    Q_OBJECT

private slots:
    void everyColumnHasALabel_data();
    void everyColumnHasALabel();
    void values_data();
    void values();
};

void TestFieldLabels::everyColumnHasALabel_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto ws = Workspace::open(dir.filePath(QStringLiteral("labels.sqlite")));
    QVERIFY(ws);
    const QStringList skipped = {QStringLiteral("id"),         QStringLiteral("created_at"),
                                 QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                 QStringLiteral("updated_by"), QStringLiteral("updated_device")};
    for (const QString &table : {QStringLiteral("field_visits"), QStringLiteral("survey_records"),
                                 QStringLiteral("attachments"), QStringLiteral("communities"),
                                 QStringLiteral("poverty_lines")}) {
        QSqlQuery q(ws.value()->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
        int columns = 0;
        while (q.next()) {
            const QString column = q.value(0).toString();
            ++columns;
            if (!skipped.contains(column))
                QTest::addRow("%s.%s", qPrintable(table), qPrintable(column)) << table << column;
        }
        QVERIFY(columns > 0);
    }
}

void TestFieldLabels::everyColumnHasALabel()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QVERIFY(FieldLabels::hasLabel(table, column));
    const QString label = FieldLabels::column(table, column);
    QVERIFY(!label.contains(QLatin1Char('_')));
}

void TestFieldLabels::values_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("visit purpose")
        << QStringLiteral("field_visits") << QStringLiteral("purpose")
        << QJsonValue(QStringLiteral("reverification")) << QStringLiteral("Re-verification");
    QTest::newRow("community kind")
        << QStringLiteral("communities") << QStringLiteral("kind")
        << QJsonValue(QStringLiteral("village")) << QStringLiteral("Village");
    QTest::newRow("invented") << QStringLiteral("communities") << QStringLiteral("invented")
                              << QJsonValue(1) << QStringLiteral("yes");
    QTest::newRow("no expected count")
        << QStringLiteral("communities") << QStringLiteral("expected_households")
        << QJsonValue(QJsonValue::Null) << QStringLiteral("—");
    QTest::newRow("低保 in yuan") << QStringLiteral("poverty_lines")
                                  << QStringLiteral("dibao_monthly_fen") << QJsonValue(108050)
                                  << QStringLiteral("¥1,080.50");
    QTest::newRow("district default")
        << QStringLiteral("poverty_lines") << QStringLiteral("division_code")
        << QJsonValue(QJsonValue::Null) << QStringLiteral("district default");
    QTest::newRow("survey income")
        << QStringLiteral("survey_records") << QStringLiteral("income_wages_fen")
        << QJsonValue(2400000) << QStringLiteral("¥24,000.00");
    QTest::newRow("assessed category")
        << QStringLiteral("survey_records") << QStringLiteral("assessed_category")
        << QJsonValue(QStringLiteral("deep")) << QStringLiteral("Deep hardship");
    QTest::newRow("photo") << QStringLiteral("attachments") << QStringLiteral("doc_type")
                           << QJsonValue(QStringLiteral("photo")) << QStringLiteral("Photo");
    QTest::newRow("owner") << QStringLiteral("attachments") << QStringLiteral("owner_table")
                           << QJsonValue(QStringLiteral("field_visits"))
                           << QStringLiteral("Field visit");
    QTest::newRow("blob") << QStringLiteral("attachments") << QStringLiteral("data")
                          << QJsonValue(QStringLiteral("(2048 bytes)"))
                          << QStringLiteral("(2048 bytes)");
}

void TestFieldLabels::values()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(FieldLabels::value(table, column, value), text);
}

QTEST_GUILESS_MAIN(TestFieldLabels)
#include "tst_fieldlabels.moc"

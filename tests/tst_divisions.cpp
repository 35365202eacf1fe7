// Loading the reference divisions (街道/镇) from CSV: the built-in list, RFC
// 4180 quoting, and a clear "file, line N" for every malformed line.
#include "database.h"
#include "divisions.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

std::unique_ptr<Database> openDb(const QString &path)
{
    auto db = Database::open(path);
    return db ? std::move(db).value() : nullptr;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestDivisions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void loadsDivisions();
    void rejectsMalformedDivisions_data();
    void rejectsMalformedDivisions();

private:
    QTemporaryDir m_dir;
};

void TestDivisions::loadsDivisions()
{
    auto db = openDb(m_dir.filePath(QStringLiteral("divisions.sqlite")));
    QVERIFY(db);
    QVERIFY(Divisions::load(*db).ok());
    QVERIFY(Divisions::load(*db).ok()); // loading again changes nothing
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM divisions")), 12);
    QCOMPARE(
        scalar(*db, QStringLiteral(
                        "SELECT count(*) FROM divisions WHERE code = '371312' AND name = '河东区' "
                        "AND parent_code IS NULL")),
        1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM divisions WHERE kind = '镇'")), 3);

    // Quoting per RFC 4180, CRLF line ends and a BOM are all fine.
    const QString path = m_dir.filePath(QStringLiteral("quoted.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "code,name,kind\r\n\"371312001\",\"九曲\"\"街道\"\"\",街道\r\n\r\n");
    file.close();
    QVERIFY(Divisions::load(*db, path).ok());
    QCOMPARE(
        scalar(*db, QStringLiteral("SELECT count(*) FROM divisions WHERE name = '九曲\"街道\"'")),
        1);
}

void TestDivisions::rejectsMalformedDivisions_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");
    const QByteArray header = "code,name,kind\n371312001,九曲街道,街道\n";
    QTest::newRow("missing field") << header + "371312004,相公街道\n" << QStringLiteral("line 3");
    QTest::newRow("extra field") << header + "371312004,相公街道,街道,x\n"
                                 << QStringLiteral("line 3");
    QTest::newRow("open quote") << header + "371312004,\"相公街道,街道\n"
                                << QStringLiteral("line 3");
    QTest::newRow("short code") << header + "37131200,相公街道,街道\n" << QStringLiteral("line 3");
    QTest::newRow("letters in code") << header + "37131200A,相公街道,街道\n"
                                     << QStringLiteral("line 3");
    QTest::newRow("other district") << header + "371302004,相公街道,街道\n"
                                    << QStringLiteral("line 3");
    QTest::newRow("duplicate") << header + "\n371312001,九曲,街道\n" << QStringLiteral("line 4");
    QTest::newRow("empty name") << header + "371312004,,街道\n" << QStringLiteral("line 3");
    QTest::newRow("no header") << QByteArray("371312001,九曲街道,街道\n")
                               << QStringLiteral("line 1");
    QTest::newRow("no rows") << QByteArray("code,name,kind\n") << QString();
}

void TestDivisions::rejectsMalformedDivisions()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    const QString path =
        m_dir.filePath(QStringLiteral("bad-%1.csv").arg(QString::number(qHash(csv))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    auto db =
        openDb(m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(QString::number(qHash(csv)))));
    QVERIFY(db);
    const Status s = Divisions::load(*db, path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().where.contains(path), qPrintable(s.error().toString()));
    if (!where.isEmpty())
        QVERIFY2(s.error().where.endsWith(where), qPrintable(s.error().toString()));
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM divisions")), 0);
}

QTEST_GUILESS_MAIN(TestDivisions)
#include "tst_divisions.moc"

// Closing a file (解困脱困): a reason is required and "other" needs words;
// only filed households close, never in the future or before filing; the
// change is audited; a closed file refuses edits and visits but stays in the
// register.
#include "accounts.h"
#include "auditlog.h"
#include "fieldvisits.h"
#include "householdexit.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Noon in China (UTC+8) on 2026-06-15 is 04:00 UTC: the same day in every zone from UTC-4 to UTC+14.
const QDateTime Now(QDate(2026, 6, 15), QTime(4, 0), Qt::UTC);

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QString &bound = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    if (!bound.isNull())
        q.addBindValue(bound);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestHouseholdExit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void closesWithReason();
    void otherNeedsText();
    void notesKeepEarlierText();
    void refusals_data();
    void refusals();
    void identifiedCannotClose();
    void administratorCannotClose();
    void closedFileIsReadOnly();
    void readOnlyStatus();

private:
    QString addHousehold(const QString &status, const QString &fileNo, const QString &filedOn);
    Status close(const QString &id, QDate date, const QString &reason, const QString &text);

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_ws;
    CurrentUser m_admin;
    CurrentUser m_caseworker;
    QString m_filed;
};

void TestHouseholdExit::init()
{
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("exit-%1.sqlite").arg(++m_counter)));
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().toString()));
    m_ws = std::move(ws).value();
    auto admin = Accounts::createFirstAdministrator(
        m_ws->sql(), m_ws->deviceId(),
        {QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
         QStringLiteral("admin-pass-1")});
    QVERIFY(admin.ok());
    m_admin = admin.value();
    {
        Transaction tx(m_ws->sql());
        AuditedWriter writer(m_ws->sql(), m_admin, m_ws->deviceId());
        auto id = Accounts::create(writer, {QStringLiteral("liming"), QStringLiteral("李明"),
                                            Role::Caseworker, QStringLiteral("bangfu-demo")});
        QVERIFY(id.ok());
        m_caseworker = {id.value(), QStringLiteral("liming"), QStringLiteral("李明"),
                        Role::Caseworker};
        QVERIFY(tx.commit().ok());
    }
    m_filed = addHousehold(QStringLiteral("filed"), QStringLiteral("HD-2025-0001"),
                           QStringLiteral("2025-03-10"));
    QVERIFY(!m_filed.isEmpty());
}

QString TestHouseholdExit::addHousehold(const QString &status, const QString &fileNo,
                                        const QString &filedOn)
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    writer.setClock([] { return Now; });
    auto id = writer.insert(Permission::EditHouseholds, QStringLiteral("households"),
                            {{QStringLiteral("division_code"), QStringLiteral("371312001")},
                             {QStringLiteral("address"), QStringLiteral("青松社区 3 号楼")},
                             {QStringLiteral("status"), status},
                             {QStringLiteral("file_no"), fileNo.isEmpty() ? QVariant() : fileNo},
                             {QStringLiteral("filed_on"), filedOn.isEmpty() ? QVariant() : filedOn},
                             {QStringLiteral("next_due_on"), QStringLiteral("2026-03-10")}});
    if (!id || !tx.commit())
        return {};
    return id.value();
}

Status TestHouseholdExit::close(const QString &id, QDate date, const QString &reason,
                                const QString &text)
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    writer.setClock([] { return Now; });
    if (Status s = HouseholdExit::close(writer, id, date, reason, text); !s)
        return s;
    return tx.commit();
}

void TestHouseholdExit::closesWithReason()
{
    const int auditBefore = scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const Status s = close(m_filed, QDate(2026, 6, 1), QStringLiteral("income_above_line"), {});
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("SELECT status, exited_on, exit_reason, next_due_on, notes, file_no "
                             "FROM households WHERE id = ?"));
    q.addBindValue(m_filed);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("exited"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-06-01"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("income_above_line"));
    QVERIFY(q.value(3).isNull());
    QCOMPARE(q.value(4).toString(), QString());
    QCOMPARE(q.value(5).toString(), QStringLiteral("HD-2025-0001")); // still findable by number

    // One audited update, in the caseworker's name, with old and new values.
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
             auditBefore + 1);
    QSqlQuery a(m_ws->sql());
    a.prepare(QStringLiteral("SELECT action, user_id, changes FROM audit_log WHERE entity = "
                             "'households' AND row_id = ? ORDER BY seq DESC LIMIT 1"));
    a.addBindValue(m_filed);
    QVERIFY(a.exec() && a.next());
    QCOMPARE(a.value(0).toString(), QStringLiteral("update"));
    QCOMPARE(a.value(1).toString(), m_caseworker.id);
    const QJsonObject changes = QJsonDocument::fromJson(a.value(2).toString().toUtf8()).object();
    QCOMPARE(changes.value(QStringLiteral("status")).toArray().at(1).toString(),
             QStringLiteral("exited"));
    QCOMPARE(changes.value(QStringLiteral("next_due_on")).toArray().at(0).toString(),
             QStringLiteral("2026-03-10"));
    QVERIFY(changes.value(QStringLiteral("next_due_on")).toArray().at(1).isNull());
    const auto chain = AuditLog::verify(m_ws->sql());
    QVERIFY(chain.ok() && chain->ok());
}

void TestHouseholdExit::otherNeedsText()
{
    Status s = close(m_filed, QDate(2026, 6, 1), QStringLiteral("other"), QStringLiteral("  "));
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("Describe")));
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT status FROM households WHERE id = ?"), m_filed)
                 .toString(),
             QStringLiteral("filed"));

    s = close(m_filed, QDate(2026, 6, 1), QStringLiteral("other"), QStringLiteral("随子女迁往外省"));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT notes FROM households WHERE id = ?"), m_filed)
                 .toString(),
             QStringLiteral("2026-06-01 File closed (Other): 随子女迁往外省"));
}

void TestHouseholdExit::notesKeepEarlierText()
{
    {
        Transaction tx(m_ws->sql());
        AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
        QVERIFY(writer.update(Permission::EditHouseholds, QStringLiteral("households"), m_filed,
                              {{QStringLiteral("notes"), QStringLiteral("低保户")}}));
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(close(m_filed, QDate(2026, 5, 2), QStringLiteral("death"),
                  QStringLiteral("户主病故\n家属已知悉")).ok());
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT notes FROM households WHERE id = ?"), m_filed)
                 .toString(),
             QStringLiteral("低保户\n2026-05-02 File closed (Death): 户主病故 家属已知悉"));
}

void TestHouseholdExit::refusals_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no reason") << QDate(2026, 6, 1) << QString() << QStringLiteral("Choose why");
    QTest::newRow("unknown reason") << QDate(2026, 6, 1) << QStringLiteral("bored")
                                    << QStringLiteral("not a reason");
    QTest::newRow("tomorrow") << QDate(2026, 6, 16) << QStringLiteral("death")
                              << QStringLiteral("in the future");
    QTest::newRow("before filing") << QDate(2025, 3, 9) << QStringLiteral("death")
                                   << QStringLiteral("before the household was filed");
    QTest::newRow("no date") << QDate() << QStringLiteral("death") << QStringLiteral("Enter the date");
}

void TestHouseholdExit::refusals()
{
    QFETCH(QDate, date);
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    const Status s = close(m_filed, date, reason, {});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT status FROM households WHERE id = ?"), m_filed)
                 .toString(),
             QStringLiteral("filed"));
    // The filing day itself and today are allowed.
    QVERIFY(close(m_filed, QDate(2025, 3, 10), QStringLiteral("retirement"), {}).ok());
}

void TestHouseholdExit::identifiedCannotClose()
{
    const QString identified = addHousehold(QStringLiteral("identified"), {}, {});
    QVERIFY(!identified.isEmpty());
    Status s = close(identified, QDate(2026, 6, 1), QStringLiteral("transfer"), {});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("never filed")), qPrintable(s.error().message));

    s = close(QStringLiteral("no-such-household"), QDate(2026, 6, 1), QStringLiteral("transfer"), {});
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("does not exist")));

    QVERIFY(close(m_filed, QDate(2026, 6, 15), QStringLiteral("transfer"), {}).ok());
    s = close(m_filed, QDate(2026, 6, 15), QStringLiteral("death"), {});
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("already closed")));
}

void TestHouseholdExit::administratorCannotClose()
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_admin, m_ws->deviceId());
    writer.setClock([] { return Now; });
    const Status s = HouseholdExit::close(writer, m_filed, QDate(2026, 6, 1),
                                          QStringLiteral("death"), {});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("may not")), qPrintable(s.error().message));
}

void TestHouseholdExit::closedFileIsReadOnly()
{
    QVERIFY(HouseholdExit::refuseIfExited(m_ws->sql(), m_filed).ok());
    QVERIFY(!HouseholdExit::refuseIfExited(m_ws->sql(), QStringLiteral("nobody")).ok());
    QVERIFY(close(m_filed, QDate(2026, 6, 1), QStringLiteral("death"), {}).ok());
    const Status s = HouseholdExit::refuseIfExited(m_ws->sql(), m_filed);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("HD-2025-0001")), qPrintable(s.error().message));

    // No visit can be logged on a closed file.
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    writer.setClock([] { return Now; });
    VisitInput visit;
    visit.householdId = m_filed;
    visit.date = QDate(2026, 6, 10);
    visit.purpose = QStringLiteral("condolence");
    visit.visitors = QStringLiteral("李明");
    auto logged = FieldVisits::log(writer, visit);
    QVERIFY(!logged.ok());
    QVERIFY(logged.error().message.contains(QStringLiteral("closed")));
}

void TestHouseholdExit::readOnlyStatus()
{
    QVERIFY(HouseholdExit::isReadOnly(QStringLiteral("exited")));
    QVERIFY(!HouseholdExit::isReadOnly(QStringLiteral("filed")));
    QVERIFY(!HouseholdExit::isReadOnly(QStringLiteral("identified")));
    QCOMPARE(HouseholdExit::reasonCodes().size(), 5);
}

QTEST_GUILESS_MAIN(TestHouseholdExit)
#include "tst_householdexit.moc"

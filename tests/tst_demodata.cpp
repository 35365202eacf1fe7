// Tests of the demo-data generator and the division loader: the demo must
// satisfy every constraint of the schema, hold valid ID numbers, and be the
// same for the same seed.
#include "auditlog.h"
#include "database.h"
#include "demodata.h"
#include "divisions.h"
#include "idnumber.h"
#include "maclaimpayout.h"
#include "maplanjson.h"
#include "pinyin.h"

#include <memory>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

std::unique_ptr<Database> openDb(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        qWarning() << db.error().toString();
    return db ? std::move(db).value() : nullptr;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// SHA-256 over every row of \a table in \a key order, leaving out the columns
// \a skip (this installation's device id, which is random, is in no hash).
QByteArray tableHash(const Database &db, const QString &table,
                     const QString &key = QStringLiteral("id"), const QStringList &skip = {})
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, key)))
        return {};
    const QStringList always{QStringLiteral("updated_device"), QStringLiteral("device_id")};
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            const QString column = q.record().fieldName(i);
            if (always.contains(column) || skip.contains(column))
                continue;
            const QVariant v = q.value(i);
            hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toString().toUtf8());
            hash.addData(QByteArrayLiteral("\x1f"));
        }
        hash.addData(QByteArrayLiteral("\x1e"));
    }
    return hash.result();
}

// Tables whose rows are synced (they carry updated_device) and so are written
// only through AuditedWriter.
QStringList syncedTables(const Database &db)
{
    QSqlQuery q(db.sql());
    QStringList tables;
    if (!q.exec(QStringLiteral(
            "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
            "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'updated_device') "
            "ORDER BY m.name")))
        return tables;
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

// The demo's audit log is whole: the chain verifies, every synced row has
// exactly one insert entry by this device, and each row's stamps are those of
// its latest entry. Returns the number of entries (-1 after a failed check).
qint64 checkAudit(const Database &db)
{
    auto report = AuditLog::verify(db.sql());
    if (!report) {
        qWarning() << report.error().toString();
        return -1;
    }
    if (!report->ok()) {
        qWarning() << "broken at" << report->firstBroken << report->problem;
        return -1;
    }
    const QString device = QStringLiteral("(SELECT id FROM devices WHERE is_self = 1)");
    if (scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE device_id IS NOT ") +
                       device) != 0 ||
        scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT IN "
                                  "('insert', 'update') OR user_id IS NULL")) != 0) {
        qWarning() << "audit entries from elsewhere, or not writes";
        return -1;
    }
    const QStringList tables = syncedTables(db);
    if (tables.size() < 20) {
        qWarning() << "synced tables:" << tables;
        return -1;
    }
    qint64 rows = 0;
    for (const QString &table : tables) {
        const qint64 n = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        const qint64 inserts = scalar(
            db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = '%1' AND action = "
                               "'insert'")
                    .arg(table));
        const qint64 unmatched = scalar(
            db, QStringLiteral("SELECT count(*) FROM %1 t WHERE (SELECT count(*) FROM audit_log a "
                               "WHERE a.entity = '%1' AND a.row_id = t.id AND a.action = "
                               "'insert') <> 1")
                    .arg(table));
        // The last entry of a row (by chain order) left the row as it is now.
        const qint64 stale = scalar(
            db, QStringLiteral("SELECT count(*) FROM %1 t JOIN audit_log a ON a.seq = "
                               "(SELECT max(seq) FROM audit_log l WHERE l.entity = '%1' AND "
                               "l.row_id = t.id) WHERE a.at_utc <> t.updated_at OR a.user_id IS "
                               "NOT t.updated_by OR a.device_id IS NOT t.updated_device")
                    .arg(table));
        if (n != inserts || unmatched != 0 || stale != 0) {
            qWarning() << table << "rows" << n << "inserts" << inserts << "unmatched" << unmatched
                       << "stale" << stale;
            return -1;
        }
        rows += n;
    }
    const qint64 inserts =
        scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'insert'"));
    if (inserts != rows) {
        qWarning() << "insert entries" << inserts << "synced rows" << rows;
        return -1;
    }
    // Entries name their row: none about a row that does not exist.
    for (const QString &table : tables) {
        if (scalar(db, QStringLiteral("SELECT count(*) FROM audit_log a WHERE a.entity = '%1' AND "
                                      "NOT EXISTS (SELECT 1 FROM %1 t WHERE t.id = a.row_id)")
                           .arg(table)) != 0) {
            qWarning() << "entries about missing rows of" << table;
            return -1;
        }
    }
    return report->entries;
}

// Who did what, by role, as the demo claims to act.
qint64 entriesNotBy(const Database &db, const QString &entity, const QString &action,
                    const QString &role)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_log a LEFT JOIN users u ON u.id "
                                     "= a.user_id WHERE a.entity = '%1' AND a.action = '%2' AND "
                                     "u.role IS NOT '%3'")
                          .arg(entity, action, role));
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatesConsistentData_data();
    void generatesConsistentData();
    void sameSeedSameContent();
    void refusesDatabaseWithData();
    void failureLeavesNothing();
    void sixHundredHouseholds();
    void holdsTheYueyangPlanFile();

private:
    Status generate(const QString &path, quint32 seed, int households, const QDate &today);

    QTemporaryDir m_dir;
    std::unique_ptr<Pinyin> m_pinyin;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pinyin = std::make_unique<Pinyin>();
}

Status TestDemoData::generate(const QString &path, quint32 seed, int households, const QDate &today)
{
    auto db = openDb(path);
    if (!db)
        return Error{QStringLiteral("cannot open"), path};
    return DemoData::generate(*db, *m_pinyin, DemoOptions{seed, households, today});
}

void TestDemoData::generatesConsistentData_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("households");
    QTest::addColumn<QDate>("today");
    QTest::newRow("mid-year") << 7u << 60 << QDate(2026, 6, 15);
    QTest::newRow("new year") << 7u << 60 << QDate(2026, 1, 3);
    QTest::newRow("leap day") << 7u << 60 << QDate(2024, 2, 29);
    QTest::newRow("year end") << 7u << 60 << QDate(2025, 12, 31);
    QTest::newRow("other seed, more households") << 11u << 250 << QDate(2027, 9, 30);
}

void TestDemoData::generatesConsistentData()
{
    QFETCH(quint32, seed);
    QFETCH(int, households);
    QFETCH(QDate, today);
    const QString path = m_dir.filePath(
        QStringLiteral("consistent-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
    const Status s = generate(path, seed, households, today);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));

    auto db = openDb(path);
    QVERIFY(db);
    const Database &d = *db;

    // Schema-level soundness.
    QSqlQuery fk(d.sql());
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    const bool violation = fk.next();
    QVERIFY2(!violation, qPrintable(violation ? fk.value(0).toString() : QString()));
    QSqlQuery integrity(d.sql());
    QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
    QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));

    // Counts.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM households")), households);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM divisions")), 12);
    QCOMPARE(
        scalar(d, QStringLiteral("SELECT count(*) FROM divisions WHERE parent_code = '371312'")),
        11);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM users")), 5);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM devices WHERE is_self = 1")), 1);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM poverty_lines")), 4);
    // Three plan years of the demo's own and the published Yueyang plan of 2014.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM ma_plans")), 4);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM ma_plan_bands")), 20);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM aid_programmes")), 4);
    const qint64 communities = scalar(d, QStringLiteral("SELECT count(*) FROM communities"));
    QVERIFY(communities >= 33 && communities <= 66);
    const qint64 members = scalar(d, QStringLiteral("SELECT count(*) FROM members"));
    QVERIFY(members >= households && members <= 6 * households);
    for (const char *table :
         {"field_visits", "survey_records", "ma_enrolments", "ma_claims", "ma_invoices",
          "aid_requests", "aid_approvals", "disbursement_batches", "disbursements"}) {
        const qint64 n =
            scalar(d, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        QVERIFY2(n > 0, table);
    }
    QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM survey_records")) >= households);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM communities WHERE invented <> 1")), 0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'union_name' AND "
                                      "value = '临沂市河东区总工会'")),
             1);
    QCOMPARE(scalar(d, QStringLiteral(
                           "SELECT count(*) FROM poverty_lines WHERE source LIKE '演示数值%'")),
             4);
    QCOMPARE(scalar(d, QStringLiteral(
                           "SELECT count(*) FROM users WHERE password_hash LIKE '$argon2id$%'")),
             5);

    // Members: valid ID numbers of the district matching sex and birth date; one head each.
    QSqlQuery q(d.sql());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT name, id_number, sex, birth_date, name_pinyin, name_initials FROM members")));
    int checked = 0;
    while (q.next()) {
        const QString number = q.value(1).toString();
        const auto info = IdNumber::parse(number, today);
        QVERIFY2(info.ok(),
                 qPrintable(number + u' ' + (info.ok() ? QString() : info.error().message)));
        QVERIFY(number.startsWith(QStringLiteral("371312")));
        QCOMPARE(q.value(2).toString(),
                 info->sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female"));
        QCOMPARE(q.value(3).toString(), info->birthDate.toString(Qt::ISODate));
        QVERIFY(!q.value(4).toString().isEmpty());
        QVERIFY(!q.value(5).toString().isEmpty());
        ++checked;
    }
    QCOMPARE(checked, members);
    QCOMPARE(
        scalar(d, QStringLiteral(
                      "SELECT count(*) FROM households h WHERE (SELECT count(*) FROM members m "
                      "WHERE m.household_id = h.id AND m.is_head = 1) <> 1")),
        0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM (SELECT id_number FROM members GROUP "
                                      "BY id_number HAVING count(*) > 1)")),
             0);
    // Nobody under 16 works or has retired.
    QCOMPARE(
        scalar(d, QStringLiteral(
                      "SELECT count(*) FROM members WHERE birth_date > '%1' AND work_status IN "
                      "('employed', 'flexible', 'unemployed', 'retired', 'farming')")
                      .arg(today.addYears(-16).toString(Qt::ISODate))),
        0);

    // Files: numbers on filed households, survey figures computed as documented.
    QCOMPARE(
        scalar(d,
               QStringLiteral(
                   "SELECT count(*) FROM households WHERE status <> 'identified' AND "
                   "(file_no NOT GLOB 'HD-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]' "
                   "OR category IS NULL OR bank_account IS NULL OR length(bank_account) <> 19)")),
        0);
    QCOMPARE(
        scalar(
            d,
            QStringLiteral(
                "SELECT count(*) FROM households WHERE status = 'filed' AND next_due_on IS NULL")),
        0);
    QCOMPARE(scalar(d, QStringLiteral(
                           "SELECT count(*) FROM survey_records WHERE per_capita_monthly_fen <> "
                           "(income_wages_fen + income_business_fen + income_pension_fen + "
                           "income_unemployment_fen + "
                           "income_compensation_fen + income_property_fen + income_maintenance_fen "
                           "+ income_other_fen + "
                           "imputed_wage_fen - expense_illness_fen - expense_disability_fen - "
                           "expense_schooling_fen - "
                           "expense_job_fen) / 12 / household_size")),
             0);
    QCOMPARE(
        scalar(d,
               QStringLiteral(
                   "SELECT count(*) FROM households h WHERE last_verified_on IS NOT "
                   "(SELECT max(survey_date) FROM survey_records s WHERE s.household_id = h.id)")),
        0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM field_visits WHERE visit_date > '%1'")
                           .arg(today.toString(Qt::ISODate))),
             0);

    // Claims: small personal shares pay 30% rounded down to the fen (as PayoutEngine
    // does), at least 50 yuan; paid claims carry date and reference.
    QCOMPARE(
        scalar(d, QStringLiteral(
                      "SELECT count(*) FROM (SELECT c.computed_payout_fen AS payout, "
                      "sum(i.personal_fen) AS personal "
                      "FROM ma_claims c JOIN ma_invoices i ON i.claim_id = c.id GROUP BY c.id) "
                      "WHERE personal <= 500000 AND payout <> max(personal * 300 / 1000, "
                      "min(5000, personal))")),
        0);
    // Every stored payout and explanation is what the engine gives for the claim
    // as of its approval (or submission), and approval kept the computed figure.
    QSqlQuery claims(d.sql());
    QVERIFY(claims.exec(QStringLiteral(
        "SELECT id, coalesce(CASE WHEN approved_payout_fen IS NOT NULL THEN decided_at END, "
        "submitted_at), computed_payout_fen, approved_payout_fen, explanation "
        "FROM ma_claims WHERE status <> 'draft'")));
    int recomputed = 0;
    while (claims.next()) {
        const QDateTime asOf = QDateTime::fromString(claims.value(1).toString(), Qt::ISODateWithMs);
        auto payout = MaClaimPayout::compute(d.sql(), claims.value(0).toString(), asOf);
        QVERIFY2(payout, payout ? "" : qPrintable(payout.error().toString()));
        QCOMPARE(payout->payout.fen(), claims.value(2).toLongLong());
        QVERIFY(!payout->refused);
        QCOMPARE(PayoutEngine::plainText(*payout), claims.value(4).toString());
        if (!claims.value(3).isNull())
            QCOMPARE(claims.value(3).toLongLong(), claims.value(2).toLongLong());
        ++recomputed;
    }
    QVERIFY(recomputed > 0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM ma_claims WHERE status = 'draft' AND "
                                      "(computed_payout_fen IS NOT NULL OR claim_no IS NOT NULL)")),
             0);
    QCOMPARE(scalar(d, QStringLiteral(
                           "SELECT count(*) FROM ma_claims WHERE computed_payout_fen > 5000000")),
             0);
    QCOMPARE(
        scalar(
            d,
            QStringLiteral(
                "SELECT count(*) FROM ma_claims WHERE (status = 'draft') <> (claim_no IS NULL) "
                "OR claim_no NOT GLOB 'MA-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'")),
        0);
    QCOMPARE(
        scalar(d, QStringLiteral(
                      "SELECT count(*) FROM ma_enrolments WHERE receipt_no NOT GLOB 'HZ[0-9]*'")),
        0);
    QCOMPARE(
        scalar(
            d,
            QStringLiteral(
                "SELECT count(*) FROM ma_claims WHERE status = 'paid' AND "
                "(paid_on IS NULL OR payment_reference IS NULL OR approved_payout_fen IS NULL)")),
        0);
    QCOMPARE(
        scalar(
            d,
            QStringLiteral(
                "SELECT count(*) FROM ma_claims WHERE status IN ('approved', 'paid', 'rejected') "
                "AND decided_by IS NULL")),
        0);

    // Aid: nobody approves their own request; large medical aid has a second, different supervisor.
    QCOMPARE(
        scalar(
            d,
            QStringLiteral(
                "SELECT count(*) FROM aid_approvals a JOIN aid_requests r ON r.id = a.request_id "
                "WHERE a.decided_by = r.created_by")),
        0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM aid_requests r JOIN aid_programmes p "
                                      "ON p.id = r.programme_id "
                                      "WHERE r.status = 'approved' AND r.amount_fen > "
                                      "p.second_approval_above_fen AND NOT EXISTS "
                                      "(SELECT 1 FROM aid_approvals a2 JOIN aid_approvals a1 ON "
                                      "a1.request_id = a2.request_id "
                                      "WHERE a2.request_id = r.id AND a2.stage = 2 AND a1.stage = "
                                      "1 AND a1.decided_by <> a2.decided_by)")),
             0);
    QCOMPARE(
        scalar(
            d,
            QStringLiteral(
                "SELECT count(*) FROM disbursements d JOIN aid_requests r ON r.id = d.request_id "
                "WHERE r.status <> 'approved' OR d.amount_fen <> r.amount_fen")),
        0);

    // Timestamps are UTC ISO with milliseconds, never after the demo's today.
    const QRegularExpression stamp(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    for (const char *table :
         {"households", "members", "field_visits", "ma_claims", "aid_requests", "disbursements"}) {
        QSqlQuery t(d.sql());
        QVERIFY(t.exec(QStringLiteral("SELECT created_at, updated_at, updated_device FROM %1")
                           .arg(QLatin1String(table))));
        while (t.next()) {
            const QString created = t.value(0).toString();
            const QString updated = t.value(1).toString();
            QVERIFY2(stamp.match(created).hasMatch(), qPrintable(created));
            QVERIFY2(created <= updated,
                     qPrintable(QLatin1String(table) + u' ' + created + u' ' + updated));
            QVERIFY2(updated.left(10) <= today.toString(Qt::ISODate), qPrintable(updated));
            QVERIFY(!t.value(2).toString().isEmpty());
        }
    }

    // Everything went through AuditedWriter, as the person who would have done it.
    QVERIFY(checkAudit(d) > 0);
    QSqlQuery future(d.sql());
    QVERIFY(future.exec(QStringLiteral("SELECT group_concat(entity || ' ' || action || ' ' || "
                                       "at_utc || ' ' || changes, '; ') FROM audit_log WHERE "
                                       "substr(at_utc, 1, 10) > '%1'")
                            .arg(today.toString(Qt::ISODate))) &&
            future.next());
    QVERIFY2(future.value(0).isNull(), qPrintable(future.value(0).toString()));
    // Nobody acts before their account exists.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM audit_log a JOIN users u ON u.id = "
                                      "a.user_id WHERE a.at_utc < u.created_at")),
             0);
    QCOMPARE(entriesNotBy(d, QStringLiteral("aid_approvals"), QStringLiteral("insert"),
                          QStringLiteral("supervisor")),
             0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM aid_approvals p JOIN audit_log a ON "
                                      "a.entity = 'aid_approvals' AND a.row_id = p.id AND "
                                      "a.action = 'insert' WHERE a.user_id <> p.decided_by")),
             0);
    QCOMPARE(entriesNotBy(d, QStringLiteral("households"), QStringLiteral("insert"),
                          QStringLiteral("caseworker")),
             0);
    QCOMPARE(entriesNotBy(d, QStringLiteral("aid_requests"), QStringLiteral("insert"),
                          QStringLiteral("caseworker")),
             0);
    QCOMPARE(entriesNotBy(d, QStringLiteral("ma_plans"), QStringLiteral("insert"),
                          QStringLiteral("administrator")),
             0);
    QCOMPARE(entriesNotBy(d, QStringLiteral("aid_programmes"), QStringLiteral("insert"),
                          QStringLiteral("administrator")),
             0);
    QCOMPARE(entriesNotBy(d, QStringLiteral("disbursements"), QStringLiteral("update"),
                          QStringLiteral("supervisor")),
             0);
    // Claim decisions are supervisors' updates; there are some.
    const QString decisions = QStringLiteral(
        "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.entity = 'ma_claims' AND "
        "a.action = 'update' AND json_extract(a.changes, '$.decided_by[1]') IS NOT NULL");
    QVERIFY(scalar(d, QStringLiteral("SELECT count(*) ") + decisions) > 0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) ") + decisions +
                           QStringLiteral(" AND u.role IS NOT 'supervisor'")),
             0);
    // A file number is given by the change that files the household.
    QCOMPARE(scalar(d, QStringLiteral(
                           "SELECT count(*) FROM households h WHERE status <> 'identified' AND "
                           "NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'households' "
                           "AND a.row_id = h.id AND a.action = 'update' AND "
                           "json_extract(a.changes, '$.file_no[1]') = h.file_no AND "
                           "json_extract(a.changes, '$.status[1]') = 'filed')")),
             0);
    // Each account has its own salt, and no hash reaches the log.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(DISTINCT password_hash) FROM users")), 5);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE "
                                      "'%argon2%'")),
             0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'users' AND "
                                      "json_extract(changes, '$.password_hash[1]') = '(hidden)'")),
             5);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM devices WHERE is_self = 1 AND name = "
                                      "'河东区总工会办公室'")),
             1);
}

void TestDemoData::sameSeedSameContent()
{
    const QDate today(2026, 6, 15);
    const QString a = m_dir.filePath(QStringLiteral("same-a.sqlite"));
    const QString b = m_dir.filePath(QStringLiteral("same-b.sqlite"));
    const QString c = m_dir.filePath(QStringLiteral("other-seed.sqlite"));
    QVERIFY(generate(a, 7, 60, today).ok());
    QVERIFY(generate(b, 7, 60, today).ok());
    QVERIFY(generate(c, 8, 60, today).ok());
    auto dbA = openDb(a);
    auto dbB = openDb(b);
    auto dbC = openDb(c);
    QVERIFY(dbA && dbB && dbC);
    // Every synced table, the password hashes aside (salted), and the audit log
    // but for its hashes: this installation's device id, which every entry and
    // row carries, is random, so is left out of the comparison.
    const QStringList tables = syncedTables(*dbA);
    QVERIFY(tables.contains(QStringLiteral("households")));
    for (const QString &table : tables) {
        const QStringList skip = table == QLatin1String("users")
                                     ? QStringList{QStringLiteral("password_hash")}
                                     : QStringList();
        const QByteArray hashA = tableHash(*dbA, table, QStringLiteral("id"), skip);
        QVERIFY2(!hashA.isEmpty(), qPrintable(table));
        QVERIFY2(hashA == tableHash(*dbB, table, QStringLiteral("id"), skip), qPrintable(table));
    }
    const QStringList chain{QStringLiteral("prev_hash"), QStringLiteral("hash")};
    QVERIFY(scalar(*dbA, QStringLiteral("SELECT count(*) FROM audit_log")) > 1000);
    QCOMPARE(tableHash(*dbA, QStringLiteral("audit_log"), QStringLiteral("seq"), chain),
             tableHash(*dbB, QStringLiteral("audit_log"), QStringLiteral("seq"), chain));
    QVERIFY(tableHash(*dbA, QStringLiteral("audit_log"), QStringLiteral("seq"), chain) !=
            tableHash(*dbC, QStringLiteral("audit_log"), QStringLiteral("seq"), chain));
    QVERIFY(tableHash(*dbA, QStringLiteral("households")) !=
            tableHash(*dbC, QStringLiteral("households")));
    QVERIFY(tableHash(*dbA, QStringLiteral("members")) !=
            tableHash(*dbC, QStringLiteral("members")));
    // Everything but the salted password hashes is the same.
    QCOMPARE(scalar(*dbA, QStringLiteral("SELECT count(*) FROM users")), 5);
    QVERIFY(tableHash(*dbA, QStringLiteral("users")) != tableHash(*dbB, QStringLiteral("users")));
}

void TestDemoData::refusesDatabaseWithData()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.sqlite"));
    QVERIFY(generate(path, 7, 5, QDate(2026, 6, 15)).ok());
    const Status again = generate(path, 7, 5, QDate(2026, 6, 15));
    QVERIFY(!again.ok());
    auto db = openDb(path);
    QVERIFY(db);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM households")), 5);
    QVERIFY(
        !generate(m_dir.filePath(QStringLiteral("none.sqlite")), 7, 0, QDate(2026, 6, 15)).ok());
}

void TestDemoData::failureLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("fails.sqlite"));
    {
        auto db = openDb(path);
        QVERIFY(db);
        // Late in the demo, after thousands of rows and audit entries.
        QSqlQuery trigger(db->sql());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_approvals BEFORE INSERT ON "
                                            "aid_approvals BEGIN SELECT RAISE(ABORT, 'refused "
                                            "by the test'); END")));
    }
    const Status s = generate(path, 7, 30, QDate(2026, 6, 15));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().toString().contains(QStringLiteral("refused by the test")),
             qPrintable(s.error().toString()));
    auto db = openDb(path);
    QVERIFY(db);
    for (const char *table : {"users", "households", "members", "ma_claims", "aid_requests",
                              "audit_log", "divisions"})
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                 0);
    auto report = AuditLog::verify(db->sql());
    QVERIFY(report && report->ok());
}

void TestDemoData::sixHundredHouseholds()
{
    const QString path = m_dir.filePath(QStringLiteral("default.sqlite"));
    auto db = openDb(path);
    QVERIFY(db);
    // As `bangfu-cli init --demo` does it: divisions first, then the demo on top.
    QVERIFY(DemoData::loadDivisions(*db).ok());
    const Status s =
        DemoData::generate(*db, *m_pinyin, DemoOptions{20261129, 600, QDate(2026, 11, 29)});
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    const qint64 entries = checkAudit(*db);
    QVERIFY(entries > 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM households")), 600);
    // Some files are overdue for re-verification, as in real life.
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM households WHERE status = 'filed' AND "
                                       "next_due_on < '2026-11-29'")) > 0);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT status) FROM ma_claims")) == 5);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT category) FROM households")) == 3);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT status) FROM households")) == 3);
    QSqlQuery fk(db->sql());
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!fk.next());
}

// The demo holds the shipped plan file's plan as it is (same id, every value),
// read from the copy compiled in.
void TestDemoData::holdsTheYueyangPlanFile()
{
    const QString shipped = QStringLiteral(BANGFU_TEST_DATA "/plans/yueyang-2014.json");
    QFile compiledIn(DemoData::yueyangPlanFile());
    QFile file(shipped);
    QVERIFY(compiledIn.open(QIODevice::ReadOnly) && file.open(QIODevice::ReadOnly));
    QCOMPARE(compiledIn.readAll(), file.readAll());

    const MaPlanJson::Contents contents = MaPlanJson::readFile(shipped);
    QVERIFY(contents.ok());
    QCOMPARE(contents.plans.size(), 1);
    const QString path = m_dir.filePath(QStringLiteral("yueyang.sqlite"));
    QVERIFY(generate(path, 7, 5, QDate(2026, 6, 15)).ok());
    auto db = openDb(path);
    QVERIFY(db);
    auto stored = MaPlans::load(db->sql(), contents.plans.constFirst().id);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
    QCOMPARE(MaPlanJson::write({stored.value()}), MaPlanJson::write(contents.plans));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM ma_enrolments e JOIN ma_plans p ON "
                                        "p.id = e.plan_id WHERE p.year = 2014")),
             0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"

// HardshipAssessment against the database: the 低保 line of a year and
// division (the division's own row before the district default), and the
// audited acceptance or override of the proposed category.
#include "accounts.h"
#include "auditlog.h"
#include "hardshipassessment.h"
#include "hardshiptestdata.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestHardshipRecords : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void povertyLineLookup_data();
    void povertyLineLookup();
    void assessUsesTheDivisionLine();
    void overrideNeedsAReason_data();
    void overrideNeedsAReason();
    void overrideIsAudited();
    void acceptClearsTheReason();
    void overrideRefusals();

private:
    /// A fresh database with an administrator and a caseworker, for the tests
    /// that need one (the pure computations do not).
    void openWorkspace();
    Status addLine(int year, const QString &division, qint64 dibaoYuan, qint64 minWageYuan);
    QString addHousehold(const QString &status = QStringLiteral("identified"));

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    CurrentUser m_admin;
    CurrentUser m_caseworker;
    int m_counter = 0;
};

void TestHardshipRecords::cleanup()
{
    m_ws.reset();
}

void TestHardshipRecords::openWorkspace()
{
    QVERIFY(m_dir.isValid());
    m_ws.reset();
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_counter)));
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().toString()));
    m_ws = std::move(ws).value();
    auto admin =
        Accounts::createFirstAdministrator(m_ws->sql(), m_ws->deviceId(),
                                           {QStringLiteral("admin"), QStringLiteral("系统管理员"),
                                            Role::Administrator, QStringLiteral("admin-pass-1")});
    QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().toString()));
    m_admin = admin.value();

    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_admin, m_ws->deviceId());
    auto id = Accounts::create(writer, {QStringLiteral("liming"), QStringLiteral("李明"),
                                        Role::Caseworker, QStringLiteral("caseworker-1")});
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
    QVERIFY(tx.commit());
    m_caseworker = {id.value(), QStringLiteral("liming"), QStringLiteral("李明"), Role::Caseworker};
}

Status TestHardshipRecords::addLine(int year, const QString &division, qint64 dibaoYuan,
                                       qint64 minWageYuan)
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_admin, m_ws->deviceId());
    auto id = writer.insert(
        Permission::ManageSettings, QStringLiteral("poverty_lines"),
        {{QStringLiteral("year"), year},
         {QStringLiteral("division_code"), division.isEmpty() ? QVariant() : QVariant(division)},
         {QStringLiteral("dibao_monthly_fen"), dibaoYuan * 100},
         {QStringLiteral("min_wage_monthly_fen"), minWageYuan * 100}});
    if (!id)
        return id.error();
    return tx.commit();
}

QString TestHardshipRecords::addHousehold(const QString &status)
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    RowValues values = {{QStringLiteral("division_code"), Jiuqu},
                        {QStringLiteral("address"), QStringLiteral("九曲街道示例路1号")},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("category"), HardshipAssessment::Relative},
                        {QStringLiteral("category_proposed"), HardshipAssessment::Relative}};
    if (status != QLatin1String("identified"))
        values.append({QStringLiteral("file_no"), QStringLiteral("HD-%1").arg(++m_counter)});
    if (status == QLatin1String("exited"))
        values += {{QStringLiteral("exited_on"), QStringLiteral("2026-05-01")},
                   {QStringLiteral("exit_reason"), QStringLiteral("income_above_line")}};
    auto id = writer.insert(Permission::EditHouseholds, QStringLiteral("households"), values);
    if (!id || !tx.commit())
        return {};
    return id.value();
}

void TestHardshipRecords::povertyLineLookup_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("division");
    QTest::addColumn<qint64>("dibaoFen"); // 0: an error is expected
    QTest::addColumn<qint64>("minWageFen");
    QTest::addColumn<bool>("districtDefault");
    QTest::addColumn<QString>("error");

    QTest::newRow("division's own row over the default")
        << 2026 << Jiuqu << 99000LL << 210000LL << false << QString();
    QTest::newRow("default for a division without its own")
        << 2026 << Xianggong << 95000LL << 200000LL << true << QString();
    QTest::newRow("own row without a default")
        << 2025 << Jiuqu << 93000LL << 190000LL << false << QString();
    QTest::newRow("no row for the year")
        << 2027 << Jiuqu << 0LL << 0LL << false
        << QStringLiteral(
               "No 低保 line is set for 2027 (九曲街道); an administrator sets it under Administration → Poverty lines and minimum wage.");
    QTest::newRow("another division's row does not apply")
        << 2025 << Xianggong << 0LL << 0LL << false
        << QStringLiteral(
               "No 低保 line is set for 2025 (相公街道); an administrator sets it under Administration → Poverty lines and minimum wage.");
    QTest::newRow("unknown division named by its code")
        << 2027 << QStringLiteral("371312999") << 0LL << 0LL << false
        << QStringLiteral(
               "No 低保 line is set for 2027 (371312999); an administrator sets it under Administration → Poverty lines and minimum wage.");
}

void TestHardshipRecords::povertyLineLookup()
{
    openWorkspace();
    if (QTest::currentTestFailed())
        return;
    QFETCH(int, year);
    QFETCH(QString, division);
    QFETCH(qint64, dibaoFen);
    QFETCH(qint64, minWageFen);
    QFETCH(bool, districtDefault);
    QFETCH(QString, error);

    QVERIFY(addLine(2026, QString(), 950, 2000));
    QVERIFY(addLine(2026, Jiuqu, 990, 2100));
    QVERIFY(addLine(2025, Jiuqu, 930, 1900));

    auto line = HardshipAssessment::povertyLine(m_ws->sql(), year, division);
    if (!error.isEmpty()) {
        QVERIFY(!line.ok());
        QCOMPARE(line.error().message, error);
        return;
    }
    QVERIFY2(line.ok(), line.ok() ? "" : qPrintable(line.error().toString()));
    QCOMPARE(line->year, year);
    QCOMPARE(line->divisionCode, division);
    QCOMPARE(line->dibaoMonthly.fen(), dibaoFen);
    QCOMPARE(line->minWageMonthly.fen(), minWageFen);
    QCOMPARE(line->districtDefault, districtDefault);
    QCOMPARE(line->divisionName,
             division == Jiuqu ? QStringLiteral("九曲街道") : QStringLiteral("相公街道"));
}

// ¥960 a person is deep under 九曲街道's own ¥990 but relative under the ¥950 default.
void TestHardshipRecords::assessUsesTheDivisionLine()
{
    openWorkspace();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(addLine(2026, QString(), 950, 2000));
    QVERIFY(addLine(2026, Jiuqu, 990, 2100));
    AssessmentInput input = employedHousehold(1);
    input.income.wagesFen = 96000 * 12;

    auto own = HardshipAssessment::assess(m_ws->sql(), input);
    QVERIFY2(own.ok(), own.ok() ? "" : qPrintable(own.error().toString()));
    QCOMPARE(own->line.dibaoMonthly, Money::fromYuan(990));
    QCOMPARE(own->proposedCategory, HardshipAssessment::Deep);

    input.divisionCode = Xianggong;
    auto fallback = HardshipAssessment::assess(m_ws->sql(), input);
    QVERIFY(fallback.ok());
    QCOMPARE(fallback->line.dibaoMonthly, Money::fromYuan(950));
    QCOMPARE(fallback->proposedCategory, HardshipAssessment::Relative);
    QVERIFY(fallback->explanation.last().startsWith(
        QStringLiteral("低保 line 2026 for 相公街道 (district default)")));

    input.surveyDate = QDate(2027, 1, 5);
    auto missing = HardshipAssessment::assess(m_ws->sql(), input);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message,
             QStringLiteral(
                 "No 低保 line is set for 2027 (相公街道); an administrator sets it under Administration → Poverty lines and minimum wage."));
}

void TestHardshipRecords::overrideNeedsAReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("  \t ");
}

void TestHardshipRecords::overrideNeedsAReason()
{
    openWorkspace();
    if (QTest::currentTestFailed())
        return;
    QFETCH(QString, reason);
    const QString id = addHousehold();
    QVERIFY(!id.isEmpty());
    const int auditBefore =
        scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    Status s = HardshipAssessment::overrideProposal(writer, id, HardshipAssessment::NotEligible,
                                                    HardshipAssessment::Relative, reason);
    QVERIFY(!s.ok());
    QCOMPARE(
        s.error().message,
        QStringLiteral(
            "Give a reason for choosing Relative hardship instead of the proposed Not eligible."));
    QCOMPARE(s.error().where, QStringLiteral("category_override_reason"));
    QVERIFY(tx.commit());
    QCOMPARE(scalar(m_ws->sql(),
                    QStringLiteral("SELECT category_proposed FROM households WHERE id = ?"), {id})
                 .toString(),
             HardshipAssessment::Relative);
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
             auditBefore);
}

void TestHardshipRecords::overrideIsAudited()
{
    openWorkspace();
    if (QTest::currentTestFailed())
        return;
    const QString id = addHousehold();
    QVERIFY(!id.isEmpty());
    const QString reason = QStringLiteral("丈夫刚做完手术，下月才能复工");
    {
        Transaction tx(m_ws->sql());
        AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
        Status s = HardshipAssessment::overrideProposal(writer, id, HardshipAssessment::NotEligible,
                                                        HardshipAssessment::Deep,
                                                        QStringLiteral("  ") + reason);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
        QVERIFY(tx.commit());
    }
    QSqlQuery q(m_ws->sql());
    q.prepare(
        QStringLiteral("SELECT category, category_proposed, category_override_reason, updated_by "
                       "FROM households WHERE id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), HardshipAssessment::Deep);
    QCOMPARE(q.value(1).toString(), HardshipAssessment::NotEligible);
    QCOMPARE(q.value(2).toString(), reason);
    QCOMPARE(q.value(3).toString(), m_caseworker.id);

    auto entries = AuditLog::entries(m_ws->sql(), {QStringLiteral("households"), id, {}, -1});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    const AuditEntry &last = entries->last();
    QCOMPARE(last.action, QStringLiteral("update"));
    QCOMPARE(last.userId, m_caseworker.id);
    QCOMPARE(last.changes.value(QStringLiteral("category")).toArray(),
             (QJsonArray{QStringLiteral("relative"), QStringLiteral("deep")}));
    QCOMPARE(last.changes.value(QStringLiteral("category_proposed")).toArray(),
             (QJsonArray{QStringLiteral("relative"), QStringLiteral("not_eligible")}));
    QCOMPARE(last.changes.value(QStringLiteral("category_override_reason")).toArray(),
             (QJsonArray{QJsonValue::Null, reason}));
    auto chain = AuditLog::verify(m_ws->sql());
    QVERIFY(chain.ok());
    QCOMPARE(chain->firstBroken, 0);
}

void TestHardshipRecords::acceptClearsTheReason()
{
    openWorkspace();
    if (QTest::currentTestFailed())
        return;
    const QString id = addHousehold();
    QVERIFY(!id.isEmpty());
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    QVERIFY(HardshipAssessment::overrideProposal(writer, id, HardshipAssessment::Deep,
                                                 HardshipAssessment::Relative,
                                                 QStringLiteral("有稳定的亲属接济")));
    Status s = HardshipAssessment::acceptProposal(writer, id, HardshipAssessment::Accident);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QVERIFY(tx.commit());
    QCOMPARE(scalar(m_ws->sql(),
                    QStringLiteral(
                        "SELECT category || '/' || category_proposed || '/' || "
                        "ifnull(category_override_reason, 'NULL') FROM households WHERE id = ?"),
                    {id})
                 .toString(),
             QStringLiteral("accident/accident/NULL"));
    auto entries = AuditLog::entries(m_ws->sql(), {QStringLiteral("households"), id, {}, -1});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->last().changes.value(QStringLiteral("category_override_reason")).toArray(),
             (QJsonArray{QStringLiteral("有稳定的亲属接济"), QJsonValue::Null}));
}

void TestHardshipRecords::overrideRefusals()
{
    openWorkspace();
    if (QTest::currentTestFailed())
        return;
    const QString open = addHousehold();
    const QString exited = addHousehold(QStringLiteral("exited"));
    QVERIFY(!open.isEmpty() && !exited.isEmpty());
    const QString reason = QStringLiteral("核实后家庭情况有变化");
    {
        Transaction tx(m_ws->sql());
        AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
        Status same = HardshipAssessment::overrideProposal(writer, open, HardshipAssessment::Deep,
                                                           HardshipAssessment::Deep, reason);
        QVERIFY(!same.ok());
        QCOMPARE(same.error().message,
                 QStringLiteral("Deep hardship is the proposed category; accept the proposal "
                                "instead of overriding it."));
        Status unknown = HardshipAssessment::overrideProposal(
            writer, open, HardshipAssessment::Deep, QStringLiteral("poor"), reason);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, QStringLiteral("Unknown hardship category \"poor\"."));
        Status closed = HardshipAssessment::overrideProposal(
            writer, exited, HardshipAssessment::Deep, HardshipAssessment::Relative, reason);
        QVERIFY(!closed.ok());
        QCOMPARE(closed.error().message,
                 QStringLiteral(
                     "This household's file is closed; its category can no longer be changed."));
        Status missing = HardshipAssessment::overrideProposal(writer, QStringLiteral("no-such-id"),
                                                              HardshipAssessment::Deep,
                                                              HardshipAssessment::Relative, reason);
        QVERIFY(!missing.ok());
        QVERIFY(tx.commit());
    }
    {
        // An administrator does not edit household files.
        Transaction tx(m_ws->sql());
        AuditedWriter writer(m_ws->sql(), m_admin, m_ws->deviceId());
        QVERIFY(!HardshipAssessment::overrideProposal(writer, open, HardshipAssessment::Deep,
                                                      HardshipAssessment::Relative, reason));
        QVERIFY(!HardshipAssessment::acceptProposal(writer, open, HardshipAssessment::Deep));
    }
    // Outside a transaction the writer refuses.
    AuditedWriter loose(m_ws->sql(), m_caseworker, m_ws->deviceId());
    QVERIFY(!HardshipAssessment::overrideProposal(loose, open, HardshipAssessment::Deep,
                                                  HardshipAssessment::Relative, reason));
    QCOMPARE(scalar(m_ws->sql(),
                    QStringLiteral("SELECT count(*) FROM households WHERE category <> 'relative' "
                                   "OR category_override_reason IS NOT NULL"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestHardshipRecords)
#include "tst_hardshiprecords.moc"

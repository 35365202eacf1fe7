// MaPlans::load: a plan with its bands (sorted) and listed diseases from the
// database, NULL columns as empty optionals, and migration 3 (min_payout_rule)
// on a database from version 2.
#include "database.h"
#include "payouttestdata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PayoutTestData;

namespace {

const char *const Stamp = "2024-01-01T00:00:00.000Z";

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

bool insertPlan(const QSqlDatabase &db, const QString &id, const QString &extraColumns = {},
                const QVariantList &extraValues = {})
{
    QString columns = QStringLiteral("id, year, name, product, contribution_fen, term_start,"
                                     " term_end, created_at, updated_at");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?");
    for (qsizetype i = 0; i < extraValues.size(); ++i)
        marks += QStringLiteral(", ?");
    if (!extraColumns.isEmpty())
        columns += QStringLiteral(", ") + extraColumns;
    QVariantList values{id,
                        2014,
                        id,
                        QStringLiteral("inpatient"),
                        5000,
                        QStringLiteral("2014-01-01"),
                        QStringLiteral("2014-12-31"),
                        QLatin1String(Stamp),
                        QLatin1String(Stamp)};
    values += extraValues;
    return exec(db, QStringLiteral("INSERT INTO ma_plans (%1) VALUES (%2)").arg(columns, marks),
                values);
}

} // namespace

class TestMaPlanStore : public QObject
{
    Q_OBJECT

private slots:
    void loadsYueyang();
    void loadsEmptyOptionals();
    void missingPlan();
    void migrationKeepsRaise();
};

void TestMaPlanStore::loadsYueyang()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("plans.sqlite")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    const QSqlDatabase sql = db.value()->sql();
    QVERIFY(insertPlan(sql, QStringLiteral("yy"),
                       QStringLiteral("min_payout_fen, cap_member_term_fen, deadline_date,"
                                      " required_documents, waiting_days, enrol_from, enrol_to"),
                       {5000, 5000000, QStringLiteral("2015-03-31"),
                        QStringLiteral("[\"id_card\",\"invoice\"]"), 0,
                        QStringLiteral("2013-11-01"), QStringLiteral("2014-01-31")}));
    const MaPlan yueyang = yueyangPlan();
    // Inserted out of order: load() sorts by the lower bound.
    for (qsizetype i = yueyang.bands.size() - 1; i >= 0; --i) {
        const MaBand &b = yueyang.bands.at(i);
        QVERIFY(exec(sql,
                     QStringLiteral("INSERT INTO ma_plan_bands (id, plan_id, lower_fen, upper_fen,"
                                    " ratio_permille, created_at, updated_at)"
                                    " VALUES (?, 'yy', ?, ?, ?, ?, ?)"),
                     {QStringLiteral("b%1").arg(i), b.lower.fen(),
                      b.upper ? QVariant(b.upper->fen()) : QVariant(), b.ratioPermille,
                      QLatin1String(Stamp), QLatin1String(Stamp)}));
    }

    const Result<MaPlan> loaded = MaPlans::load(sql, QStringLiteral("yy"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
    const MaPlan &p = *loaded;
    QVERIFY(p.validate().ok());
    QCOMPARE(p.year, 2014);
    QCOMPARE(p.product, MaPlan::Product::Inpatient);
    QCOMPARE(p.contribution, yuan(50));
    QCOMPARE(p.enrolFrom, QDate(2013, 11, 1));
    QCOMPARE(p.termEnd, QDate(2014, 12, 31));
    QCOMPARE(p.waitingDays, std::optional(0));
    QCOMPARE(p.bandMode, MaPlan::BandMode::Marginal);
    QCOMPARE(p.minPayout, std::optional(yuan(50)));
    QCOMPARE(p.minPayoutRule, MaPlan::MinPayoutRule::Raise);
    QCOMPARE(p.capMemberTerm, std::optional(yuan(50'000)));
    QVERIFY(!p.capClaim);
    QCOMPARE(p.deadlineDate, QDate(2015, 3, 31));
    QCOMPARE(p.requiredDocuments,
             QStringList({QStringLiteral("id_card"), QStringLiteral("invoice")}));
    QCOMPARE(p.bands.size(), 5);
    for (qsizetype i = 0; i < p.bands.size(); ++i) {
        QCOMPARE(p.bands.at(i).lower, yueyang.bands.at(i).lower);
        QCOMPARE(p.bands.at(i).upper, yueyang.bands.at(i).upper);
        QCOMPARE(p.bands.at(i).ratioPermille, yueyang.bands.at(i).ratioPermille);
    }
    // The loaded plan pays what the hand-built one does (tst_payoutyueyang).
    const PayoutResult r = PayoutEngine::compute(
        p, stay({yuan(8'000), yuan(4'000), fen(34'560)}, QDate(2014, 6, 3), QDate(2014, 6, 17)),
        EnrolmentFacts{QDate(2013, 12, 20)}, {}, QDate(2014, 7, 1));
    QCOMPARE(r.payout, fen(418'824));
}

void TestMaPlanStore::loadsEmptyOptionals()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("plans.sqlite")));
    QVERIFY(db.ok());
    const QSqlDatabase sql = db.value()->sql();
    QVERIFY(insertPlan(sql, QStringLiteral("ld"),
                       QStringLiteral("band_mode, min_payout_rule, deadline_days"),
                       {QStringLiteral("whole"), QStringLiteral("withhold"), 730}));
    QVERIFY(exec(sql, QStringLiteral("UPDATE ma_plans SET product = 'listed_disease'")));
    QVERIFY(exec(sql,
                 QStringLiteral("INSERT INTO ma_listed_diseases (id, plan_id, code, name,"
                                " lump_sum_fen, created_at, updated_at)"
                                " VALUES ('d1', 'ld', 'C01', '恶性肿瘤', 2000000, ?, ?)"),
                 {QLatin1String(Stamp), QLatin1String(Stamp)}));
    const Result<MaPlan> loaded = MaPlans::load(sql, QStringLiteral("ld"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
    const MaPlan &p = *loaded;
    QCOMPARE(p.product, MaPlan::Product::ListedDisease);
    QCOMPARE(p.bandMode, MaPlan::BandMode::Whole);
    QCOMPARE(p.minPayoutRule, MaPlan::MinPayoutRule::Withhold);
    QVERIFY(!p.enrolFrom.isValid());
    QVERIFY(!p.waitingDays);
    QVERIFY(!p.deductibleAdmission);
    QVERIFY(!p.deductibleTerm);
    QVERIFY(!p.minPayout);
    QVERIFY(!p.capClaim);
    QVERIFY(!p.capMemberTerm);
    QCOMPARE(p.deadlineDays, std::optional(730));
    QVERIFY(!p.deadlineDate.isValid());
    QVERIFY(p.requiredDocuments.isEmpty());
    QVERIFY(p.bands.isEmpty());
    QCOMPARE(p.listedDiseases.size(), 1);
    QCOMPARE(p.listedDiseases.first().name, QStringLiteral("恶性肿瘤"));
    QCOMPARE(p.listedDiseases.first().lumpSum, yuan(20'000));
    QVERIFY(p.paysLumpSums());
    QVERIFY(p.validate().ok());
}

void TestMaPlanStore::missingPlan()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("plans.sqlite")));
    QVERIFY(db.ok());
    const Result<MaPlan> loaded = MaPlans::load(db.value()->sql(), QStringLiteral("nope"));
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QStringLiteral("nope")));
}

// A plan stored before version 3 keeps the reading its payouts were computed
// with; the column refuses other codes.
void TestMaPlanStore::migrationKeepsRaise()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    MigrationSet upToTwo = Migrations::builtin().value();
    QVERIFY(upToTwo.size() >= 3);
    upToTwo.resize(2);
    {
        auto db = Database::open(path, upToTwo);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), 2);
        QVERIFY(insertPlan(db.value()->sql(), QStringLiteral("old"),
                           QStringLiteral("min_payout_fen"), {5000}));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    QVERIFY(db.value()->schemaVersion() >= 3);
    const Result<MaPlan> loaded = MaPlans::load(db.value()->sql(), QStringLiteral("old"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->minPayoutRule, MaPlan::MinPayoutRule::Raise);
    QSqlQuery q(db.value()->sql());
    QVERIFY(!q.exec(QStringLiteral("UPDATE ma_plans SET min_payout_rule = 'sometimes'")));
}

QTEST_GUILESS_MAIN(TestMaPlanStore)
#include "tst_maplanstore.moc"

// MaPlans::save, list and remove: a plan survives the database unchanged,
// every row is audited and an unchanged save writes nothing; only
// administrators may write plans; invalid plans, a second plan of the same
// name and year, changed payout rules after a decided claim, and removing a
// plan with enrolments are refused.
#include "auditlog.h"
#include "maplanfields.h"
#include "maplans.h"
#include "payouttestdata.h"
#include "testworkspace.h"

using namespace PayoutTestData;

namespace {

const QString Stamp = QStringLiteral("2026-01-01T00:00:00.000Z");

/// The Yueyang plan with enrolment window, term deadline and documents, so
/// that every column is written.
MaPlan fullPlan()
{
    MaPlan p = yueyangPlan();
    p.id.clear();
    p.enrolFrom = QDate(2013, 11, 1);
    p.enrolTo = QDate(2014, 1, 31);
    p.waitingDays = 30;
    p.deductibleAdmission = yuan(100);
    p.deductibleTerm = yuan(300);
    p.capClaim = yuan(20'000);
    p.deadlineDate = QDate(2015, 3, 31);
    p.requiredDocuments = {QStringLiteral("id_card"), QStringLiteral("invoice")};
    p.notes = QStringLiteral("测试");
    return p;
}

void compareBands(const QList<MaBand> &actual, const QList<MaBand> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).lower, expected.at(i).lower);
        QCOMPARE(actual.at(i).upper, expected.at(i).upper);
        QCOMPARE(actual.at(i).ratioPermille, expected.at(i).ratioPermille);
    }
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

/// Enrols one member in plan \a planId, behind the writer's back (enrolments
/// are not this test's subject).
bool enrol(const QSqlDatabase &db, const QString &planId)
{
    return exec(db,
                QStringLiteral("INSERT INTO ma_enrolments (id, plan_id, person_name, id_number,"
                               " contribution_fen, created_at, updated_at)"
                               " VALUES ('e1', ?, '王强', '11010519491231002X', 5000, ?, ?)"),
                {planId, Stamp, Stamp});
}

} // namespace

class TestMaPlans : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAndAudit();
    void unchangedSaveWritesNothing();
    void changesBandsRowByRow();
    void listsByYear();
    void caseworkerRefused();
    void invalidPlanRefused();
    void sameNameRefused();
    void decidedClaimsFreezeRules();
    void removeRefusedWithEnrolments();

private:
    static Result<QString> save(TestWorkspace &t, const MaPlan &plan)
    {
        QString id;
        const Status s = t.write(t.admin, [&](AuditedWriter &w) -> Status {
            auto saved = MaPlans::save(w, plan);
            if (!saved)
                return saved.error();
            id = *saved;
            return {};
        });
        if (!s)
            return s.error();
        return id;
    }
    static int audits(TestWorkspace &t, const QString &entity)
    {
        return t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ?"), {entity})
            .toInt();
    }
};

void TestMaPlans::roundTripAndAudit()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    const MaPlan plan = fullPlan();
    auto id = save(t, plan);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
    auto loaded = MaPlans::load(t.sql(), *id);
    QVERIFY(loaded.ok());
    QVERIFY2(MaPlanFields::changes(plan, *loaded).isEmpty(),
             qPrintable(MaPlanFields::labels(MaPlanFields::changes(plan, *loaded))));
    compareBands(loaded->bands, plan.bands);
    QCOMPARE(audits(t, QStringLiteral("ma_plans")), 1);
    QCOMPARE(audits(t, QStringLiteral("ma_plan_bands")), 5);
    QCOMPARE(t.scalar(QStringLiteral("SELECT user_id FROM audit_log WHERE entity = 'ma_plans'")),
             QVariant(t.admin.id));

    // Listed diseases too, on a lump-sum product.
    MaPlan lump = lumpSumPlan();
    lump.id.clear();
    auto lumpId = save(t, lump);
    QVERIFY2(lumpId.ok(), qPrintable(lumpId.ok() ? QString() : lumpId.error().toString()));
    auto lumpLoaded = MaPlans::load(t.sql(), *lumpId);
    QVERIFY(lumpLoaded.ok());
    QVERIFY(MaPlanFields::changes(lump, *lumpLoaded).isEmpty());
    QCOMPARE(audits(t, QStringLiteral("ma_listed_diseases")), 2);
}

void TestMaPlans::unchangedSaveWritesNothing()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    auto id = save(t, fullPlan());
    QVERIFY(id.ok());
    const int before = t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    auto loaded = MaPlans::load(t.sql(), *id);
    QVERIFY(loaded.ok());
    QCOMPARE(save(t, *loaded).value(), *id);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before);
}

void TestMaPlans::changesBandsRowByRow()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    auto id = save(t, fullPlan());
    QVERIFY(id.ok());
    MaPlan p = MaPlans::load(t.sql(), *id).value();
    const QString firstBandId =
        t.scalar(QStringLiteral("SELECT id FROM ma_plan_bands WHERE plan_id = ? AND lower_fen = 0"),
                 {*id})
            .toString();
    // 0–5,000 at 32%; 5,000–10,000 and 10,000–20,000 merged; the rest as was.
    p.bands[0].ratioPermille = 320;
    p.bands[1].upper = yuan(20'000);
    p.bands.removeAt(2);
    p.name = QStringLiteral("  岳阳 2014 修订  ");
    const int before = t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QVERIFY(save(t, p).ok());
    // plan (name), band 1 and band 2 changed, band 3 deleted: four entries.
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before + 4);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'ma_plan_bands'"
                                     " AND action = 'delete'"))
                 .toInt(),
             1);
    const MaPlan loaded = MaPlans::load(t.sql(), *id).value();
    QCOMPARE(loaded.name, QStringLiteral("岳阳 2014 修订"));
    compareBands(loaded.bands, p.bands);
    QCOMPARE(t.scalar(QStringLiteral("SELECT id FROM ma_plan_bands WHERE plan_id = ? AND"
                                     " lower_fen = 0"),
                      {*id})
                 .toString(),
             firstBandId);
}

void TestMaPlans::listsByYear()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    MaPlan a = plainPlan();
    a.id.clear();
    MaPlan b = lumpSumPlan();
    b.id.clear();
    MaPlan c = fullPlan();
    auto saved = save(t, a);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QVERIFY(save(t, b).ok());
    QVERIFY(save(t, c).ok());
    auto all = MaPlans::list(t.sql());
    QVERIFY(all.ok());
    QStringList names;
    for (const MaPlan &p : *all)
        names.append(QStringLiteral("%1 %2").arg(p.year).arg(p.name));
    QCOMPARE(names, QStringList({QStringLiteral("2024 Listed diseases 2024"),
                                 QStringLiteral("2024 Plain 2024"),
                                 QStringLiteral("2014 岳阳市职工医疗互助 2014")}));
    QCOMPARE(all->at(0).listedDiseases.size(), 2);
    QCOMPARE(all->at(1).bands.size(), 3);
    auto only2014 = MaPlans::list(t.sql(), 2014);
    QVERIFY(only2014.ok());
    QCOMPARE(only2014->size(), 1);
    QVERIFY(MaPlans::list(t.sql(), 2030).value().isEmpty());
}

void TestMaPlans::caseworkerRefused()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    auto id = save(t, fullPlan());
    QVERIFY(id.ok());
    const Status added = t.write(t.caseworker, [&](AuditedWriter &w) -> Status {
        auto saved = MaPlans::save(w, plainPlan());
        return saved ? Status() : Status(saved.error());
    });
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(QStringLiteral("mutual-aid plans")),
             qPrintable(added.error().toString()));
    const Status removed =
        t.write(t.caseworker, [&](AuditedWriter &w) { return MaPlans::remove(w, *id); });
    QVERIFY(!removed.ok());
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM ma_plans")).toInt(), 1);
}

void TestMaPlans::invalidPlanRefused()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    MaPlan p = fullPlan();
    p.bands[2].ratioPermille = 1200;
    auto id = save(t, p);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().where, QStringLiteral("Band 3"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM ma_plans")).toInt(), 0);
}

void TestMaPlans::sameNameRefused()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    QVERIFY(save(t, fullPlan()).ok());
    MaPlan again = fullPlan();
    again.name = QStringLiteral(" 岳阳市职工医疗互助 2014");
    auto id = save(t, again);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().where, QStringLiteral("Name"));
    again.year = 2015;
    again.termStart = QDate(2015, 1, 1);
    again.termEnd = QDate(2015, 12, 31);
    again.deadlineDate = QDate(2016, 3, 31);
    QVERIFY(save(t, again).ok()); // the same name in another year is another plan
}

void TestMaPlans::decidedClaimsFreezeRules()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    auto id = save(t, fullPlan());
    QVERIFY(id.ok());
    const QSqlDatabase db = t.sql();
    QVERIFY(enrol(db, *id));
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO ma_claims (id, enrolment_id, hospital, admitted_on,"
                                " discharged_on, status, created_at, updated_at)"
                                " VALUES ('c1', 'e1', '岳阳市一人民医院', '2014-06-03',"
                                " '2014-06-17', 'submitted', ?, ?)"),
                 {Stamp, Stamp}));
    MaPlan p = MaPlans::load(db, *id).value();
    p.capMemberTerm = yuan(60'000);
    QVERIFY(save(t, p).ok()); // a submitted claim is computed when decided

    QVERIFY(exec(db, QStringLiteral("UPDATE ma_claims SET status = 'paid'"), {}));
    QCOMPARE(MaPlans::usage(db, *id).value().decidedClaims, 1);
    p.bands[0].ratioPermille = 320;
    p.capMemberTerm = yuan(70'000);
    auto refused = save(t, p);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, QStringLiteral("Bands"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Bands, Cap per member and term")),
             qPrintable(refused.error().message));
    QCOMPARE(MaPlans::load(db, *id).value().capMemberTerm, std::optional(yuan(60'000)));

    // What does not decide a payout may still be corrected.
    p = MaPlans::load(db, *id).value();
    p.name = QStringLiteral("岳阳市职工医疗互助（2014年度）");
    p.notes = QStringLiteral("更正名称");
    p.requiredDocuments.append(QStringLiteral("discharge_record"));
    p.enrolTo = QDate(2014, 2, 28);
    QVERIFY(save(t, p).ok());
    QCOMPARE(MaPlans::load(db, *id).value().name, p.name);
}

void TestMaPlans::removeRefusedWithEnrolments()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    auto id = save(t, fullPlan());
    QVERIFY(id.ok());
    const QSqlDatabase db = t.sql();
    QVERIFY(enrol(db, *id));
    Status s = t.write(t.admin, [&](AuditedWriter &w) { return MaPlans::remove(w, *id); });
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("1 member")), qPrintable(s.error().message));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM ma_plan_bands")).toInt(), 5);

    QVERIFY(exec(db, QStringLiteral("DELETE FROM ma_enrolments"), {}));
    s = t.write(t.admin, [&](AuditedWriter &w) { return MaPlans::remove(w, *id); });
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM ma_plans")).toInt(), 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM ma_plan_bands")).toInt(), 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'"
                                     " AND entity IN ('ma_plans', 'ma_plan_bands')"))
                 .toInt(),
             6);
}

QTEST_GUILESS_MAIN(TestMaPlans)
#include "tst_maplans.moc"

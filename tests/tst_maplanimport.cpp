// MaPlanImport: the shipped Yueyang file imports with its own id and pays as
// published from the database; importing it again changes nothing; a changed
// file updates the plan (matched by year and name) instead of adding one; a
// file with one refused plan imports none; an id copied to a new plan and
// changed rules after a decided claim are refused at their JSON path; a
// caseworker may not import.
#include "maplanimport.h"
#include "maplanjson.h"
#include "maplans.h"
#include "payouttestdata.h"
#include "testworkspace.h"

using namespace PayoutTestData;

namespace {

const QString YueyangId = QStringLiteral("a96edab0-0f6c-426c-bc6c-163b2a3779ae");

QList<MaPlan> yueyangFile()
{
    const MaPlanJson::Contents c =
        MaPlanJson::readFile(QStringLiteral(BANGFU_TEST_DATA "/plans/yueyang-2014.json"));
    return c.plans;
}

Result<QList<MaPlanImportItem>> import(TestWorkspace &t, const QList<MaPlan> &plans,
                                       const CurrentUser &user)
{
    QList<MaPlanImportItem> items;
    const Status s = t.write(user, [&](AuditedWriter &w) -> Status {
        auto done = MaPlanImport::apply(w, plans);
        if (!done)
            return done.error();
        items = *done;
        return {};
    });
    if (!s)
        return s.error();
    return items;
}

int count(TestWorkspace &t, const char *table)
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

} // namespace

class TestMaPlanImport : public QObject
{
    Q_OBJECT

private slots:
    void yueyangImportsAndPays();
    void importingTwiceChangesNothing();
    void changedFileUpdates();
    void allOrNone();
    void copiedIdRefused();
    void decidedClaimsFreezeRules();
    void caseworkerRefused();
};

void TestMaPlanImport::yueyangImportsAndPays()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    const QList<MaPlan> plans = yueyangFile();
    QCOMPARE(plans.size(), 1);
    auto done = import(t, plans, t.admin);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->constFirst().action, MaPlanImportItem::Action::Add);
    QCOMPARE(done->constFirst().plan.id, YueyangId);
    const MaPlan stored = MaPlans::load(t.sql(), YueyangId).value();
    QVERIFY(MaPlanFields::payoutRuleChanges(yueyangPlan(), stored).isEmpty());
    // 1,500.00 + 1,750.00 + 2,345.60 × 40% = 938.24 → 4,188.24 (tst_payoutyueyang)
    const PayoutResult r = PayoutEngine::compute(
        stored,
        stay({yuan(8'000), yuan(4'000), fen(34'560)}, QDate(2014, 6, 3), QDate(2014, 6, 17)),
        EnrolmentFacts{QDate(2013, 12, 20)}, {}, QDate(2014, 7, 1));
    QCOMPARE(r.payout, fen(418'824));
    QCOMPARE(MaPlanImport::describe(done->constFirst(), true),
             QStringLiteral("2014 岳阳市职工医疗互助 2014 (inpatient): added."));
}

void TestMaPlanImport::importingTwiceChangesNothing()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    QVERIFY(import(t, yueyangFile(), t.admin).ok());
    const int audits = count(t, "audit_log");
    auto preview = MaPlanImport::preview(t.sql(), yueyangFile());
    QVERIFY(preview.ok() && preview->ok());
    QCOMPARE(preview->items.constFirst().action, MaPlanImportItem::Action::Keep);
    auto again = import(t, yueyangFile(), t.admin);
    QVERIFY(again.ok());
    QCOMPARE(again->constFirst().action, MaPlanImportItem::Action::Keep);
    QCOMPARE(count(t, "ma_plans"), 1);
    QCOMPARE(count(t, "ma_plan_bands"), 5);
    QCOMPARE(count(t, "audit_log"), audits);
}

void TestMaPlanImport::changedFileUpdates()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    // A plan entered in the editor before the office's file arrived: the file
    // updates it (same year and name) and keeps the stored id.
    MaPlan local = yueyangPlan();
    local.id.clear();
    local.capMemberTerm = yuan(40'000);
    QString localId;
    QVERIFY(t.write(t.admin, [&](AuditedWriter &w) -> Status {
                 auto id = MaPlans::save(w, local);
                 if (!id)
                     return id.error();
                 localId = *id;
                 return {};
             }).ok());
    QList<MaPlan> plans = yueyangFile();
    plans[0].waitingDays = 30;
    auto preview = MaPlanImport::preview(t.sql(), plans);
    QVERIFY(preview.ok() && preview->ok());
    QCOMPARE(preview->items.constFirst().action, MaPlanImportItem::Action::Change);
    QCOMPARE(MaPlanImport::describe(preview->items.constFirst(), false),
             QStringLiteral("2014 岳阳市职工医疗互助 2014 (inpatient): would change (Waiting "
                            "period, Cap per member and term, Notes)."));
    auto done = import(t, plans, t.admin);
    QVERIFY(done.ok());
    QCOMPARE(done->constFirst().plan.id, localId);
    QCOMPARE(count(t, "ma_plans"), 1);
    const MaPlan stored = MaPlans::load(t.sql(), localId).value();
    QCOMPARE(stored.waitingDays, std::optional(30));
    QCOMPARE(stored.capMemberTerm, std::optional(yuan(50'000)));
}

void TestMaPlanImport::allOrNone()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    MaPlan taken = plainPlan();
    taken.id = QStringLiteral("0b6f3c1e-2f1a-4d51-9a43-0c1f6a8e7c31");
    QVERIFY(import(t, {taken}, t.admin).ok());
    // The second plan of the file reuses that id under another name: refused,
    // and the first (new) plan is not added either.
    MaPlan copy = taken;
    copy.name = QStringLiteral("Plain 2024, copied");
    const QList<MaPlan> plans{yueyangFile().constFirst(), copy};
    const int audits = count(t, "audit_log");
    auto done = import(t, plans, t.admin);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().where, QStringLiteral("plans[1].id"));
    QCOMPARE(count(t, "ma_plans"), 1);
    QCOMPARE(count(t, "audit_log"), audits);
}

void TestMaPlanImport::copiedIdRefused()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    QVERIFY(import(t, yueyangFile(), t.admin).ok());
    // Next year's plan made by copying this year's block and forgetting the id.
    MaPlan next = yueyangFile().constFirst();
    next.year = 2015;
    next.name = QStringLiteral("岳阳市职工医疗互助 2015");
    next.termStart = QDate(2015, 1, 1);
    next.termEnd = QDate(2015, 12, 31);
    auto preview = MaPlanImport::preview(t.sql(), {next});
    QVERIFY(preview.ok());
    QCOMPARE(preview->problems.size(), 1);
    QCOMPARE(preview->problems.constFirst().where, QStringLiteral("plans[0].id"));
    QVERIFY(preview->problems.constFirst().message.contains(QStringLiteral("delete the id")));
    next.id.clear();
    auto done = import(t, {next}, t.admin);
    QVERIFY(done.ok());
    QCOMPARE(count(t, "ma_plans"), 2);
}

void TestMaPlanImport::decidedClaimsFreezeRules()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    QVERIFY(import(t, yueyangFile(), t.admin).ok());
    QSqlQuery q(t.sql());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO ma_enrolments (id, plan_id, person_name, id_number, contribution_fen,"
        " created_at, updated_at) VALUES ('e1', 'a96edab0-0f6c-426c-bc6c-163b2a3779ae', '王强',"
        " '11010519491231002X', 5000, '2014-01-01', '2014-01-01')")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO ma_claims (id, enrolment_id, hospital, admitted_on, discharged_on, status,"
        " created_at, updated_at) VALUES ('c1', 'e1', '岳阳市一人民医院', '2014-06-03',"
        " '2014-06-17', 'approved', '2014-07-01', '2014-07-01')")));
    QList<MaPlan> plans = yueyangFile();
    plans[0].bands[4].ratioPermille = 550;
    auto preview = MaPlanImport::preview(t.sql(), plans);
    QVERIFY(preview.ok());
    QCOMPARE(preview->problems.size(), 1);
    QCOMPARE(preview->problems.constFirst().where, QStringLiteral("plans[0].bands"));
    QVERIFY(!import(t, plans, t.admin).ok());
    // The notes may still be corrected.
    plans = yueyangFile();
    plans[0].notes = QStringLiteral("更正");
    QVERIFY(import(t, plans, t.admin).ok());
}

void TestMaPlanImport::caseworkerRefused()
{
    TestWorkspace t;
    QVERIFY(t.ok());
    auto done = import(t, yueyangFile(), t.caseworker);
    QVERIFY(!done.ok());
    QVERIFY2(done.error().message.contains(QStringLiteral("mutual-aid plans")),
             qPrintable(done.error().message));
    QCOMPARE(count(t, "ma_plans"), 0);
}

QTEST_GUILESS_MAIN(TestMaPlanImport)
#include "tst_maplanimport.moc"

// MaPlanFields: every problem that MaPlan::problems() can report is located
// at a field (and for bands and diseases at the row and part), so that neither
// the import nor the plan editor ever says "somewhere in the plan"; comparing
// plans names the changed fields and tells payout rules from the rest.
#include "maplanfields.h"
#include "maplanjson.h"
#include "payouttestdata.h"

#include <functional>
#include <QTest>

using namespace PayoutTestData;

using PlanChange = std::function<void(MaPlan &)>;
Q_DECLARE_METATYPE(PlanChange)
Q_DECLARE_METATYPE(MaPlanSpot)

class TestMaPlanFields : public QObject
{
    Q_OBJECT

private slots:
    void everyProblemIsLocated_data();
    void everyProblemIsLocated();
    void changesAndPayoutRules();
};

void TestMaPlanFields::everyProblemIsLocated_data()
{
    QTest::addColumn<PlanChange>("change");
    QTest::addColumn<MaPlanSpot>("spot");
    using F = MaPlanSpot::Field;
    using P = MaPlanSpot::Part;
    const auto row = [](const char *name, PlanChange change, MaPlanSpot spot) {
        QTest::newRow(name) << change << spot;
    };
    row("year", [](MaPlan &p) { p.year = 1999; }, {F::Year});
    row("name", [](MaPlan &p) { p.name.clear(); }, {F::Name});
    row("contribution", [](MaPlan &p) { p.contribution = fen(-1); }, {F::Contribution});
    row("window start", [](MaPlan &p) { p.enrolTo = QDate(2014, 1, 1); }, {F::EnrolFrom});
    row("window end", [](MaPlan &p) { p.enrolFrom = QDate(2014, 1, 1); }, {F::EnrolTo});
    row("window order",
        [](MaPlan &p) {
            p.enrolFrom = QDate(2014, 1, 1);
            p.enrolTo = QDate(2013, 1, 1);
        },
        {F::EnrolTo});
    row("term start", [](MaPlan &p) { p.termStart = {}; }, {F::TermStart});
    row("term end", [](MaPlan &p) { p.termEnd = {}; }, {F::TermEnd});
    row("term order", [](MaPlan &p) { p.termEnd = QDate(2013, 1, 1); }, {F::TermEnd});
    row("waiting", [](MaPlan &p) { p.waitingDays = -1; }, {F::WaitingDays});
    row("deadline days", [](MaPlan &p) { p.deadlineDays = -1; }, {F::DeadlineDays});
    row("deadline both",
        [](MaPlan &p) {
            p.deadlineDays = 1;
            p.deadlineDate = QDate(2015, 1, 1);
        },
        {F::DeadlineDate});
    row("deadline early", [](MaPlan &p) { p.deadlineDate = QDate(2013, 1, 1); }, {F::DeadlineDate});
    row("deductible admission", [](MaPlan &p) { p.deductibleAdmission = fen(-1); },
        {F::DeductibleAdmission});
    row("deductible term", [](MaPlan &p) { p.deductibleTerm = fen(-1); }, {F::DeductibleTerm});
    row("no bands", [](MaPlan &p) { p.bands.clear(); }, {F::Bands});
    row("first band", [](MaPlan &p) { p.bands[0].lower = yuan(1); }, {F::Bands, 0, P::Lower});
    row("band lower amount", [](MaPlan &p) { p.bands[2].lower = fen(-1); },
        {F::Bands, 2, P::Lower});
    row("band upper amount", [](MaPlan &p) { p.bands[2].upper = fen(MaPlan::MaxFen + 1); },
        {F::Bands, 2, P::Upper});
    row("ratio", [](MaPlan &p) { p.bands[1].ratioPermille = -1; }, {F::Bands, 1, P::Ratio});
    row("band order", [](MaPlan &p) { p.bands[1].upper = yuan(5'000); }, {F::Bands, 1, P::Upper});
    row("open middle", [](MaPlan &p) { p.bands[1].upper.reset(); }, {F::Bands, 1, P::Upper});
    row("closed last", [](MaPlan &p) { p.bands[4].upper = yuan(90'000); }, {F::Bands, 4, P::Upper});
    row("gap", [](MaPlan &p) { p.bands[3].lower = yuan(21'000); }, {F::Bands, 3, P::Lower});
    row("diseases on inpatient", [](MaPlan &p) { p.listedDiseases = lumpSumPlan().listedDiseases; },
        {F::ListedDiseases});
    row("lump no diseases",
        [](MaPlan &p) { p = lump([](MaPlan &q) { q.listedDiseases.clear(); }); },
        {F::ListedDiseases});
    row("lump with bands",
        [](MaPlan &p) { p = lump([](MaPlan &q) { q.bands = yueyangPlan().bands; }); }, {F::Bands});
    row("women both",
        [](MaPlan &p) {
            p.product = MaPlan::Product::Women;
            p.listedDiseases = lumpSumPlan().listedDiseases;
        },
        {F::Bands});
    row("disease code",
        [](MaPlan &p) {
            p = lump([](MaPlan &q) { q.listedDiseases[1].code = QStringLiteral(" "); });
        },
        {F::ListedDiseases, 1, P::Code});
    row("disease twice",
        [](MaPlan &p) {
            p = lump([](MaPlan &q) { q.listedDiseases[1].code = q.listedDiseases[0].code; });
        },
        {F::ListedDiseases, 1, P::Code});
    row("disease name",
        [](MaPlan &p) { p = lump([](MaPlan &q) { q.listedDiseases[0].name.clear(); }); },
        {F::ListedDiseases, 0, P::DiseaseName});
    row("lump sum",
        [](MaPlan &p) { p = lump([](MaPlan &q) { q.listedDiseases[0].lumpSum = fen(-1); }); },
        {F::ListedDiseases, 0, P::LumpSum});
    row("minimum", [](MaPlan &p) { p.minPayout = fen(-1); }, {F::MinPayout});
    row("minimum over cap", [](MaPlan &p) { p.capClaim = yuan(10); }, {F::MinPayout});
    row("cap claim", [](MaPlan &p) { p.capClaim = fen(-1); }, {F::CapClaim});
    row("cap term", [](MaPlan &p) { p.capMemberTerm = fen(-1); }, {F::CapMemberTerm});
    row("documents", [](MaPlan &p) { p.requiredDocuments = {QString()}; }, {F::RequiredDocuments});
}

void TestMaPlanFields::everyProblemIsLocated()
{
    QFETCH(PlanChange, change);
    QFETCH(MaPlanSpot, spot);
    MaPlan p = yueyangPlan();
    change(p);
    const QList<Error> problems = p.problems();
    QVERIFY(!problems.isEmpty());
    for (const Error &problem : problems) {
        const MaPlanSpot at = MaPlanFields::locate(p, problem);
        QVERIFY2(at.field != MaPlanSpot::Field::Unknown, qPrintable(problem.toString()));
    }
    const MaPlanSpot first = MaPlanFields::locate(p, problems.constFirst());
    QVERIFY2(first == spot,
             qPrintable(QStringLiteral("%1 -> %2")
                            .arg(problems.constFirst().toString(), MaPlanJson::path(0, first))));
}

void TestMaPlanFields::changesAndPayoutRules()
{
    using F = MaPlanSpot::Field;
    const MaPlan before = lumpSumPlan();
    MaPlan after = before;
    QVERIFY(MaPlanFields::changes(before, after).isEmpty());
    // Renaming a disease, the plan and its notes: changes, but no payout rule.
    after.listedDiseases[0].name = QStringLiteral("恶性肿瘤（含原位癌）");
    after.name = QStringLiteral("Listed diseases 2024, corrected");
    after.notes = QStringLiteral("更正");
    std::swap(after.listedDiseases[0], after.listedDiseases[1]); // order does not matter
    QCOMPARE(MaPlanFields::changes(before, after),
             (QList<F>{F::Name, F::ListedDiseases, F::Notes}));
    QVERIFY(MaPlanFields::payoutRuleChanges(before, after).isEmpty());
    after.listedDiseases[1].lumpSum = yuan(25'000);
    after.termEnd = QDate(2024, 11, 30);
    after.capMemberTerm.reset();
    QCOMPARE(MaPlanFields::payoutRuleChanges(before, after),
             (QList<F>{F::TermEnd, F::CapMemberTerm, F::ListedDiseases}));
    QCOMPARE(MaPlanFields::labels({F::TermStart, F::TermEnd, F::CapMemberTerm}),
             QStringLiteral("Term, Cap per member and term"));
}

QTEST_GUILESS_MAIN(TestMaPlanFields)
#include "tst_maplanfields.moc"

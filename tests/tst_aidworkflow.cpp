// The rules of proposing and approving aid, checked in models/ where they are
// enforced: who may decide, four eyes, the second approval above a
// programme's threshold, comments on rejections and returns, rounds after a
// return, the warnings a caseworker must answer, eligibility, and bulk
// decisions that are all or nothing.
#include "aidfixture.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kind = AidDecision::Kind;

class TestAidWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }

    void caseworkerCannotDecide();
    void nobodyDecidesOnTheirOwnProposal();
    void smallAmountNeedsOneApproval();
    void largeAmountNeedsASecondDifferentSupervisor();
    void rejectAndReturnNeedAComment();
    void returnedProposalStartsANewRound();
    void warningsMustBeAnswered();
    void yearlyLimitsWarn();
    void overdueAndExitedFilesWarn();
    void eligibilityBlocks();
    void studentProgrammeNeedsAStudent();
    void bulkDecisionIsAllOrNothing();
    void inboxSaysWhoMayDecide();
    void cancelNeedsAReasonAndOwner();
    void programmeProblems();

private:
    std::unique_ptr<AidFixture> m_f;
};

void TestAidWorkflow::init()
{
    m_f = std::make_unique<AidFixture>();
    QVERIFY(m_f->ok());
}

void TestAidWorkflow::caseworkerCannotDecide()
{
    auto id = m_f->propose(m_f->specialId, Money::fromYuan(800));
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().toString()));
    const Status s = m_f->decide(m_f->caseworker, id.value(), Kind::Approve);
    QVERIFY(!s.ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Submitted);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM aid_approvals")).toInt(), 0);
}

void TestAidWorkflow::nobodyDecidesOnTheirOwnProposal()
{
    // A supervisor may propose too, but not approve it.
    QString id;
    QVERIFY(m_f->write(m_f->supervisorA, [&](AuditedWriter &w) -> Status {
                   AidProposal p;
                   p.programmeId = m_f->specialId;
                   p.householdId = m_f->householdId;
                   p.amount = Money::fromYuan(500);
                   p.reason = QStringLiteral("慰问");
                   auto saved = AidProposals::save(w, p);
                   if (!saved)
                       return saved.error();
                   id = saved.value();
                   return AidProposals::submit(w, id, {});
               }).ok());
    const Status own = m_f->decide(m_f->supervisorA, id, Kind::Approve);
    QVERIFY(!own.ok());
    QVERIFY(own.error().message.contains(QStringLiteral("yourself")));
    QCOMPARE(m_f->status(id), AidStatus::Submitted);
    QVERIFY(m_f->decide(m_f->supervisorB, id, Kind::Approve).ok());
    QCOMPARE(m_f->status(id), AidStatus::Approved);
}

void TestAidWorkflow::smallAmountNeedsOneApproval()
{
    auto id = m_f->propose(m_f->medicalId, Money::fromYuan(5000)); // at the threshold, not above
    QVERIFY(id.ok());
    QVERIFY(m_f->decide(m_f->supervisorA, id.value(), Kind::Approve, QStringLiteral("同意")).ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Approved);
    auto p = AidProposals::load(m_f->sql(), id.value());
    QVERIFY(p.ok());
    QCOMPARE(p->decisions.size(), 1);
    QCOMPARE(p->decisions.first().decidedBy, m_f->supervisorA.id);
    QCOMPARE(p->decisions.first().decidedByName, QStringLiteral("张丽"));
    QCOMPARE(p->decisions.first().comment, QStringLiteral("同意"));
    QCOMPARE(p->decisions.first().decidedAt,
             QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
    // Decided is decided.
    QVERIFY(!m_f->decide(m_f->supervisorB, id.value(), Kind::Reject, QStringLiteral("x")).ok());
}

void TestAidWorkflow::largeAmountNeedsASecondDifferentSupervisor()
{
    auto id = m_f->propose(m_f->medicalId, Money::fromFen(500001));
    QVERIFY(id.ok());
    QVERIFY(m_f->decide(m_f->supervisorA, id.value(), Kind::Approve).ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Submitted);
    auto p = AidProposals::load(m_f->sql(), id.value());
    QVERIFY(p.ok());
    QCOMPARE(AidDecisions::stageDue(*p), 2);

    const Status again = m_f->decide(m_f->supervisorA, id.value(), Kind::Approve);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("second")));
    QCOMPARE(m_f->status(id.value()), AidStatus::Submitted);

    QVERIFY(m_f->decide(m_f->supervisorB, id.value(), Kind::Approve).ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Approved);
    p = AidProposals::load(m_f->sql(), id.value());
    QCOMPARE(p->decisions.size(), 2);
    QCOMPARE(p->decisions.at(0).stage, 1);
    QCOMPARE(p->decisions.at(1).stage, 2);
    QCOMPARE(p->decisions.at(1).decidedBy, m_f->supervisorB.id);
}

void TestAidWorkflow::rejectAndReturnNeedAComment()
{
    auto id = m_f->propose(m_f->specialId, Money::fromYuan(800));
    QVERIFY(id.ok());
    QVERIFY(!m_f->decide(m_f->supervisorA, id.value(), Kind::Reject, QStringLiteral("  ")).ok());
    QVERIFY(!m_f->decide(m_f->supervisorA, id.value(), Kind::Return).ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Submitted);
    QVERIFY(m_f->decide(m_f->supervisorA, id.value(), Kind::Reject,
                        QStringLiteral("家庭收入已超过标准。"))
                .ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Rejected);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT comment FROM aid_approvals WHERE request_id = ?"),
                         {id.value()})
                 .toString(),
             QStringLiteral("家庭收入已超过标准。"));
}

void TestAidWorkflow::returnedProposalStartsANewRound()
{
    auto id = m_f->propose(m_f->medicalId, Money::fromYuan(6000));
    QVERIFY(id.ok());
    QVERIFY(m_f->decide(m_f->supervisorA, id.value(), Kind::Approve).ok());
    QVERIFY(m_f->decide(m_f->supervisorB, id.value(), Kind::Return,
                        QStringLiteral("请补充票据。"))
                .ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Returned);

    // The caseworker changes the amount and submits again: round 2 starts at stage 1.
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) -> Status {
                   auto p = AidProposals::load(w.database(), id.value());
                   if (!p)
                       return p.error();
                   p->amount = Money::fromYuan(5500);
                   if (auto saved = AidProposals::save(w, *p); !saved)
                       return saved.error();
                   return AidProposals::submit(w, id.value(), {});
               }).ok());
    auto p = AidProposals::load(m_f->sql(), id.value());
    QVERIFY(p.ok());
    QCOMPARE(p->round, 2);
    QCOMPARE(p->amount, Money::fromYuan(5500));
    QCOMPARE(AidDecisions::stageDue(*p), 1);
    QCOMPARE(p->currentDecisions().size(), 0);
    QCOMPARE(p->decisions.size(), 2);
    // Supervisor A's approval of round 1 does not count now.
    QVERIFY(m_f->decide(m_f->supervisorA, id.value(), Kind::Approve).ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Submitted);
    QVERIFY(m_f->decide(m_f->supervisorB, id.value(), Kind::Approve).ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Approved);
}

void TestAidWorkflow::warningsMustBeAnswered()
{
    QVERIFY(m_f->propose(m_f->specialId, Money::fromYuan(1000)).ok());
    QString id;
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) -> Status {
                   AidProposal p;
                   p.programmeId = m_f->specialId;
                   p.householdId = m_f->householdId;
                   p.amount = Money::fromYuan(1000);
                   p.reason = QStringLiteral("第二次");
                   auto saved = AidProposals::save(w, p);
                   if (!saved)
                       return saved.error();
                   id = saved.value();
                   return {};
               }).ok());
    // No answer: refused, naming the warning.
    Status refused = m_f->write(m_f->caseworker, [&](AuditedWriter &w) {
        return AidProposals::submit(w, id, {});
    });
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("专项帮扶金")));
    QCOMPARE(m_f->status(id), AidStatus::Draft);
    // Answered: stored with the proposal.
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) {
                   return AidProposals::submit(
                       w, id, {{QStringLiteral("received_this_year"), {},
                                QStringLiteral("下半年再次帮扶，已请示。")}});
               }).ok());
    const QJsonArray stored =
        QJsonDocument::fromJson(
            m_f->scalar(QStringLiteral("SELECT warnings FROM aid_requests WHERE id = ?"), {id})
                .toByteArray())
            .array();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("received_this_year"));
    QCOMPARE(stored.at(0).toObject().value(QLatin1String("answer")).toString(),
             QStringLiteral("下半年再次帮扶，已请示。"));
    QVERIFY(!stored.at(0).toObject().value(QLatin1String("text")).toString().isEmpty());
}

void TestAidWorkflow::yearlyLimitsWarn()
{
    auto codes = [&](Money amount) {
        AidProposal p;
        p.programmeId = m_f->specialId;
        p.householdId = m_f->householdId;
        p.amount = amount;
        auto w = AidProposals::warnings(m_f->sql(), p, QDate(2026, 7, 1));
        QStringList list;
        for (const AidWarning &warning : w.value())
            list.append(warning.code);
        return list;
    };
    QCOMPARE(codes(Money::fromYuan(1000)), QStringList());
    QCOMPARE(codes(Money::fromFen(300001)), QStringList{QStringLiteral("amount_limit")});
    auto first = m_f->propose(m_f->specialId, Money::fromYuan(1000));
    QVERIFY(first.ok());
    QCOMPARE(codes(Money::fromYuan(1000)), QStringList{QStringLiteral("received_this_year")});
    QVERIFY(m_f->decide(m_f->supervisorA, first.value(), Kind::Approve).ok());
    QVERIFY(m_f->propose(m_f->specialId, Money::fromYuan(1500)).ok());
    // Two already (one approved, one waiting): a third breaks both limits.
    QCOMPARE(codes(Money::fromYuan(600)),
             (QStringList{QStringLiteral("received_this_year"), QStringLiteral("count_limit"),
                          QStringLiteral("amount_limit")}));
    auto usage = AidProposals::usage(m_f->sql(), m_f->specialId, m_f->householdId, 2026);
    QVERIFY(usage.ok());
    QCOMPARE(usage->count, 2);
    QCOMPARE(usage->amount, Money::fromYuan(2500));
    // Another year does not count, nor rejected proposals.
    auto other = AidProposals::usage(m_f->sql(), m_f->specialId, m_f->householdId, 2025);
    QCOMPARE(other->count, 0);
}

void TestAidWorkflow::overdueAndExitedFilesWarn()
{
    AidProposal p;
    p.programmeId = m_f->specialId;
    p.householdId = m_f->householdId;
    p.amount = Money::fromYuan(100);
    auto codesOn = [&](const QDate &day) {
        QStringList list;
        for (const AidWarning &w : AidProposals::warnings(m_f->sql(), p, day).value())
            list.append(w.code);
        return list;
    };
    QCOMPARE(codesOn(QDate(2026, 9, 1)), QStringList());
    QCOMPARE(codesOn(QDate(2026, 9, 2)), QStringList{QStringLiteral("reverification_overdue")});
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) {
                   return w.update(Permission::EditHouseholds, QStringLiteral("households"),
                                   m_f->householdId,
                                   {{QStringLiteral("status"), QStringLiteral("exited")},
                                    {QStringLiteral("exited_on"), QStringLiteral("2026-06-30")},
                                    {QStringLiteral("exit_reason"),
                                     QStringLiteral("income_above_line")}});
               }).ok());
    QCOMPARE(codesOn(QDate(2026, 9, 2)), QStringList{QStringLiteral("exited")});
}

void TestAidWorkflow::eligibilityBlocks()
{
    // 专项帮扶金 only for deep hardship: the relative-hardship household is refused.
    QVERIFY(m_f->write(m_f->admin, [&](AuditedWriter &w) -> Status {
                   auto programme = AidProgrammes::load(w.database(), m_f->specialId);
                   programme->eligibleCategories = {QStringLiteral("deep")};
                   auto saved = AidProgrammes::save(w, *programme);
                   return saved ? Status() : Status(saved.error());
               }).ok());
    auto id = m_f->propose(m_f->specialId, Money::fromYuan(500));
    QVERIFY(!id.ok());
    QVERIFY(id.error().message.contains(QStringLiteral("专项帮扶金")));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM aid_requests")).toInt(), 0);

    // A household not filed yet gets nothing.
    QString identified;
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) -> Status {
                   auto h = w.insert(Permission::EditHouseholds, QStringLiteral("households"),
                                     {{QStringLiteral("division_code"), QStringLiteral("371312001")},
                                      {QStringLiteral("status"), QStringLiteral("identified")}});
                   if (!h)
                       return h.error();
                   identified = h.value();
                   return {};
               }).ok());
    AidProposal p;
    p.programmeId = m_f->medicalId;
    p.householdId = identified;
    p.amount = Money::fromYuan(100);
    const QStringList problems = AidProposals::problems(m_f->sql(), p, false);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("not filed")));
}

void TestAidWorkflow::studentProgrammeNeedsAStudent()
{
    AidProposal p;
    p.programmeId = m_f->schoolId;
    p.householdId = m_f->householdId;
    p.amount = Money::fromYuan(2000);
    p.reason = QStringLiteral("大学学费");
    QCOMPARE(AidProposals::problems(m_f->sql(), p, true).size(), 1);
    p.memberId = m_f->studentId;
    QCOMPARE(AidProposals::problems(m_f->sql(), p, true), QStringList());
    // The head is not in school.
    p.memberId = m_f->scalar(QStringLiteral("SELECT id FROM members WHERE is_head = 1")).toString();
    QCOMPARE(AidProposals::problems(m_f->sql(), p, true).size(), 1);
    // Without a reason, submission is refused.
    p.memberId = m_f->studentId;
    p.reason.clear();
    QCOMPARE(AidProposals::problems(m_f->sql(), p, false), QStringList());
    QCOMPARE(AidProposals::problems(m_f->sql(), p, true).size(), 1);
}

void TestAidWorkflow::bulkDecisionIsAllOrNothing()
{
    QStringList ids;
    for (int yuan : {200, 300}) {
        auto id = m_f->propose(m_f->medicalId, Money::fromYuan(yuan));
        QVERIFY(id.ok());
        ids.append(id.value());
    }
    // A third that supervisor A proposed: A may not approve it, so nothing is approved.
    QString own;
    QVERIFY(m_f->write(m_f->supervisorA, [&](AuditedWriter &w) -> Status {
                   AidProposal p;
                   p.programmeId = m_f->medicalId;
                   p.householdId = m_f->householdId;
                   p.amount = Money::fromYuan(400);
                   p.reason = QStringLiteral("住院");
                   auto saved = AidProposals::save(w, p);
                   if (!saved)
                       return saved.error();
                   own = saved.value();
                   p.id = own;
                   QList<AidWarning> answers =
                       AidProposals::warnings(w.database(), p, AidProposals::today(w)).value();
                   for (AidWarning &a : answers)
                       a.answer = QStringLiteral("需要");
                   return AidProposals::submit(w, own, answers);
               }).ok());
    const Status refused = m_f->write(m_f->supervisorA, [&](AuditedWriter &w) -> Status {
        auto n = AidDecisions::decideMany(w, ids + QStringList{own}, Kind::Approve, {});
        return n ? Status() : Status(n.error());
    });
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().where.contains(QStringLiteral("医疗救助")));
    for (const QString &id : ids)
        QCOMPARE(m_f->status(id), AidStatus::Submitted);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM aid_approvals")).toInt(), 0);

    int decided = 0;
    QVERIFY(m_f->write(m_f->supervisorA, [&](AuditedWriter &w) -> Status {
                   auto n = AidDecisions::decideMany(w, ids, Kind::Approve, QStringLiteral("批量"));
                   if (!n)
                       return n.error();
                   decided = n.value();
                   return {};
               }).ok());
    QCOMPARE(decided, 2);
    for (const QString &id : ids)
        QCOMPARE(m_f->status(id), AidStatus::Approved);
}

void TestAidWorkflow::inboxSaysWhoMayDecide()
{
    auto big = m_f->propose(m_f->medicalId, Money::fromYuan(8000));
    auto small = m_f->propose(m_f->specialId, Money::fromYuan(800));
    QVERIFY(big.ok() && small.ok());
    QVERIFY(m_f->decide(m_f->supervisorA, big.value(), Kind::Approve).ok());

    auto forA = AidDecisions::inbox(m_f->sql(), m_f->supervisorA);
    QVERIFY(forA.ok());
    QCOMPARE(forA->size(), 2);
    for (const AidInboxItem &item : forA.value()) {
        QCOMPARE(item.headName, QStringLiteral("张伟"));
        QCOMPARE(item.proposerName, QStringLiteral("李明"));
        if (item.id == big.value()) {
            QCOMPARE(item.stage, 2);
            QVERIFY(!item.mayDecide);
            QVERIFY(!item.whyNot.isEmpty());
        } else {
            QCOMPARE(item.stage, 1);
            QVERIFY(item.mayDecide);
            QCOMPARE(item.amount, Money::fromYuan(800));
        }
    }
    auto forB = AidDecisions::inbox(m_f->sql(), m_f->supervisorB);
    for (const AidInboxItem &item : forB.value())
        QVERIFY(item.mayDecide);
    auto forCaseworker = AidDecisions::inbox(m_f->sql(), m_f->caseworker);
    for (const AidInboxItem &item : forCaseworker.value())
        QVERIFY(!item.mayDecide);
}

void TestAidWorkflow::cancelNeedsAReasonAndOwner()
{
    auto id = m_f->propose(m_f->specialId, Money::fromYuan(800));
    QVERIFY(id.ok());
    QVERIFY(!m_f->write(m_f->caseworker, [&](AuditedWriter &w) {
                    return AidProposals::cancel(w, id.value(), {});
                }).ok());
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) {
                   return AidProposals::cancel(w, id.value(), QStringLiteral("重复申请"));
               }).ok());
    QCOMPARE(m_f->status(id.value()), AidStatus::Cancelled);
    QVERIFY(!m_f->decide(m_f->supervisorA, id.value(), Kind::Approve).ok());
}

void TestAidWorkflow::programmeProblems()
{
    AidProgramme p;
    p.code = QStringLiteral("Bad Code");
    p.defaultAmount = Money::fromYuan(5000);
    p.maxAmountPerYear = Money::fromYuan(1000);
    p.eligibleCategories.clear();
    const QStringList problems = AidProgrammes::problems(p);
    QCOMPARE(problems.size(), 4); // name, code, default above the limit, no category
    // Only administrators manage programmes; a used code is refused.
    p = AidProgramme{};
    p.code = QStringLiteral("special");
    p.name = QStringLiteral("又一个");
    p.defaultAmount = Money::fromYuan(100);
    QVERIFY(!m_f->write(m_f->supervisorA, [&](AuditedWriter &w) {
                    auto s = AidProgrammes::save(w, p);
                    return s ? Status() : Status(s.error());
                }).ok());
    const Status duplicate = m_f->write(m_f->admin, [&](AuditedWriter &w) {
        auto s = AidProgrammes::save(w, p);
        return s ? Status() : Status(s.error());
    });
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().message.contains(QStringLiteral("专项帮扶金")));
}

QTEST_GUILESS_MAIN(TestAidWorkflow)
#include "tst_aidworkflow.moc"

// The claim workflow: which transitions each status allows and to whom,
// four-eyes (nobody decides a claim they entered), duplicate invoices block
// submission, claim numbers, the payout stored is PayoutEngine's (worked by
// hand for the Yueyang bands below), the term cap across two claims, the
// statement data, and the audit entries every step leaves.
#include "auditlog.h"
#include "maclaimduplicates.h"
#include "maclaimpayout.h"
#include "maclaimstatement.h"
#include "mutualaidfixture.h"

#include <QTest>

namespace {

const QDate Submitted(2026, 6, 15);
const QDate Decided(2026, 6, 20);

} // namespace

class TestMaClaimWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }
    void transitions_data();
    void transitions();
    void nobodyDecidesTheirOwnClaim();
    void rejectionNeedsAReason();
    void paymentChecks_data();
    void paymentChecks();
    void duplicateInvoiceBlocksSubmission();
    void claimNumbersFollowSubmission();
    void storedPayoutIsTheEngines_data();
    void storedPayoutIsTheEngines();
    void termCapAcrossTwoClaims();
    void refusedClaimCannotBeApproved();
    void auditEntries();
    void actionsForTheInterface();
    void statementHasEverything();

private:
    /// A claim entered by \a creator and brought to \a status by zhangli.
    QString claimIn(const QString &status, const CurrentUser &creator,
                    const QList<qint64> &shares = {100000});
    Status reject(const QString &id, const CurrentUser &user, const QString &reason);
    Status pay(const QString &id, const CurrentUser &user, const QDate &paidOn,
               const QString &reference, const QDate &today = QDate(2026, 6, 30));

    std::unique_ptr<MutualAidFixture> m_f;
    QString m_enrolment;
};

void TestMaClaimWorkflow::init()
{
    m_f = std::make_unique<MutualAidFixture>();
    QVERIFY(m_f->ok());
    m_enrolment = m_f->enrol(QStringLiteral("王建军"), QStringLiteral("371312198506120310"));
    QVERIFY(!m_enrolment.isEmpty());
}

Status TestMaClaimWorkflow::reject(const QString &id, const CurrentUser &user,
                                   const QString &reason)
{
    return m_f->write(
        user, [&](AuditedWriter &w) { return MaClaimWorkflow::reject(w, id, reason); },
        MutualAidFixture::at(Decided));
}

Status TestMaClaimWorkflow::pay(const QString &id, const CurrentUser &user, const QDate &paidOn,
                                const QString &reference, const QDate &today)
{
    return m_f->write(
        user, [&](AuditedWriter &w) { return MaClaimWorkflow::markPaid(w, id, paidOn, reference); },
        MutualAidFixture::at(today));
}

QString TestMaClaimWorkflow::claimIn(const QString &status, const CurrentUser &creator,
                                     const QList<qint64> &shares)
{
    static int number = 1000;
    number += 10;
    const QString id = m_f->create(MutualAidFixture::claim(m_enrolment, shares, number), creator);
    if (id.isEmpty() || status == MaClaimStatus::Draft)
        return id;
    if (!m_f->submit(id, creator))
        return {};
    if (status == MaClaimStatus::Approved || status == MaClaimStatus::Paid) {
        if (!m_f->approve(id, m_f->supervisor))
            return {};
    } else if (status == MaClaimStatus::Rejected) {
        if (!reject(id, m_f->supervisor, QStringLiteral("缺少出院记录")))
            return {};
    }
    if (status == MaClaimStatus::Paid &&
        !pay(id, m_f->supervisor, QDate(2026, 6, 25), QStringLiteral("HZP1")))
        return {};
    return id;
}

void TestMaClaimWorkflow::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("to"); // empty: refused, nothing changes
    const QString d = MaClaimStatus::Draft, s = MaClaimStatus::Submitted,
                  a = MaClaimStatus::Approved, r = MaClaimStatus::Rejected, p = MaClaimStatus::Paid;
    QTest::newRow("draft: save") << d << "save"
                                 << "caseworker" << d;
    QTest::newRow("draft: submit") << d << "submit"
                                   << "caseworker" << s;
    QTest::newRow("draft: a supervisor submits") << d << "submit"
                                                 << "supervisor2" << s;
    QTest::newRow("draft: approve") << d << "approve"
                                    << "supervisor"
                                    << "";
    QTest::newRow("draft: reject") << d << "reject"
                                   << "supervisor"
                                   << "";
    QTest::newRow("draft: pay") << d << "pay"
                                << "supervisor"
                                << "";
    QTest::newRow("draft: administrator submits") << d << "submit"
                                                  << "admin"
                                                  << "";
    QTest::newRow("submitted: save") << s << "save"
                                     << "caseworker"
                                     << "";
    QTest::newRow("submitted: submit again") << s << "submit"
                                             << "caseworker"
                                             << "";
    QTest::newRow("submitted: approve") << s << "approve"
                                        << "supervisor" << a;
    QTest::newRow("submitted: reject") << s << "reject"
                                       << "supervisor" << r;
    QTest::newRow("submitted: caseworker approves") << s << "approve"
                                                    << "caseworker"
                                                    << "";
    QTest::newRow("submitted: caseworker rejects") << s << "reject"
                                                   << "caseworker"
                                                   << "";
    QTest::newRow("submitted: administrator approves") << s << "approve"
                                                       << "admin"
                                                       << "";
    QTest::newRow("submitted: pay") << s << "pay"
                                    << "supervisor"
                                    << "";
    QTest::newRow("approved: pay") << a << "pay"
                                   << "supervisor2" << p;
    QTest::newRow("approved: caseworker pays") << a << "pay"
                                               << "caseworker"
                                               << "";
    QTest::newRow("approved: approve again") << a << "approve"
                                             << "supervisor2"
                                             << "";
    QTest::newRow("approved: reject") << a << "reject"
                                      << "supervisor2"
                                      << "";
    QTest::newRow("approved: save") << a << "save"
                                    << "caseworker"
                                    << "";
    QTest::newRow("rejected: approve") << r << "approve"
                                       << "supervisor2"
                                       << "";
    QTest::newRow("rejected: pay") << r << "pay"
                                   << "supervisor2"
                                   << "";
    QTest::newRow("rejected: submit") << r << "submit"
                                      << "caseworker"
                                      << "";
    QTest::newRow("paid: pay again") << p << "pay"
                                     << "supervisor2"
                                     << "";
    QTest::newRow("paid: reject") << p << "reject"
                                  << "supervisor2"
                                  << "";
    QTest::newRow("paid: save") << p << "save"
                                << "caseworker"
                                << "";
}

void TestMaClaimWorkflow::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(QString, actor);
    QFETCH(QString, to);
    const QString id = claimIn(from, m_f->caseworker);
    QVERIFY(!id.isEmpty());
    QCOMPARE(MaClaims::load(m_f->sql(), id)->status, from);
    const CurrentUser user = actor == QLatin1String("caseworker")    ? m_f->caseworker
                             : actor == QLatin1String("supervisor")  ? m_f->supervisor
                             : actor == QLatin1String("supervisor2") ? m_f->supervisor2
                                                                     : m_f->admin;
    const qint64 entries =
        m_f->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    Status s;
    if (action == QLatin1String("save"))
        s = m_f->write(
            user,
            [&](AuditedWriter &w) {
                return MaClaims::save(w, id, MaClaims::load(m_f->sql(), id)->input);
            },
            MutualAidFixture::at(QDate(2026, 6, 30)));
    else if (action == QLatin1String("submit"))
        s = m_f->submit(id, user, QDate(2026, 6, 30)) ? Status()
                                                      : Status(Error{QStringLiteral("refused")});
    else if (action == QLatin1String("approve"))
        s = m_f->approve(id, user, QDate(2026, 6, 30));
    else if (action == QLatin1String("reject"))
        s = reject(id, user, QStringLiteral("不属于住院费用"));
    else
        s = pay(id, user, QDate(2026, 6, 30), QStringLiteral("HZP20260630"));
    QCOMPARE(s.ok(), !to.isEmpty());
    QCOMPARE(MaClaims::load(m_f->sql(), id)->status, to.isEmpty() ? from : to);
    if (to.isEmpty())
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(),
                 entries);
}

void TestMaClaimWorkflow::nobodyDecidesTheirOwnClaim()
{
    // A supervisor may enter a claim, but then another supervisor decides it.
    const QString id = claimIn(MaClaimStatus::Submitted, m_f->supervisor);
    QVERIFY(!id.isEmpty());
    const Status own = m_f->approve(id, m_f->supervisor);
    QVERIFY(!own);
    QVERIFY2(own.error().message.contains(QStringLiteral("You entered this claim yourself")),
             qPrintable(own.error().toString()));
    QVERIFY(!reject(id, m_f->supervisor, QStringLiteral("重复申请")));
    QCOMPARE(MaClaims::load(m_f->sql(), id)->status, MaClaimStatus::Submitted);
    QVERIFY(m_f->approve(id, m_f->supervisor2));
    auto claim = MaClaims::load(m_f->sql(), id);
    QCOMPARE(claim->status, MaClaimStatus::Approved);
    QCOMPARE(claim->decidedBy, m_f->supervisor2.id);
    QCOMPARE(claim->decidedByName, QStringLiteral("王芳"));
    QCOMPARE(claim->decidedAt, MutualAidFixture::at(Decided));
    // Paying is no decision: the creator may record the payment.
    QVERIFY(pay(id, m_f->supervisor, QDate(2026, 6, 25), QStringLiteral("HZP1")));
}

void TestMaClaimWorkflow::rejectionNeedsAReason()
{
    const QString id = claimIn(MaClaimStatus::Submitted, m_f->caseworker);
    for (const QString &empty : {QString(), QStringLiteral("  \n")}) {
        const Status s = reject(id, m_f->supervisor, empty);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("Give the reason")));
    }
    QVERIFY(reject(id, m_f->supervisor, QStringLiteral(" 所附发票为门诊费用。 ")));
    auto claim = MaClaims::load(m_f->sql(), id);
    QCOMPARE(claim->status, MaClaimStatus::Rejected);
    QCOMPARE(claim->rejectionReason, QStringLiteral("所附发票为门诊费用。"));
    QCOMPARE(claim->decidedBy, m_f->supervisor.id);
    QVERIFY(!claim->approvedPayout);
}

void TestMaClaimWorkflow::paymentChecks_data()
{
    QTest::addColumn<QDate>("paidOn");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("paid") << QDate(2026, 6, 25) << "HZP202606250001"
                          << "";
    QTest::newRow("on the day of approval") << Decided << "HZP1"
                                            << "";
    QTest::newRow("before the approval") << QDate(2026, 6, 19) << "HZP1"
                                         << "before the approval on 2026-06-20";
    QTest::newRow("in the future") << QDate(2026, 7, 1) << "HZP1"
                                   << "in the future";
    QTest::newRow("no date") << QDate() << "HZP1"
                             << "Enter the day";
    QTest::newRow("no reference") << QDate(2026, 6, 25) << " "
                                  << "payment reference";
}

void TestMaClaimWorkflow::paymentChecks()
{
    QFETCH(QDate, paidOn);
    QFETCH(QString, reference);
    QFETCH(QString, message);
    const QString id = claimIn(MaClaimStatus::Approved, m_f->caseworker);
    const Status s = pay(id, m_f->supervisor2, paidOn, reference);
    QCOMPARE(s.ok(), message.isEmpty());
    auto claim = MaClaims::load(m_f->sql(), id);
    if (!message.isEmpty()) {
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().toString()));
        QCOMPARE(claim->status, MaClaimStatus::Approved);
        return;
    }
    QCOMPARE(claim->status, MaClaimStatus::Paid);
    QCOMPARE(claim->paidOn, paidOn);
    QCOMPARE(claim->paymentReference, reference);
}

void TestMaClaimWorkflow::duplicateInvoiceBlocksSubmission()
{
    const QString other =
        m_f->enrol(QStringLiteral("刘晓燕"), QStringLiteral("371312199003050423"));
    const QString first =
        m_f->create(MutualAidFixture::claim(other, {10000}, 555), m_f->caseworker);
    const QString second =
        m_f->create(MutualAidFixture::claim(m_enrolment, {20000, 30000}, 554), m_f->caseworker);
    // Two drafts with the same invoice: neither goes on until someone looks.
    QVERIFY(!m_f->submit(first, m_f->caseworker));
    QVERIFY(!m_f->submit(second, m_f->caseworker));
    QVERIFY(m_f->write(
        m_f->caseworker,
        [&](AuditedWriter &w) {
            MaClaimInput input = MaClaims::load(m_f->sql(), second)->input;
            input.invoices[1].number = QStringLiteral("NO999");
            return MaClaims::save(w, second, input);
        },
        MutualAidFixture::at(QDate(2026, 6, 13))));
    QVERIFY(m_f->submit(second, m_f->caseworker));
    QCOMPARE(MaClaimDuplicates::ofClaim(m_f->sql(), second)->size(), 0);

    const QString third =
        m_f->create(MutualAidFixture::claim(other, {10000}, 999), m_f->caseworker);
    auto refused = m_f->submit(third, m_f->caseworker);
    QVERIFY(!refused);
    QCOMPARE(
        refused.error().message,
        QStringLiteral("Invoice NO999 of 临沂市人民医院 is also in claim MA-2026-000001 of 王建军 "
                       "(371312********0310) (Submitted). The same invoice cannot be claimed "
                       "twice; check both claims."));
    QCOMPARE(MaClaims::load(m_f->sql(), third)->status, MaClaimStatus::Draft);
    QVERIFY(MaClaims::load(m_f->sql(), third)->claimNo.isEmpty());

    // A rejected claim is made again as a new one: its invoices no longer block.
    QVERIFY(reject(second, m_f->supervisor, QStringLiteral("缺少出院记录，补齐后可重新申请。")));
    QCOMPARE(MaClaimDuplicates::ofClaim(m_f->sql(), third)->size(), 1);
    QVERIFY(!MaClaimDuplicates::ofClaim(m_f->sql(), third)->first().blocks());
    QVERIFY(m_f->submit(third, m_f->caseworker));
}

void TestMaClaimWorkflow::claimNumbersFollowSubmission()
{
    const QString a =
        m_f->create(MutualAidFixture::claim(m_enrolment, {10000}, 1), m_f->caseworker);
    const QString b =
        m_f->create(MutualAidFixture::claim(m_enrolment, {10000}, 2), m_f->caseworker);
    QCOMPARE(m_f->submit(b, m_f->caseworker).value(), QStringLiteral("MA-2026-000001"));
    QCOMPARE(m_f->submit(a, m_f->caseworker, QDate(2026, 6, 16)).value(),
             QStringLiteral("MA-2026-000002"));
    QCOMPARE(MaClaims::load(m_f->sql(), a)->claimNo, QStringLiteral("MA-2026-000002"));
    QCOMPARE(MaClaims::load(m_f->sql(), a)->submittedAt, MutualAidFixture::at(QDate(2026, 6, 16)));
    QCOMPARE(MaClaimWorkflow::nextClaimNumber(m_f->sql(), 2026).value(),
             QStringLiteral("MA-2026-000003"));
    QCOMPARE(MaClaimWorkflow::nextClaimNumber(m_f->sql(), 2025).value(),
             QStringLiteral("MA-2025-000001"));
}

void TestMaClaimWorkflow::storedPayoutIsTheEngines_data()
{
    QTest::addColumn<QList<qint64>>("shares");
    QTest::addColumn<qint64>("expected");
    // 100 yuan × 30% = 30 yuan, raised to the minimum of 50 yuan.
    QTest::newRow("minimum") << QList<qint64>{6000, 4000} << qint64(5000);
    // 1,234.56 yuan × 30% = 370.368 yuan, rounded down to the fen: 370.36.
    QTest::newRow("rounded down") << QList<qint64>{123456} << qint64(37036);
    // 5,000 × 30% + 5,000 × 35% = 1,500 + 1,750 = 3,250 yuan.
    QTest::newRow("two bands") << QList<qint64>{600000, 400000} << qint64(325000);
    // 1,500 + 1,750 + 4,000 + 4,500 + (35,000.01 − 30,000) × 50% = 11,750 + 2,500.00(5)
    // rounded down: 14,250.00 yuan.
    QTest::newRow("every band") << QList<qint64>{3500001} << qint64(1425000);
    // Demo-like shares where rounding half up (the old demo) gave one fen more:
    // 3,333.33 × 30% = 999.999 → 999.99.
    QTest::newRow("the old demo's fen") << QList<qint64>{333333} << qint64(99999);
}

void TestMaClaimWorkflow::storedPayoutIsTheEngines()
{
    QFETCH(QList<qint64>, shares);
    QFETCH(qint64, expected);
    const QString id = claimIn(MaClaimStatus::Submitted, m_f->caseworker, shares);
    QVERIFY(!id.isEmpty());
    auto claim = MaClaims::load(m_f->sql(), id);
    QVERIFY(claim->computedPayout);
    QCOMPARE(claim->computedPayout->fen(), expected);

    // The engine itself, fed by hand.
    auto plan = MaPlans::load(m_f->sql(), m_f->planId);
    QVERIFY(plan);
    ClaimFacts facts{QDate(2026, 6, 1), QDate(2026, 6, 10), Submitted, QString(), {}};
    for (qint64 fen : shares)
        facts.invoiceShares.append(Money::fromFen(fen));
    const PayoutResult result =
        PayoutEngine::compute(plan.value(), facts, {QDate(2025, 12, 1)}, {}, Submitted);
    QCOMPARE(result.payout.fen(), expected);
    QCOMPARE(claim->explanation, PayoutEngine::plainText(result));

    QVERIFY(m_f->approve(id, m_f->supervisor));
    claim = MaClaims::load(m_f->sql(), id);
    QCOMPARE(claim->approvedPayout->fen(), expected);
    QCOMPARE(claim->computedPayout->fen(), expected);
}

void TestMaClaimWorkflow::termCapAcrossTwoClaims()
{
    // Claim 1: 100,000 yuan of personal share pays 1,500 + 1,750 + 4,000 +
    // 4,500 + 70,000 × 50% = 46,750 yuan. Claim 2: 20,000 yuan would pay
    // 1,500 + 1,750 + 4,000 = 7,250 yuan, but the term cap of 50,000 leaves
    // 50,000 − 46,750 = 3,250 yuan once claim 1 is approved.
    const QString first = claimIn(MaClaimStatus::Submitted, m_f->caseworker, {10000000});
    const QString second = claimIn(MaClaimStatus::Submitted, m_f->caseworker, {2000000});
    QCOMPARE(MaClaims::load(m_f->sql(), first)->computedPayout.value_or(Money::fromFen(-1)),
             Money::fromYuan(46750));
    // Submitted while claim 1 was undecided: nothing paid earlier yet.
    QCOMPARE(MaClaims::load(m_f->sql(), second)->computedPayout.value_or(Money::fromFen(-1)),
             Money::fromYuan(7250));

    QVERIFY(m_f->approve(first, m_f->supervisor, QDate(2026, 6, 18)));
    QVERIFY(m_f->approve(second, m_f->supervisor, QDate(2026, 6, 19)));
    auto claim = MaClaims::load(m_f->sql(), second);
    QCOMPARE(claim->approvedPayout.value_or(Money::fromFen(-1)), Money::fromYuan(3250));
    QCOMPARE(claim->computedPayout.value_or(Money::fromFen(-1)), Money::fromYuan(3250));
    QVERIFY2(claim->explanation.contains(QStringLiteral("46,750.00")),
             qPrintable(claim->explanation));

    // Recomputed later from the rows, both figures stand.
    for (const QString &id : {first, second}) {
        auto stored = MaClaims::load(m_f->sql(), id);
        auto again = MaClaimPayout::compute(m_f->sql(), id, stored->decidedAt);
        QCOMPARE(again->payout, *stored->approvedPayout);
        QCOMPARE(PayoutEngine::plainText(*again), stored->explanation);
    }
    // A third claim in the term gets nothing.
    const QString third = claimIn(MaClaimStatus::Approved, m_f->caseworker, {100000});
    QCOMPARE(MaClaims::load(m_f->sql(), third)->approvedPayout.value_or(Money::fromFen(-1)),
             Money());
}

void TestMaClaimWorkflow::refusedClaimCannotBeApproved()
{
    MaEnrolmentInput unpaid;
    unpaid.planId = m_f->planId;
    unpaid.personName = QStringLiteral("陈志强");
    unpaid.idNumber = QStringLiteral("371312197809110158");
    QString enrolment;
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) -> Status {
        auto id = MaEnrolments::enrol(w, unpaid);
        enrolment = id ? id.value() : QString();
        return id ? Status() : Status(id.error());
    }));
    const QString id =
        m_f->create(MutualAidFixture::claim(enrolment, {100000}, 3000), m_f->caseworker);
    QVERIFY(m_f->submit(id, m_f->caseworker));
    auto claim = MaClaims::load(m_f->sql(), id);
    QCOMPARE(claim->computedPayout.value_or(Money::fromFen(-1)), Money());
    const Status s = m_f->approve(id, m_f->supervisor);
    QVERIFY(!s);
    QVERIFY2(s.error().message.startsWith(QStringLiteral("The plan pays nothing for this claim")),
             qPrintable(s.error().toString()));
    QVERIFY(reject(id, m_f->supervisor, QStringLiteral("未缴纳互助金。")));
}

void TestMaClaimWorkflow::auditEntries()
{
    const QString id = claimIn(MaClaimStatus::Paid, m_f->caseworker);
    QSqlQuery q(m_f->sql());
    q.prepare(QStringLiteral("SELECT user_id, json_extract(changes, '$.status[1]'),"
                             " json_extract(changes, '$.decided_by[1]') FROM audit_log"
                             " WHERE entity = 'ma_claims' AND row_id = ? ORDER BY seq"));
    q.addBindValue(id);
    QVERIFY(q.exec());
    const auto who = [&](const QVariant &id) {
        return id.toString() == m_f->caseworker.id   ? QStringLiteral("liming")
               : id.toString() == m_f->supervisor.id ? QStringLiteral("zhangli")
                                                     : id.toString();
    };
    QStringList steps;
    while (q.next())
        steps.append(QStringLiteral("%1 %2 %3")
                         .arg(who(q.value(0)), q.value(1).toString(), who(q.value(2))));
    QCOMPARE(
        steps,
        (QStringList{QStringLiteral("liming draft "), QStringLiteral("liming submitted "),
                     QStringLiteral("zhangli approved zhangli"), QStringLiteral("zhangli paid ")}));
    auto report = AuditLog::verify(m_f->sql());
    QVERIFY(report && report->ok());
}

void TestMaClaimWorkflow::actionsForTheInterface()
{
    const QString id = claimIn(MaClaimStatus::Submitted, m_f->supervisor);
    auto claim = MaClaims::load(m_f->sql(), id);
    const MaClaimActions own = MaClaimWorkflow::actions(*claim, m_f->supervisor);
    QVERIFY(!own.edit && !own.submit && !own.approve && !own.reject && !own.pay);
    const MaClaimActions other = MaClaimWorkflow::actions(*claim, m_f->supervisor2);
    QVERIFY(other.approve && other.reject && !other.pay && !other.edit);
    QVERIFY(!MaClaimWorkflow::actions(*claim, m_f->caseworker).approve);
    QVERIFY(!MaClaimWorkflow::actions(*claim, std::nullopt).approve);
    const QString draft = claimIn(MaClaimStatus::Draft, m_f->caseworker);
    const MaClaimActions editing =
        MaClaimWorkflow::actions(*MaClaims::load(m_f->sql(), draft), m_f->caseworker);
    QVERIFY(editing.edit && editing.submit && !editing.approve);
    QVERIFY(!MaClaimWorkflow::actions(*MaClaims::load(m_f->sql(), draft), m_f->admin).edit);
}

void TestMaClaimWorkflow::statementHasEverything()
{
    const QString id = claimIn(MaClaimStatus::Paid, m_f->caseworker, {600000, 400000});
    auto statement =
        MaClaimStatements::load(m_f->sql(), id, MutualAidFixture::at(QDate(2026, 7, 1)));
    QVERIFY2(statement, statement ? "" : qPrintable(statement.error().toString()));
    QCOMPARE(statement->claim.claimNo, QStringLiteral("MA-2026-000001"));
    QCOMPARE(statement->enrolment.personName, QStringLiteral("王建军"));
    QCOMPARE(statement->enrolment.paidOn, QDate(2025, 12, 1));
    QCOMPARE(statement->plan.name, QStringLiteral("2026年度职工住院医疗互助"));
    QCOMPARE(statement->plan.bands.size(), 5);
    QCOMPARE(statement->claim.input.invoices.size(), 2);
    QCOMPARE(statement->claim.personalShare(), Money::fromYuan(10000));
    QCOMPARE(statement->payout.payout, Money::fromYuan(3250));
    QVERIFY(statement->matchesStored);
    QCOMPARE(statement->claim.decidedByName, QStringLiteral("张丽"));
    QCOMPARE(statement->claim.paymentReference, QStringLiteral("HZP1"));
    QCOMPARE(statement->missingDocuments,
             (QStringList{QStringLiteral("application_form"), QStringLiteral("invoice")}));
    bool banded = false;
    for (const PayoutStep &step : statement->payout.trace)
        banded = banded || (step.kind == PayoutStep::Kind::Band && step.ratioPermille == 350);
    QVERIFY(banded);

    // Changing the plan after the decision shows on the statement, not in the record.
    QVERIFY(m_f->write(m_f->admin, [&](AuditedWriter &w) {
        return w.update(Permission::ManagePlans, QStringLiteral("ma_plans"), m_f->planId,
                        {{QStringLiteral("min_payout_fen"), 500000}});
    }));
    QVERIFY(m_f->write(m_f->admin, [&](AuditedWriter &w) -> Status {
        QSqlQuery q(m_f->sql());
        q.prepare(
            QStringLiteral("SELECT id FROM ma_plan_bands WHERE plan_id = ? AND lower_fen = 0"));
        q.addBindValue(m_f->planId);
        if (!q.exec() || !q.next())
            return Error{QStringLiteral("no band")};
        return w.update(Permission::ManagePlans, QStringLiteral("ma_plan_bands"),
                        q.value(0).toString(), {{QStringLiteral("ratio_permille"), 200}});
    }));
    statement = MaClaimStatements::load(m_f->sql(), id);
    QVERIFY(!statement->matchesStored);
    QCOMPARE(*statement->claim.approvedPayout, Money::fromYuan(3250));
}

QTEST_GUILESS_MAIN(TestMaClaimWorkflow)
#include "tst_maclaimworkflow.moc"

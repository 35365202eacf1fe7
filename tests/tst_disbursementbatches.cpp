// Batches and their sheets in models/: only approved proposals go on a batch
// and only once; printing issues and locks the batch and every print is
// logged (reprints marked); a printed batch changes only through a
// supervisor's revision, which makes a new version and supersedes the old
// printout; payments need the printed sheet; the household's history adds
// up per year.
#include "aidfixture.h"
#include "aidhistory.h"
#include "disbursementbatches.h"
#include "disbursementsheets.h"
#include "districtsettings.h"

#include <QTest>

using Kind = AidDecision::Kind;

class TestDisbursementBatches : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }

    void onlyApprovedProposalsOnce();
    void caseworkerCannotMakeBatches();
    void sheetCarriesMaskedIdsAndApprovers();
    void printingLocksAndLogs();
    void previewLeavesTheBatchOpen();
    void revisionMakesANewVersion();
    void takingALineOff();
    void paymentsNeedThePrintedSheet();
    void householdHistoryTotalsPerYear();

private:
    /// Approved 专项帮扶金 proposals for the fixture household and a second one.
    QStringList approved(int count);
    Result<QString> makeBatch(const QStringList &requests, const QString &division = {});

    std::unique_ptr<AidFixture> m_f;
    QString m_secondHousehold;
};

void TestDisbursementBatches::init()
{
    m_f = std::make_unique<AidFixture>();
    QVERIFY(m_f->ok());
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) -> Status {
                   auto h = AidFixture::addHousehold(w, QStringLiteral("HD-2025-000003"),
                                                     QStringLiteral("王秀英"),
                                                     QStringLiteral("37131219650505002"),
                                                     QStringLiteral("371312004"));
                   if (!h)
                       return h.error();
                   m_secondHousehold = h.value();
                   return {};
               }).ok());
}

QStringList TestDisbursementBatches::approved(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        auto id = m_f->propose(m_f->specialId, Money::fromYuan(500 + 100 * i),
                               i % 2 ? m_secondHousehold : m_f->householdId);
        if (!id || !m_f->decide(m_f->supervisorA, id.value(), Kind::Approve).ok())
            return {};
        ids.append(id.value());
    }
    return ids;
}

Result<QString> TestDisbursementBatches::makeBatch(const QStringList &requests,
                                                   const QString &division)
{
    QString id;
    Status s = m_f->write(m_f->supervisorB, [&](AuditedWriter &w) -> Status {
        auto created = DisbursementBatches::create(
            w, {m_f->specialId, QStringLiteral("2026 下半年"), division, {}}, requests);
        if (!created)
            return created.error();
        id = created.value();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

void TestDisbursementBatches::onlyApprovedProposalsOnce()
{
    const QStringList ids = approved(2);
    QCOMPARE(ids.size(), 2);
    auto waiting = m_f->propose(m_f->specialId, Money::fromYuan(300));
    QVERIFY(waiting.ok());
    QVERIFY(!makeBatch({waiting.value()}).ok());
    // Only 九曲街道: the second household is elsewhere.
    auto wrongDivision = makeBatch(ids, QStringLiteral("371312001"));
    QVERIFY(!wrongDivision.ok());
    QVERIFY(wrongDivision.error().message.contains(QStringLiteral("九曲街道")));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM disbursement_batches")).toInt(), 0);

    auto candidates = DisbursementBatches::candidates(m_f->sql(), m_f->specialId);
    QVERIFY(candidates.ok());
    QCOMPARE(candidates->size(), 2);
    auto batch = makeBatch(ids);
    QVERIFY2(batch.ok(), qPrintable(batch ? QString() : batch.error().toString()));
    QCOMPARE(DisbursementBatches::candidates(m_f->sql(), m_f->specialId)->size(), 0);
    QVERIFY(!makeBatch({ids.first()}).ok()); // already on a batch

    auto loaded = DisbursementBatches::load(m_f->sql(), batch.value());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->batchNo, QStringLiteral("SPECIAL-2026-001"));
    QCOMPARE(loaded->code(), QStringLiteral("SPECIAL-2026-001"));
    QCOMPARE(loaded->lineCount, 2);
    QCOMPARE(loaded->total, Money::fromYuan(1100));
    QCOMPARE(loaded->status, BatchStatus::Open);
    auto lines = DisbursementBatches::lines(m_f->sql(), batch.value());
    QCOMPARE(lines->size(), 2);
    // Sheet order: by division code, 九曲街道 (001) before 相公街道 (004).
    QCOMPARE(lines->at(0).recipientName, QStringLiteral("张伟"));
    QCOMPARE(lines->at(0).lineNo, 1);
    QCOMPARE(lines->at(1).lineNo, 2);
    QCOMPARE(lines->at(0).method, QStringLiteral("bank"));
    QCOMPARE(DisbursementBatches::nextBatchNo(m_f->sql(), QStringLiteral("special"), 2026).value(),
             QStringLiteral("SPECIAL-2026-002"));
}

void TestDisbursementBatches::caseworkerCannotMakeBatches()
{
    const QStringList ids = approved(1);
    const Status s = m_f->write(m_f->caseworker, [&](AuditedWriter &w) -> Status {
        auto created = DisbursementBatches::create(
            w, {m_f->specialId, QStringLiteral("2026"), {}, {}}, ids);
        return created ? Status() : Status(created.error());
    });
    QVERIFY(!s.ok());
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM disbursements")).toInt(), 0);
}

void TestDisbursementBatches::sheetCarriesMaskedIdsAndApprovers()
{
    QStringList ids = approved(2);
    // One more approved by the other supervisor.
    auto third = m_f->propose(m_f->specialId, Money::fromYuan(900), m_secondHousehold);
    QVERIFY(third.ok());
    QVERIFY(m_f->decide(m_f->supervisorB, third.value(), Kind::Approve).ok());
    ids.append(third.value());
    auto batch = makeBatch(ids);
    QVERIFY(batch.ok());
    QVERIFY(m_f->write(m_f->admin, [&](AuditedWriter &w) {
                   return DistrictSettings::setValue(w, DistrictSettings::UnionName,
                                                     QStringLiteral("临沂市河东区总工会"));
               }).ok());
    auto sheet = DisbursementSheets::prepare(m_f->sql(), batch.value(), m_f->supervisorB,
                                             QDate(2026, 7, 2));
    QVERIFY2(sheet.ok(), qPrintable(sheet ? QString() : sheet.error().toString()));
    QCOMPARE(sheet->unionName, QStringLiteral("临沂市河东区总工会"));
    QCOMPARE(sheet->batchCode, QStringLiteral("SPECIAL-2026-001"));
    QCOMPARE(sheet->lines.size(), 3);
    QCOMPARE(sheet->total(), Money::fromYuan(500 + 600 + 900));
    QCOMPARE(sheet->handledBy, QStringLiteral("王芳"));
    QCOMPARE(sheet->reviewers, (QStringList{QStringLiteral("张丽"), QStringLiteral("王芳")}));
    QCOMPARE(sheet->reprintNumber, 0);
    QVERIFY(!sheet->preview);
    for (const DisbursementSheetLine &line : sheet->lines) {
        QCOMPARE(line.maskedIdNumber.size(), 18);
        QVERIFY(line.maskedIdNumber.contains(QStringLiteral("********")));
        QCOMPARE(line.programme, QStringLiteral("专项帮扶金"));
    }
    QCOMPARE(sheet->lines.at(0).seq, 1);
    QCOMPARE(sheet->lines.at(0).area, QStringLiteral("九曲街道"));
    QCOMPARE(sheet->lines.at(0).maskedIdNumber.left(6), QStringLiteral("371312"));
}

void TestDisbursementBatches::printingLocksAndLogs()
{
    auto batch = makeBatch(approved(2));
    QVERIFY(batch.ok());
    auto print = [&](const CurrentUser &user) -> Result<DisbursementSheet> {
        auto sheet = DisbursementSheets::prepare(m_f->sql(), batch.value(), user, QDate(2026, 7, 2));
        if (!sheet)
            return sheet;
        Status s = m_f->write(user, [&](AuditedWriter &w) {
            return DisbursementSheets::recordPrint(w, batch.value(), *sheet,
                                                   DisbursementSheets::Kind::Print,
                                                   QStringLiteral("app"));
        });
        if (!s)
            return s.error();
        return sheet;
    };
    auto first = print(m_f->supervisorB);
    QVERIFY(first.ok());
    QCOMPARE(first->reprintNumber, 0);
    auto loaded = DisbursementBatches::load(m_f->sql(), batch.value());
    QCOMPARE(loaded->status, BatchStatus::Printed);
    QVERIFY(loaded->isLocked());
    QCOMPARE(loaded->printCount, 1);
    auto second = print(m_f->supervisorA);
    QVERIFY(second.ok());
    QCOMPARE(second->reprintNumber, 1);
    auto prints = DisbursementSheets::prints(m_f->sql(), batch.value());
    QVERIFY(prints.ok());
    QCOMPARE(prints->size(), 2);
    QCOMPARE(prints->at(0).printNo, 1);
    QCOMPARE(prints->at(1).printNo, 2);
    QCOMPARE(prints->at(1).printedByName, QStringLiteral("张丽"));
    QCOMPARE(prints->at(0).total, Money::fromYuan(1100));
    // The print log cannot be rewritten.
    QSqlQuery q(m_f->sql());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM sheet_prints")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE sheet_prints SET total_fen = 0")));

    // Locked: nothing can be added.
    auto more = approved(1);
    const Status add = m_f->write(m_f->supervisorB, [&](AuditedWriter &w) {
        return DisbursementBatches::addRequests(w, batch.value(), more);
    });
    QVERIFY(!add.ok());
    QVERIFY(add.error().message.contains(QStringLiteral("locked")));
}

void TestDisbursementBatches::previewLeavesTheBatchOpen()
{
    auto batch = makeBatch(approved(1));
    QVERIFY(batch.ok());
    // Nobody signed in (bangfu-cli without --user) or a caseworker: a preview.
    for (const std::optional<CurrentUser> &user :
         {std::optional<CurrentUser>(), std::optional<CurrentUser>(m_f->caseworker)}) {
        auto sheet = DisbursementSheets::prepare(m_f->sql(), batch.value(), user, QDate(2026, 7, 2));
        QVERIFY(sheet.ok());
        QVERIFY(sheet->preview);
        Transaction tx(m_f->sql());
        AuditedWriter writer(m_f->sql(), user, m_f->workspace().deviceId());
        QVERIFY(DisbursementSheets::recordPrint(writer, batch.value(), *sheet,
                                                DisbursementSheets::Kind::Pdf, QStringLiteral("cli"),
                                                QStringLiteral("copy.pdf"))
                    .ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(DisbursementBatches::load(m_f->sql(), batch.value())->status, BatchStatus::Open);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM sheet_prints WHERE kind = 'preview'"))
                 .toInt(),
             2);
    // A preview does not count as an issue: the first real print is not a reprint.
    auto real = DisbursementSheets::prepare(m_f->sql(), batch.value(), m_f->supervisorA,
                                            QDate(2026, 7, 2));
    QCOMPARE(real->reprintNumber, 0);
    QVERIFY(!real->preview);
}

void TestDisbursementBatches::revisionMakesANewVersion()
{
    auto batch = makeBatch(approved(3));
    QVERIFY(batch.ok());
    // Not printed yet: nothing to revise.
    QVERIFY(!m_f->write(m_f->supervisorA, [&](AuditedWriter &w) {
                    auto r = DisbursementBatches::revise(w, batch.value(), QStringLiteral("x"));
                    return r ? Status() : Status(r.error());
                }).ok());
    auto sheet = DisbursementSheets::prepare(m_f->sql(), batch.value(), m_f->supervisorB, {});
    QVERIFY(m_f->write(m_f->supervisorB, [&](AuditedWriter &w) {
                   return DisbursementSheets::recordPrint(w, batch.value(), *sheet,
                                                          DisbursementSheets::Kind::Print,
                                                          QStringLiteral("app"));
               }).ok());
    // A reason is required.
    QVERIFY(!m_f->write(m_f->supervisorA, [&](AuditedWriter &w) {
                    auto r = DisbursementBatches::revise(w, batch.value(), QStringLiteral(" "));
                    return r ? Status() : Status(r.error());
                }).ok());
    QString v2;
    QVERIFY(m_f->write(m_f->supervisorA, [&](AuditedWriter &w) -> Status {
                   auto r = DisbursementBatches::revise(w, batch.value(),
                                                        QStringLiteral("王秀英已搬走，改为下批。"));
                   if (!r)
                       return r.error();
                   v2 = r.value();
                   return {};
               }).ok());
    auto old = DisbursementBatches::load(m_f->sql(), batch.value());
    auto current = DisbursementBatches::load(m_f->sql(), v2);
    QCOMPARE(old->status, BatchStatus::Superseded);
    QCOMPARE(old->lineCount, 0);
    QCOMPARE(current->status, BatchStatus::Open);
    QCOMPARE(current->version, 2);
    QCOMPARE(current->code(), QStringLiteral("SPECIAL-2026-001-v2"));
    QCOMPARE(current->lineCount, 3);
    QCOMPARE(current->revisionReason, QStringLiteral("王秀英已搬走，改为下批。"));
    QCOMPARE(DisbursementBatches::findByCode(m_f->sql(), QStringLiteral("SPECIAL-2026-001"))->id, v2);
    QCOMPARE(DisbursementBatches::findByCode(m_f->sql(), QStringLiteral("SPECIAL-2026-001-v1"))->id,
             batch.value());
    QVERIFY(!DisbursementBatches::findByCode(m_f->sql(), QStringLiteral("NOPE-1")).ok());
    // The old version never prints again; the new one names what it replaces.
    auto oldSheet = DisbursementSheets::prepare(m_f->sql(), batch.value(), m_f->supervisorB, {});
    QVERIFY(!oldSheet.ok());
    QVERIFY(oldSheet.error().message.contains(QStringLiteral("SPECIAL-2026-001-v2")));
    auto newSheet = DisbursementSheets::prepare(m_f->sql(), v2, m_f->supervisorB, {});
    QCOMPARE(newSheet->supersedesCode, QStringLiteral("SPECIAL-2026-001"));
    QCOMPARE(newSheet->reprintNumber, 0);
    auto prints = DisbursementSheets::prints(m_f->sql(), v2);
    QCOMPARE(prints->size(), 1);
    QVERIFY(prints->first().superseded);
    // Only lists the current version unless asked.
    QCOMPARE(DisbursementBatches::list(m_f->sql())->size(), 1);
    QCOMPARE(DisbursementBatches::list(m_f->sql(), true)->size(), 2);
}

void TestDisbursementBatches::takingALineOff()
{
    const QStringList ids = approved(2);
    auto batch = makeBatch(ids);
    QVERIFY(batch.ok());
    const QString lineId = DisbursementBatches::lines(m_f->sql(), batch.value())->at(1).id;
    QVERIFY(!m_f->write(m_f->supervisorB, [&](AuditedWriter &w) {
                    return DisbursementBatches::removeLine(w, lineId, {});
                }).ok());
    QVERIFY(m_f->write(m_f->supervisorB, [&](AuditedWriter &w) {
                   return DisbursementBatches::removeLine(w, lineId, QStringLiteral("户主外出"));
               }).ok());
    QCOMPARE(DisbursementBatches::lines(m_f->sql(), batch.value())->size(), 1);
    QCOMPARE(DisbursementBatches::lines(m_f->sql(), batch.value(), true)->size(), 2);
    QCOMPARE(DisbursementBatches::load(m_f->sql(), batch.value())->total, Money::fromYuan(500));
    // Its proposal may go on another batch.
    QCOMPARE(DisbursementBatches::candidates(m_f->sql(), m_f->specialId)->size(), 1);
    QVERIFY(makeBatch({ids.at(1)}).ok());
}

void TestDisbursementBatches::paymentsNeedThePrintedSheet()
{
    auto batch = makeBatch(approved(2));
    QVERIFY(batch.ok());
    auto lines = DisbursementBatches::lines(m_f->sql(), batch.value());
    const QString a = lines->at(0).id, b = lines->at(1).id;
    auto pay = [&](const QStringList &ids, const LinePayment &p,
                   const QDateTime &now = QDateTime(QDate(2026, 7, 10), QTime(9, 0), Qt::UTC)) {
        return m_f->write(
            m_f->supervisorB,
            [&](AuditedWriter &w) { return DisbursementBatches::recordPayment(w, ids, p); }, now);
    };
    const LinePayment cash{QStringLiteral("cash"), QDate(2026, 7, 10), QStringLiteral("signed")};
    QVERIFY(!pay({a}, cash).ok()); // not printed yet
    auto sheet = DisbursementSheets::prepare(m_f->sql(), batch.value(), m_f->supervisorB, {});
    QVERIFY(m_f->write(m_f->supervisorB, [&](AuditedWriter &w) {
                   return DisbursementSheets::recordPrint(w, batch.value(), *sheet,
                                                          DisbursementSheets::Kind::Print,
                                                          QStringLiteral("app"));
               }).ok());
    QVERIFY(!pay({a}, {QStringLiteral("cash"), QDate(2026, 7, 10), QStringLiteral("ok")}).ok());
    QVERIFY(!pay({a}, {QStringLiteral("bank"), QDate(2026, 7, 10), {}}).ok());
    QVERIFY(!pay({a}, {QStringLiteral("cash"), QDate(2026, 7, 11), QStringLiteral("signed")}).ok());
    QVERIFY(!pay({a}, {QStringLiteral("cash"), QDate(2026, 6, 30), QStringLiteral("signed")}).ok());
    QVERIFY(pay({a}, cash).ok());
    QCOMPARE(DisbursementBatches::load(m_f->sql(), batch.value())->status, BatchStatus::Printed);
    QVERIFY(!pay({a}, cash).ok()); // paid already
    QVERIFY(pay({b}, {QStringLiteral("bank"), QDate(2026, 7, 10), QStringLiteral("YH2026071000001")})
                .ok());
    auto loaded = DisbursementBatches::load(m_f->sql(), batch.value());
    QCOMPARE(loaded->status, BatchStatus::Paid);
    QCOMPARE(loaded->paidCount, 2);
    QCOMPARE(DisbursementBatches::lines(m_f->sql(), batch.value())->at(1).paymentReference,
             QStringLiteral("YH2026071000001"));
    // A paid batch cannot be revised.
    QVERIFY(!m_f->write(m_f->supervisorA, [&](AuditedWriter &w) {
                    auto r = DisbursementBatches::revise(w, batch.value(), QStringLiteral("x"));
                    return r ? Status() : Status(r.error());
                }).ok());
}

void TestDisbursementBatches::householdHistoryTotalsPerYear()
{
    const QStringList ids = approved(3); // 500 + 700 for the fixture household, 600 elsewhere
    auto batch = makeBatch({ids.at(0), ids.at(1)});
    QVERIFY(batch.ok());
    auto sheet = DisbursementSheets::prepare(m_f->sql(), batch.value(), m_f->supervisorB, {});
    QVERIFY(m_f->write(m_f->supervisorB, [&](AuditedWriter &w) {
                   return DisbursementSheets::recordPrint(w, batch.value(), *sheet,
                                                          DisbursementSheets::Kind::Print,
                                                          QStringLiteral("app"));
               }).ok());
    const QString line =
        DisbursementBatches::lines(m_f->sql(), batch.value())->at(0).id; // 张伟's 500
    QVERIFY(m_f->write(
                   m_f->supervisorB,
                   [&](AuditedWriter &w) {
                       return DisbursementBatches::recordPayment(
                           w, {line}, {QStringLiteral("cash"), QDate(2026, 7, 5),
                                       QStringLiteral("thumbprint")});
                   },
                   QDateTime(QDate(2026, 7, 6), QTime(9, 0), Qt::UTC))
                .ok());
    auto history = AidHistories::forHousehold(m_f->sql(), m_f->householdId);
    QVERIFY(history.ok());
    QCOMPARE(history->entries.size(), 2); // the paid 500 and the approved 700 not on a batch
    QCOMPARE(history->years.size(), 1);
    QCOMPARE(history->years.first().year, 2026);
    QCOMPARE(history->years.first().aid, Money::fromYuan(500));
    QCOMPARE(history->total(), Money::fromYuan(500));
    QCOMPARE(history->pending, Money::fromYuan(700));
    QVERIFY(history->entries.first().paid);
    QCOMPARE(history->entries.first().reference, QStringLiteral("SPECIAL-2026-001"));
    QCOMPARE(history->entries.first().date, QDate(2026, 7, 5));
    QVERIFY(!history->entries.last().paid);
}

QTEST_GUILESS_MAIN(TestDisbursementBatches)
#include "tst_disbursementbatches.moc"

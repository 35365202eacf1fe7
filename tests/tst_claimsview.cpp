// The claims area as the caseworker and the supervisor use it: a claim typed
// into the claim form for an enrolled member, quoted while typing and
// submitted; the same invoice in a second claim named at once and refused at
// submission; the supervisor approving and recording the payment from the
// list; the statement saved as PDF; a caseworker unable to approve.
#include "claimdialog.h"
#include "claimsview.h"
#include "demodata.h"
#include "guitest.h"
#include "invoicetable.h"
#include "maclaimlistmodel.h"
#include "maenrolments.h"
#include "maplan.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->item(row, column)->setText(text);
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestClaimsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caseworkerEntersAndSubmits();
    void duplicateInvoiceIsNamedAndRefused();
    void supervisorApprovesAndPays();

private:
    void signIn(const QString &name);
    void fillClaim(ClaimDialog &dialog, const QString &invoiceNumber);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_enrolment;
    QString m_claim;
};

void TestClaimsView::initTestCase()
{
    GuiTest::screenshotLanguage();
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("claims.sqlite")));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    QVERIFY(DemoData::generate(m_ws->database(), m_ws->pinyin(),
                               DemoOptions{7, 40, QDate::currentDate()})
                .ok());
    // A paid enrolment in this year's inpatient plan, whose plan covers the last weeks.
    m_enrolment = scalar(
        m_ws->sql(),
        QStringLiteral("SELECT e.id FROM ma_enrolments e JOIN ma_plans p ON p.id = e.plan_id"
                       " WHERE p.product = 'inpatient' AND e.paid_on IS NOT NULL"
                       " AND p.term_start <= date('now', '-20 days') AND p.term_end >= date('now')"
                       " AND e.paid_on <= date('now', '-200 days') LIMIT 1"));
    QVERIFY2(!m_enrolment.isEmpty(), "the demo has no enrolment to claim on");
    signIn(QStringLiteral("liming"));
}

void TestClaimsView::signIn(const QString &name)
{
    auto user = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), name, DemoData::password());
    QVERIFY(user.ok());
    m_ws->setUser(user.value());
}

void TestClaimsView::fillClaim(ClaimDialog &dialog, const QString &invoiceNumber)
{
    const QDate admitted = QDate::currentDate().addDays(-12);
    child<QLineEdit>(&dialog, "hospitalEdit")->setText(QStringLiteral("临沂市中心医院"));
    child<QDateEdit>(&dialog, "admittedEdit")->setDate(admitted);
    child<QDateEdit>(&dialog, "dischargedEdit")->setDate(admitted.addDays(7));
    child<QLineEdit>(&dialog, "diagnosisEdit")->setText(QStringLiteral("肺炎"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addInvoiceButton"), Qt::LeftButton);
    auto *table = child<QTableWidget>(&dialog, "invoicesTable");
    table->setCurrentCell(-1, -1);
    setCell(table, 0, InvoiceTable::Number, invoiceNumber);
    setCell(table, 0, InvoiceTable::Total, QStringLiteral("12,000.00"));
    setCell(table, 0, InvoiceTable::Insurance, QStringLiteral("7000"));
    setCell(table, 0, InvoiceTable::Personal, QStringLiteral("5000"));
}

void TestClaimsView::caseworkerEntersAndSubmits()
{
    ClaimDialog dialog(*m_ws, {}, m_enrolment);
    QVERIFY(!dialog.loadError());
    dialog.show();
    fillClaim(dialog, QStringLiteral("9900001"));
    auto input = dialog.input();
    QVERIFY(input.ok());
    QCOMPARE(input->invoices.size(), 1);
    QCOMPARE(input->invoices.first().personal, Money::fromYuan(5000));
    // The payout is quoted while typing, step by step, in figures and capitals.
    auto *quote = child<QTextBrowser>(&dialog, "quoteView");
    QTRY_VERIFY2(quote->toPlainText().contains(QStringLiteral("¥5,000.00")),
                 qPrintable(quote->toPlainText()));
    GuiTest::saveScreenshot(&dialog, QStringLiteral("claim-form"));

    const Status s = dialog.save(true);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    m_claim = dialog.claimId();
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT status, claim_no, computed_payout_fen, created_by "
                                  "FROM ma_claims WHERE id = '%1'")
                       .arg(m_claim)) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("submitted"));
    QVERIFY(q.value(1).toString().startsWith(QStringLiteral("MA-")));
    QVERIFY(q.value(2).toLongLong() > 0);
    QCOMPARE(q.value(3).toString(), m_ws->user()->id);

    // The caseworker sees it in the list, but may not approve it.
    ClaimsView view(*m_ws);
    view.show();
    view.selectClaim(m_claim);
    QCOMPARE(view.currentClaim(), m_claim);
    QVERIFY(!child<QPushButton>(&view, "approveButton")->isEnabled());
    QVERIFY(!view.approve().ok());
    QVERIFY(child<QTextBrowser>(&view, "detailView")->toPlainText().contains(q.value(1).toString()));
}

void TestClaimsView::duplicateInvoiceIsNamedAndRefused()
{
    ClaimDialog dialog(*m_ws, {}, m_enrolment);
    dialog.show();
    fillClaim(dialog, QStringLiteral("9900001"));
    const QString number = scalar(m_ws->sql(), QStringLiteral("SELECT claim_no FROM ma_claims "
                                                              "WHERE id = '%1'")
                                                   .arg(m_claim));
    QTRY_VERIFY2(dialog.messageText().contains(number), qPrintable(dialog.messageText()));
    const QString before = scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM ma_claims"));
    QVERIFY(!dialog.save(true).ok());
    QVERIFY(dialog.isVisible());
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM ma_claims")), before);
}

void TestClaimsView::supervisorApprovesAndPays()
{
    signIn(QStringLiteral("zhangli"));
    ClaimsView view(*m_ws);
    view.show();
    view.selectClaim(m_claim);
    QCOMPARE(view.currentClaim(), m_claim);
    QVERIFY(child<QPushButton>(&view, "approveButton")->isEnabled());
    const Status approved = view.approve();
    QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().toString()));
    view.selectClaim(m_claim);
    QVERIFY(child<QPushButton>(&view, "paidButton")->isEnabled());
    QVERIFY(view.markPaid(QDate::currentDate(), QStringLiteral("BANK-20261129-01")).ok());
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT c.status, u.username, c.payment_reference FROM ma_claims c"
                                  " JOIN users u ON u.id = c.decided_by WHERE c.id = '%1'")
                       .arg(m_claim)) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("paid"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("zhangli"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("BANK-20261129-01"));

    // Filters: by hospital, by status, by the member's name.
    auto *table = child<QTableView>(&view, "claimsTable");
    child<QLineEdit>(&view, "hospitalFilterEdit")->setText(QStringLiteral("中心医院"));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()->index(row, MaClaimListModel::Hospital).data().toString().contains(
            QStringLiteral("中心医院")));
    QVERIFY(view.model()->rowOf(m_claim) >= 0);
    auto *status = child<QComboBox>(&view, "statusCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("paid")));
    QVERIFY(view.model()->rowOf(m_claim) >= 0);
    status->setCurrentIndex(status->findData(QStringLiteral("draft")));
    QCOMPARE(view.model()->rowOf(m_claim), -1);
    status->setCurrentIndex(0);
    child<QLineEdit>(&view, "hospitalFilterEdit")->clear();
    const QString member = scalar(m_ws->sql(), QStringLiteral("SELECT e.person_name FROM ma_claims c"
                                                              " JOIN ma_enrolments e ON e.id = c.enrolment_id"
                                                              " WHERE c.id = '%1'")
                                                   .arg(m_claim));
    child<QLineEdit>(&view, "searchEdit")->setText(member);
    QVERIFY(view.model()->rowOf(m_claim) >= 0);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, MaClaimListModel::Member).data().toString(), member);

    view.selectClaim(m_claim);
    GuiTest::saveScreenshot(&view, QStringLiteral("claims-view"));
    const QString pdf = m_dir.filePath(QStringLiteral("statement.pdf"));
    QVERIFY(view.saveStatementPdf(pdf).ok());
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

QTEST_MAIN(TestClaimsView)
#include "tst_claimsview.moc"

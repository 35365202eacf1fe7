// The payout calculator, offscreen with real widgets: the database's plans
// are offered, the personal shares typed per invoice give the payout the
// engine gives for the same facts, in figures and capitals, with every step;
// earlier payouts reach the term cap; a refusal is shown with its reason; a
// share that is no amount is named and quotes nothing; a plan file can be
// loaded beside the database's plans, a broken one lists its problems; the
// claims area opens it; and nothing is written.
#include "claimsview.h"
#include "guitest.h"
#include "maplanimport.h"
#include "maplanjson.h"
#include "moneyedit.h"
#include "payoutcalculatordialog.h"
#include "session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace GuiTest;

namespace {

const QString Yueyang = QStringLiteral(BANGFU_TEST_DATA "/plans/yueyang-2014.json");

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

QString text(QWidget *parent, const char *label)
{
    return child<QLabel>(parent, label)->text();
}

} // namespace

class TestPayoutCalculatorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sharesTypedGiveTheEnginesPayout();
    void earlierPayoutsReachTheCap();
    void refusalIsShown();
    void badShareQuotesNothing();
    void planFiles();
    void claimsViewOpensIt();
    void writesNothing();

private:
    qint64 auditEntries() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    MaPlan m_plan;
    qint64 m_entries = 0;
};

void TestPayoutCalculatorDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = withAdmin(m_dir.filePath(QStringLiteral("calculator.sqlite")));
    QVERIFY(m_ws);
    const MaPlanJson::Contents contents = MaPlanJson::readFile(Yueyang);
    QVERIFY(contents.ok());
    m_plan = contents.plans.constFirst();
    QVERIFY(Session::write(*m_ws, [&](AuditedWriter &writer) -> Status {
                auto done = MaPlanImport::apply(writer, contents.plans);
                return done ? Status() : Status(done.error());
            }).ok());
    m_entries = auditEntries();
}

qint64 TestPayoutCalculatorDialog::auditEntries() const
{
    QSqlQuery q(m_ws->sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

// 8,000 + 4,000 + 345.60, typed as a caseworker does (the first into the
// cell's editor), pay 4,188.24 (tst_payoutyueyang) on the dates offered.
void TestPayoutCalculatorDialog::sharesTypedGiveTheEnginesPayout()
{
    PayoutCalculatorDialog dialog(*m_ws);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *plans = child<QComboBox>(&dialog, "planCombo");
    QCOMPARE(plans->count(), 1);
    QCOMPARE(plans->currentText(), m_plan.name);
    QVERIFY(dialog.currentPlan());
    QCOMPARE(dialog.currentPlan()->id, m_plan.id);
    // Outside 2014 the stay offered is the first day of cover, paid the day before.
    QCOMPARE(child<QDateEdit>(&dialog, "admittedEdit")->date(), QDate(2014, 1, 1));
    QCOMPARE(child<QDateEdit>(&dialog, "paidOnEdit")->date(), QDate(2013, 12, 31));

    auto *table = child<QTableWidget>(&dialog, "sharesTable");
    QCOMPARE(table->rowCount(), 1);
    table->setCurrentCell(0, 0);
    table->editItem(table->item(0, 0));
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("8,000"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(0, 0)->text(), QStringLiteral("8,000.00")); // committed queued
    QVERIFY(dialog.quote());
    QCOMPARE(dialog.quote()->result.payout, Money::fromFen(255'000));

    for (const QString &share : {QStringLiteral("4000"), QStringLiteral("345.60")}) {
        QTest::mouseClick(child<QPushButton>(&dialog, "addShareButton"), Qt::LeftButton);
        table->setCurrentCell(-1, -1); // closes the editor the button opened
        table->item(table->rowCount() - 1, 0)->setText(share);
    }
    QVERIFY(dialog.quote());
    const QList<Money> shares{Money::fromYuan(8'000), Money::fromYuan(4'000),
                              Money::fromFen(34'560)};
    const PayoutResult expected = PayoutEngine::compute(
        m_plan, ClaimFacts{QDate(2014, 1, 1), QDate(2014, 1, 1), QDate::currentDate(), {}, shares},
        EnrolmentFacts{QDate(2013, 12, 31)}, {}, QDate::currentDate());
    QCOMPARE(dialog.quote()->result.payout, Money::fromFen(418'824));
    QCOMPARE(dialog.quote()->result.payout, expected.payout);
    QCOMPARE(PayoutEngine::plainText(dialog.quote()->result), PayoutEngine::plainText(expected));
    QCOMPARE(text(&dialog, "payoutLabel"), QStringLiteral("Payout: ¥4,188.24"));
    QCOMPARE(text(&dialog, "capitalsLabel"), QStringLiteral("人民币肆仟壹佰捌拾捌元贰角肆分"));
    const QString trace = child<QTextBrowser>(&dialog, "traceView")->toPlainText();
    for (const PayoutStep &step : expected.trace)
        QVERIFY2(trace.contains(step.text), qPrintable(step.text));
    saveScreenshot(&dialog, QStringLiteral("payout-calculator"));

    // Removing an invoice quotes again.
    table->setCurrentCell(2, 0);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeShareButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.quote()->result.payout, Money::fromFen(405'000)); // 1,500 + 1,750 + 800
}

// ¥20,000 with ¥45,000 paid earlier: 7,250.00, cut to the 5,000.00 left.
void TestPayoutCalculatorDialog::earlierPayoutsReachTheCap()
{
    PayoutCalculatorDialog dialog(*m_ws);
    child<QTableWidget>(&dialog, "sharesTable")->item(0, 0)->setText(QStringLiteral("20000"));
    QCOMPARE(dialog.quote()->result.payout, Money::fromYuan(7'250));
    // No deductible per term: the earlier claims' share is not asked.
    QVERIFY(!child<MoneyEdit>(&dialog, "shareEarlierEdit")->isVisibleTo(&dialog));
    QVERIFY(!child<QComboBox>(&dialog, "diseaseCombo")->isVisibleTo(&dialog));
    QVERIFY(type(&dialog, "paidEarlierEdit", QStringLiteral("45,000")));
    QCOMPARE(dialog.quote()->result.payout, Money::fromYuan(5'000));
    QCOMPARE(dialog.quote()->result.trace.at(dialog.quote()->result.trace.size() - 2).kind,
             PayoutStep::Kind::TermCap);
}

void TestPayoutCalculatorDialog::refusalIsShown()
{
    PayoutCalculatorDialog dialog(*m_ws);
    child<QTableWidget>(&dialog, "sharesTable")->item(0, 0)->setText(QStringLiteral("3000"));
    QCOMPARE(dialog.quote()->result.payout, Money::fromYuan(900));
    child<QDateEdit>(&dialog, "admittedEdit")->setDate(QDate(2015, 2, 1));
    child<QDateEdit>(&dialog, "dischargedEdit")->setDate(QDate(2015, 2, 9));
    QVERIFY(dialog.quote()->result.refused);
    QCOMPARE(dialog.quote()->result.refusalCode, QString(PayoutRefusal::OutsideTerm));
    QCOMPARE(text(&dialog, "payoutLabel"), QStringLiteral("Payout: ¥0.00, the claim is refused"));
    QCOMPARE(text(&dialog, "capitalsLabel"), QStringLiteral("人民币零元整"));
    QVERIFY(child<QTextBrowser>(&dialog, "traceView")
                ->toPlainText()
                .contains(dialog.quote()->result.trace.constFirst().text));
}

void TestPayoutCalculatorDialog::badShareQuotesNothing()
{
    PayoutCalculatorDialog dialog(*m_ws);
    auto *table = child<QTableWidget>(&dialog, "sharesTable");
    table->item(0, 0)->setText(QStringLiteral("12.345"));
    QVERIFY(!dialog.quote());
    QVERIFY(text(&dialog, "payoutLabel").isEmpty());
    QVERIFY2(child<QTextBrowser>(&dialog, "traceView")
                 ->toPlainText()
                 .startsWith(QStringLiteral("Invoice 1: amount has more than two decimal places")),
             qPrintable(child<QTextBrowser>(&dialog, "traceView")->toPlainText()));
    table->item(0, 0)->setText(QStringLiteral("100"));
    QCOMPARE(dialog.quote()->result.payout, Money::fromYuan(50)); // raised to the minimum
    QVERIFY(type(&dialog, "paidEarlierEdit", QStringLiteral("abc")));
    QVERIFY(!dialog.quote());
}

void TestPayoutCalculatorDialog::planFiles()
{
    PayoutCalculatorDialog dialog(*m_ws);
    auto *plans = child<QComboBox>(&dialog, "planCombo");
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QFile yueyang(Yueyang);
    QVERIFY(yueyang.open(QIODevice::ReadOnly));
    file.write(yueyang.readAll().replace("\"35%\"", "\"35 percent\""));
    file.close();
    QVERIFY(!dialog.loadPlanFile(broken).ok());
    QCOMPARE(plans->count(), 1);
    QVERIFY(child<QTextBrowser>(&dialog, "traceView")
                ->toPlainText()
                .contains(QStringLiteral("plans[0].bands[1].ratio")));

    QVERIFY(dialog.loadPlanFile(Yueyang).ok());
    QCOMPARE(plans->count(), 2);
    QCOMPARE(plans->currentIndex(), 1);
    QCOMPARE(plans->currentText(), QStringLiteral("%1 (file yueyang-2014.json)").arg(m_plan.name));
    child<QTableWidget>(&dialog, "sharesTable")->item(0, 0)->setText(QStringLiteral("36000"));
    QCOMPARE(dialog.quote()->result.payout, Money::fromYuan(14'750));
    QVERIFY(child<QLabel>(&dialog, "termValue")->text().contains(QStringLiteral("2014-12-31")));
}

void TestPayoutCalculatorDialog::claimsViewOpensIt()
{
    ClaimsView view(*m_ws);
    auto *button = child<QPushButton>(&view, "calculatorButton");
    QVERIFY(button && button->isEnabled());
    bool opened = false;
    auto watch = onNextModal<PayoutCalculatorDialog>([&](PayoutCalculatorDialog *dialog) {
        opened = dialog->currentPlan() != nullptr;
        dialog->reject();
    });
    button->click();
    QVERIFY(opened);
}

void TestPayoutCalculatorDialog::writesNothing()
{
    QCOMPARE(auditEntries(), m_entries);
}

QTEST_MAIN(TestPayoutCalculatorDialog)
#include "tst_payoutcalculatordialog.moc"

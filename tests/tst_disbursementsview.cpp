// The disbursements area as office staff use it: a batch made in the
// new-batch dialog from approved proposals, the sheet saved as PDF (which
// issues and locks the batch and is logged), payments recorded through the
// payment dialog, a supervisor's revision opening version 2, and buttons
// that follow what the batch and the user allow.
#include "aidfixture.h"
#include "batchlinemodel.h"
#include "batchlistmodel.h"
#include "disbursementbatches.h"
#include "disbursementsheetpainter.h"
#include "disbursementsheets.h"
#include "disbursementsview.h"
#include "guitest.h"
#include "linepaymentdialog.h"
#include "newbatchdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace GuiTest;

class TestDisbursementsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { screenshotLanguage(); }
    void init();
    void cleanup() { m_f.reset(); }

    void batchFromApprovedProposals();
    void printedBatchTakesPaymentsAndRevisions();
    void caseworkerCannotMakeBatches();
    void printPreviewClosedPrintsNothing();
    void addingProposalsToAnOpenBatch();
    void printerGetsTheSameSheet();

private:
    QPushButton *button(DisbursementsView &view, const char *name);
    void makeBatchInDialog(DisbursementsView &view);

    std::unique_ptr<AidFixture> m_f;
};

void TestDisbursementsView::init()
{
    m_f = std::make_unique<AidFixture>();
    QVERIFY(m_f->ok());
    for (int yuan : {500, 800}) {
        auto id = m_f->propose(m_f->specialId, Money::fromYuan(yuan));
        QVERIFY(id.ok());
        QVERIFY(m_f->decide(m_f->supervisorA, id.value(), AidDecision::Kind::Approve).ok());
    }
    m_f->workspace().setUser(m_f->supervisorB);
}

QPushButton *TestDisbursementsView::button(DisbursementsView &view, const char *name)
{
    return view.findChild<QPushButton *>(QString::fromLatin1(name));
}

void TestDisbursementsView::makeBatchInDialog(DisbursementsView &view)
{
    bool handled = false;
    auto watcher = onNextModal<NewBatchDialog>([&](NewBatchDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->candidateTable()->rowCount(), 2);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no period yet
        QTest::keyClicks(dialog->periodEdit(), QStringLiteral("2026 H2"));
        QVERIFY(ok->isEnabled());
        saveScreenshot(dialog, QStringLiteral("new-batch-dialog"));
        QTest::mouseClick(ok, Qt::LeftButton);
        handled = true;
    });
    QPushButton *newButton = button(view, "newBatchButton");
    QVERIFY(newButton && newButton->isEnabled());
    QTest::mouseClick(newButton, Qt::LeftButton);
    QVERIFY(handled);
}

void TestDisbursementsView::batchFromApprovedProposals()
{
    DisbursementsView view(m_f->workspace());
    view.resize(1200, 700);
    view.show();
    QCOMPARE(view.batchModel()->rowCount(), 0);
    makeBatchInDialog(view);
    QCOMPARE(view.batchModel()->rowCount(), 1);
    QVERIFY(!view.currentBatch().isEmpty());
    QCOMPARE(view.lineModel()->rowCount(), 2);
    QCOMPARE(view.batchModel()->index(0, BatchListModel::Total).data().toString(),
             QStringLiteral("¥1,300.00"));
    QCOMPARE(view.lineModel()->index(0, BatchLineModel::IdNumber).data().toString().mid(6, 8),
             QStringLiteral("********"));
    // Open: no payments yet, and revising is for printed batches.
    view.lineTable()->selectAll();
    QVERIFY(!button(view, "payButton")->isEnabled());
    QVERIFY(!button(view, "reviseButton")->isEnabled());
    QVERIFY(button(view, "removeLineButton")->isEnabled());
    saveScreenshot(&view, QStringLiteral("disbursements-open-batch"));
}

void TestDisbursementsView::printedBatchTakesPaymentsAndRevisions()
{
    DisbursementsView view(m_f->workspace());
    view.resize(1200, 700);
    view.show();
    makeBatchInDialog(view);
    const QString batch = view.currentBatch();

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    QVERIFY(view.saveSheetPdf(pdf).ok());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QCOMPARE(DisbursementBatches::load(m_f->sql(), batch)->status, BatchStatus::Printed);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT kind || ':' || file_name FROM sheet_prints")).toString(),
             QStringLiteral("pdf:sheet.pdf"));

    // Pay the first line through the dialog: bank transfer needs its reference.
    view.lineTable()->selectRow(0);
    QPushButton *pay = button(view, "payButton");
    QVERIFY(pay->isEnabled());
    bool handled = false;
    auto watcher = onNextModal<LinePaymentDialog>([&](LinePaymentDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->methodCombo()->setCurrentIndex(2); // bank transfer
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->referenceEdit(), QStringLiteral("YH20260701"));
        QVERIFY(ok->isEnabled());
        saveScreenshot(dialog, QStringLiteral("line-payment-dialog"));
        QTest::mouseClick(ok, Qt::LeftButton);
        handled = true;
    });
    QTest::mouseClick(pay, Qt::LeftButton);
    QVERIFY(handled);
    auto lines = DisbursementBatches::lines(m_f->sql(), batch);
    QCOMPARE(lines->at(0).status, QStringLiteral("paid"));
    QCOMPARE(lines->at(0).paymentReference, QStringLiteral("YH20260701"));
    QCOMPARE(lines->at(1).status, QStringLiteral("pending"));
    // A batch with a payment cannot be revised.
    QVERIFY(!button(view, "reviseButton")->isEnabled());
    QVERIFY(!view.revise(QStringLiteral("x")).ok());

    // Another batch, printed and then revised by the supervisor.
    auto third = m_f->propose(m_f->specialId, Money::fromYuan(300));
    QVERIFY(third.ok());
    QVERIFY(m_f->decide(m_f->supervisorA, third.value(), AidDecision::Kind::Approve).ok());
    QString second;
    QVERIFY(m_f->write(m_f->supervisorB, [&](AuditedWriter &w) -> Status {
                   auto id = DisbursementBatches::create(
                       w, {m_f->specialId, QStringLiteral("2026 H2"), {}, {}}, {third.value()});
                   if (!id)
                       return id.error();
                   second = id.value();
                   return {};
               }).ok());
    view.refresh();
    view.selectBatch(second);
    QVERIFY(view.saveSheetPdf(dir.filePath(QStringLiteral("second.pdf"))).ok());
    QVERIFY(button(view, "reviseButton")->isEnabled());
    QVERIFY(view.revise(QStringLiteral("金额有误")).ok());
    const QString v2 = view.currentBatch();
    QVERIFY(v2 != second);
    auto revised = DisbursementBatches::load(m_f->sql(), v2);
    QCOMPARE(revised->version, 2);
    QCOMPARE(revised->status, BatchStatus::Open);
    QCOMPARE(view.batchModel()->rowOf(second), -1); // replaced versions hidden by default
    // The new version shows why it changed and the print of the version it replaces.
    const QString info = view.findChild<QLabel *>(QStringLiteral("batchInfoLabel"))->text();
    QVERIFY2(info.contains(QStringLiteral("金额有误")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("SPECIAL-2026-002")), qPrintable(info));
    QTest::qWait(50); // let the detail lines lay out before the picture
    saveScreenshot(&view, QStringLiteral("disbursements-revised"));
}

void TestDisbursementsView::caseworkerCannotMakeBatches()
{
    m_f->workspace().setUser(m_f->caseworker);
    DisbursementsView view(m_f->workspace());
    view.show();
    QVERIFY(!button(view, "newBatchButton")->isEnabled());
}

void TestDisbursementsView::printPreviewClosedPrintsNothing()
{
    DisbursementsView view(m_f->workspace());
    view.resize(1200, 700);
    view.show();
    makeBatchInDialog(view);
    const QString batch = view.currentBatch();
    // Printing an open batch asks first, then shows the preview of the sheet.
    bool asked = false, previewed = false;
    auto question = onNextModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text().contains(view.batchModel()->batchAt(0)->code());
        box->button(QMessageBox::Yes)->click();
    });
    auto preview = onNextModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        previewed = true;
        dialog->reject(); // closed without printing
    });
    QTest::mouseClick(button(view, "printButton"), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(previewed);
    QCOMPARE(DisbursementBatches::load(m_f->sql(), batch)->status, BatchStatus::Open);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM sheet_prints")).toInt(), 0);
}

void TestDisbursementsView::addingProposalsToAnOpenBatch()
{
    DisbursementsView view(m_f->workspace());
    view.resize(1200, 700);
    view.show();
    makeBatchInDialog(view);
    const QString batch = view.currentBatch();
    auto later = m_f->propose(m_f->specialId, Money::fromYuan(300));
    QVERIFY(later.ok());
    QVERIFY(m_f->decide(m_f->supervisorA, later.value(), AidDecision::Kind::Approve).ok());

    bool handled = false;
    auto watcher = onNextModal<NewBatchDialog>([&](NewBatchDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY(!dialog->programmeCombo()->isEnabled()); // the batch's own programme
        QCOMPARE(dialog->candidateTable()->rowCount(), 1);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        handled = true;
    });
    QTest::mouseClick(button(view, "addProposalsButton"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(view.currentBatch(), batch);
    QCOMPARE(view.lineModel()->rowCount(), 3);
    QCOMPARE(DisbursementBatches::load(m_f->sql(), batch)->total, Money::fromYuan(1600));
    QCOMPARE(DisbursementBatches::lines(m_f->sql(), batch)->last().lineNo, 3);
    // Once printed, the batch takes no more.
    QTemporaryDir dir;
    QVERIFY(view.saveSheetPdf(dir.filePath(QStringLiteral("s.pdf"))).ok());
    QVERIFY(!button(view, "addProposalsButton")->isEnabled());
}

void TestDisbursementsView::printerGetsTheSameSheet()
{
    // The printer path (QPrinter) paints what the PDF file holds.
    DisbursementsView view(m_f->workspace());
    makeBatchInDialog(view);
    auto sheet = DisbursementSheets::prepare(m_f->sql(), view.currentBatch(), m_f->supervisorB,
                                             QDate(2026, 7, 2));
    QVERIFY(sheet.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printer.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QVERIFY(paintDisbursementSheet(printer, *sheet).ok());
        QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Landscape);
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils is not installed");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(sheet->batchCode), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1,300.00")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
}

QTEST_MAIN(TestDisbursementsView)
#include "tst_disbursementsview.moc"

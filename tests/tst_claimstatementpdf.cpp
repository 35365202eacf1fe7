// The printed claim statement: the Yueyang plan's worked example of an
// ¥8,000 personal share, rendered to PDF and read back with pdftotext — the
// member (ID masked), the invoices and their total, every step of the payout,
// the amount in figures and capitals, and an embedded CJK font.
#include "pdffonts.h"
#include "claimstatementpdf.h"
#include "payouttestdata.h"
#include "pdfwriter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace PayoutTestData;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(program), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // Qt's PDF text map gives some ideographs as Kangxi radicals; NFKC folds them back.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

MaClaimStatement yueyangStatement()
{
    MaClaimStatement s;
    s.unionName = QStringLiteral("临沂市河东区总工会");
    s.plan = yueyangPlan();
    s.enrolment.personName = QStringLiteral("张涛");
    s.enrolment.idNumber = QStringLiteral("371312198001010016");
    s.enrolment.workUnit = QStringLiteral("临沂市某机械厂");
    s.enrolment.paidOn = QDate(2013, 12, 15);
    s.enrolment.receiptNo = QStringLiteral("HZ-2024-0088");
    s.enrolment.contribution = Money::fromYuan(50);
    MaClaim &c = s.claim;
    c.claimNo = QStringLiteral("MA-2014-000007");
    c.status = MaClaimStatus::Approved;
    c.input.hospital = QStringLiteral("临沂市中心医院");
    c.input.admittedOn = QDate(2014, 5, 10);
    c.input.dischargedOn = QDate(2014, 5, 20);
    c.input.diagnosis = QStringLiteral("腰椎间盘突出");
    MaInvoice a;
    a.number = QStringLiteral("0012345");
    a.date = QDate(2014, 5, 20);
    a.total = Money::fromYuan(20000);
    a.insurance = Money::fromYuan(14000);
    a.personal = Money::fromYuan(6000);
    MaInvoice b = a;
    b.number = QStringLiteral("0012346");
    b.total = Money::fromYuan(5000);
    b.insurance = Money::fromYuan(3000);
    b.personal = Money::fromYuan(2000);
    c.input.invoices = {a, b};
    c.decidedByName = QStringLiteral("王芳");
    c.decidedAt = QDateTime(QDate(2014, 5, 28), QTime(9, 0), Qt::UTC);
    // The worked example of the Yueyang plan: ¥8,000 personal share, marginal
    // bands: 5,000 × 30% + 3,000 × 35% = 1,500 + 1,050 = ¥2,550.
    s.payout = PayoutEngine::compute(
        s.plan, stay({a.personal, b.personal}, c.input.admittedOn, c.input.dischargedOn),
        {s.enrolment.paidOn}, {}, QDate(2014, 6, 1));
    c.computedPayout = s.payout.payout;
    c.approvedPayout = s.payout.payout;
    s.printedAt = QDateTime(QDate(2014, 5, 28), QTime(10, 0), Qt::UTC);
    return s;
}

} // namespace

class TestClaimStatementPdf : public QObject
{
    Q_OBJECT

private slots:
    void htmlHoldsEveryPart();
    void pdfReadsBack();
};

void TestClaimStatementPdf::htmlHoldsEveryPart()
{
    const MaClaimStatement s = yueyangStatement();
    QVERIFY(!s.payout.refused);
    QCOMPARE(s.payout.payout, Money::fromYuan(2550));
    const QString html = claimStatementHtml(s);
    QVERIFY(html.contains(QStringLiteral("MA-2014-000007")));
    QVERIFY(html.contains(QStringLiteral("371312********0016")));
    QVERIFY(!html.contains(QStringLiteral("371312198001010016")));
    QVERIFY(html.contains(QStringLiteral("8,000.00"))); // personal share of both invoices
    for (const PayoutStep &step : s.payout.trace)
        QVERIFY2(html.contains(step.text.toHtmlEscaped()), qPrintable(step.text));
    QVERIFY(html.contains(s.payout.payout.toCapitals()));

    MaClaimStatement hostile = s;
    hostile.claim.input.diagnosis = QStringLiteral("<script>x</script>");
    QVERIFY(!claimStatementHtml(hostile).contains(QStringLiteral("<script>")));
}

void TestClaimStatementPdf::pdfReadsBack()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statement.pdf"));
    const MaClaimStatement s = yueyangStatement();
    const Status written = writeClaimStatementPdf(s, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                              QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("张涛")));
    QVERIFY(text.contains(QStringLiteral("MA-2014-000007")));
    if (qEnvironmentVariableIsSet("BANGFU_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("BANGFU_KEEP_PDF"));
    QVERIFY2(text.contains(QStringLiteral("临沂市中心医院")), qPrintable(text));
    QVERIFY(text.contains(s.payout.payout.toStringWithSymbol()));
    // "人民币" itself comes back with radical code points (⼈⺠币), which NFKC
    // does not fold; the amount in capitals after it does.
    QVERIFY2(text.contains(QStringLiteral("贰仟伍佰伍拾元整")), qPrintable(text));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))), qPrintable(info));
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    QVERIFY2(PdfFonts::embedsCjkFont(fonts), qPrintable(fonts));
}

QTEST_MAIN(TestClaimStatementPdf)
#include "tst_claimstatementpdf.moc"

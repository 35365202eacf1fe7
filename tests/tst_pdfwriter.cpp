// Tests bangfu_render: the HTML table builder, and real PDFs checked with
// poppler-utils (pdffonts, pdftotext) the way a reader would see them.
#include "pdffonts.h"
#include "databasesummary.h"
#include "htmltable.h"
#include "pdfwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace {

// Header texts that must come back from pdftotext on every page.
const QString NameHeader = QStringLiteral("姓名");
const QString AmountHeader = QStringLiteral("发放金额");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Counts page objects ("/Type /Page", not "/Type /Pages") in the raw PDF.
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

// A table of @p rows recipients with a sequence number, so that the last row
// can be looked for on the last page.
QString recipientTableHtml(int rows)
{
    HtmlTable table;
    table.addColumn(QStringLiteral("序号"), HtmlTable::Align::Right);
    table.addColumn(NameHeader);
    table.addColumn(QStringLiteral("所属街道"));
    table.addMoneyColumn(AmountHeader);
    table.addColumn(QStringLiteral("签字"));
    for (int i = 1; i <= rows; ++i) {
        table.addRow(
            {QString::number(i), i % 2 ? QStringLiteral("张涛") : QStringLiteral("王芳"),
             QStringLiteral("九曲街道"),
             QStringLiteral("%1.%2").arg(500 + i * 7).arg(i % 100, 2, 10, QLatin1Char('0')),
             QString()});
    }
    return QStringLiteral("<h1>2024年春节送温暖发放表</h1><p class=\"meta\">河东区总工会</p>") +
           table.toHtml();
}

} // namespace

class TestPdfWriter : public QObject
{
    Q_OBJECT

private:
    // Runs a poppler tool and returns its standard output; empty on failure
    // (the failure is recorded with QVERIFY by the caller through ok).
    QString runTool(const QString &program, const QStringList &arguments, bool *ok)
    {
        QProcess process;
        process.start(program, arguments);
        *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
              process.exitCode() == 0;
        if (!*ok)
            qWarning() << program << arguments << process.readAllStandardError();
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // Text of one page, NFKC-normalised: Qt's PDF ToUnicode map gives a glyph
    // shared by a Kangxi radical and an ideograph the lower code point, so
    // pdftotext reads 工 as U+2F2F ⼯; NFKC folds it back.
    QString pageText(const QString &pdf, int page, bool *ok)
    {
        return runTool(m_pdftotext,
                       {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"),
                        QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                        QString::number(page), pdf, QStringLiteral("-")},
                       ok)
            .normalized(QString::NormalizationForm_KC);
    }

    QString m_pdffonts;
    QString m_pdftotext;

private slots:
    void initTestCase()
    {
        const Result<QString> family = chineseFontFamily();
        QVERIFY2(family.ok(), qPrintable(family.ok() ? QString() : family.error().message));
        m_pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    }

    void tableEscapesEveryCell()
    {
        HtmlTable table;
        table.addColumn(QStringLiteral("Name <i>"));
        table.addMoneyColumn(QStringLiteral("Amount"));
        table.addRow({QStringLiteral("<b>张涛</b> & \"co\""), QStringLiteral("1,234.50")});
        table.addRow({QStringLiteral("王芳")});
        table.addTotalRow({QStringLiteral("Total"), QStringLiteral("1,234.50")});
        QCOMPARE(table.columnCount(), 2);
        QCOMPARE(table.rowCount(), 3);

        const QString html = table.toHtml();
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;张涛&lt;/b&gt; &amp; &quot;co&quot;")));
        QVERIFY(html.contains(QStringLiteral("Name &lt;i&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>张涛")));
        QVERIFY(!html.contains(QStringLiteral("<i>")));
        QVERIFY(html.contains(QStringLiteral("<th align=\"right\">Amount</th>")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">1,234.50</td>")));
        // A short row is padded so that the table stays rectangular.
        QVERIFY(html.contains(
            QStringLiteral("<td align=\"left\">王芳</td><td align=\"right\"></td></tr>")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\"><b>1,234.50</b></td>")));
        QVERIFY(html.contains(QStringLiteral("<thead>")));
    }

    void threePageTableRepeatsHeaderAndEmbedsFont()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("发放表.pdf"));
        PageSetup setup;
        setup.title = QStringLiteral("2024年春节送温暖发放表");
        const Status status = writeHtmlPdf(recipientTableHtml(75), path, setup);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));

        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(pdfPageCount(pdf), 3);
        // Only the finished file is left: no temporary file next to it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        if (m_pdffonts.isEmpty() || m_pdftotext.isEmpty())
            QSKIP("pdffonts/pdftotext not found: install poppler-utils to check fonts and text");

        bool ok = false;
        const QString fonts = runTool(m_pdffonts, {path}, &ok);
        QVERIFY(ok);
        QVERIFY2(PdfFonts::embedsCjkFont(fonts), qPrintable(fonts));

        const QString first = pageText(path, 1, &ok);
        QVERIFY(ok);
        QVERIFY2(first.contains(NameHeader) && first.contains(AmountHeader), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("2024年春节送温暖发放表")));
        QVERIFY(first.contains(QStringLiteral("张涛")));
        QVERIFY(first.contains(QStringLiteral("Page 1 of 3")));

        const QString third = pageText(path, 3, &ok);
        QVERIFY(ok);
        QVERIFY2(third.contains(NameHeader) && third.contains(AmountHeader), qPrintable(third));
        QVERIFY(third.contains(QStringLiteral("Page 3 of 3")));
        // The last row (75, 张涛, 1025.75) is on the last page, in column order.
        static const QRegularExpression lastRow(
            QStringLiteral("\\b75\\s+张涛\\s+九曲街道\\s+1025\\.75"));
        QVERIFY2(lastRow.match(third).hasMatch(), qPrintable(third));
        // The page heading is not repeated, only the table header.
        QVERIFY(!third.contains(QStringLiteral("河东区总工会")));
    }

    void databaseSummaryPrintsCounts()
    {
        DatabaseSummary summary;
        summary.unionName = QStringLiteral("河东区总工会 <测试>");
        summary.databasePath = QStringLiteral("/tmp/demo.bangfu");
        summary.generatedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30));
        summary.rows = {{QStringLiteral("困难职工家庭"), 1234}, {QStringLiteral("走访记录"), 7}};

        const QString html = databaseSummaryHtml(summary);
        QVERIFY(html.contains(QStringLiteral("河东区总工会 &lt;测试&gt;")));
        QVERIFY(html.contains(QStringLiteral("2024-03-01 09:30")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        const Status status = writeDatabaseSummaryPdf(summary, path);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPageCount(pdf), 1);

        if (m_pdftotext.isEmpty())
            QSKIP("pdftotext not found: install poppler-utils to check the printed text");
        bool ok = false;
        const QString text = pageText(path, 1, &ok);
        QVERIFY(ok);
        QVERIFY2(text.contains(QStringLiteral("Database summary")), qPrintable(text));
        static const QRegularExpression households(QStringLiteral("困难职工家庭\\s+1,?234"));
        QVERIFY2(households.match(text).hasMatch(), qPrintable(text));
        static const QRegularExpression visits(QStringLiteral("走访记录\\s+7\\b"));
        QVERIFY2(visits.match(text).hasMatch(), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    }

    void missingDirectoryIsAnErrorNamingThePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("no/such/dir/out.pdf"));
        const Status status = writeHtmlPdf(QStringLiteral("<p>张涛</p>"), path, PageSetup());
        QVERIFY(!status.ok());
        QCOMPARE(status.error().where, path);
        QVERIFY(!status.error().message.isEmpty());
        QVERIFY(status.error().toString().contains(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

    void failedWriteKeepsThePreviousFile()
    {
#ifdef Q_OS_UNIX
        // A file-size limit stands in for a full disk (and works as root,
        // unlike a read-only directory): writes past it fail with EFBIG.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QCOMPARE(old.write("previous contents"), qint64(17));
        old.close();

        struct rlimit saved
        {
        };
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = saved;
        limited.rlim_cur = 2048;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const Status overwrite = writeHtmlPdf(recipientTableHtml(10), path, PageSetup());
        const QString newPath = dir.filePath(QStringLiteral("new.pdf"));
        const Status create = writeHtmlPdf(QStringLiteral("<p>张涛</p>"), newPath, PageSetup());
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!overwrite.ok());
        QCOMPARE(overwrite.error().where, path);
        QCOMPARE(readAll(path), QByteArray("previous contents"));
        QVERIFY(!create.ok());
        QCOMPARE(create.error().where, newPath);
        QVERIFY(!QFile::exists(newPath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("old.pdf")});
#else
        QSKIP("needs setrlimit(RLIMIT_FSIZE) to simulate a full disk");
#endif
    }
};

QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"

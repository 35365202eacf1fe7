// The printed disbursement sheet (发放表): the pure pagination, and real PDFs
// read back page by page with poppler-utils (pdftotext -layout, pdfinfo,
// pdffonts) — header row, batch code and "Page N of M" on every page, page
// subtotals that add up to the grand total on the last page, every recipient
// exactly once, no unmasked ID number, the reprint mark, the signature lines.
// Fixed texts are looked up with QCoreApplication::translate, so the checks
// hold with or without a translator loaded.
#include "pdffonts.h"
#include "disbursementsheetpainter.h"
#include "idnumber.h"
#include "pdfwriter.h"

#include <numeric>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixedText(const char *source)
{
    return QCoreApplication::translate("DisbursementSheet", source);
}

// Header labels, in column order.
const char *const HeaderLabels[] = {"No.",
                                    "Name",
                                    "ID number",
                                    "Sub-district / community",
                                    "Hardship category",
                                    "Programme",
                                    "Amount (yuan)",
                                    "Amount in capitals",
                                    "Signature / thumbprint",
                                    "Date received",
                                    "Remarks"};

const QString LongArea = QStringLiteral("九曲街道 / 凤凰岭社区第三网格片区居民小组联络服务点");

// 37 recipients with three-character names that are all different and do not
// occur in any other text of the sheet, varied amounts in fen, masked IDs.
DisbursementSheet sheetWithLines(int count)
{
    static const QString surnames =
        QStringLiteral("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张");
    static const QStringList givenNames = {QStringLiteral("建国"), QStringLiteral("秀英"),
                                           QStringLiteral("桂兰"), QStringLiteral("志强"),
                                           QStringLiteral("海燕"), QStringLiteral("德胜"),
                                           QStringLiteral("玉珍"), QStringLiteral("春生"),
                                           QStringLiteral("丽娟"), QStringLiteral("文华")};
    static const QStringList categories = {QStringLiteral("深度困难"), QStringLiteral("相对困难"),
                                           QStringLiteral("意外致困")};
    DisbursementSheet sheet;
    sheet.unionName = QStringLiteral("临沂市河东区总工会");
    sheet.programme = QStringLiteral("送温暖");
    sheet.title = QStringLiteral("2026年春节送温暖慰问金发放表（九曲街道）");
    sheet.period = QStringLiteral("2026 春节");
    sheet.divisionName = QStringLiteral("九曲街道");
    sheet.batchCode = QStringLiteral("SNW-2026-002");
    sheet.printedOn = QDate(2026, 1, 20);
    sheet.handledBy = QStringLiteral("刘洋");
    sheet.reviewers = {QStringLiteral("郭强"), QStringLiteral("高敏")};
    sheet.head = QStringLiteral("孟庆山");
    for (int i = 0; i < count; ++i) {
        DisbursementSheetLine line;
        line.seq = i + 1;
        line.name = surnames.at(i % surnames.size()) +
                    givenNames.at((i / int(surnames.size()) + i) % givenNames.size());
        const QString id = QStringLiteral("37131219%1%2%3")
                               .arg(60 + i % 30)
                               .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                               .arg(1000 + i * 37 % 9000, 6, 10, QLatin1Char('0'));
        line.maskedIdNumber = IdNumber::mask(id);
        line.area = i == 2 ? LongArea : QStringLiteral("九曲街道 / 凤凰岭社区");
        line.category = categories.at(i % categories.size());
        line.programme = QStringLiteral("送温暖");
        line.amount = Money::fromFen(50000 + qint64(i) * 12345 % 150000 + (i % 3) * 50);
        if (i % 5 == 1)
            line.remark = QStringLiteral("家属代领，须出示本人身份证原件及代领人身份证");
        sheet.lines.append(line);
    }
    return sheet;
}

QString run(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(program), arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    if (!*ok)
        qWarning() << program << arguments << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Qt's PDF text map gives a glyph shared by a radical and an ideograph the
// radical's code point: Kangxi radicals (⼯ for 工, ⼈ for 人) fold back with
// NFKC; the supplement's ⺠ (民 in 人民币) and ⻆ (角) do not, so they are
// folded by hand.
QString readable(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.replace(QChar(0x2EA0), QChar(0x6C11));
    folded.replace(QChar(0x2EC6), QChar(0x89D2));
    return folded;
}

QString pageText(const QString &pdf, int page, bool *ok)
{
    return readable(run(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"),
                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                         QString::number(page), pdf, QStringLiteral("-")},
                        ok));
}

int pdfPages(const QString &pdf)
{
    bool ok = false;
    const QString info = run(QStringLiteral("pdfinfo"), {pdf}, &ok);
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const QRegularExpressionMatch match = pages.match(info);
    return ok && match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The amount printed after @p label on the same line ("Page subtotal … 1,234.50").
QString amountAfter(const QString &text, const QString &label)
{
    const QRegularExpression re(QRegularExpression::escape(label) +
                                QStringLiteral("[^\\n]*?(-?\\d[\\d,]*\\.\\d\\d)"));
    const QRegularExpressionMatch match = re.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool hasUnmaskedId(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("\\d{17}[\\dXx]"));
    return id.match(text).hasMatch();
}

bool havePoppler()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    }
    return true;
}

} // namespace

class TestDisbursementSheetPdf : public QObject
{
    Q_OBJECT

private:
    // Writes @p sheet and returns each page's text (empty list on failure).
    QStringList render(const DisbursementSheet &sheet, const QString &path)
    {
        const Status written = writeDisbursementSheetPdf(sheet, path);
        if (!written.ok()) {
            qWarning() << written.error().toString();
            return {};
        }
        const int pages = pdfPages(path);
        QStringList texts;
        for (int page = 1; page <= pages; ++page) {
            bool ok = false;
            texts.append(pageText(path, page, &ok));
            if (!ok)
                return {};
        }
        return texts;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result<QString> family = chineseFontFamily();
        QVERIFY2(family.ok(), qPrintable(family.ok() ? QString() : family.error().message));
    }

    void paginationCapacities()
    {
        const int perPage = disbursementSheetRowsPerPage();
        const int onLast = disbursementSheetRowsOnLastPage();
        QVERIFY(onLast >= 1);
        QVERIFY2(onLast < perPage, "the last page also holds the totals and signatures");
        // The rows are tall enough to sign in, yet a page holds a useful number.
        QVERIFY(perPage >= 8 && perPage <= 14);

        for (int count : {0, 1, onLast, onLast + 1, perPage, perPage + 1, 37, 100}) {
            const DisbursementSheetPagination pagination = paginateDisbursementSheet(count);
            QVERIFY(pagination.pageCount() >= 1);
            QList<int> all;
            for (int page = 0; page < pagination.pageCount(); ++page) {
                const QList<int> &rows = pagination.pages.at(page);
                const bool last = page == pagination.pageCount() - 1;
                QVERIFY2(rows.size() <= (last ? onLast : perPage),
                         qPrintable(QString::number(count)));
                if (count > 0)
                    QVERIFY2(!rows.isEmpty(), qPrintable(QString::number(count)));
                // Only the page before the last may be less than full.
                if (page < pagination.pageCount() - 2)
                    QCOMPARE(rows.size(), perPage);
                all += rows;
            }
            QList<int> expected;
            for (int i = 0; i < count; ++i)
                expected.append(i);
            QCOMPARE(all, expected); // no line lost, repeated or out of order
        }

        QCOMPARE(paginateDisbursementSheet(0).pages, QList<QList<int>>{{}});
        QCOMPARE(paginateDisbursementSheet(1).pages, QList<QList<int>>{{0}});
        const auto sizes = [](int count) {
            QList<qsizetype> result;
            for (const QList<int> &rows : paginateDisbursementSheet(count).pages)
                result.append(rows.size());
            return result;
        };
        QCOMPARE(sizes(onLast), QList<qsizetype>{onLast});
        QCOMPARE(sizes(perPage), (QList<qsizetype>{perPage - 1, 1}));
        QCOMPARE(sizes(perPage + 1), (QList<qsizetype>{perPage, 1}));
        const QList<qsizetype> hundred = sizes(100);
        QCOMPARE(std::accumulate(hundred.begin(), hundred.end(), qsizetype(0)), qsizetype(100));
        QCOMPARE(hundred.first(), qsizetype(perPage));
        QVERIFY(hundred.last() <= onLast);

        // Given capacities: the same rules.
        QCOMPARE(paginateDisbursementSheet(7, 3, 2).pages,
                 (QList<QList<int>>{{0, 1, 2}, {3, 4, 5}, {6}}));
        QCOMPARE(paginateDisbursementSheet(5, 3, 2).pages, (QList<QList<int>>{{0, 1, 2}, {3, 4}}));
    }

    void everyPageCarriesHeaderSubtotalAndFooter()
    {
        if (!havePoppler())
            QSKIP("poppler-utils is not installed");
        const DisbursementSheet sheet = sheetWithLines(37);
        const DisbursementSheetPagination pagination = paginateDisbursementSheet(37);
        const QString path = m_dir.filePath(QStringLiteral("发放表.pdf"));
        const QStringList pages = render(sheet, path);
        // For looking at: BANGFU_KEEP_PDF=/tmp/sheet.pdf keeps a copy.
        if (qEnvironmentVariableIsSet("BANGFU_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("BANGFU_KEEP_PDF"));
        QCOMPARE(pages.size(), pagination.pageCount());
        QCOMPARE(pages.size(), 4); // 10 + 10 + 10 + 7
        const int pageCount = int(pages.size());

        Money sumOfSubtotals;
        for (int page = 0; page < pageCount; ++page) {
            const QString &text = pages.at(page);
            const QByteArray where = "page " + QByteArray::number(page + 1) + ":\n" + text.toUtf8();
            for (const char *label : HeaderLabels) {
                // English labels may wrap inside their header cell.
                for (const QString &word :
                     fixedText(label).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    QVERIFY2(text.contains(word), where.constData());
            }
            QVERIFY2(text.contains(sheet.batchCode), where.constData());
            QVERIFY2(text.contains(readable(sheet.title)), where.constData());
            QVERIFY2(text.contains(sheet.unionName), where.constData());
            QVERIFY2(text.contains(fixedText("Page %1 of %2").arg(page + 1).arg(pageCount)),
                     where.constData());

            Money expected;
            for (int index : pagination.pages.at(page))
                expected += sheet.lines.at(index).amount;
            QCOMPARE(amountAfter(text, fixedText("Page subtotal")), expected.toString());
            QVERIFY2(text.contains(expected.toCapitals()), where.constData());
            QVERIFY2(
                text.contains(
                    fixedText("Recipients on this page: %1").arg(pagination.pages.at(page).size())),
                where.constData());
            sumOfSubtotals += expected;

            const bool last = page == pageCount - 1;
            QCOMPARE(text.contains(sheet.total().toString()), last);
            QCOMPARE(text.contains(sheet.total().toCapitals()), last);
            QCOMPARE(text.contains(fixedText("Recipients: %1").arg(37)), last);
            QCOMPARE(text.contains(fixedText("Handled by:")), last);
            QVERIFY2(!hasUnmaskedId(text), where.constData());
            QVERIFY(!text.contains(fixedText("Reprint")));
            QVERIFY(!text.contains(QStringLiteral("SNW-2026-001")));
        }
        QCOMPARE(sumOfSubtotals, sheet.total());
        const QString &last = pages.last();
        QCOMPARE(amountAfter(last, fixedText("Total")), sheet.total().toString());

        // Every recipient exactly once, on the page the pagination gave them.
        for (int page = 0; page < pageCount; ++page) {
            for (int index : pagination.pages.at(page)) {
                const QString &name = sheet.lines.at(index).name;
                int seen = 0;
                for (const QString &text : pages)
                    seen += int(text.count(name));
                QVERIFY2(seen == 1, qPrintable(name + QStringLiteral(" ×%1").arg(seen)));
                QVERIFY2(pages.at(page).contains(name), qPrintable(name));
            }
        }
        // A row reads in column order: number, name, masked ID, area, amount.
        const DisbursementSheetLine &first = sheet.lines.first();
        const QRegularExpression firstRow(
            QStringLiteral("\\b1\\s+%1\\s+%2\\s+九曲街道[^\\n]*%3")
                .arg(first.name, QRegularExpression::escape(first.maskedIdNumber),
                     QRegularExpression::escape(first.amount.toString())));
        QVERIFY2(firstRow.match(pages.first()).hasMatch(), qPrintable(pages.first()));
        // The overlong area is wrapped inside its cell, not printed on one line
        // across the next ones.
        QVERIFY(!pages.first().contains(LongArea));

        // Signature lines with the names filled in.
        QVERIFY2(last.contains(fixedText("Reviewed by:")) && last.contains(fixedText("Head:")),
                 qPrintable(last));
        for (const QString &name :
             {sheet.handledBy, sheet.reviewers.join(QStringLiteral("、")), sheet.head})
            QVERIFY2(last.contains(name), qPrintable(name + QLatin1Char('\n') + last));

        bool ok = false;
        const QString info = run(QStringLiteral("pdfinfo"), {path}, &ok);
        QVERIFY(ok);
        QVERIFY2(readable(info).contains(readable(sheet.title)), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Bangfu")));
        static const QRegularExpression landscape(
            QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)?"));
        QVERIFY2(landscape.match(info).hasMatch(), qPrintable(info));

        // Only the finished file is left behind.
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files | QDir::Hidden),
            QStringList{QStringLiteral("发放表.pdf")});
    }

    void embedsChineseFont()
    {
        if (!havePoppler())
            QSKIP("poppler-utils is not installed");
        const QString path = m_dir.filePath(QStringLiteral("fonts.pdf"));
        QVERIFY(!render(sheetWithLines(3), path).isEmpty());
        bool ok = false;
        const QString fonts = run(QStringLiteral("pdffonts"), {path}, &ok);
        QVERIFY(ok);
        QVERIFY2(PdfFonts::embedsCjkFont(fonts), qPrintable(fonts));
    }

    void reprintIsMarkedOnEveryPage()
    {
        if (!havePoppler())
            QSKIP("poppler-utils is not installed");
        DisbursementSheet sheet = sheetWithLines(25);
        sheet.batchCode = QStringLiteral("SNW-2026-002-v2");
        sheet.version = 2;
        sheet.reprintNumber = 1;
        sheet.supersedesCode = QStringLiteral("SNW-2026-002");
        const QStringList pages = render(sheet, m_dir.filePath(QStringLiteral("reprint.pdf")));
        QCOMPARE(pages.size(), paginateDisbursementSheet(25).pageCount());
        QVERIFY(pages.size() >= 2);
        for (const QString &text : pages) {
            QVERIFY2(text.contains(fixedText("Reprint")), qPrintable(text));
            QVERIFY2(text.contains(fixedText("Reprint no. %1").arg(1)), qPrintable(text));
            QVERIFY2(text.contains(QCoreApplication::translate(
                                       "DisbursementSheet", "This sheet replaces %1, which is void")
                                       .arg(sheet.supersedesCode)),
                     qPrintable(text));
            QVERIFY(text.contains(sheet.batchCode));
        }
    }

    void previewIsMarkedOnEveryPage()
    {
        if (!havePoppler())
            QSKIP("poppler-utils is not installed");
        DisbursementSheet sheet = sheetWithLines(12);
        sheet.preview = true;
        const QStringList pages = render(sheet, m_dir.filePath(QStringLiteral("preview.pdf")));
        QCOMPARE(pages.size(), 2);
        for (const QString &text : pages) {
            QVERIFY2(text.contains(fixedText("Preview")), qPrintable(text));
            QVERIFY2(text.contains(fixedText("Not for payment")), qPrintable(text));
            QVERIFY(!text.contains(fixedText("Reprint")));
        }
    }

    void emptySheetIsOnePageOfZeroes()
    {
        if (!havePoppler())
            QSKIP("poppler-utils is not installed");
        DisbursementSheet sheet = sheetWithLines(0);
        sheet.head.clear();
        sheet.reviewers.clear();
        const QStringList pages = render(sheet, m_dir.filePath(QStringLiteral("empty.pdf")));
        QCOMPARE(pages.size(), 1);
        const QString &text = pages.first();
        QCOMPARE(amountAfter(text, fixedText("Page subtotal")), QStringLiteral("0.00"));
        QCOMPARE(amountAfter(text, fixedText("Total")), QStringLiteral("0.00"));
        QVERIFY2(text.contains(Money().toCapitals()), qPrintable(text));
        QVERIFY(text.contains(fixedText("Recipients: %1").arg(0)));
        QVERIFY(text.contains(fixedText("Page %1 of %2").arg(1).arg(1)));
        QVERIFY(text.contains(fixedText("Head:")));
        QVERIFY(text.contains(sheet.handledBy));
        QVERIFY(!text.contains(QStringLiteral("孟庆山")));
    }

    void missingDirectoryIsAnErrorNamingThePath()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/dir/sheet.pdf"));
        const Status status = writeDisbursementSheetPdf(sheetWithLines(2), path);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().where, path);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestDisbursementSheetPdf)
#include "tst_disbursementsheetpdf.moc"

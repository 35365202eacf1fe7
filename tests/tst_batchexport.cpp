// BatchExport: a batch of three lines (one recipient's name with a comma and
// quotes, one that a spreadsheet would run as a formula) exported as CSV —
// byte-order mark, CRLF, RFC 4180 quoting read back, amounts adding up to the
// batch total in fen, full ID and account numbers kept as text, formulas
// neutralised — and as XLSX (a ZIP with the worksheet and shared strings);
// a caseworker is refused and nothing is written; each exported ID number is
// a reveal in the audit log.
#include "aidfixture.h"
#include "batchexport.h"
#include "disbursementbatches.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// RFC 4180 records of \a text (without the byte-order mark); a record ends at
// CRLF outside quotes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const auto next = [&](qsizetype i) { return i + 1 < text.size() ? text.at(i + 1) : QChar(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && next(i) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && next(i) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.append(record << field);
    return records;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString QuotedName = QStringLiteral("李\"大\",明");
const QString FormulaName = QStringLiteral("=HYPERLINK(\"http://x\",\"点\")");

} // namespace

class TestBatchExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatForSuffix();
    void plainAmount();
    void csv();
    void xlsx();
    void caseworkerRefused();
    void auditLogRecordsReveals();

private:
    Result<int> exportAs(const CurrentUser &user, const QString &path, BatchExport::Format format);

    AidFixture m_fx;
    QTemporaryDir m_out;
    QString m_batchId;
    QString m_headId;
};

void TestBatchExport::initTestCase()
{
    QVERIFY(m_fx.ok());
    QVERIFY(m_out.isValid());
    QString second, third;
    QVERIFY(m_fx.write(m_fx.caseworker, [&](AuditedWriter &w) -> Status {
        auto h2 = AidFixture::addHousehold(w, QStringLiteral("HD-2025-000008"), QuotedName,
                                           QStringLiteral("37131219750505002"));
        if (!h2)
            return h2.error();
        second = h2.value();
        auto h3 = AidFixture::addHousehold(w, QStringLiteral("HD-2025-000009"), FormulaName,
                                           QStringLiteral("37131219800808003"));
        if (!h3)
            return h3.error();
        third = h3.value();
        return {};
    }));
    m_headId = validIdNumber(QStringLiteral("37131219700101001"));
    QStringList requests;
    const QList<std::pair<QString, qint64>> proposals = {
        {QString(), 123456}, {second, 100000}, {third, 50005}};
    for (const auto &[household, fen] : proposals) {
        auto id = m_fx.propose(m_fx.specialId, Money::fromFen(fen), household);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        const Status decided = m_fx.decide(m_fx.supervisorA, id.value(), AidDecision::Kind::Approve);
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.error().toString()));
        requests.append(id.value());
    }
    const Status created = m_fx.write(m_fx.supervisorB, [&](AuditedWriter &w) -> Status {
        auto batch = DisbursementBatches::create(
            w, {m_fx.specialId, QStringLiteral("2026 上半年"), QString(), QString()}, requests);
        if (!batch)
            return batch.error();
        m_batchId = batch.value();
        return {};
    });
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
}

Result<int> TestBatchExport::exportAs(const CurrentUser &user, const QString &path,
                                      BatchExport::Format format)
{
    Result<int> result = Error{QStringLiteral("not run")};
    const Status s = m_fx.write(user, [&](AuditedWriter &w) -> Status {
        result = BatchExport::write(w, m_batchId, path, format);
        return result ? Status() : Status(result.error());
    });
    if (result && !s)
        return s.error();
    return result;
}

void TestBatchExport::formatForSuffix()
{
    QVERIFY(BatchExport::formatFor(QStringLiteral("a/b.csv")) == BatchExport::Format::Csv);
    QVERIFY(BatchExport::formatFor(QStringLiteral("B.XLSX")) == BatchExport::Format::Xlsx);
    QVERIFY(!BatchExport::formatFor(QStringLiteral("b.xls")));
    QVERIFY(!BatchExport::formatFor(QStringLiteral("csv")));
}

void TestBatchExport::plainAmount()
{
    QCOMPARE(BatchExport::plainAmount(Money::fromFen(123456)), QStringLiteral("1234.56"));
    QCOMPARE(BatchExport::plainAmount(Money::fromFen(5)), QStringLiteral("0.05"));
    QCOMPARE(BatchExport::plainAmount(Money::fromFen(100000000)), QStringLiteral("1000000.00"));
    QCOMPARE(BatchExport::plainAmount(Money()), QStringLiteral("0.00"));
}

void TestBatchExport::csv()
{
    const QString path = m_out.filePath(QStringLiteral("batch.csv"));
    auto written = exportAs(m_fx.supervisorB, path, BatchExport::Format::Csv);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written.value(), 3);

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // Every line ends in CRLF; no bare LF anywhere.
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(!text.startsWith(QChar(0xFEFF)));

    const QList<QStringList> records = parseCsv(text);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.first(), BatchExport::headers());
    QCOMPARE(records.first().size(), 12);

    auto batch = DisbursementBatches::load(m_fx.sql(), m_batchId);
    QVERIFY(batch);
    Money sum;
    QStringList names;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &row = records.at(r);
        QCOMPARE(row.size(), 12);
        QCOMPARE(row.at(0), QString::number(r));
        // "1234.56": two decimals, no separators, read back exactly in fen.
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d$")).match(row.at(5)).hasMatch(),
                 qPrintable(row.at(5)));
        auto amount = Money::parse(row.at(5));
        QVERIFY(amount);
        sum += amount.value();
        QCOMPARE(row.at(7), batch->code());
        QCOMPARE(row.at(3), QStringLiteral("临沂农商银行"));
        // Account numbers as formula text, so Excel keeps every digit.
        QCOMPARE(row.at(4), QStringLiteral("=\"6228480000001234\""));
        names.append(row.at(1));
    }
    QCOMPARE(sum.fen(), batch->total.fen());
    QCOMPARE(sum.fen(), 123456 + 100000 + 50005);
    QVERIFY(records.at(1).contains(QStringLiteral("1234.56")) ||
            records.at(2).contains(QStringLiteral("1234.56")) ||
            records.at(3).contains(QStringLiteral("1234.56")));
    QVERIFY(text.contains(QStringLiteral("500.05")));

    // The full ID number, wrapped as text.
    bool foundId = false;
    for (const QStringList &row : records)
        foundId = foundId || row.at(2) == QStringLiteral("=\"%1\"").arg(m_headId);
    QVERIFY2(foundId, qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"=\"\"%1\"\"\"").arg(m_headId)));

    // A name with quotes and a comma comes back intact, quoted per RFC 4180.
    QVERIFY(names.contains(QuotedName));
    QVERIFY(text.contains(QStringLiteral("\"李\"\"大\"\",明\"")));
    // A name that is a formula is text: it starts with an apostrophe.
    QVERIFY(!names.contains(FormulaName));
    QVERIFY(names.contains(QLatin1Char('\'') + FormulaName));
    for (const QStringList &row : records)
        for (qsizetype c = 0; c < row.size(); ++c)
            if (c != 2 && c != 4)
                QVERIFY2(!row.at(c).startsWith(u'='), qPrintable(row.at(c)));

    // Writing again replaces the file and leaves no temporary files.
    QVERIFY(exportAs(m_fx.supervisorB, path, BatchExport::Format::Csv));
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("batch.csv")});
}

void TestBatchExport::xlsx()
{
    const QString path = m_out.filePath(QStringLiteral("batch.xlsx"));
    auto written = exportAs(m_fx.supervisorB, path, BatchExport::Format::Xlsx);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written.value(), 3);
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("PK"));
    // Entry names of the ZIP's central directory.
    QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
    QVERIFY(bytes.contains("xl/sharedStrings.xml"));
    QVERIFY(bytes.contains("xl/styles.xml"));
    const QStringList left = QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(!left.join(u' ').contains(QStringLiteral("batch.xlsx.")), qPrintable(left.join(u' ')));
}

void TestBatchExport::caseworkerRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto &[name, format] : {std::pair{"refused.csv", BatchExport::Format::Csv},
                                       std::pair{"refused.xlsx", BatchExport::Format::Xlsx}}) {
        const QString path = dir.filePath(QLatin1String(name));
        auto written = exportAs(m_fx.caseworker, path, format);
        QVERIFY(!written);
        QVERIFY(!QFile::exists(path));
    }
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // A folder that does not exist: an error naming the file, nothing left.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/batch.xlsx"));
    auto failed = exportAs(m_fx.supervisorB, missing, BatchExport::Format::Xlsx);
    QVERIFY(!failed);
    QCOMPARE(failed.error().where, missing);
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestBatchExport::auditLogRecordsReveals()
{
    const int before = m_fx.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'reveal' AND entity = 'disbursements'"))
                           .toInt();
    QVERIFY(exportAs(m_fx.supervisorB, m_out.filePath(QStringLiteral("audit.csv")),
                     BatchExport::Format::Csv));
    const int after = m_fx.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'reveal' AND entity = 'disbursements'"))
                          .toInt();
    QCOMPARE(after - before, 3);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1"))
                 .toString(),
             m_fx.supervisorB.id);
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT changes FROM audit_log ORDER BY seq DESC LIMIT 1"))
                .toString()
                .contains(QStringLiteral("recipient_id_number")));
    // A refused export records nothing.
    QVERIFY(!exportAs(m_fx.caseworker, m_out.filePath(QStringLiteral("no.csv")),
                      BatchExport::Format::Csv));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'"
                                        " AND entity = 'disbursements'"))
                 .toInt(),
             after);
}

QTEST_GUILESS_MAIN(TestBatchExport)
#include "tst_batchexport.moc"

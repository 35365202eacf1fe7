// bangfu-cli batches, sheet and batch export end to end on a demo database,
// as separate processes with no display: the batch list's totals agree with
// the lines in the database; a printed batch prints as a reprint (marked on
// the PDF); an open batch without --user gives a preview and stays open; with
// a supervisor's --user it is issued and locked; every print is in
// sheet_prints; an unknown code fails naming it; the export writes a CSV with
// a byte-order mark and is refused to a caseworker.
#include "clirun.h"
#include "disbursementbatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun::Result;

const QString DemoPassword = QStringLiteral("bangfu-demo");

Run cli(const QStringList &args, const QString &password = {})
{
    return CliRun::run(args, CliRun::passwords(password));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text of a PDF as pdftotext reads it; empty if that fails.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// "1234.50" from fen, as the JSON's "total" carries it.
QString plainYuan(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestSheetCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void help();
    void batchesJsonAgreesWithLines();
    void batchesTable();
    void printedBatchReprints();
    void openBatchWithoutUserIsPreview();
    void openBatchIssuedBySupervisor();
    void unknownCode();
    void exportCsv();
    void exportRefusedToCaseworker();

private:
    QJsonArray batches(bool all = false);
    QJsonObject batch(const QString &code);
    QString batchId(const QJsonObject &batch) const;
    QVariant scalar(const QString &sql, const QVariantList &args = {}) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_printed; ///< code of a batch printed (or paid) in the demo
    QString m_open;    ///< code of a batch still open in the demo
    QString m_connection = QStringLiteral("sheetcli");
};

void TestSheetCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed");
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--households"),
                       QStringLiteral("150"), QStringLiteral("--db"), m_db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_db);
    QVERIFY(db.open());
}

void TestSheetCli::cleanupTestCase()
{
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QVariant TestSheetCli::scalar(const QString &sql, const QVariantList &args) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant &a : args)
        q.addBindValue(a);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

QJsonArray TestSheetCli::batches(bool all)
{
    QStringList args{QStringLiteral("batches"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--json")};
    if (all)
        args.append(QStringLiteral("--all"));
    const Run r = cli(args);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QJsonObject TestSheetCli::batch(const QString &code)
{
    for (const QJsonValue &v : batches(true))
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

QString TestSheetCli::batchId(const QJsonObject &batch) const
{
    return scalar(QStringLiteral("SELECT id FROM disbursement_batches WHERE batch_no = ? AND "
                                 "version = ?"),
                  {batch.value(QStringLiteral("batch_no")).toString(),
                   batch.value(QStringLiteral("version")).toInt()})
        .toString();
}

void TestSheetCli::help()
{
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *command : {"batches", "sheet", "batch"})
        QVERIFY2(r.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))),
                 qPrintable(r.out));
    for (const QStringList &args :
         {QStringList{QStringLiteral("batches"), QStringLiteral("--help")},
          QStringList{QStringLiteral("sheet"), QStringLiteral("--help")},
          QStringList{QStringLiteral("batch"), QStringLiteral("export"), QStringLiteral("--help")}}) {
        const Run h = cli(args);
        QCOMPARE(h.exitCode, 0);
        QVERIFY2(h.out.contains(QStringLiteral("--db")), qPrintable(h.out));
    }
    // --pdf is required for sheet; --out must name .csv or .xlsx.
    QCOMPARE(cli({QStringLiteral("sheet"), QStringLiteral("--db"), m_db, QStringLiteral("--batch"),
                  QStringLiteral("X")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("batch"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--batch"), QStringLiteral("X"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("x.xls")), QStringLiteral("--user"),
                  QStringLiteral("zhangli")},
                 DemoPassword)
                 .exitCode,
             2);
}

void TestSheetCli::batchesJsonAgreesWithLines()
{
    const QJsonArray list = batches(true);
    QVERIFY(!list.isEmpty());
    qint64 allFen = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject b = v.toObject();
        const QString id = batchId(b);
        QVERIFY2(!id.isEmpty(), qPrintable(b.value(QStringLiteral("code")).toString()));
        const qint64 fen = b.value(QStringLiteral("total_fen")).toInteger();
        QCOMPARE(fen, scalar(QStringLiteral("SELECT coalesce(sum(amount_fen), 0) FROM disbursements "
                                            "WHERE batch_id = ? AND status <> 'cancelled'"),
                             {id})
                          .toLongLong());
        QCOMPARE(b.value(QStringLiteral("lines")).toInt(),
                 scalar(QStringLiteral("SELECT count(*) FROM disbursements WHERE batch_id = ? AND "
                                       "status <> 'cancelled'"),
                        {id})
                     .toInt());
        QCOMPARE(b.value(QStringLiteral("total")).toString(), plainYuan(fen));
        for (const char *key : {"code", "batch_no", "version", "programme", "period", "division",
                                "status", "printed_at", "prints"})
            QVERIFY2(b.contains(QLatin1String(key)), key);
        allFen += fen;
        const QString status = b.value(QStringLiteral("status")).toString();
        if (m_printed.isEmpty() && (status == BatchStatus::Printed || status == BatchStatus::Paid))
            m_printed = b.value(QStringLiteral("code")).toString();
        // The newest open batch: list() is newest first.
        if (m_open.isEmpty() && status == BatchStatus::Open)
            m_open = b.value(QStringLiteral("code")).toString();
        if (status == BatchStatus::Open)
            QVERIFY(b.value(QStringLiteral("printed_at")).isNull());
    }
    QCOMPARE(allFen, scalar(QStringLiteral("SELECT sum(amount_fen) FROM disbursements WHERE "
                                           "batch_id IS NOT NULL AND status <> 'cancelled'"))
                         .toLongLong());
    QVERIFY2(!m_printed.isEmpty(), "the demo has no printed batch");
    QVERIFY2(!m_open.isEmpty(), "the demo has no open batch");
}

void TestSheetCli::batchesTable()
{
    const Run r = cli({QStringLiteral("batches"), QStringLiteral("--db"), m_db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(m_printed));
    QVERIFY(r.out.contains(m_open));
    // The last line is the total row: all lines, and the sum with separators.
    const qint64 fen = scalar(QStringLiteral("SELECT sum(amount_fen) FROM disbursements WHERE "
                                             "batch_id IS NOT NULL AND status <> 'cancelled'"))
                           .toLongLong();
    const QStringList lines = r.out.trimmed().split(u'\n');
    QVERIFY2(lines.last().contains(Money::fromFen(fen).toString()), qPrintable(lines.last()));
    // Columns line up: every row but the rules is as wide as the header or shorter.
    QVERIFY(lines.size() >= 5);
}

void TestSheetCli::printedBatchReprints()
{
    const QJsonObject before = batch(m_printed);
    const QString id = batchId(before);
    const int logged = scalar(QStringLiteral("SELECT count(*) FROM sheet_prints WHERE batch_id = ?"),
                              {id})
                           .toInt();
    const QString pdf = m_dir.filePath(QStringLiteral("reprint.pdf"));
    const Run r = cli({QStringLiteral("sheet"), QStringLiteral("--db"), m_db, QStringLiteral("--batch"),
                       m_printed, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(m_printed), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(QStringLiteral("重印")) || text.contains(QStringLiteral("Reprint")),
             qPrintable(text.left(2000)));
    QVERIFY2(r.out.contains(pdf) && r.out.contains(m_printed), qPrintable(r.out));

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sheet_prints WHERE batch_id = ?"), {id})
                 .toInt(),
             logged + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM sheet_prints WHERE batch_id = ? ORDER BY "
                                   "print_no DESC LIMIT 1"),
                    {id})
                 .toString(),
             QStringLiteral("pdf"));
    QCOMPARE(scalar(QStringLiteral("SELECT via FROM sheet_prints WHERE batch_id = ? ORDER BY "
                                   "print_no DESC LIMIT 1"),
                    {id})
                 .toString(),
             QStringLiteral("cli"));
    QVERIFY(scalar(QStringLiteral("SELECT printed_by FROM sheet_prints WHERE batch_id = ? ORDER BY "
                                  "print_no DESC LIMIT 1"),
                   {id})
                .isNull());
    const QJsonObject after = batch(m_printed);
    QCOMPARE(after.value(QStringLiteral("status")).toString(),
             before.value(QStringLiteral("status")).toString());
    QCOMPARE(after.value(QStringLiteral("prints")).toInt(),
             before.value(QStringLiteral("prints")).toInt() + 1);
}

void TestSheetCli::openBatchWithoutUserIsPreview()
{
    const QString id = batchId(batch(m_open));
    const QString pdf = m_dir.filePath(QStringLiteral("preview.pdf"));
    const Run r = cli({QStringLiteral("sheet"), QStringLiteral("--db"), m_db, QStringLiteral("--batch"),
                       m_open, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(m_open));
    // The copy says on paper that it is not the issued sheet.
    QVERIFY2(text.contains(QStringLiteral("Preview")) && text.contains(QStringLiteral("Not for payment")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Reprint")));
    const QJsonObject after = batch(m_open);
    QCOMPARE(after.value(QStringLiteral("status")).toString(), BatchStatus::Open);
    QCOMPARE(after.value(QStringLiteral("prints")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sheet_prints WHERE batch_id = ? AND "
                                   "kind = 'preview' AND printed_by IS NULL"),
                    {id})
                 .toInt(),
             1);
}

void TestSheetCli::openBatchIssuedBySupervisor()
{
    const QString id = batchId(batch(m_open));
    const QString pdf = m_dir.filePath(QStringLiteral("issue.pdf"));
    Run r = cli({QStringLiteral("sheet"), QStringLiteral("--db"), m_db, QStringLiteral("--batch"),
                 m_open, QStringLiteral("--pdf"), pdf, QStringLiteral("--user"),
                 QStringLiteral("zhangli")},
                DemoPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const QString first = pdfText(pdf);
    QVERIFY(first.contains(m_open));
    QVERIFY2(!first.contains(QStringLiteral("重印")) && !first.contains(QStringLiteral("Reprint")),
             qPrintable(first.left(2000)));
    const QJsonObject after = batch(m_open);
    QCOMPARE(after.value(QStringLiteral("status")).toString(), BatchStatus::Printed);
    QCOMPARE(after.value(QStringLiteral("prints")).toInt(), 1);
    QVERIFY(!after.value(QStringLiteral("printed_at")).isNull());
    const QString zhangli =
        scalar(QStringLiteral("SELECT id FROM users WHERE username = 'zhangli'")).toString();
    QCOMPARE(scalar(QStringLiteral("SELECT printed_by FROM disbursement_batches WHERE id = ?"), {id})
                 .toString(),
             zhangli);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sheet_prints WHERE batch_id = ? AND "
                                   "kind = 'pdf' AND printed_by = ?"),
                    {id, zhangli})
                 .toInt(),
             1);
    // The preview before it and this first issue, numbered in order.
    QCOMPARE(scalar(QStringLiteral("SELECT max(print_no) FROM sheet_prints WHERE batch_id = ?"),
                    {id})
                 .toInt(),
             2);

    // Printed again, it is a reprint.
    const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
    r = cli({QStringLiteral("sheet"), QStringLiteral("--db"), m_db, QStringLiteral("--batch"),
             m_open, QStringLiteral("--pdf"), again, QStringLiteral("--user"),
             QStringLiteral("zhangli")},
            DemoPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString second = pdfText(again);
    QVERIFY(second.contains(QStringLiteral("重印")) || second.contains(QStringLiteral("Reprint")));
    QCOMPARE(batch(m_open).value(QStringLiteral("prints")).toInt(), 2);
}

void TestSheetCli::unknownCode()
{
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    Run r = cli({QStringLiteral("sheet"), QStringLiteral("--db"), m_db, QStringLiteral("--batch"),
                 QStringLiteral("NOPE-2026-999"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("NOPE-2026-999")), qPrintable(r.err));
    // A few existing codes are suggested.
    const QString newest = batches().first().toObject().value(QStringLiteral("code")).toString();
    QVERIFY2(r.err.contains(newest), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));

    r = cli({QStringLiteral("batch"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
             QStringLiteral("--batch"), QStringLiteral("NOPE-2026-999"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--user"),
             QStringLiteral("zhangli")},
            DemoPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("NOPE-2026-999")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.csv"))));
}

void TestSheetCli::exportCsv()
{
    const QJsonObject b = batch(m_printed);
    const QString csv = m_dir.filePath(QStringLiteral("bank.csv"));
    const int reveals =
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'")).toInt();
    Run r = cli({QStringLiteral("batch"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--batch"), m_printed, QStringLiteral("--out"), csv,
                 QStringLiteral("--user"), QStringLiteral("zhangli")},
                DemoPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray bytes = readAll(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const int lines = b.value(QStringLiteral("lines")).toInt();
    QCOMPARE(int(bytes.count("\r\n")), lines + 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'")).toInt() >
            reveals);

    const QString xlsx = m_dir.filePath(QStringLiteral("bank.xlsx"));
    r = cli({QStringLiteral("batch"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
             QStringLiteral("--batch"), m_printed, QStringLiteral("--out"), xlsx,
             QStringLiteral("--user"), QStringLiteral("zhangli")},
            DemoPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readAll(xlsx).startsWith("PK"));
}

void TestSheetCli::exportRefusedToCaseworker()
{
    const QString csv = m_dir.filePath(QStringLiteral("refused.csv"));
    const Run r = cli({QStringLiteral("batch"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--batch"), m_printed, QStringLiteral("--out"), csv,
                       QStringLiteral("--user"), QStringLiteral("liming")},
                      DemoPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(csv));
}

QTEST_GUILESS_MAIN(TestSheetCli)
#include "tst_sheetcli.moc"

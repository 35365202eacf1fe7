// BatchExport: a batch's lines as CSV (by hand, RFC 4180) or XLSX
// (libxlsxwriter), written next to the target and moved into place only
// when complete.
#include "batchexport.h"

#include "codelabels.h"
#include "disbursementbatches.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <filesystem>
#include <memory>
#include <system_error>

namespace {

// Column headers, English source; translated by headers().
const char *const Headers[] = {
    QT_TRANSLATE_NOOP("BatchExport", "No."),
    QT_TRANSLATE_NOOP("BatchExport", "Name"),
    QT_TRANSLATE_NOOP("BatchExport", "ID number"),
    QT_TRANSLATE_NOOP("BatchExport", "Bank"),
    QT_TRANSLATE_NOOP("BatchExport", "Bank account"),
    QT_TRANSLATE_NOOP("BatchExport", "Amount (yuan)"),
    QT_TRANSLATE_NOOP("BatchExport", "Programme"),
    QT_TRANSLATE_NOOP("BatchExport", "Batch"),
    QT_TRANSLATE_NOOP("BatchExport", "Sub-district / community"),
    QT_TRANSLATE_NOOP("BatchExport", "Payment method"),
    QT_TRANSLATE_NOOP("BatchExport", "Status"),
    QT_TRANSLATE_NOOP("BatchExport", "Remarks"),
};
constexpr int IdColumn = 2;
constexpr int AccountColumn = 4;
constexpr int AmountColumn = 5;
// Widths in Excel's character units, column by column (CJK characters count double).
constexpr double ColumnWidths[] = {6, 10, 22, 18, 24, 13, 12, 18, 26, 12, 10, 20};

// One line as the file shows it, in column order; the amount separately in fen.
struct Row
{
    QStringList cells;
    Money amount;
};

QList<Row> rowsOf(const DisbursementBatch &batch, const QList<DisbursementLine> &lines)
{
    QList<Row> rows;
    for (const DisbursementLine &l : lines) {
        const QString area = l.communityName.isEmpty()
                                 ? l.divisionName
                                 : QStringLiteral("%1 / %2").arg(l.divisionName, l.communityName);
        const QStringList cells = {QString::number(l.lineNo),
                                   l.recipientName,
                                   l.recipientIdNumber,
                                   l.bankName,
                                   l.bankAccount,
                                   BatchExport::plainAmount(l.amount),
                                   l.programmeName,
                                   batch.code(),
                                   area,
                                   CodeLabels::paymentMethod(l.method),
                                   CodeLabels::disbursementStatus(l.status),
                                   l.remark};
        rows.append(Row{cells, l.amount});
    }
    return rows;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("[\",\r\n]"));
    if (!text.contains(special))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

// A cell a spreadsheet would run as a formula (=, +, - or @ first, or a tab or
// carriage return first) gets an apostrophe in front: shown as text, never
// evaluated (OWASP's advice on CSV injection).
QString neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
        first == u'\r')
        return QLatin1Char('\'') + text;
    return text;
}

// ID and account numbers must reach the bank digit for digit, but Excel reads
// "371312197001010016" as the number 3.71312E+17 and loses the last digits
// (and the leading zeros of some accounts). They are written as ="…", which
// Excel, WPS and LibreOffice all evaluate to exactly that text. The
// alternative, a leading tab, also keeps them text but leaves an invisible
// tab in the cell that is copied along when staff paste the number into the
// online bank's form, which then rejects it or, worse, truncates it. Only
// values of digits (and the X of an ID number) are wrapped: anything else is
// already text to a spreadsheet and goes through neutralised(). A program
// reading the CSV strips the ="…"; the XLSX holds plain text cells.
QString numberAsText(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9][0-9 ]*[0-9Xx]?$"));
    if (!digits.match(text).hasMatch())
        return neutralised(text);
    return QStringLiteral("=\"%1\"").arg(text);
}

Status writeCsv(const QList<Row> &rows, const QString &path)
{
    QString text;
    QStringList header;
    for (const QString &h : BatchExport::headers())
        header.append(csvField(neutralised(h)));
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Row &row : rows) {
        QStringList fields;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const QString &cell = row.cells.at(c);
            fields.append(csvField(c == IdColumn || c == AccountColumn ? numberAsText(cell)
                                                                       : neutralised(cell)));
        }
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{BatchExport::tr("Cannot write the file: %1").arg(file.errorString()), path};
    // The byte-order mark tells Excel the file is UTF-8; without it Chinese
    // Excel reads it as GBK and every name is garbled.
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{BatchExport::tr("Cannot write the file: %1").arg(file.errorString()), path};
    return {};
}

// A worksheet name Excel accepts: at most 31 characters, none of []:*?/\.
QByteArray sheetName(const QString &code)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\']"));
    QString name = QString(code).replace(forbidden, QStringLiteral("_")).left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet1");
    return name.toUtf8();
}

Status xlsxError(lxw_error error, const QString &path)
{
    return Error{BatchExport::tr("Cannot write the spreadsheet: %1")
                     .arg(QString::fromUtf8(lxw_strerror(error))),
                 path};
}

// Fills the workbook at \a tempPath; the caller moves it into place.
Status fillWorkbook(const QList<Row> &rows, const QString &batchCode, const QString &tempPath,
                    const QString &path)
{
    const QByteArray file = QFile::encodeName(tempPath);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return Error{BatchExport::tr("Cannot write the spreadsheet."), path};
    // Frees the workbook also when a step fails; its return value is then moot.
    auto closer = [](lxw_workbook *b) { workbook_close(b); };
    std::unique_ptr<lxw_workbook, decltype(closer)> owner(book, closer);
    const QByteArray name = sheetName(batchCode);
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
    if (!sheet)
        return Error{BatchExport::tr("Cannot write the spreadsheet."), path};
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *yuan = workbook_add_format(book);
    format_set_num_format(yuan, "#,##0.00");
    lxw_format *text = workbook_add_format(book);
    format_set_num_format(text, "@");

    for (lxw_col_t c = 0; c < std::size(ColumnWidths); ++c) {
        lxw_format *columnFormat = c == IdColumn || c == AccountColumn ? text : nullptr;
        if (lxw_error e = worksheet_set_column(sheet, c, c, ColumnWidths[c], columnFormat))
            return xlsxError(e, path);
    }
    const QStringList headers = BatchExport::headers();
    for (qsizetype c = 0; c < headers.size(); ++c)
        if (lxw_error e = worksheet_write_string(sheet, 0, lxw_col_t(c),
                                                 headers.at(c).toUtf8().constData(), bold))
            return xlsxError(e, path);
    worksheet_freeze_panes(sheet, 1, 0);

    lxw_row_t r = 1;
    for (const Row &row : rows) {
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const lxw_col_t col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            if (c == AmountColumn) {
                // The one conversion of money to double in Bangfu: a spreadsheet
                // cell holds numbers as IEEE doubles, so that the office can add
                // them up. Every amount below 2^53 fen is exact as fen/100 to the
                // cent when shown with two decimals; the text of the CSV and
                // every sum in Bangfu stay in integer fen.
                e = worksheet_write_number(sheet, r, col, double(row.amount.fen()) / 100.0, yuan);
            } else if (c == 0) {
                e = worksheet_write_number(sheet, r, col, row.cells.at(c).toInt(), nullptr);
            } else if (!row.cells.at(c).isEmpty()) {
                // String cells, never formulas: ID and account numbers stay text.
                e = worksheet_write_string(sheet, r, col, row.cells.at(c).toUtf8().constData(),
                                           c == IdColumn || c == AccountColumn ? text : nullptr);
            }
            if (e)
                return xlsxError(e, path);
        }
        ++r;
    }
    if (lxw_error e = workbook_close(owner.release()))
        return xlsxError(e, path);
    return {};
}

Status writeXlsx(const QList<Row> &rows, const QString &batchCode, const QString &path)
{
    // A temporary file next to the target (same file system, so the rename
    // below is atomic): the target is replaced only by a complete workbook.
    QTemporaryFile temp(path + QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return Error{BatchExport::tr("Cannot write the file: %1").arg(temp.errorString()), path};
    const QString tempPath = temp.fileName();
    temp.close(); // libxlsxwriter writes it by name; the object removes it if we fail
    if (Status s = fillWorkbook(rows, batchCode, tempPath, path); !s)
        return s;
    std::error_code error;
    // Replaces an existing target in one step (rename(2); MoveFileEx on Windows).
    std::filesystem::rename(std::filesystem::path(tempPath.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error)
        return Error{BatchExport::tr("Cannot write the file: %1")
                         .arg(QString::fromLocal8Bit(error.message())),
                     path};
    temp.setAutoRemove(false);
    return {};
}

} // namespace

std::optional<BatchExport::Format> BatchExport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QString BatchExport::plainAmount(Money amount)
{
    const qint64 fen = amount.fen();
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QStringList BatchExport::headers()
{
    QStringList list;
    for (const char *h : Headers)
        list.append(tr(h));
    return list;
}

Result<int> BatchExport::write(AuditedWriter &writer, const QString &batchId, const QString &path,
                               Format format)
{
    if (Status s = writer.require(Permission::ManageDisbursements); !s)
        return s.error();
    const QSqlDatabase db = writer.database();
    auto batch = DisbursementBatches::load(db, batchId);
    if (!batch)
        return batch.error();
    auto lines = DisbursementBatches::lines(db, batchId);
    if (!lines)
        return lines.error();
    // The file shows every recipient's full ID number: recorded before it is
    // written, one entry per line (the audit log records a reveal against a
    // column, and the ID number is the line's recipient_id_number). If the
    // file cannot be written the caller rolls these back with the rest.
    for (const DisbursementLine &l : lines.value()) {
        if (l.recipientIdNumber.isEmpty())
            continue;
        if (Status s = writer.recordReveal(QStringLiteral("disbursements"), l.id,
                                           QStringLiteral("recipient_id_number"));
            !s)
            return s.error();
    }
    const QList<Row> rows = rowsOf(batch.value(), lines.value());
    const Status written = format == Format::Csv ? writeCsv(rows, path)
                                                 : writeXlsx(rows, batch->code(), path);
    if (!written)
        return written.error();
    return int(rows.size());
}

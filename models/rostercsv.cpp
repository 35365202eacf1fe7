#include "rostercsv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RosterCsv", text);
}

Error rowError(int row, const QString &message, int *failedRow)
{
    if (failedRow)
        *failedRow = row;
    return Error{message, QCoreApplication::translate("RosterCsv", "row %1").arg(row)};
}

} // namespace

namespace RosterCsv {

Result<DecodedText> decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Error{tr("The file is in UTF-16 (Excel's \"Unicode text\"). Save it as "
                        "\"CSV UTF-8 (comma delimited)\" or \"CSV (comma delimited)\" instead.")};
    // Excel on Chinese Windows writes GB18030 (its "ANSI" code page 936) unless
    // told to write UTF-8. Chinese text in GB18030 is almost never valid UTF-8,
    // so trying UTF-8 first tells the two apart.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return DecodedText{text, QStringLiteral("UTF-8")};
    }
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid())
        return Error{tr("The file is not UTF-8, and this installation cannot read GB18030. Save "
                        "the file as \"CSV UTF-8 (comma delimited)\".")};
    text = gb18030.decode(bytes);
    if (gb18030.hasError() || text.contains(QChar(QChar::ReplacementCharacter)))
        return Error{tr("The file is neither UTF-8 nor GB18030 text. Save it from Excel as "
                        "\"CSV UTF-8 (comma delimited)\" or \"CSV (comma delimited)\".")};
    return DecodedText{text, QStringLiteral("GB18030")};
}

Result<QList<CsvRecord>> records(const QString &text, int *failedRow)
{
    QList<CsvRecord> result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int row = 0;
    while (i < n) {
        ++row;
        CsvRecord record;
        record.row = row;
        const bool emptyLine = text.at(i) == u'\n' || text.at(i) == u'\r';
        while (!emptyLine) {
            QString field;
            if (i < n && text.at(i) == u'"') {
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i++);
                    if (c != u'"') {
                        field.append(c);
                    } else if (i < n && text.at(i) == u'"') {
                        field.append(u'"');
                        ++i;
                    } else {
                        closed = true;
                        break;
                    }
                }
                if (!closed)
                    return rowError(row, tr("A quoted field has no closing quote."), failedRow);
                if (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r')
                    return rowError(row, tr("Unexpected text after a closing quote."), failedRow);
            } else {
                while (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r') {
                    if (text.at(i) == u'"')
                        return rowError(row,
                                        tr("A quote inside a field that does not start with one."), failedRow);
                    field.append(text.at(i++));
                }
            }
            record.fields.append(field);
            if (i < n && text.at(i) == u',') {
                ++i;
                continue;
            }
            break;
        }
        // The line break ending the record: CRLF, LF or a lone CR.
        if (i < n && text.at(i) == u'\r') {
            ++i;
            if (i < n && text.at(i) == u'\n')
                ++i;
        } else if (i < n && text.at(i) == u'\n') {
            ++i;
        }
        result.append(record);
    }
    return result;
}

} // namespace RosterCsv

// RosterCsv: reads the CSV files that caseworkers save from Excel — text in
// UTF-8 (with or without a byte-order mark) or GB18030, which Excel on Chinese
// Windows writes — into records numbered as the spreadsheet numbers its rows.
// It knows nothing of households; RosterImport gives the columns meaning.
#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct CsvRecord
{
    int row = 0;        ///< Spreadsheet row: the first record (the header) is row 1.
    QStringList fields; ///< As written, quotes removed; not trimmed.
};

struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8" or "GB18030"
};

namespace RosterCsv {

/// Decodes \a bytes: valid UTF-8 is UTF-8 (a leading byte-order mark dropped),
/// anything else must be valid GB18030. UTF-16 files (Excel's "Unicode text")
/// and bytes that are neither give an Error saying how to save the file.
Result<DecodedText> decode(const QByteArray &bytes);

/// Splits \a text into records per RFC 4180: comma-separated, fields in double
/// quotes may hold commas, doubled quotes and line breaks (one record still
/// counts as one spreadsheet row); CRLF, LF or CR end a record. Empty lines
/// count as rows, so numbers match the spreadsheet, and are returned with no
/// fields; a final line break does not start another row. A quote left open
/// or text after a closing quote gives an Error whose `where` is "row N", and
/// N in \a failedRow if given.
Result<QList<CsvRecord>> records(const QString &text, int *failedRow = nullptr);

} // namespace RosterCsv

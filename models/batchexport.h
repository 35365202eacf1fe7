// BatchExport: the lines of a disbursement batch as a file for the bank or a
// spreadsheet — CSV (UTF-8 with a byte-order mark, so Excel opens it in
// Chinese correctly) or XLSX (libxlsxwriter). Unlike the printed sheet the
// file carries full ID numbers and bank accounts, so exporting needs
// ManageDisbursements and is recorded in the audit log as a reveal.
// In the CSV, ID and account numbers are written as ="…" so that Excel keeps
// every digit, and any other cell a spreadsheet would run as a formula starts
// with an apostrophe (batchexport.cpp says why).
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "money.h"

#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class BatchExport
{
    Q_DECLARE_TR_FUNCTIONS(BatchExport)

public:
    enum class Format { Csv, Xlsx };

    /// Format by file suffix (.csv, .xlsx); std::nullopt for anything else.
    static std::optional<Format> formatFor(const QString &path);
    /// Writes the lines (not cancelled) of \a batchId to \a path, replacing it
    /// only when all was written. Needs ManageDisbursements. Records a reveal of
    /// each line's ID number (disbursements.recipient_id_number) in the audit
    /// log: call it in a transaction and commit after it succeeds. Returns the
    /// number of lines written.
    static Result<int> write(AuditedWriter &writer, const QString &batchId, const QString &path,
                             Format format);
    /// The column headers, translated, in file order.
    static QStringList headers();
    /// "1234.50": yuan with two decimals and no thousands separators, from fen,
    /// as the CSV writes amounts (and bangfu-cli's JSON).
    static QString plainAmount(Money amount);
};

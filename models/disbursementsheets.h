// DisbursementSheets: the printed sheet of a batch as data (DisbursementSheet)
// and the print log. Printing an open batch issues it: the batch is locked
// (printed) and the print is logged as the first issue; every later print is
// a reprint, marked as such on paper and logged. A superseded version is
// never printed again. A copy of an open batch printed by someone who may not
// issue it (bangfu-cli without --user) is a preview, marked on paper.
#pragma once

#include "auditedwriter.h"
#include "currentuser.h"
#include "disbursementsheet.h"
#include "error.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

/// One row of the print log (sheet_prints).
struct SheetPrint
{
    int printNo = 0;
    QString kind; ///< print, pdf, preview
    QString via;  ///< app, cli
    QDateTime printedAt;
    QString printedByName; ///< empty: bangfu-cli without --user
    int lineCount = 0;
    Money total;
    QString fileName;
    QString batchCode;
    bool superseded = false; ///< its batch version was replaced since
};

class DisbursementSheets
{
    Q_DECLARE_TR_FUNCTIONS(DisbursementSheets)

public:
    enum class Kind { Print, Pdf };

    /// The sheet of \a batchId as it prints now for \a user (std::nullopt:
    /// nobody signed in): reprint number, preview mark, approvers' names,
    /// masked ID numbers. Refused for a superseded version (naming the
    /// current one).
    static Result<DisbursementSheet> prepare(const QSqlDatabase &db, const QString &batchId,
                                             const std::optional<CurrentUser> &user,
                                             const QDate &printedOn);
    /// Logs that \a sheet of \a batchId was printed (or written to \a fileName)
    /// and, for the first issue, locks the batch. Call after the print or PDF
    /// succeeded, in a transaction. \a writer may have no user only for a
    /// preview or a reprint (bangfu-cli without --user).
    static Status recordPrint(AuditedWriter &writer, const QString &batchId,
                              const DisbursementSheet &sheet, Kind kind, const QString &via,
                              const QString &fileName = {});
    /// Appends a row to the print log (\a kind "print", "pdf" or "preview";
    /// \a userId empty for bangfu-cli without --user). recordPrint() calls it;
    /// the demo uses it for the sheets its history printed.
    static Status logPrint(const QSqlDatabase &db, const QString &batchId,
                           const DisbursementSheet &sheet, const QString &kind, const QString &via,
                           const QDateTime &at, const QString &userId, const QString &deviceId,
                           const QString &fileName = {});
    /// The print log of every version of \a batchId's batch number, oldest first.
    static Result<QList<SheetPrint>> prints(const QSqlDatabase &db, const QString &batchId);
};

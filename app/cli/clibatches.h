// What the disbursement-batch commands (batches, sheet, batch export) share:
// finding a batch by the code people read on the sheet, with a helpful answer
// for a code that does not exist.
#pragma once

#include "clicommand.h"
#include "disbursementbatch.h"

#include <optional>
#include <QSqlDatabase>

namespace CliBatches {

/// The batch \a code names ("SNW-2026-002" for its current version,
/// "SNW-2026-002-v1" for that version). Prints the error on stderr and returns
/// nothing when there is none, listing a few codes that do exist.
std::optional<DisbursementBatch> find(const QSqlDatabase &db, const QString &code, CliIo &io);

} // namespace CliBatches

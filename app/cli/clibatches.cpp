#include "clibatches.h"

#include "disbursementbatches.h"

#include <algorithm>

namespace CliBatches {

std::optional<DisbursementBatch> find(const QSqlDatabase &db, const QString &code, CliIo &io)
{
    auto batch = DisbursementBatches::findByCode(db, code);
    if (batch)
        return batch.value();
    fail(io, batch.error());
    // Whether the code does not exist or reading failed, show what does exist.
    auto all = DisbursementBatches::list(db);
    if (!all)
        return std::nullopt;
    if (all->isEmpty()) {
        io.err << Cli::tr("This database has no disbursement batches yet.") << Qt::endl;
        return std::nullopt;
    }
    constexpr qsizetype Shown = 5;
    QStringList codes;
    for (qsizetype i = 0; i < std::min(Shown, all->size()); ++i)
        codes.append(all->at(i).code());
    if (all->size() > Shown)
        io.err << Cli::tr("Batches include %1 and %n more; 'bangfu-cli batches' lists them all.",
                          nullptr, int(all->size() - Shown))
                      .arg(codes.join(QStringLiteral(", ")))
               << Qt::endl;
    else
        io.err << Cli::tr("Batches: %1.").arg(codes.join(QStringLiteral(", "))) << Qt::endl;
    return std::nullopt;
}

} // namespace CliBatches

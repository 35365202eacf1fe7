#include "batchlistmodel.h"

#include "codelabels.h"
#include "disbursementbatches.h"

#include <QLocale>

BatchListModel::BatchListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status BatchListModel::reload()
{
    auto batches = DisbursementBatches::list(m_db, m_showSuperseded);
    beginResetModel();
    if (batches) {
        m_batches = batches.value();
        m_error.reset();
    } else {
        m_batches.clear();
        m_error = batches.error();
    }
    endResetModel();
    return batches ? ::Status() : ::Status(batches.error());
}

int BatchListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_batches.size(); ++i)
        if (m_batches.at(i).id == id)
            return int(i);
    return -1;
}

const DisbursementBatch *BatchListModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int BatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisbursementBatch &b = m_batches.at(index.row());
    if (role == IdRole)
        return b.id;
    if (role == StatusCodeRole)
        return b.status;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Total || index.column() == Lines
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Code && !b.revisionReason.isEmpty())
        return tr("Revised: %1").arg(b.revisionReason);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Code:
        return b.code();
    case Programme:
        return b.programmeName;
    case Period:
        return b.period;
    case Division:
        return b.divisionName.isEmpty() ? tr("Whole district") : b.divisionName;
    case Status:
        return CodeLabels::batchStatus(b.status);
    case Lines:
        return b.paidCount > 0 ? tr("%1 of %2 paid").arg(b.paidCount).arg(b.lineCount)
                               : QLocale().toString(b.lineCount);
    case Total:
        return b.total.toStringWithSymbol();
    case Printed:
        return b.printedAt.isValid()
                   ? QLocale().toString(b.printedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Batch");
    case Programme:
        return tr("Programme");
    case Period:
        return tr("Period");
    case Division:
        return tr("Sub-district");
    case Status:
        return tr("Status");
    case Lines:
        return tr("Lines");
    case Total:
        return tr("Total");
    case Printed:
        return tr("Printed");
    case ColumnCount:
        break;
    }
    return {};
}

#include "batchlinemodel.h"

#include "codelabels.h"
#include "disbursementbatches.h"
#include "idnumber.h"

#include <QLocale>

BatchLineModel::BatchLineModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status BatchLineModel::load(const QString &batchId, bool withCancelled)
{
    Result<QList<DisbursementLine>> lines = QList<DisbursementLine>();
    if (!batchId.isEmpty())
        lines = DisbursementBatches::lines(m_db, batchId, withCancelled);
    beginResetModel();
    if (lines) {
        m_lines = lines.value();
        m_error.reset();
    } else {
        m_lines.clear();
        m_error = lines.error();
    }
    endResetModel();
    return lines ? ::Status() : ::Status(lines.error());
}

const DisbursementLine *BatchLineModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int BatchLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BatchLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisbursementLine &l = m_lines.at(index.row());
    switch (role) {
    case IdRole:
        return l.id;
    case StatusCodeRole:
        return l.status;
    case FenRole:
        return index.column() == Amount ? QVariant(l.amount.fen()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Amount || index.column() == No
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case No:
        return l.lineNo;
    case Name:
        return l.recipientName;
    case IdNumber:
        return l.recipientIdNumber.isEmpty() ? QString() : IdNumber::mask(l.recipientIdNumber);
    case Area:
        return l.communityName.isEmpty()
                   ? l.divisionName
                   : QStringLiteral("%1 / %2").arg(l.divisionName, l.communityName);
    case Category:
        return CodeLabels::hardshipCategory(l.category);
    case Amount:
        return l.amount.toStringWithSymbol();
    case Method:
        return CodeLabels::paymentMethod(l.method);
    case Status:
        return CodeLabels::disbursementStatus(l.status);
    case PaidOn:
        return l.paidOn.isValid() ? QLocale().toString(l.paidOn, QLocale::ShortFormat) : QString();
    case Reference:
        return CodeLabels::paymentReference(l.paymentReference);
    case Remark:
        return l.remark;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BatchLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case No:
        return tr("No.");
    case Name:
        return tr("Recipient");
    case IdNumber:
        return tr("ID number");
    case Area:
        return tr("Sub-district / community");
    case Category:
        return tr("Category");
    case Amount:
        return tr("Amount");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    case PaidOn:
        return tr("Paid on");
    case Reference:
        return tr("Reference");
    case Remark:
        return tr("Remarks");
    case ColumnCount:
        break;
    }
    return {};
}

#include "maenrolmentlistmodel.h"

#include "idnumber.h"

MaEnrolmentListModel::MaEnrolmentListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status MaEnrolmentListModel::reload()
{
    beginResetModel();
    m_error.reset();
    auto rows = MaEnrolments::list(m_db, m_query);
    if (rows) {
        m_rows = rows.value();
    } else {
        m_rows.clear();
        m_error = rows.error();
    }
    endResetModel();
    if (m_error)
        return *m_error;
    return {};
}

int MaEnrolmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaEnrolmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaEnrolmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MaEnrolment &e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case MemberIdRole:
        return e.memberId;
    case FenRole:
        return index.column() == Contribution ? QVariant(e.contribution.fen()) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Contribution || index.column() == Claims)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Name:
        return e.personName;
    case IdNumber:
        return IdNumber::mask(e.idNumber);
    case Plan:
        return e.planName;
    case WorkUnit:
        return e.workUnit;
    case Phone:
        return e.phone;
    case PaidOn:
        return e.paidOn.isValid() ? e.paidOn.toString(Qt::ISODate) : tr("Not paid");
    case ReceiptNo:
        return e.receiptNo;
    case Contribution:
        return e.contribution.toString();
    case Claims:
        return e.claims;
    case InRegister:
        return e.memberId.isEmpty() ? QString() : tr("Yes");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MaEnrolmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case Plan:
        return tr("Plan");
    case WorkUnit:
        return tr("Work unit");
    case Phone:
        return tr("Phone");
    case PaidOn:
        return tr("Paid on");
    case ReceiptNo:
        return tr("Receipt no.");
    case Contribution:
        return tr("Contribution");
    case Claims:
        return tr("Claims");
    case InRegister:
        return tr("In register");
    case ColumnCount:
        break;
    }
    return {};
}

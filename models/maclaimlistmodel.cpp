#include "maclaimlistmodel.h"

#include "codelabels.h"
#include "idnumber.h"
#include "money.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// %1 is the filter's condition, built from fixed fragments (MaClaimFilter).
const QString ListQuery = QStringLiteral(
    "SELECT c.id, c.enrolment_id, coalesce(c.claim_no, ''), e.person_name, e.id_number,"
    "       p.name, c.hospital, c.admitted_on, c.discharged_on,"
    "       (SELECT coalesce(sum(i.personal_fen), 0) FROM ma_invoices i WHERE i.claim_id = c.id),"
    "       coalesce(c.approved_payout_fen, c.computed_payout_fen), c.status,"
    "       coalesce(u.display_name, '')"
    "  FROM ma_claims c JOIN ma_enrolments e ON e.id = c.enrolment_id"
    "  JOIN ma_plans p ON p.id = e.plan_id LEFT JOIN users u ON u.id = c.created_by"
    " WHERE %1"
    " ORDER BY coalesce(c.submitted_at, c.created_at) DESC, c.id");

} // namespace

MaClaimListModel::MaClaimListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status MaClaimListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.reset();
    const MaClaimFilter::Sql filter = m_filter.toSql();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok = q.prepare(ListQuery.arg(filter.condition));
    for (const QVariant &value : filter.values)
        q.addBindValue(value);
    ok = ok && q.exec();
    while (ok && q.next()) {
        Row row;
        row.id = q.value(0).toString();
        row.enrolmentId = q.value(1).toString();
        row.claimNo = q.value(2).toString();
        row.member = q.value(3).toString();
        row.idNumber = q.value(4).toString();
        row.plan = q.value(5).toString();
        row.hospital = q.value(6).toString();
        row.admitted = q.value(7).toString();
        row.discharged = q.value(8).toString();
        row.personalFen = q.value(9).toLongLong();
        if (!q.value(10).isNull())
            row.payoutFen = q.value(10).toLongLong();
        row.status = q.value(11).toString();
        row.enteredBy = q.value(12).toString();
        m_rows.append(std::move(row));
    }
    if (!ok || q.lastError().isValid()) {
        m_error = sqlError(q.lastError(), m_db.databaseName());
        m_rows.clear();
    }
    endResetModel();
    if (m_error)
        return *m_error;
    return {};
}

int MaClaimListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

void MaClaimListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole});
}

int MaClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaClaimListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case EnrolmentIdRole:
        return row.enrolmentId;
    case CodeRole:
        return index.column() == Status ? QVariant(row.status) : QVariant();
    case FenRole:
        if (index.column() == PersonalShare)
            return row.personalFen;
        if (index.column() == Payout && row.payoutFen)
            return *row.payoutFen;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PersonalShare || index.column() == Payout)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case ClaimNo:
        return row.claimNo;
    case Member:
        return row.member;
    case IdNumber:
        return IdNumber::mask(row.idNumber);
    case Plan:
        return row.plan;
    case Hospital:
        return row.hospital;
    case Admitted:
        return row.admitted;
    case Discharged:
        return row.discharged;
    case PersonalShare:
        return Money::fromFen(row.personalFen).toString();
    case Payout:
        return row.payoutFen ? Money::fromFen(*row.payoutFen).toString() : QString();
    case Status:
        return CodeLabels::claimStatus(row.status);
    case EnteredBy:
        return row.enteredBy;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MaClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ClaimNo:
        return tr("Claim no.");
    case Member:
        return tr("Member");
    case IdNumber:
        return tr("ID number");
    case Plan:
        return tr("Plan");
    case Hospital:
        return tr("Hospital");
    case Admitted:
        return tr("Admitted");
    case Discharged:
        return tr("Discharged");
    case PersonalShare:
        return tr("Personal share");
    case Payout:
        return tr("Payout");
    case Status:
        return tr("Status");
    case EnteredBy:
        return tr("Entered by");
    case ColumnCount:
        break;
    }
    return {};
}

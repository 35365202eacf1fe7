#include "householdlistmodel.h"

#include "codelabels.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Keyset paging: rows are ordered by (no file number yet, file number, id) and
// each batch starts after the last key fetched, so fetching page n costs the
// same as page 1 and rows inserted meanwhile cannot shift a page. The first
// batch starts after (0, '', ''), which sorts before every real key because
// ids are never empty.
// %1 is the filter's condition, built from fixed fragments (HouseholdFilter).
const QString BatchQuery = QStringLiteral(
    "SELECT h.id, h.file_no, m.name, d.name, c.name, h.category, h.status,"
    "       (SELECT max(v.visit_date) FROM field_visits v WHERE v.household_id = h.id),"
    "       h.next_due_on"
    "  FROM households h"
    "  JOIN divisions d ON d.code = h.division_code"
    "  LEFT JOIN communities c ON c.id = h.community_id"
    "  LEFT JOIN members m ON m.household_id = h.id AND m.is_head = 1"
    " WHERE (h.file_no IS NULL, coalesce(h.file_no, ''), h.id) > (?, ?, ?) AND (%1)"
    " ORDER BY h.file_no IS NULL, coalesce(h.file_no, ''), h.id"
    " LIMIT ?");

} // namespace

HouseholdListModel::HouseholdListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status HouseholdListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    m_error.reset();
    m_total = -1;

    const HouseholdFilter::Sql filter = m_filter.toSql();
    QSqlQuery count(m_db);
    bool counted = count.prepare(
        QStringLiteral("SELECT count(*) FROM households h WHERE %1").arg(filter.condition));
    for (const QVariant &value : filter.values)
        count.addBindValue(value);
    counted = counted && count.exec() && count.next();
    if (!counted) {
        m_error = sqlError(count.lastError(), m_db.databaseName());
    } else {
        m_total = count.value(0).toLongLong();
        auto batch = fetchBatch();
        if (batch) {
            m_rows = std::move(batch).value();
            m_atEnd = m_rows.size() < BatchSize;
        } else {
            m_error = batch.error();
        }
    }
    endResetModel();
    if (m_error)
        return *m_error;
    return {};
}

Result<QVector<HouseholdListModel::Row>> HouseholdListModel::fetchBatch() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const HouseholdFilter::Sql filter = m_filter.toSql();
    if (!q.prepare(BatchQuery.arg(filter.condition)))
        return sqlError(q.lastError(), m_db.databaseName());
    // A null QString would bind NULL, and any comparison with NULL is false:
    // the empty parts of the key must be '' exactly.
    const QString empty = QStringLiteral("");
    if (m_rows.isEmpty()) {
        q.addBindValue(0);
        q.addBindValue(empty);
        q.addBindValue(empty);
    } else {
        const Row &last = m_rows.constLast();
        q.addBindValue(last.fileNo.isNull() ? 1 : 0);
        q.addBindValue(last.fileNo.isNull() ? empty : last.fileNo);
        q.addBindValue(last.id);
    }
    for (const QVariant &value : filter.values)
        q.addBindValue(value);
    q.addBindValue(BatchSize);
    if (!q.exec())
        return sqlError(q.lastError(), m_db.databaseName());

    QVector<Row> rows;
    rows.reserve(BatchSize);
    while (q.next()) {
        Row row;
        row.id = q.value(0).toString();
        // Keep NULL distinct from '' : the keyset depends on it.
        row.fileNo = q.value(1).isNull() ? QString() : q.value(1).toString();
        row.head = q.value(2).toString();
        row.division = q.value(3).toString();
        row.community = q.value(4).toString();
        row.category = q.value(5).toString();
        row.status = q.value(6).toString();
        row.lastVisit = q.value(7).toString();
        row.nextDue = q.value(8).toString();
        rows.append(std::move(row));
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError(), m_db.databaseName());
    return rows;
}

bool HouseholdListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HouseholdListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto batch = fetchBatch();
    if (!batch) {
        // Stop trying: a failing query would otherwise be retried on every scroll.
        m_error = batch.error();
        m_atEnd = true;
        return;
    }
    const QVector<Row> &rows = batch.value();
    m_atEnd = rows.size() < BatchSize;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

void HouseholdListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole});
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == CodeRole) {
        if (index.column() == Category)
            return row.category;
        if (index.column() == Status)
            return row.status;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case FileNo:
        return row.fileNo;
    case Head:
        return row.head;
    case Division:
        return row.division;
    case Community:
        return row.community;
    case Category:
        return CodeLabels::hardshipCategory(row.category);
    case Status:
        return CodeLabels::householdStatus(row.status);
    case LastVisit:
        return row.lastVisit;
    case NextDue:
        return row.nextDue;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FileNo:
        return tr("File no.");
    case Head:
        return tr("Head");
    case Division:
        return tr("Sub-district/town");
    case Community:
        return tr("Community/village");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case LastVisit:
        return tr("Last visit");
    case NextDue:
        return tr("Next due");
    case ColumnCount:
        break;
    }
    return {};
}

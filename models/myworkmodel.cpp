#include "myworkmodel.h"

#include <algorithm>

MyWorkModel::MyWorkModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status MyWorkModel::reload()
{
    Result<QList<DueHousehold>> due = QList<DueHousehold>();
    if (!m_userId.isEmpty()) {
        const Coverage coverage(m_db);
        due = coverage.dueWork(m_userId, today());
        if (due) {
            auto drafts = coverage.drafts(m_userId, today());
            if (drafts)
                due->append(drafts.value());
            else
                due = drafts.error();
        }
    }
    beginResetModel();
    m_rows = due ? due.value() : QList<DueHousehold>();
    endResetModel();
    if (!due)
        return due.error();
    return {};
}

qsizetype MyWorkModel::overdueCount() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(),
                         [](const DueHousehold &h) { return h.overdue; });
}

qsizetype MyWorkModel::draftCount() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(),
                         [](const DueHousehold &h) { return h.draft; });
}

void MyWorkModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MyWorkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyWorkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyWorkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueHousehold &h = m_rows.at(index.row());
    if (role == IdRole)
        return h.id;
    if (role == OverdueRole)
        return h.overdue;
    if (role == DraftRole)
        return h.draft;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: {
        if (h.draft)
            return tr("Draft", "a household surveyed but not yet filed");
        const qint64 days = today().daysTo(h.nextDue);
        if (days < 0)
            return tr("Overdue by %n day(s)", nullptr, int(-days));
        if (days == 0)
            return tr("Due today");
        return tr("Due in %n day(s)", nullptr, int(days));
    }
    case NextDue:
        return h.nextDue.isValid() ? h.nextDue.toString(Qt::ISODate) : QStringLiteral("—");
    case Head:
        return h.head;
    case FileNo:
        return h.fileNo.isEmpty() ? tr("Not filed") : h.fileNo;
    case Community:
        return h.community;
    case LastVisit:
        return h.lastVisit.isValid() ? h.lastVisit.toString(Qt::ISODate) : tr("None yet");
    default:
        return {};
    }
}

QVariant MyWorkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case NextDue:
        return tr("Next due");
    case Head:
        return tr("Head");
    case FileNo:
        return tr("File no.");
    case Community:
        return tr("Community/village");
    case LastVisit:
        return tr("Last visit");
    default:
        return {};
    }
}

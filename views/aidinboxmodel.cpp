#include "aidinboxmodel.h"

#include "codelabels.h"
#include "workspace.h"

#include <algorithm>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

AidInboxModel::AidInboxModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

::Status AidInboxModel::reload()
{
    auto inbox = AidDecisions::inbox(m_workspace.sql(), m_workspace.user());
    if (inbox)
        m_all = std::move(inbox).value();
    else
        m_all.clear();
    applyFilter();
    if (!inbox)
        return inbox.error();
    return {};
}

void AidInboxModel::setOnlyDecidable(bool only)
{
    if (only == m_onlyDecidable)
        return;
    m_onlyDecidable = only;
    applyFilter();
}

void AidInboxModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    applyFilter();
}

bool AidInboxModel::matches(const AidInboxItem &item) const
{
    if (m_onlyDecidable && !item.mayDecide)
        return false;
    return m_search.isEmpty() || item.headName.contains(m_search, Qt::CaseInsensitive) ||
           item.fileNo.contains(m_search, Qt::CaseInsensitive);
}

void AidInboxModel::applyFilter()
{
    beginResetModel();
    m_shown.clear();
    for (const AidInboxItem &item : std::as_const(m_all))
        if (matches(item))
            m_shown.append(item);
    endResetModel();
}

int AidInboxModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_shown.size(); ++i)
        if (m_shown.at(i).id == id)
            return i;
    return -1;
}

int AidInboxModel::decidableCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [](const AidInboxItem &item) { return item.mayDecide; }));
}

void AidInboxModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_shown.size()) - 1, ColumnCount - 1));
}

QString AidInboxModel::stageLabel(int stage)
{
    return stage >= 2 ? tr("2nd approval") : tr("1st approval");
}

int AidInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AidInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AidInboxModel::text(const AidInboxItem &item, int column) const
{
    switch (Column(column)) {
    case Submitted:
        return item.submittedAt.isValid()
                   ? item.submittedAt.toLocalTime().date().toString(Qt::ISODate)
                   : QString();
    case Programme:
        return item.programmeName;
    case Household:
        return item.fileNo.isEmpty() ? item.headName
                                     : tr("%1 (%2)").arg(item.headName, item.fileNo);
    case SubDistrict:
        return item.divisionName;
    case Category:
        return CodeLabels::hardshipCategory(item.category);
    case Amount:
        return item.amount.toStringWithSymbol();
    case Proposer:
        return item.proposerName;
    case Stage:
        return stageLabel(item.stage);
    case Warnings:
        return item.warningCount > 0 ? QLocale().toString(item.warningCount) : QString();
    case WhyNot:
        return item.whyNot;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AidInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AidInboxItem &item = m_shown.at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case MayDecideRole:
        return item.mayDecide;
    case FenRole:
        return item.amount.fen();
    case Qt::DisplayRole:
        return text(item, index.column());
    case Qt::ToolTipRole:
        if (!item.mayDecide)
            return item.whyNot;
        if (index.column() == Submitted && item.submittedAt.isValid())
            return QLocale().toString(item.submittedAt.toLocalTime(), QLocale::ShortFormat);
        return {};
    case Qt::ForegroundRole:
        if (!item.mayDecide)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Warnings)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AidInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Warnings))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Submitted:
        return tr("Submitted");
    case Programme:
        return tr("Programme");
    case Household:
        return tr("Head of household");
    case SubDistrict:
        return tr("Sub-district");
    case Category:
        return tr("Category");
    case Amount:
        return tr("Amount");
    case Proposer:
        return tr("Proposed by");
    case Stage:
        return tr("Stage");
    case Warnings:
        return tr("Warnings");
    case WhyNot:
        return tr("Why not");
    case ColumnCount:
        break;
    }
    return {};
}

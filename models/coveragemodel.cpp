#include "coveragemodel.h"

#include <QLocale>

namespace {

// Internal ids: 0 marks a division row; a community row stores its division's row + 1.
constexpr quintptr DivisionRow = 0;

} // namespace

CoverageModel::CoverageModel(QSqlDatabase db, QObject *parent)
    : QAbstractItemModel(parent), m_db(std::move(db)), m_year(QDate::currentDate().year())
{
}

Status CoverageModel::reload()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    auto divisions = Coverage(m_db).byDivision(m_year, today);
    beginResetModel();
    m_divisions = divisions ? divisions.value() : QList<DivisionCoverage>();
    endResetModel();
    if (!divisions)
        return divisions.error();
    return {};
}

void CoverageModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_divisions.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_divisions.size()) - 1, ColumnCount - 1));
}

QModelIndex CoverageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, DivisionRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CoverageModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == DivisionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, DivisionRow);
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_divisions.size());
    if (parent.internalId() == DivisionRow && parent.column() == 0)
        return int(m_divisions.at(parent.row()).communities.size());
    return 0;
}

int CoverageModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isDivision = index.internalId() == DivisionRow;
    const DivisionCoverage &division =
        m_divisions.at(isDivision ? index.row() : int(index.internalId() - 1));
    const CommunityCoverage *community =
        isDivision ? nullptr : &division.communities.at(index.row());
    const CoverageCounts &counts = community ? community->counts : division.counts;

    switch (role) {
    case IdRole:
        return community ? community->id : division.code;
    case CountRole:
        switch (index.column()) {
        case Expected:
            return counts.expected ? QVariant(*counts.expected) : QVariant();
        case Visited:
            return counts.visited;
        case Filed:
            return counts.filed;
        case ReverificationOverdue:
            return counts.reverificationOverdue;
        case Exited:
            return counts.exited;
        case Percent:
            return counts.percent() ? QVariant(*counts.percent()) : QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole: {
        QString name = community ? community->name : division.name;
        if (community && community->id.isEmpty())
            name = tr("Without community");
        else if (!community && name.isEmpty())
            name = division.code;
        return display(name, counts, index.column());
    }
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Percent && !counts.percent())
            return tr("No expected household count has been entered or imported.");
        return {};
    default:
        return {};
    }
}

QVariant CoverageModel::display(const QString &name, const CoverageCounts &counts, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return name;
    case Expected:
        return counts.expected ? locale.toString(*counts.expected) : QStringLiteral("—");
    case Visited:
        return locale.toString(counts.visited);
    case Filed:
        return locale.toString(counts.filed);
    case ReverificationOverdue:
        return locale.toString(counts.reverificationOverdue);
    case Exited:
        return locale.toString(counts.exited);
    case Percent:
        return counts.percent() ? tr("%1%").arg(locale.toString(*counts.percent()))
                                : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Division / community");
    case Expected:
        return tr("Expected");
    case Visited:
        return tr("Visited in %1").arg(m_year);
    case Filed:
        return tr("Filed");
    case ReverificationOverdue:
        return tr("Re-verification overdue");
    case Exited:
        return tr("Exited");
    case Percent:
        return tr("Coverage");
    default:
        return {};
    }
}

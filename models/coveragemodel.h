// CoverageModel: the survey coverage as a two-level tree for a QTreeView —
// divisions at the top, their communities below — with the counts of
// Coverage::byDivision() in columns. Read-only; setYear() and reload() read
// the database again.
#pragma once

#include "coverage.h"

#include <QAbstractItemModel>

class CoverageModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Expected,
        Visited,
        Filed,
        ReverificationOverdue,
        Exited,
        Percent,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< divisions.code at the top level, communities.id below
        CountRole,                 ///< the number behind a count column (qint64), null when unknown
    };

    /// Shows the coverage of \a db; call reload() to read it.
    explicit CoverageModel(QSqlDatabase db, QObject *parent = nullptr);

    /// The year whose visits count as visited; takes effect at the next reload().
    void setYear(int year) { m_year = year; }
    int year() const { return m_year; }
    /// The day that decides which re-verifications are overdue (default: the
    /// current date when reload() runs).
    void setToday(const QDate &today) { m_today = today; }
    /// Reads every division again; on failure the model is left empty.
    Status reload();
    /// Header labels follow the interface language.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const QString &name, const CoverageCounts &counts, int column) const;

    QSqlDatabase m_db;
    int m_year;
    QDate m_today;
    QList<DivisionCoverage> m_divisions;
};

// HouseholdListModel: the list of households as a read-only table, one row per
// household with its head, place, category, status and visit dates. Rows are
// fetched lazily in batches (canFetchMore/fetchMore) so that a district with
// thousands of files opens at once; search, filters and editing are built on
// top of it (proxy models or further query parameters), not into it.
#pragma once

#include "error.h"
#include "householdfilter.h"

#include <optional>
#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileNo,
        Head,
        Division,
        Community,
        Category,
        Status,
        LastVisit,
        NextDue,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< households.id (UUID text), any column
        CodeRole,                  ///< the stored code of Category and Status ("deep", "filed")
    };

    /// Rows fetched per batch.
    static constexpr int BatchSize = 200;

    /// Shows the households of \a db; call reload() to fetch the first batch.
    explicit HouseholdListModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Drops all rows and fetches the first batch again. Returns the error of a failed query.
    /// (::Status is the result class; plain Status here would be Column::Status.)
    ::Status reload();
    /// Narrows the list; takes effect at the next reload().
    void setFilter(const HouseholdFilter &filter) { m_filter = filter; }
    const HouseholdFilter &filter() const { return m_filter; }
    /// Households matching the filter, fetched or not; -1 if counting failed.
    qint64 totalCount() const { return m_total; }
    /// The error of the last failed query, if any (fetchMore() cannot return one).
    std::optional<Error> lastError() const { return m_error; }
    /// Re-reads translated header labels and code names after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    struct Row
    {
        QString id;
        QString fileNo;
        QString head;
        QString division;
        QString community;
        QString category;
        QString status;
        QString lastVisit;
        QString nextDue;
    };

    Result<QVector<Row>> fetchBatch() const;

    QSqlDatabase m_db;
    HouseholdFilter m_filter;
    QVector<Row> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    std::optional<Error> m_error;
};

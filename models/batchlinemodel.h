// BatchLineModel: the lines of one disbursement batch as a read-only table —
// place on the sheet, recipient, masked ID number, sub-district and
// community, category, amount, how and when it was paid, remark. Cancelled
// lines (taken off) are listed when asked for, with that status.
#pragma once

#include "disbursementbatch.h"
#include "error.h"

#include <optional>
#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

class BatchLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        No,
        Name,
        IdNumber, ///< masked
        Area,
        Category,
        Amount,
        Method,
        Status,
        PaidOn,
        Reference,
        Remark,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusCodeRole, FenRole };

    explicit BatchLineModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Shows the lines of \a batchId (empty: none).
    ::Status load(const QString &batchId, bool withCancelled = false);
    std::optional<Error> lastError() const { return m_error; }
    const DisbursementLine *lineAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<DisbursementLine> m_lines;
    std::optional<Error> m_error;
};

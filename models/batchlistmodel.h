// BatchListModel: disbursement batches as a read-only table for the
// disbursements area — code, programme, period, sub-district, status, lines
// (paid of all), total and when the sheet was printed. A district makes a few
// dozen batches a year, so all are read at once.
#pragma once

#include "disbursementbatch.h"
#include "error.h"

#include <optional>
#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

class BatchListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Programme, Period, Division, Status, Lines, Total, Printed, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusCodeRole };

    explicit BatchListModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Reads the batches again; superseded versions only when shown.
    ::Status reload();
    void setShowSuperseded(bool show) { m_showSuperseded = show; }
    std::optional<Error> lastError() const { return m_error; }
    int rowOf(const QString &id) const;
    const DisbursementBatch *batchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<DisbursementBatch> m_batches;
    std::optional<Error> m_error;
    bool m_showSuperseded = false;
};

// MaEnrolmentListModel: the people enrolled in mutual aid, as a read-only
// table for the enrolment list — one row per enrolment with the plan, the
// person (ID number masked), payment and how many claims were made on it.
// Narrowed by a MaEnrolmentQuery (plan year, plan, search text).
#pragma once

#include "error.h"
#include "maenrolments.h"

#include <optional>
#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

class MaEnrolmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        IdNumber, ///< masked
        Plan,
        WorkUnit,
        Phone,
        PaidOn,
        ReceiptNo,
        Contribution,
        Claims,
        InRegister, ///< "Yes" when linked to a member of the household register
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< ma_enrolments.id, any column
        MemberIdRole,              ///< members.id or an empty string, any column
        FenRole,                   ///< Contribution in fen (qint64)
    };

    explicit MaEnrolmentListModel(QSqlDatabase db, QObject *parent = nullptr);

    ::Status reload();
    /// Takes effect at the next reload().
    void setQuery(const MaEnrolmentQuery &query) { m_query = query; }
    const MaEnrolmentQuery &query() const { return m_query; }
    std::optional<Error> lastError() const { return m_error; }
    /// The enrolment shown in \a row.
    const MaEnrolment &enrolment(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    MaEnrolmentQuery m_query;
    QList<MaEnrolment> m_rows;
    std::optional<Error> m_error;
};

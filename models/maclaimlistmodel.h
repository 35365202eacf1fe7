// MaClaimListModel: the mutual-aid claims as a read-only table, one row per
// claim with its number, member, plan, hospital, stay, personal share, payout
// and status. Narrowed by a MaClaimFilter in SQL; the claims of a district
// number hundreds a year, so the matching rows are read at once (newest
// first) rather than in batches.
#pragma once

#include "error.h"
#include "maclaimfilter.h"

#include <optional>
#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class MaClaimListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClaimNo,
        Member,
        IdNumber, ///< masked
        Plan,
        Hospital,
        Admitted,
        Discharged,
        PersonalShare,
        Payout, ///< approved, else computed; empty for a draft
        Status,
        EnteredBy,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< ma_claims.id, any column
        CodeRole,                  ///< the status code, Status column
        FenRole,                   ///< the amount in fen (qint64), PersonalShare and Payout
        EnrolmentIdRole,           ///< ma_enrolments.id, any column
    };

    explicit MaClaimListModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Reads the claims matching the filter again.
    ::Status reload();
    /// Takes effect at the next reload().
    void setFilter(const MaClaimFilter &filter) { m_filter = filter; }
    const MaClaimFilter &filter() const { return m_filter; }
    std::optional<Error> lastError() const { return m_error; }
    /// The row of claim \a id, or -1.
    int rowOf(const QString &id) const;
    /// Re-reads translated header labels and status names after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString enrolmentId;
        QString claimNo;
        QString member;
        QString idNumber;
        QString plan;
        QString hospital;
        QString admitted;
        QString discharged;
        qint64 personalFen = 0;
        std::optional<qint64> payoutFen;
        QString status;
        QString enteredBy;
    };

    QSqlDatabase m_db;
    MaClaimFilter m_filter;
    QVector<Row> m_rows;
    std::optional<Error> m_error;
};

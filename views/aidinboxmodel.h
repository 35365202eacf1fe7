// AidInboxModel: the supervisors' approvals inbox as a read-only table — the
// submitted aid proposals (AidDecisions::inbox), oldest first, narrowed to
// those the signed-in user may decide and by a search on the head of
// household's name or the file number. Rows the user may not decide stay
// selectable, greyed, with the reason as tooltip and in the last column.
#pragma once

#include "aiddecisions.h"
#include "error.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class Workspace;

class AidInboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Submitted,
        Programme,
        Household, ///< head of household and file number
        SubDistrict,
        Category,
        Amount,
        Proposer,
        Stage,
        Warnings,
        WhyNot, ///< empty when the user may decide
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< aid_requests.id, any column
        MayDecideRole,             ///< bool, any column
        FenRole,                   ///< the amount in fen (qint64), any column
    };

    explicit AidInboxModel(Workspace &workspace, QObject *parent = nullptr);

    /// Reads the inbox again, for the workspace's signed-in user.
    ::Status reload();
    /// Show only proposals the user may decide (the default).
    void setOnlyDecidable(bool only);
    bool onlyDecidable() const { return m_onlyDecidable; }
    /// Matches the head of household's name or the file number; empty shows all.
    void setSearch(const QString &text);
    const QString &search() const { return m_search; }

    /// The row of proposal \a id, or -1 when it is not shown.
    int rowOf(const QString &id) const;
    /// The proposal shown in \a row (0 <= row < rowCount()).
    const AidInboxItem &item(int row) const { return m_shown.at(row); }
    /// Every submitted proposal, before the filters.
    int totalCount() const { return int(m_all.size()); }
    /// Of those, how many the user may decide.
    int decidableCount() const;
    /// Re-reads translated header labels and texts after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "1st approval" or "2nd approval", translated.
    static QString stageLabel(int stage);

private:
    void applyFilter();
    bool matches(const AidInboxItem &item) const;
    QString text(const AidInboxItem &item, int column) const;

    Workspace &m_workspace;
    QList<AidInboxItem> m_all;
    QList<AidInboxItem> m_shown;
    bool m_onlyDecidable = true;
    QString m_search;
};

// MyWorkModel: the signed-in caseworker's work as a table — overdue
// households first, then those due within the week (Coverage::dueWork()),
// then the drafts not yet filed (Coverage::drafts()). Read-only; reload()
// reads the database again.
#pragma once

#include "coverage.h"

#include <QAbstractTableModel>

class MyWorkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, NextDue, Head, FileNo, Community, LastVisit, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< households.id, any column
        OverdueRole,               ///< bool: next_due_on lies before today
        DraftRole,                 ///< bool: listed as a draft (identified, not filed)
    };

    /// Shows the due work in \a db; call setUser() and reload() to fill it.
    explicit MyWorkModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Whose households to list (users.id); empty lists nothing. Takes effect at reload().
    void setUser(const QString &userId) { m_userId = userId; }
    /// The day the week starts on (default: the current date when reload() runs).
    void setToday(const QDate &today) { m_today = today; }
    /// Reads the list again; on failure the model is left empty.
    Status reload();
    qsizetype overdueCount() const;
    qsizetype draftCount() const;
    /// Header labels follow the interface language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    QSqlDatabase m_db;
    QString m_userId;
    QDate m_today;
    QList<DueHousehold> m_rows;
};

// DemoTable: one prepared INSERT, reused for every demo row of a table, with
// the bookkeeping columns (created/updated at/by, device) bound the same way
// everywhere. Preparing once matters: the demo may write a million rows.
#pragma once

#include "error.h"

#include <initializer_list>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

/// Who wrote a row and when (UTC ISO timestamps, users.id).
struct DemoStamp
{
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    QString updatedBy;
};

class DemoTable
{
public:
    /// \a sql is an INSERT with one '?' per value; when \a stamped, its last five
    /// columns must be created_at, created_by, updated_at, updated_by, updated_device.
    DemoTable(QSqlDatabase db, const QString &sql, QString deviceId, bool stamped = true);

    /// Whether the statement prepared; check before the first insert.
    Status prepared() const { return m_prepared; }

    /// Inserts one row; \a values in column order (a null QVariant is SQL NULL).
    Status insert(std::initializer_list<QVariant> values, const DemoStamp &stamp = {});

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_deviceId;
    bool m_stamped;
    Status m_prepared;
};

/// SQL NULL for an empty or null string, the string otherwise.
QVariant orNull(const QString &text);
/// The text, '' for a null QString (which Qt would bind as SQL NULL), for NOT NULL columns.
QVariant notNull(const QString &text);
/// SQL NULL for an invalid date, "yyyy-MM-dd" otherwise.
QVariant orNull(const QDate &date);

// MaEnrolmentRows: the row-by-row part of MaEnrolmentImport — reading one
// person row, the problems found in it, the people of the household register
// it links to. Internal to MaEnrolmentImport; the interface is maenrolmentimport.h.
#pragma once

#include "maenrolmentimport.h"
#include "rostercsv.h"

#include <algorithm>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace MaEnrolmentRows {

using Column = MaEnrolmentImport::Column;

// Problems in the order the file has them: by row, then by column position.
class Problems
{
public:
    Problems(QHash<Column, int> positions, QHash<Column, QString> headers)
        : m_positions(std::move(positions)), m_headers(std::move(headers))
    {
    }
    void add(int row, int position, const QString &header, const QString &message)
    {
        m_items.append({row, position, {row, header, message}});
    }
    void add(int row, Column column, const QString &message)
    {
        add(row, m_positions.value(column), m_headers.value(column), message);
    }
    bool has(int row, Column column) const
    {
        return std::any_of(m_items.begin(), m_items.end(), [&](const Item &i) {
            return i.row == row && i.problem.column == m_headers.value(column);
        });
    }
    QList<RosterProblem> sorted()
    {
        std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
            return std::pair(a.row, a.position) < std::pair(b.row, b.position);
        });
        QList<RosterProblem> list;
        for (const Item &item : std::as_const(m_items))
            list.append(item.problem);
        return list;
    }

private:
    struct Item
    {
        int row;
        int position;
        RosterProblem problem;
    };
    QHash<Column, int> m_positions;
    QHash<Column, QString> m_headers;
    QList<Item> m_items;
};

// What check() keeps while it reads the rows.
struct Reading
{
    const QSqlDatabase &db;
    const MaPlan &plan;
    QDate today;
    QHash<Column, int> positions;
    Problems problems;
    QHash<QString, int> idRows;      ///< ID number -> first row
    QHash<QString, int> receiptRows; ///< receipt number -> first row
    int linked = 0;
};

/// Reads one person row as an enrolment; its problems go to \a r.problems.
MaEnrolmentInput readRow(const CsvRecord &record, Reading &r);

} // namespace MaEnrolmentRows

// RosterRows: the row-by-row part of RosterImport — reading one person row
// of a roster and putting rows together into households — with the
// database's divisions and communities it checks them against. Internal to
// RosterImport; the public interface is rosterimport.h.
#pragma once

#include "rosterimport.h"
#include "rostercsv.h"
#include "rostervocabulary.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <optional>
#include <utility>

namespace RosterRows {

using Column = RosterImport::Column;

struct Division
{
    QString code;
    QString name;
    QString kind;
};

// Divisions and communities of the database, read once per check.
struct References
{
    QList<Division> divisions;
    QHash<QString, QString> communities; ///< division code + '\n' + folded name -> id

    std::optional<QString> division(const QString &text) const
    {
        const QString key = RosterVocabulary::folded(text);
        for (const Division &d : divisions) {
            const QString name = RosterVocabulary::folded(d.name);
            if (key == name || key == d.code || key + d.kind == name)
                return d.code;
        }
        return std::nullopt;
    }
    QString divisionName(const QString &code) const
    {
        for (const Division &d : divisions) {
            if (d.code == code)
                return d.name;
        }
        return code;
    }
    QString community(const QString &divisionCode, const QString &text) const
    {
        return communities.value(divisionCode + u'\n' + RosterVocabulary::folded(text));
    }
};

/// The sub-districts, towns and communities of \a db.
Result<References> loadReferences(const QSqlDatabase &db);

// One person row as read, before households are put together.
struct PersonRow
{
    RosterMember member;
    QString key;
    QString divisionText;
    std::optional<QString> divisionCode; ///< Set when the row names a known division.
    QString communityText;
    QString address;
};

// Collects problems and orders them as the file has them: by row, then column.
class ProblemList
{
public:
    explicit ProblemList(QHash<Column, int> positions = {}, QHash<Column, QString> headers = {})
        : m_positions(std::move(positions)), m_headers(std::move(headers))
    {
    }
    void add(int row, Column column, const QString &message)
    {
        m_items.append({row, m_positions.value(column), {row, m_headers.value(column), message}});
    }
    void add(int row, int position, const QString &header, const QString &message)
    {
        m_items.append({row, position, {row, header, message}});
    }
    bool isEmpty() const { return m_items.isEmpty(); }
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

/// "a, b, c" for messages that list the accepted words.
QString wordList(const QStringList &words);

/// Reads one person row; \a positions maps roster columns to file columns.
PersonRow readRow(const CsvRecord &record, const QHash<Column, int> &positions,
                  const References &refs, const QDate &today, ProblemList &problems);

/// Puts person rows together into households and checks what only the whole
/// file shows: one head per household, household fields that agree, people
/// listed twice, communities of the household's division.
QList<RosterHousehold> assemble(const QList<PersonRow> &rows, const References &refs,
                                ProblemList &problems);

} // namespace RosterRows

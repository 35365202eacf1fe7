// HtmlTable: builds the HTML of one printed table (disbursement sheet, report)
// for QTextDocument. Every cell is plain text and escaped here, so a name such
// as "<张涛>" can never inject markup; money columns are right-aligned so that
// decimal points line up.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class HtmlTable
{
public:
    enum class Align { Left, Center, Right };

    /// Adds a column with a header label (plain text).
    void addColumn(const QString &header, Align align = Align::Left);
    /// Adds a right-aligned column for amounts already formatted as text
    /// (e.g. Money::toString()).
    void addMoneyColumn(const QString &header) { addColumn(header, Align::Right); }

    /// Adds a body row of plain-text cells, one per column; missing cells are
    /// left empty and extra cells are dropped (a programming error, asserted).
    void addRow(const QStringList &cells);
    /// Adds a row printed in bold after the body (totals); same rules as addRow.
    void addTotalRow(const QStringList &cells);

    int columnCount() const { return int(m_columns.size()); }
    int rowCount() const { return int(m_rows.size()); }

    /// The table as HTML. The header row is a <thead>, which the PDF writer
    /// repeats at the top of every page.
    QString toHtml() const;

private:
    struct Column
    {
        QString header;
        Align align;
    };
    struct Row
    {
        QStringList cells;
        bool total;
    };

    void appendRow(QString &html, const Row &row) const;

    QList<Column> m_columns;
    QList<Row> m_rows;
};

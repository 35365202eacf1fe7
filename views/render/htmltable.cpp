#include "htmltable.h"

namespace {

QLatin1String alignAttribute(HtmlTable::Align align)
{
    switch (align) {
    case HtmlTable::Align::Left:
        return QLatin1String("left");
    case HtmlTable::Align::Center:
        return QLatin1String("center");
    case HtmlTable::Align::Right:
        return QLatin1String("right");
    }
    return QLatin1String("left");
}

} // namespace

void HtmlTable::addColumn(const QString &header, Align align)
{
    m_columns.append({header, align});
}

void HtmlTable::addRow(const QStringList &cells)
{
    Q_ASSERT(cells.size() <= m_columns.size());
    m_rows.append({cells, false});
}

void HtmlTable::addTotalRow(const QStringList &cells)
{
    Q_ASSERT(cells.size() <= m_columns.size());
    m_rows.append({cells, true});
}

void HtmlTable::appendRow(QString &html, const Row &row) const
{
    html += QLatin1String("<tr>");
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QString text = i < row.cells.size() ? row.cells.at(i).toHtmlEscaped() : QString();
        html += QLatin1String("<td align=\"") + alignAttribute(m_columns.at(i).align) +
                QLatin1String("\">");
        html += row.total ? QLatin1String("<b>") + text + QLatin1String("</b>") : text;
        html += QLatin1String("</td>");
    }
    html += QLatin1String("</tr>\n");
}

QString HtmlTable::toHtml() const
{
    QString html = QStringLiteral(
        "<table class=\"data\" width=\"100%\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"4\">\n"
        "<thead><tr>");
    for (const Column &column : m_columns) {
        html += QLatin1String("<th align=\"") + alignAttribute(column.align) +
                QLatin1String("\">") + column.header.toHtmlEscaped() + QLatin1String("</th>");
    }
    html += QLatin1String("</tr></thead>\n<tbody>\n");
    for (const Row &row : m_rows)
        appendRow(html, row);
    html += QLatin1String("</tbody>\n</table>\n");
    return html;
}

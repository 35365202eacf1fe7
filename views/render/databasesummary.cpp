#include "databasesummary.h"

#include "htmltable.h"
#include "pdfwriter.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString summaryTitle(const DatabaseSummary &summary)
{
    return summary.title.isEmpty()
               ? QCoreApplication::translate("DatabaseSummary", "Database summary")
               : summary.title;
}

} // namespace

QString databaseSummaryHtml(const DatabaseSummary &summary)
{
    const QLocale locale;
    QString html = QLatin1String("<h1>") + summaryTitle(summary).toHtmlEscaped() +
                   QLatin1String("</h1>\n<p class=\"meta\">");
    QStringList meta;
    if (!summary.unionName.isEmpty())
        meta << summary.unionName.toHtmlEscaped();
    if (!summary.databasePath.isEmpty()) {
        meta << QCoreApplication::translate("DatabaseSummary", "Database: %1")
                    .arg(summary.databasePath)
                    .toHtmlEscaped();
    }
    if (summary.generatedAt.isValid()) {
        meta << QCoreApplication::translate("DatabaseSummary", "Generated: %1")
                    .arg(summary.generatedAt.toLocalTime().toString(
                        QStringLiteral("yyyy-MM-dd HH:mm")))
                    .toHtmlEscaped();
    }
    html += meta.join(QLatin1String("<br/>")) + QLatin1String("</p>\n");

    HtmlTable table;
    table.addColumn(QCoreApplication::translate("DatabaseSummary", "Records"));
    table.addColumn(QCoreApplication::translate("DatabaseSummary", "Count"),
                    HtmlTable::Align::Right);
    for (const DatabaseSummary::Row &row : summary.rows)
        table.addRow({row.label, locale.toString(row.count)});
    html += table.toHtml();
    return html;
}

Status writeDatabaseSummaryPdf(const DatabaseSummary &summary, const QString &path)
{
    PageSetup setup;
    setup.title = summaryTitle(summary);
    if (!summary.unionName.isEmpty())
        setup.footerText = summary.unionName + QStringLiteral(" · ") + setup.title;
    return writeHtmlPdf(databaseSummaryHtml(summary), path, setup);
}

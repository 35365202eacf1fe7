// DatabaseSummary: the one-page printout of what a database holds (records
// per entity), printed by `bangfu-cli stats --pdf` and kept with a backup copy
// or a handover so that the office can see at a glance what a file contained.
#pragma once

#include "error.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct DatabaseSummary
{
    struct Row
    {
        /// What was counted, translated (e.g. "Households").
        QString label;
        qint64 count = 0;
    };

    /// Heading; empty prints the translated "Database summary".
    QString title;
    /// The trade union the database belongs to (e.g. 河东区总工会); may be empty.
    QString unionName;
    /// The database file the counts come from; may be empty.
    QString databasePath;
    /// When the counts were taken; printed in local time.
    QDateTime generatedAt;
    QList<Row> rows;
};

/// The summary as HTML for QTextDocument: heading, union, file and time, then
/// a two-column table (label, right-aligned count). All text is escaped.
QString databaseSummaryHtml(const DatabaseSummary &summary);

/// Writes the summary as an A4 portrait PDF at @p path (see writeHtmlPdf() for
/// the QGuiApplication it needs and how errors are reported).
Status writeDatabaseSummaryPdf(const DatabaseSummary &summary, const QString &path);

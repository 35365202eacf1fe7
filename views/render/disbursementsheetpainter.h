// The printed disbursement sheet (发放表), A4 landscape, painted with QPainter
// on any QPagedPaintDevice: a QPdfWriter for the PDF file, a QPrinter for
// printing and print preview, so that all three show the same pages.
//
// Every page has the title block, the table header, one fixed-height row per
// recipient (tall enough to sign or press a thumbprint in) and the page
// subtotal; the last page also has the grand total, the number of recipients
// and the signature lines. Footer: "Page N of M" and the batch code; reprints
// carry a boxed mark on every page.
#pragma once

#include "disbursementsheet.h"
#include "error.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

/// Which lines go on which page.
struct DisbursementSheetPagination
{
    /// Indices into DisbursementSheet::lines, page by page, in order; each
    /// index exactly once. Never empty: a sheet without lines has one page
    /// with no rows (and totals of 0).
    QList<QList<int>> pages;

    int pageCount() const { return int(pages.size()); }
};

/// Recipient rows that fit on a page, from the fixed layout (row heights in
/// millimetres, independent of the device).
int disbursementSheetRowsPerPage();
/// Recipient rows that fit on the last page, which also holds the grand total
/// and the signature lines; fewer than disbursementSheetRowsPerPage().
int disbursementSheetRowsOnLastPage();

/// Pages of @p lineCount lines: every page but the last two is full, the last
/// page holds at most disbursementSheetRowsOnLastPage() rows and at least one
/// (unless there are no lines at all), and the page before it takes what is left.
DisbursementSheetPagination paginateDisbursementSheet(int lineCount);
/// The same with given capacities (1 <= @p rowsOnLastPage <= @p rowsPerPage).
DisbursementSheetPagination paginateDisbursementSheet(int lineCount, int rowsPerPage,
                                                      int rowsOnLastPage);

/// Paints @p sheet on @p device, A4 landscape, one page after another (sets
/// the device's page layout; a printer whose unprintable border is wider than
/// the sheet's margins gets the sheet shrunk to fit). Needs a QGuiApplication
/// and a Chinese font (chineseFontFamily()).
Status paintDisbursementSheet(QPagedPaintDevice &device, const DisbursementSheet &sheet);

/// Writes @p sheet as a PDF at @p path (CJK font embedded, title = the sheet's
/// title). A failed write leaves no partial file; errors carry the path.
Status writeDisbursementSheetPdf(const DisbursementSheet &sheet, const QString &path);

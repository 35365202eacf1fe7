// PDF output for printouts (disbursement sheets, reports, database summary):
// HTML/CSS laid out by QTextDocument and painted page by page into a
// QPdfWriter, with a CJK font embedded and table headers repeated per page.
//
// Needs a QGuiApplication (fonts, text layout), but never Qt Widgets.
// bangfu-cli creates one only for its --pdf path, on the "offscreen" platform
// so that it runs with no display:
//     qputenv("QT_QPA_PLATFORM", "offscreen");   // before constructing it
//     QGuiApplication app(argc, argv);
// The GUI's QApplication is a QGuiApplication already.
#pragma once

#include "error.h"
#include "pagesetup.h"

#include <functional>
#include <QString>

class QPagedPaintDevice;

/// Resolution of the PDF's device coordinates. 300 dpi keeps glyph positions
/// and thin table rules exact when printed.
inline constexpr int PdfResolutionDpi = 300;

/// The font family used for Chinese text: the first installed of "Noto Sans CJK
/// SC", "Noto Serif CJK SC", "WenQuanYi …", "Source Han Sans SC", else any
/// family that covers Simplified Chinese. An Error naming the package to install
/// (fonts-noto-cjk) when there is none.
Result<QString> chineseFontFamily();

/// Writes a PDF painted by @p paint to @p path: a QPdfWriter at PdfResolutionDpi
/// with @p title and creator "Bangfu" renders into memory, and the finished
/// bytes replace @p path through a temporary file only when all of them were
/// written, so a failed paint or a full disk never leaves a partial PDF. @p paint
/// sets the page layout and paints every page; its Error is returned with the
/// path in Error::where. Refuses (an Error, no crash) without a QGuiApplication.
Status writePdfFile(const QString &path, const QString &title,
                    const std::function<Status(QPagedPaintDevice &)> &paint);

/// Renders @p html (Qt's rich-text subset of HTML/CSS) to a PDF at @p path.
/// Tables keep their <thead> rows as header rows, repeated at the top of every
/// page the table spans. Writes through a temporary file that replaces @p path
/// only when everything was written, so a failed or full-disk write never
/// leaves a partial PDF. Errors carry the path in Error::where.
///
/// Known limitation of Qt's PDF text map: where the font draws a Kangxi radical
/// and an ideograph with one glyph (工 and ⼯ in Noto Sans CJK), text copied
/// out of the PDF gives the radical's code point. The print is right; NFKC
/// normalisation of extracted text undoes it.
Status writeHtmlPdf(const QString &html, const QString &path, const PageSetup &setup);

/// Paints @p html on @p device page by page exactly as writeHtmlPdf() lays it
/// out (A4, margins, footer): for a QPrinter, so that print, print preview and
/// the PDF file show the same pages. Sets the device's page layout.
Status paintHtml(QPagedPaintDevice &device, const QString &html, const PageSetup &setup);

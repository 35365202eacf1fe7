// Pagination is done here rather than with QTextDocument::print(): print()
// only numbers pages ("3"), picks its own 2 cm margins and cannot report write
// errors, while printouts need "Page 3 of 5", the caller's margins and a
// guarantee that a failed write leaves nothing behind.
#include "pdfwriter.h"

#include <array>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

// Space between the body and the footer line, in millimetres.
constexpr double FooterGapMm = 4.0;
constexpr double MmPerInch = 25.4;

// Rich-text defaults shared by all printouts. Lengths are CSS pixels (1/96 in);
// the layout scales them to the 300 dpi device.
QString defaultStyleSheet()
{
    return QStringLiteral(
        "h1 { font-size: x-large; font-weight: bold; margin-bottom: 6px; }"
        "h2 { font-size: large; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }"
        "p.meta { color: #444444; }"
        "table.data { border-color: #808080; border-style: solid; margin-top: 8px; }"
        "table.data th { background-color: #e6e6e6; font-weight: bold; }");
}

double mmToDevice(double mm, double dpi)
{
    return mm * dpi / MmPerInch;
}

// Lays \a html out on \a device and paints it page by page with the footer.
Status paintPages(QPagedPaintDevice &device, const QString &html, const PageSetup &setup,
                  const QString &family)
{
    const QPageLayout layout(
        QPageSize(QPageSize::A4),
        setup.orientation == PageSetup::Orientation::Landscape ? QPageLayout::Landscape
                                                               : QPageLayout::Portrait,
        QMarginsF(setup.marginLeftMm, setup.marginTopMm, setup.marginRightMm, setup.marginBottomMm),
        QPageLayout::Millimeter);
    if (!device.setPageLayout(layout)) {
        return Error{
            QCoreApplication::translate("PdfWriter", "The page margins do not fit on an A4 page"),
            {}};
    }
    const double dpi = device.logicalDpiY();

    QFont bodyFont(family);
    bodyFont.setPointSizeF(setup.fontPointSize);
    // Noto Sans CJK substitutes other glyphs for digits inside Latin text
    // ("Page 1 of 3") when shaped, and Qt's PDF engine leaves those glyphs out
    // of the ToUnicode map: they print, but cannot be copied or searched.
    // Plain Latin text needs no shaping, so skip it.
    bodyFont.setStyleStrategy(QFont::PreferNoShaping);
    QFont footerFont = bodyFont;
    footerFont.setPointSizeF(setup.fontPointSize * 0.8);

    // The painter's origin is the top-left of the area inside the margins.
    const QRectF paintRect = device.pageLayout().paintRectPixels(int(dpi));
    const bool hasFooter =
        setup.pageNumbers || !setup.footerText.isEmpty() || !setup.title.isEmpty();
    const QFontMetricsF footerMetrics(footerFont, &device);
    const double footerHeight = hasFooter ? footerMetrics.height() + mmToDevice(FooterGapMm, dpi) : 0;
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);

    QTextDocument document;
    // Laying out against the device makes font metrics and CSS lengths
    // physical sizes at its resolution instead of screen pixels.
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setDefaultFont(bodyFont);
    document.setDefaultStyleSheet(defaultStyleSheet());
    // Qt's HTML importer turns a table's <thead> rows into
    // QTextTableFormat::headerRowCount(), which the paginated layout repeats
    // at the top of every page (tst_pdfwriter checks the printed result).
    document.setHtml(html);
    document.setPageSize(bodySize);
    const int pageCount = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        return Error{QCoreApplication::translate("PdfWriter", "Cannot start writing the PDF file"),
                     {}};
    }
    const QString footerLeft = setup.footerText.isEmpty() ? setup.title : setup.footerText;
    const QRectF footerRect(0, bodySize.height() + mmToDevice(FooterGapMm, dpi), bodySize.width(),
                            footerMetrics.height());
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();

        painter.save();
        const QRectF view(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        if (!hasFooter)
            continue;
        painter.setFont(footerFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawLine(QLineF(footerRect.topLeft() - QPointF(0, mmToDevice(1.5, dpi)),
                                footerRect.topRight() - QPointF(0, mmToDevice(1.5, dpi))));
        if (!footerLeft.isEmpty()) {
            painter.drawText(
                footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                footerMetrics.elidedText(footerLeft, Qt::ElideRight, footerRect.width() * 0.7));
        }
        if (setup.pageNumbers) {
            painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                             QCoreApplication::translate("PdfWriter", "Page %1 of %2")
                                 .arg(page + 1)
                                 .arg(pageCount));
        }
    }
    painter.end();
    return {};
}

} // namespace

Status paintHtml(QPagedPaintDevice &device, const QString &html, const PageSetup &setup)
{
    auto family = chineseFontFamily();
    if (!family)
        return family.error();
    return paintPages(device, html, setup, family.value());
}

Result<QString> chineseFontFamily()
{
    const QStringList available = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    // Prefixes, so that "WenQuanYi Zen Hei" and "WenQuanYi Micro Hei" both match.
    static constexpr std::array preferred = {u"Noto Sans CJK SC", u"Noto Serif CJK SC",
                                             u"WenQuanYi", u"Source Han Sans SC"};
    for (const auto prefix : preferred) {
        for (const QString &family : available) {
            if (family.startsWith(QStringView(prefix), Qt::CaseInsensitive))
                return family;
        }
    }
    // A font tagged for Simplified Chinese that we do not know is still better
    // than boxes; monospace families are skipped because they print too wide.
    for (const QString &family : available) {
        if (!QFontDatabase::isFixedPitch(family))
            return family;
    }
    if (!available.isEmpty())
        return available.first();
    return Error{QCoreApplication::translate(
                     "PdfWriter",
                     "No font for Chinese text is installed. Install the fonts-noto-cjk "
                     "package (apt-get install fonts-noto-cjk) and try again."),
                 {}};
}

// Renders into memory. The PDF engine ignores the result of its writes, so
// streaming it into the file could end in a truncated PDF on a full disk; a
// single checked write of the finished bytes cannot.
Status writePdfFile(const QString &path, const QString &title,
                    const std::function<Status(QPagedPaintDevice &)> &paint)
{
    // Fonts and text layout crash without one; say so instead (see pdfwriter.h).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error{
            QCoreApplication::translate(
                "PdfWriter", "Writing a PDF needs a QGuiApplication (a programming error)"),
            path};
    }
    // Opened first so that a bad path fails before the rendering work.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return Error{QCoreApplication::translate("PdfWriter", "Cannot create the PDF file: %1")
                         .arg(file.errorString()),
                     path};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfResolutionDpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Bangfu"));
        if (Status painted = paint(writer); !painted) {
            file.cancelWriting();
            return Error{painted.error().message, path};
        }
    }
    const QByteArray &pdf = buffer.data();
    // Qt 6.4's QSaveFile commits a file cut short by a full disk: a short
    // write sets no error, and a failed flush does not stop commit(). Writing
    // unbuffered makes the returned count the truth, so check it.
    if (file.write(pdf) != pdf.size() || file.error() != QFileDevice::NoError || !file.commit()) {
        const QString reason =
            file.error() != QFileDevice::NoError
                ? file.errorString()
                : QCoreApplication::translate("PdfWriter", "the disk may be full");
        file.cancelWriting();
        return Error{
            QCoreApplication::translate("PdfWriter", "Cannot write the PDF file: %1").arg(reason),
            path};
    }
    return {};
}

Status writeHtmlPdf(const QString &html, const QString &path, const PageSetup &setup)
{
    return writePdfFile(path, setup.title,
                        [&](QPagedPaintDevice &device) { return paintHtml(device, html, setup); });
}

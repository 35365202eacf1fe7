// Paints the disbursement sheet (see disbursementsheetpainter.h) with QPainter.
// Every length is a fixed number of millimetres, so the number of rows a page
// holds does not depend on the device and the pagination is a pure function of
// the number of lines. Text too long for its cell is wrapped, shrunk a little
// when the lines do not fit, and as a last resort elided: it never runs over
// a rule.
#include "disbursementsheetpainter.h"

#include "pdfwriter.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QTextLayout>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DisbursementSheet)
};

constexpr double MmPerInch = 25.4;

// A4 landscape; the margins leave 273 × 190 mm for the sheet.
constexpr double PageWidthMm = 297.0;
constexpr double PageHeightMm = 210.0;
constexpr double MarginLeftMm = 12.0;
constexpr double MarginRightMm = 12.0;
constexpr double MarginTopMm = 10.0;
constexpr double MarginBottomMm = 10.0;
constexpr double ContentWidthMm = PageWidthMm - MarginLeftMm - MarginRightMm;
constexpr double ContentHeightMm = PageHeightMm - MarginTopMm - MarginBottomMm;

// Title block, top to bottom. The line for "replaces …" is kept even when
// empty so that every page holds the same number of rows.
constexpr double UnionLineMm = 5.5;
constexpr double TitleLineMm = 9.0;
constexpr double SupersedesLineMm = 4.0;
constexpr double MetaLineMm = 5.5;
constexpr double TitleGapMm = 1.5;
constexpr double TitleBlockMm =
    UnionLineMm + TitleLineMm + SupersedesLineMm + MetaLineMm + TitleGapMm;

// The reprint mark, boxed at the top right beside the title.
constexpr double ReprintBoxWidthMm = 34.0;
constexpr double ReprintBoxHeightMm = 13.0;

// Footer band at the bottom of the content area, and the gap above it.
constexpr double FooterMm = 5.0;
constexpr double FooterGapMm = 2.5;

// Table rows. Every recipient row is this tall, so that the signature box
// takes a signature or a thumbprint.
constexpr double HeaderRowMm = 10.0;
constexpr double BodyRowMm = 13.5;
constexpr double SumRowMm = 8.0;
// Below the grand total on the last page: the signature lines.
constexpr double SignatureGapMm = 7.0;
constexpr double SignatureLineMm = 8.0;
constexpr double SignatureBlockMm = 18.0;
static_assert(SignatureGapMm + SignatureLineMm <= SignatureBlockMm);

// Space inside a cell around its text.
constexpr double CellPadXMm = 1.2;
constexpr double CellPadYMm = 0.6;

constexpr double BodyHeightMm =
    ContentHeightMm - TitleBlockMm - FooterGapMm - FooterMm - HeaderRowMm - SumRowMm;
constexpr int RowsPerPage = int(BodyHeightMm / BodyRowMm);
constexpr int RowsOnLastPage = int((BodyHeightMm - SumRowMm - SignatureBlockMm) / BodyRowMm);
static_assert(RowsOnLastPage >= 1 && RowsOnLastPage < RowsPerPage);

enum Column {
    ColSeq,
    ColName,
    ColIdNumber,
    ColArea,
    ColCategory,
    ColProgramme,
    ColAmount,
    ColCapitals,
    ColSignature,
    ColReceived,
    ColRemark,
    ColumnCount
};

// Column widths in millimetres, left to right; they fill the content width.
constexpr std::array<double, ColumnCount> ColumnWidthMm = {9,  18, 34, 35, 17, 20,
                                                           21, 41, 34, 18, 26};
static_assert(std::accumulate(ColumnWidthMm.begin(), ColumnWidthMm.end(), 0.0) == ContentWidthMm);

// Font sizes in points, and the smallest a cell's text may shrink to.
constexpr double BodyPt = 9.0;
constexpr double CapitalsPt = 8.5;
constexpr double MinCellPt = 7.0;
constexpr double TitlePt = 16.0;
constexpr double UnionPt = 10.5;
constexpr double MetaPt = 9.5;
constexpr double SmallPt = 8.0;
constexpr double FooterPt = 8.5;
constexpr double SignaturePt = 10.5;
constexpr double ReprintPt = 14.0;

const QColor Ink(0x00, 0x00, 0x00);
const QColor MutedInk(0x44, 0x44, 0x44);
const QColor ReprintInk(0xb0, 0x00, 0x00);
const QColor HeaderFill(0xe4, 0xe4, 0xe4);
const QColor SubtotalFill(0xf3, 0xf3, 0xf3);
const QColor TotalFill(0xe4, 0xe4, 0xe4);
constexpr double RuleMm = 0.2;
constexpr double FrameMm = 0.5;

QList<int> range(int first, int count)
{
    QList<int> indices;
    indices.reserve(count);
    for (int i = 0; i < count; ++i)
        indices.append(first + i);
    return indices;
}

// Paints the pages of one sheet; lengths are device units of a painter whose
// origin is the top-left of the content area.
class SheetPainter
{
public:
    SheetPainter(QPainter &painter, QPaintDevice &device, const QString &family,
                 const DisbursementSheet &sheet)
        : m_painter(painter), m_device(device), m_family(family), m_sheet(sheet),
          m_dpi(device.logicalDpiY())
    {
    }

    void paintPage(const QList<int> &rows, int page, int pageCount)
    {
        paintTitleBlock();
        const double tableTop = mm(TitleBlockMm);
        double y = tableTop;
        paintHeaderRow(y);
        y += mm(HeaderRowMm);
        Money subtotal;
        for (int index : rows) {
            paintBodyRow(y, index);
            subtotal += m_sheet.lines.at(index).amount;
            y += mm(BodyRowMm);
        }
        paintSumRow(y, Text::tr("Page subtotal"),
                    Text::tr("Recipients on this page: %1").arg(rows.size()), subtotal,
                    SubtotalFill);
        y += mm(SumRowMm);
        const bool last = page == pageCount - 1;
        if (last) {
            paintSumRow(y, Text::tr("Total"), Text::tr("Recipients: %1").arg(m_sheet.lines.size()),
                        m_sheet.total(), TotalFill);
            // A heavy rule sets the grand total off from the last subtotal.
            m_painter.setPen(pen(FrameMm));
            m_painter.drawLine(QPointF(0, y), QPointF(mm(ContentWidthMm), y));
            y += mm(SumRowMm);
        }
        m_painter.setPen(pen(FrameMm));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(QRectF(0, tableTop, mm(ContentWidthMm), y - tableTop));
        if (last)
            paintSignatures(y + mm(SignatureGapMm));
        paintFooter(page, pageCount);
    }

private:
    double mm(double value) const { return value * m_dpi / MmPerInch; }

    QFont font(double pointSize, bool bold = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        // As in pdfwriter.cpp: shaped Latin text in Noto Sans CJK loses its
        // digits from the PDF's text map; unshaped it stays searchable.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    QPen pen(double widthMm, const QColor &color = Ink) const
    {
        QPen p(color);
        p.setWidthF(mm(widthMm));
        p.setJoinStyle(Qt::MiterJoin);
        return p;
    }

    double columnLeft(int column) const
    {
        return mm(std::accumulate(ColumnWidthMm.begin(), ColumnWidthMm.begin() + column, 0.0));
    }

    // The rectangle of columns first..last (inclusive) in a row.
    QRectF cell(double top, double heightMm, int first, int last) const
    {
        const double left = columnLeft(first);
        return QRectF(left, top, columnLeft(last + 1) - left, mm(heightMm));
    }

    enum class Fit { OneLine, Wrap };

    // Draws @p raw inside @p rect (padded): at @p pointSize if it fits, else
    // smaller down to @p minPointSize, then (Fit::Wrap) on as many lines as
    // the height allows, the last one elided.
    void drawText(const QRectF &box, const QString &raw, QFont f, Qt::Alignment align, Fit fit,
                  double minPointSize = MinCellPt, const QColor &color = Ink)
    {
        // Line breaks in the data would be lost anyway; runs of spaces are
        // kept (the title block spaces its facts with them).
        QString text = raw;
        for (QChar &c : text) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
                c = QLatin1Char(' ');
        }
        text = text.trimmed();
        if (text.isEmpty())
            return;
        const QRectF rect =
            box.adjusted(mm(CellPadXMm), mm(CellPadYMm), -mm(CellPadXMm), -mm(CellPadYMm));
        QStringList lines;
        for (double size = f.pointSizeF();; size -= 0.5) {
            const bool smallest = size <= minPointSize;
            f.setPointSizeF(std::max(size, minPointSize));
            const QFontMetricsF metrics(f, &m_device);
            if (fit == Fit::OneLine) {
                if (metrics.horizontalAdvance(text) <= rect.width() || smallest) {
                    lines = {metrics.elidedText(text, Qt::ElideRight, rect.width())};
                    break;
                }
                continue;
            }
            const qsizetype maxLines = std::max(1, int(rect.height() / metrics.height()));
            const QList<std::pair<int, int>> spans = wrap(text, f, rect.width());
            if (spans.size() <= maxLines || smallest) {
                lines.clear();
                for (qsizetype i = 0; i < std::min(spans.size(), maxLines); ++i)
                    lines.append(text.mid(spans.at(i).first, spans.at(i).second).trimmed());
                if (spans.size() > maxLines) {
                    lines.last() =
                        metrics.elidedText(text.mid(spans.at(maxLines - 1).first).trimmed(),
                                           Qt::ElideRight, rect.width());
                }
                break;
            }
        }
        const double lineHeight = QFontMetricsF(f, &m_device).height();
        m_painter.setFont(f);
        m_painter.setPen(color);
        double y = rect.top() + (rect.height() - lineHeight * double(lines.size())) / 2;
        for (const QString &line : std::as_const(lines)) {
            m_painter.drawText(QRectF(rect.left(), y, rect.width(), lineHeight),
                               int(align | Qt::AlignVCenter), line);
            y += lineHeight;
        }
    }

    // Start and length of each line of @p text wrapped at @p width.
    QList<std::pair<int, int>> wrap(const QString &text, const QFont &f, double width) const
    {
        QTextLayout layout(text, f, &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QList<std::pair<int, int>> spans;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            spans.append({line.textStart(), line.textLength()});
        }
        layout.endLayout();
        return spans;
    }

    void drawCellFrame(const QRectF &rect, const QColor &fill = QColor())
    {
        if (fill.isValid())
            m_painter.fillRect(rect, fill);
        m_painter.setPen(pen(RuleMm));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(rect);
    }

    void paintTitleBlock()
    {
        const double width = mm(ContentWidthMm);
        // Centred lines stay clear of the reprint box on the right.
        const double sideSpace = mm(ReprintBoxWidthMm + 3);
        const double centredWidth = width - 2 * sideSpace;
        double y = 0;
        drawText(QRectF(sideSpace, y, centredWidth, mm(UnionLineMm)), m_sheet.unionName,
                 font(UnionPt), Qt::AlignHCenter, Fit::OneLine, SmallPt);
        y += mm(UnionLineMm);
        drawText(QRectF(sideSpace, y, centredWidth, mm(TitleLineMm)), m_sheet.title,
                 font(TitlePt, true), Qt::AlignHCenter, Fit::OneLine, 11.0);
        y += mm(TitleLineMm);
        if (!m_sheet.supersedesCode.isEmpty()) {
            drawText(QRectF(sideSpace, y, centredWidth, mm(SupersedesLineMm)),
                     Text::tr("This sheet replaces %1, which is void").arg(m_sheet.supersedesCode),
                     font(SmallPt), Qt::AlignHCenter, Fit::OneLine, 6.5, MutedInk);
        }
        y += mm(SupersedesLineMm);

        QStringList facts;
        if (!m_sheet.programme.isEmpty())
            facts.append(Text::tr("Programme: %1").arg(m_sheet.programme));
        facts.append(Text::tr("Batch: %1").arg(m_sheet.batchCode));
        if (!m_sheet.period.isEmpty())
            facts.append(Text::tr("Period: %1").arg(m_sheet.period));
        if (!m_sheet.divisionName.isEmpty())
            facts.append(Text::tr("Sub-district: %1").arg(m_sheet.divisionName));
        const QRectF meta(0, y, width, mm(MetaLineMm));
        double printedWidth = 0;
        if (m_sheet.printedOn.isValid()) {
            const QString printed =
                Text::tr("Printed on %1").arg(m_sheet.printedOn.toString(Qt::ISODate));
            printedWidth = QFontMetricsF(font(MetaPt), &m_device).horizontalAdvance(printed) +
                           2 * mm(CellPadXMm);
            drawText(meta, printed, font(MetaPt), Qt::AlignRight, Fit::OneLine, SmallPt);
        }
        drawText(meta.adjusted(0, 0, -printedWidth - mm(4), 0), facts.join(QStringLiteral("    ")),
                 font(MetaPt), Qt::AlignLeft, Fit::OneLine, SmallPt);

        if (m_sheet.preview)
            paintMark(Text::tr("Preview"), Text::tr("Not for payment"));
        else if (m_sheet.reprintNumber > 0)
            paintMark(Text::tr("Reprint"), Text::tr("Reprint no. %1").arg(m_sheet.reprintNumber));
    }

    // A boxed mark at the top right beside the title: a reprint, or a preview
    // of a batch not issued yet.
    void paintMark(const QString &word, const QString &detail)
    {
        const QRectF box(mm(ContentWidthMm - ReprintBoxWidthMm), mm(0.5), mm(ReprintBoxWidthMm),
                         mm(ReprintBoxHeightMm));
        m_painter.setPen(pen(0.6, ReprintInk));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(box);
        m_painter.setPen(pen(0.2, ReprintInk));
        m_painter.drawRect(box.adjusted(mm(0.8), mm(0.8), -mm(0.8), -mm(0.8)));
        const double split = box.top() + box.height() * 0.62;
        drawText(QRectF(box.left(), box.top() + mm(0.6), box.width(), split - box.top()),
                 word, font(ReprintPt, true), Qt::AlignHCenter, Fit::OneLine, 9.0, ReprintInk);
        drawText(QRectF(box.left(), split - mm(0.6), box.width(), box.bottom() - split), detail,
                 font(SmallPt), Qt::AlignHCenter, Fit::OneLine, 6.0, ReprintInk);
    }

    void paintHeaderRow(double y)
    {
        const std::array<QString, ColumnCount> labels = {Text::tr("No."),
                                                         Text::tr("Name"),
                                                         Text::tr("ID number"),
                                                         Text::tr("Sub-district / community"),
                                                         Text::tr("Hardship category"),
                                                         Text::tr("Programme"),
                                                         Text::tr("Amount (yuan)"),
                                                         Text::tr("Amount in capitals"),
                                                         Text::tr("Signature / thumbprint"),
                                                         Text::tr("Date received"),
                                                         Text::tr("Remarks")};
        for (int column = 0; column < ColumnCount; ++column) {
            const QRectF rect = cell(y, HeaderRowMm, column, column);
            drawCellFrame(rect, HeaderFill);
            drawText(rect, labels.at(column), font(BodyPt, true), Qt::AlignHCenter, Fit::Wrap, 6.5);
        }
    }

    void paintBodyRow(double y, int index)
    {
        const DisbursementSheetLine &line = m_sheet.lines.at(index);
        for (int column = 0; column < ColumnCount; ++column)
            drawCellFrame(cell(y, BodyRowMm, column, column));
        const auto put = [&](int column, const QString &text, Qt::Alignment align, Fit fit,
                             double pointSize = BodyPt) {
            drawText(cell(y, BodyRowMm, column, column), text, font(pointSize), align, fit);
        };
        put(ColSeq, QString::number(line.seq > 0 ? line.seq : index + 1), Qt::AlignHCenter,
            Fit::OneLine);
        put(ColName, line.name, Qt::AlignHCenter, Fit::Wrap);
        put(ColIdNumber, line.maskedIdNumber, Qt::AlignHCenter, Fit::OneLine);
        put(ColArea, line.area, Qt::AlignLeft, Fit::Wrap);
        put(ColCategory, line.category, Qt::AlignHCenter, Fit::Wrap);
        put(ColProgramme, line.programme, Qt::AlignHCenter, Fit::Wrap);
        put(ColAmount, line.amount.toString(), Qt::AlignRight, Fit::OneLine);
        put(ColCapitals, line.amount.toCapitals(), Qt::AlignLeft, Fit::Wrap, CapitalsPt);
        put(ColRemark, line.remark, Qt::AlignLeft, Fit::Wrap);
    }

    // "Page subtotal" / "Total" row: label, number of recipients, the amount
    // in figures under its column and in capitals across the columns after it.
    void paintSumRow(double y, const QString &label, const QString &count, Money amount,
                     const QColor &fill)
    {
        const QRectF labelCell = cell(y, SumRowMm, ColSeq, ColIdNumber);
        const QRectF countCell = cell(y, SumRowMm, ColArea, ColProgramme);
        const QRectF amountCell = cell(y, SumRowMm, ColAmount, ColAmount);
        const QRectF capitalsCell = cell(y, SumRowMm, ColCapitals, ColRemark);
        for (const QRectF &rect : {labelCell, countCell, amountCell, capitalsCell})
            drawCellFrame(rect, fill);
        drawText(labelCell, label, font(BodyPt, true), Qt::AlignHCenter, Fit::OneLine);
        drawText(countCell, count, font(BodyPt), Qt::AlignHCenter, Fit::OneLine);
        drawText(amountCell, amount.toString(), font(BodyPt, true), Qt::AlignRight, Fit::OneLine);
        drawText(capitalsCell, amount.toCapitals(), font(BodyPt, true), Qt::AlignLeft,
                 Fit::OneLine);
    }

    // 经办人 / 审核人 / 负责人, each with its name on the line or the line left blank.
    void paintSignatures(double y)
    {
        const std::array<std::pair<QString, QString>, 3> signers = {
            std::pair{Text::tr("Handled by:"), m_sheet.handledBy},
            std::pair{Text::tr("Reviewed by:"), m_sheet.reviewers.join(QStringLiteral("、"))},
            std::pair{Text::tr("Head:"), m_sheet.head}};
        const double slot = mm(ContentWidthMm) / double(signers.size());
        const QFont f = font(SignaturePt);
        const QFontMetricsF metrics(f, &m_device);
        for (qsizetype i = 0; i < qsizetype(signers.size()); ++i) {
            const auto &[label, name] = signers.at(i);
            const double left = double(i) * slot + mm(4);
            const double right = double(i + 1) * slot - mm(10);
            const QRectF row(left, y, right - left, mm(SignatureLineMm));
            const double labelWidth = std::min(metrics.horizontalAdvance(label), row.width() / 2);
            m_painter.setFont(f);
            m_painter.setPen(Ink);
            m_painter.drawText(QRectF(left, y, labelWidth, row.height()),
                               int(Qt::AlignLeft | Qt::AlignBottom),
                               metrics.elidedText(label, Qt::ElideRight, labelWidth));
            const double lineLeft = left + labelWidth + mm(1.5);
            const double baseline = y + row.height() - metrics.descent() + mm(0.8);
            m_painter.setPen(pen(0.25));
            m_painter.drawLine(QPointF(lineLeft, baseline), QPointF(right, baseline));
            const QRectF nameRect(lineLeft, y, right - lineLeft, row.height());
            m_painter.setPen(Ink);
            m_painter.drawText(
                nameRect, int(Qt::AlignHCenter | Qt::AlignBottom),
                metrics.elidedText(name.simplified(), Qt::ElideRight, nameRect.width()));
        }
    }

    void paintFooter(int page, int pageCount)
    {
        const double width = mm(ContentWidthMm);
        const double top = mm(ContentHeightMm - FooterMm);
        m_painter.setPen(pen(0.2, MutedInk));
        m_painter.drawLine(QPointF(0, top), QPointF(width, top));
        const QRectF band(0, top, width, mm(FooterMm));
        const QRectF third(0, top, width / 3, mm(FooterMm));
        drawText(third.adjusted(-mm(CellPadXMm), 0, 0, 0),
                 Text::tr("Batch %1").arg(m_sheet.batchCode), font(FooterPt), Qt::AlignLeft,
                 Fit::OneLine, 6.5, MutedInk);
        drawText(band, Text::tr("Page %1 of %2").arg(page + 1).arg(pageCount), font(FooterPt),
                 Qt::AlignHCenter, Fit::OneLine, 6.5, MutedInk);
    }

    QPainter &m_painter;
    QPaintDevice &m_device;
    QString m_family;
    const DisbursementSheet &m_sheet;
    double m_dpi;
};

} // namespace

int disbursementSheetRowsPerPage()
{
    return RowsPerPage;
}

int disbursementSheetRowsOnLastPage()
{
    return RowsOnLastPage;
}

DisbursementSheetPagination paginateDisbursementSheet(int lineCount)
{
    return paginateDisbursementSheet(lineCount, RowsPerPage, RowsOnLastPage);
}

DisbursementSheetPagination paginateDisbursementSheet(int lineCount, int rowsPerPage,
                                                      int rowsOnLastPage)
{
    rowsPerPage = std::max(1, rowsPerPage);
    rowsOnLastPage = std::clamp(rowsOnLastPage, 1, rowsPerPage);
    DisbursementSheetPagination pagination;
    int next = 0;
    int remaining = std::max(0, lineCount);
    // Full pages while what is left does not fit on the last page; the last
    // page keeps at least one row, so the totals never stand alone.
    while (remaining > rowsOnLastPage) {
        const int take = std::min(rowsPerPage, remaining - 1);
        pagination.pages.append(range(next, take));
        next += take;
        remaining -= take;
    }
    pagination.pages.append(range(next, remaining));
    return pagination;
}

Status paintDisbursementSheet(QPagedPaintDevice &device, const DisbursementSheet &sheet)
{
    const Result<QString> family = chineseFontFamily();
    if (!family)
        return family.error();
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                             QMarginsF(MarginLeftMm, MarginTopMm, MarginRightMm, MarginBottomMm),
                             QPageLayout::Millimeter);
    if (!device.setPageLayout(layout)) {
        // A printer whose unprintable border is wider than these margins
        // keeps its own; the sheet is shrunk to fit below.
        if (!device.setPageSize(QPageSize(QPageSize::A4)) ||
            !device.setPageOrientation(QPageLayout::Landscape)) {
            return Error{Text::tr("The printer cannot print on A4 paper in landscape"), {}};
        }
    }
    const int dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(dpi);
    const double scale = std::min({1.0, paintRect.width() / (ContentWidthMm * dpi / MmPerInch),
                                   paintRect.height() / (ContentHeightMm * dpi / MmPerInch)});

    const DisbursementSheetPagination pagination =
        paginateDisbursementSheet(int(sheet.lines.size()));
    QPainter painter;
    if (!painter.begin(&device))
        return Error{Text::tr("Cannot start printing the disbursement sheet"), {}};
    painter.setRenderHint(QPainter::Antialiasing);
    SheetPainter sheetPainter(painter, device, family.value(), sheet);
    for (int page = 0; page < pagination.pageCount(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error{Text::tr("Cannot start a new page"), {}};
        }
        painter.resetTransform();
        painter.scale(scale, scale);
        sheetPainter.paintPage(pagination.pages.at(page), page, pagination.pageCount());
    }
    painter.end();
    return {};
}

Status writeDisbursementSheetPdf(const DisbursementSheet &sheet, const QString &path)
{
    return writePdfFile(path, sheet.title, [&](QPagedPaintDevice &device) {
        return paintDisbursementSheet(device, sheet);
    });
}

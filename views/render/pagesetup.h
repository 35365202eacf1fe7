// PageSetup: how a printout is laid out on paper (size, orientation, margins,
// footer). Plain data so that report code can fill it without touching Qt Gui
// painting classes.
#pragma once

#include <QString>

struct PageSetup
{
    enum class Orientation { Portrait, Landscape };

    /// Always A4: Chinese offices print on A4, and one size keeps the
    /// disbursement sheets identical across laptops.
    Orientation orientation = Orientation::Portrait;

    /// Page margins in millimetres. The footer is drawn inside the bottom margin
    /// area of the body, so the bottom margin is the paper edge, not the text edge.
    double marginLeftMm = 15;
    double marginTopMm = 15;
    double marginRightMm = 15;
    double marginBottomMm = 15;

    /// Document title: stored as the PDF's title and, unless footerText is set,
    /// printed at the left of every page footer.
    QString title;
    /// Left part of the footer; empty means use the title.
    QString footerText;
    /// Print "Page N of M" at the right of every footer.
    bool pageNumbers = true;
    /// Body text size in points; headings and table text scale from it.
    double fontPointSize = 10.5;
};

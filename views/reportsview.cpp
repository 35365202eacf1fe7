#include "reportsview.h"

#include "areasummary.h"
#include "codelabels.h"
#include "summarypanel.h"
#include "workspace.h"

#include <QLocale>
#include <QVBoxLayout>

ReportsView::ReportsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_workspace(workspace), m_panel(new SummaryPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    retranslate();
}

QString ReportsView::title() const
{
    return tr("Reports");
}

void ReportsView::retranslate()
{
    m_panel->setHeading(title());
    m_panel->setDescription(
        tr("Statistics and printable reports: households by category and cause, coverage of "
           "the door-to-door survey, aid and claims per year, with charts and PDF, CSV and "
           "spreadsheet export. Coming with the reporting work."));
    refresh();
}

void ReportsView::refresh()
{
    const auto figures = AreaSummary(m_workspace.sql()).reports();
    if (!figures) {
        m_panel->setError(figures.error());
        return;
    }
    const QLocale locale;
    SummaryPanel::FigureGroup byCategory{tr("Households by category"), {}};
    for (const auto &[code, count] : figures->byCategory)
        byCategory.figures.append({CodeLabels::hardshipCategory(code), locale.toString(count)});
    SummaryPanel::FigureGroup byStatus{tr("Households by status"), {}};
    for (const auto &[code, count] : figures->byStatus)
        byStatus.figures.append({CodeLabels::householdStatus(code), locale.toString(count)});
    m_panel->setFigures({byCategory, byStatus});
}

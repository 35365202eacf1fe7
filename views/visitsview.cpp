#include "visitsview.h"

#include "areasummary.h"
#include "summarypanel.h"
#include "workspace.h"

#include <QDate>
#include <QLocale>
#include <QVBoxLayout>

VisitsView::VisitsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_workspace(workspace), m_panel(new SummaryPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    retranslate();
}

QString VisitsView::title() const
{
    return tr("Visits");
}

void VisitsView::retranslate()
{
    m_panel->setHeading(title());
    m_panel->setDescription(
        tr("Field visits and door-to-door surveys: the visit log, survey answers with photos, "
           "and the schedule of re-verifications so that no household is missed. Coming with "
           "the survey work."));
    refresh();
}

void VisitsView::refresh()
{
    const auto figures = AreaSummary(m_workspace.sql()).visits(QDate::currentDate());
    if (!figures) {
        m_panel->setError(figures.error());
        return;
    }
    const QLocale locale;
    const QString latest = figures->latestVisit.isValid()
                               ? figures->latestVisit.toString(Qt::ISODate)
                               : tr("None yet");
    m_panel->setFigures({
        {tr("Field visits"),
         {{tr("Visits logged"), locale.toString(figures->visits)},
          {tr("Most recent visit"), latest}}},
        {tr("Re-verification"),
         {{tr("Households due now"), locale.toString(figures->householdsDue)}}},
    });
}

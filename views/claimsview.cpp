#include "claimsview.h"

#include "areasummary.h"
#include "codelabels.h"
#include "summarypanel.h"
#include "workspace.h"

#include <QLocale>
#include <QVBoxLayout>

ClaimsView::ClaimsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_workspace(workspace), m_panel(new SummaryPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    retranslate();
}

QString ClaimsView::title() const
{
    return tr("Claims");
}

void ClaimsView::retranslate()
{
    m_panel->setHeading(title());
    m_panel->setDescription(
        tr("Medical mutual-aid claims: plans, enrolments, claims with invoices and the payout "
           "calculation. Coming with the mutual-aid work."));
    refresh();
}

void ClaimsView::refresh()
{
    const auto figures = AreaSummary(m_workspace.sql()).claims();
    if (!figures) {
        m_panel->setError(figures.error());
        return;
    }
    const QLocale locale;
    SummaryPanel::FigureGroup byStatus{tr("Claims by status"), {}};
    for (const auto &[code, count] : figures->byStatus)
        byStatus.figures.append({CodeLabels::claimStatus(code), locale.toString(count)});
    m_panel->setFigures({
        byStatus,
        {tr("Mutual aid"),
         {{tr("Enrolments"), locale.toString(figures->enrolments)},
          {tr("Paid out on claims"), figures->paidOut.toStringWithSymbol()}}},
    });
}

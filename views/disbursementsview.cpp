#include "disbursementsview.h"

#include "areasummary.h"
#include "summarypanel.h"
#include "workspace.h"

#include <QDate>
#include <QLocale>
#include <QVBoxLayout>

DisbursementsView::DisbursementsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_workspace(workspace), m_panel(new SummaryPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    retranslate();
}

QString DisbursementsView::title() const
{
    return tr("Disbursements");
}

void DisbursementsView::retranslate()
{
    m_panel->setHeading(title());
    m_panel->setDescription(
        tr("Aid disbursements: batches per programme and period, the disbursement sheets that "
           "recipients sign or thumbprint, and bank or cash payments. Coming with the aid "
           "work."));
    refresh();
}

void DisbursementsView::refresh()
{
    const int year = QDate::currentDate().year();
    const auto figures = AreaSummary(m_workspace.sql()).disbursements(year);
    if (!figures) {
        m_panel->setError(figures.error());
        return;
    }
    const QLocale locale;
    m_panel->setFigures({
        {tr("Paid in %1").arg(year),
         {{tr("Disbursed"), figures->paidTotal.toStringWithSymbol()},
          {tr("Payments"), locale.toString(figures->paidCount)}}},
        {tr("Outstanding"),
         {{tr("Payments not yet made"), locale.toString(figures->pendingCount)},
          {tr("Open batches"), locale.toString(figures->openBatches)}}},
    });
}

#include "approvalsview.h"

#include "areasummary.h"
#include "summarypanel.h"
#include "workspace.h"

#include <QLocale>
#include <QVBoxLayout>

ApprovalsView::ApprovalsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_workspace(workspace), m_panel(new SummaryPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    retranslate();
}

QString ApprovalsView::title() const
{
    return tr("Approvals");
}

void ApprovalsView::retranslate()
{
    m_panel->setHeading(title());
    m_panel->setDescription(
        tr("Decisions on aid requests and mutual-aid claims: approve, reject or return with a "
           "reason; nobody approves what they created, and large amounts need a second "
           "supervisor. Coming with the accounts and approval work."));
    refresh();
}

void ApprovalsView::refresh()
{
    const auto figures = AreaSummary(m_workspace.sql()).approvals();
    if (!figures) {
        m_panel->setError(figures.error());
        return;
    }
    const QLocale locale;
    m_panel->setFigures({
        {tr("Waiting for a decision"),
         {{tr("Aid requests"), locale.toString(figures->aidRequestsWaiting)},
          {tr("Amount requested"), figures->aidRequestsWaitingAmount.toStringWithSymbol()},
          {tr("Mutual-aid claims"), locale.toString(figures->claimsWaiting)}}},
    });
}

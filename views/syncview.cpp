#include "syncview.h"

#include "areasummary.h"
#include "codelabels.h"
#include "summarypanel.h"
#include "workspace.h"

#include <QLocale>
#include <QVBoxLayout>

SyncView::SyncView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_workspace(workspace), m_panel(new SummaryPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    retranslate();
}

QString SyncView::title() const
{
    return tr("Sync");
}

void SyncView::retranslate()
{
    m_panel->setHeading(title());
    m_panel->setDescription(
        tr("Exchange with the office by export bundles: signed and encrypted files carried on "
           "a USB stick or sent by mail, a preview before import, and a queue of conflicts for "
           "a supervisor to resolve. Coming with the sync work."));
    refresh();
}

void SyncView::refresh()
{
    const auto figures = AreaSummary(m_workspace.sql()).sync();
    if (!figures) {
        m_panel->setError(figures.error());
        return;
    }
    SummaryPanel::FigureGroup self{tr("This installation"), {}};
    if (figures->setUp) {
        self.figures.append({tr("Device name"), figures->deviceName});
        self.figures.append({tr("Role"), CodeLabels::deviceRole(figures->deviceRole)});
    } else {
        self.figures.append({tr("Device"), tr("Not set up")});
    }
    m_panel->setFigures({
        self,
        {tr("Partners"), {{tr("Paired devices"), QLocale().toString(figures->pairedDevices)}}},
    });
}

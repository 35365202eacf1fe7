// SyncView: the exchange of export bundles between laptops and the
// office. Its screens come with the sync work; until then it says so and
// shows whether this installation is set up as a device.
#pragma once

#include "areaview.h"

class SummaryPanel;
class Workspace;

class SyncView : public AreaView
{
    Q_OBJECT

public:
    explicit SyncView(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

protected:
    void retranslate() override;

private:
    Workspace &m_workspace;
    SummaryPanel *m_panel;
};

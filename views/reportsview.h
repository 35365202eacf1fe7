// ReportsView: the statistics and printable reports area. Its
// screens come with the reporting work; until then it says so and shows the
// households by category and status.
#pragma once

#include "areaview.h"

class SummaryPanel;
class Workspace;

class ReportsView : public AreaView
{
    Q_OBJECT

public:
    explicit ReportsView(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

protected:
    void retranslate() override;

private:
    Workspace &m_workspace;
    SummaryPanel *m_panel;
};

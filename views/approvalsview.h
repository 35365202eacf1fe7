// ApprovalsView: the supervisors' area for decisions on aid
// requests and claims. Its screens come with the accounts and approval work;
// until then it says so and shows what is waiting for a decision.
#pragma once

#include "areaview.h"

class SummaryPanel;
class Workspace;

class ApprovalsView : public AreaView
{
    Q_OBJECT

public:
    explicit ApprovalsView(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

protected:
    void retranslate() override;

private:
    Workspace &m_workspace;
    SummaryPanel *m_panel;
};

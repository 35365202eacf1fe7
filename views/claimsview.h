// ClaimsView: the medical mutual-aid area. Its screens (plans,
// enrolments, claims with invoices, payout calculation) come with the
// mutual-aid work; until then it says so and shows the claim figures.
#pragma once

#include "areaview.h"

class SummaryPanel;
class Workspace;

class ClaimsView : public AreaView
{
    Q_OBJECT

public:
    explicit ClaimsView(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

protected:
    void retranslate() override;

private:
    Workspace &m_workspace;
    SummaryPanel *m_panel;
};

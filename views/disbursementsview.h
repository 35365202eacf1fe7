// DisbursementsView: the aid-disbursement area. Its screens
// (batches, printed disbursement sheets, payments) come with the aid work;
// until then it says so and shows what was disbursed.
#pragma once

#include "areaview.h"

class SummaryPanel;
class Workspace;

class DisbursementsView : public AreaView
{
    Q_OBJECT

public:
    explicit DisbursementsView(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

protected:
    void retranslate() override;

private:
    Workspace &m_workspace;
    SummaryPanel *m_panel;
};

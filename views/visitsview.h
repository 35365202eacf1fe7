// VisitsView: the field-visits area. Its screens (visit log, survey
// answers with photos, re-verification schedule) come with the survey work;
// until then it says so and shows the visit figures of the open database.
#pragma once

#include "areaview.h"

class SummaryPanel;
class Workspace;

class VisitsView : public AreaView
{
    Q_OBJECT

public:
    explicit VisitsView(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

protected:
    void retranslate() override;

private:
    Workspace &m_workspace;
    SummaryPanel *m_panel;
};

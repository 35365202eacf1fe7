// HouseholdsView: the households area. For now a read-only, lazily loaded list
// of every household file with its count, and beside it the chosen
// household's members (ID numbers masked) and history; search, filters and
// editing of the files are built on the same model by the households work.
#pragma once

#include "areaview.h"

#include <memory>

class HouseholdDetailPanel;
class HouseholdListModel;
class Workspace;

namespace Ui {
class HouseholdsView;
}

class HouseholdsView : public AreaView
{
    Q_OBJECT

public:
    explicit HouseholdsView(Workspace &workspace, QWidget *parent = nullptr);
    ~HouseholdsView() override;

    QString title() const override;
    HouseholdDetailPanel *detail() const { return m_detail; }
    void refresh() override;

protected:
    void retranslate() override;

private:
    void updateCount();
    void showCurrentHousehold();

    std::unique_ptr<Ui::HouseholdsView> m_ui;
    HouseholdListModel *m_model;
    HouseholdDetailPanel *m_detail;
};

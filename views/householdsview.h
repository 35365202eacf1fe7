// HouseholdsView: the households area. A lazily loaded list of household
// files with a search bar (name, pinyin, ID number, phone, file number) and
// filters above it, and beside it the chosen household's members (ID numbers
// masked) and history. Editing the files comes with the households work.
#pragma once

#include "areaview.h"

#include <QDate>
#include <memory>

class HouseholdDetailPanel;
class HouseholdListModel;
class HouseholdSearchBar;
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
    HouseholdSearchBar *searchBar() const { return m_search; }
    void refresh() override;
    /// Shows household \a id's file (members, history, actions) beside the list.
    void showHousehold(const QString &id);
    /// Opens the file form of household \a id (a new household when empty),
    /// for the survey of visit \a visitId when given; after a save the list
    /// shows the household. Returns the dialog's result.
    int openFile(const QString &id, const QString &visitId = {}, const QDate &visitDate = {});

protected:
    void retranslate() override;

private:
    void updateCount();
    void showCurrentHousehold();

    std::unique_ptr<Ui::HouseholdsView> m_ui;
    Workspace &m_workspace;
    HouseholdListModel *m_model;
    HouseholdDetailPanel *m_detail;
    HouseholdSearchBar *m_search;
};

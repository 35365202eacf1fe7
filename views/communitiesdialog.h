// CommunitiesDialog: Administration -> Communities and villages. Pick a
// sub-district or town, see its communities and villages with their expected
// and registered households, and add, change or remove one through the form
// below the table. Each action runs in its own transaction as the signed-in
// user, so the models' permission check decides, not the menu that opened
// this dialog. Refusals are shown in the dialog, which stays open.
#pragma once

#include "communities.h"

#include <memory>
#include <QDialog>

class Workspace;

namespace Ui {
class CommunitiesDialog;
}

class CommunitiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CommunitiesDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~CommunitiesDialog() override;

    /// The division shown (divisions.code); false if the picker does not have it.
    bool setDivision(const QString &code);
    QString division() const;
    /// The communities of the division as listed, in table order.
    const QList<CommunityRow> &communities() const { return m_rows; }
    /// Re-reads the divisions' communities; a failure is shown in the dialog.
    void reload();

    /// What the buttons do after reading the form: each writes as the signed-in
    /// user in one transaction and re-reads the list. The Error is the models'.
    Status addCommunity(const CommunityInput &input);
    Status changeCommunity(const QString &id, const CommunityInput &input);
    Status removeCommunity(const QString &id);

    /// The refusal shown, empty when none.
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillDivisions();
    void fillKinds();
    void fillForm();
    CommunityInput formInput() const;
    void addClicked();
    void saveClicked();
    void removeClicked();
    void updateButtons();
    void showError(const Error &error);
    int selectedRow() const;
    void selectId(const QString &id);

    std::unique_ptr<Ui::CommunitiesDialog> m_ui;
    Workspace &m_workspace;
    QList<CommunityRow> m_rows;
};

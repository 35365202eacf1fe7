// ApprovalsView: the supervisors' approvals inbox. Left, the submitted aid
// proposals (oldest first; by default only those the signed-in user may
// decide, the others greyed with the reason), found by the head of
// household's name or file number; right, the chosen proposal in full with
// the warnings the caseworker answered, the decisions so far and what the
// household has received. Approve, reject or return one with a comment, or
// approve several at once (all or nothing). A line above says how many
// mutual-aid claims wait in the Claims area. The models enforce every rule;
// the buttons only follow them.
#pragma once

#include "aiddecisions.h"
#include "areaview.h"
#include "error.h"

#include <memory>
#include <QStringList>

namespace Ui {
class ApprovalsView;
}
class AidInboxModel;
class Workspace;

class ApprovalsView : public AreaView
{
    Q_OBJECT

public:
    explicit ApprovalsView(Workspace &workspace, QWidget *parent = nullptr);
    ~ApprovalsView() override;

    QString title() const override;
    void refresh() override;
    AidInboxModel *model() const { return m_model; }

    /// The proposal shown beside the list (the current row); empty when none.
    QString currentProposal() const;
    /// The selected proposals, in list order.
    QStringList selectedProposals() const;
    /// Selects those of \a ids the list shows; the first becomes current.
    void selectProposals(const QStringList &ids);

    /// The decisions behind the buttons, without their dialogs, on the one
    /// selected proposal (approve, reject, returnForChanges) or on \a ids.
    /// Each refreshes the list after a decision and returns the refusal.
    Status approve();
    Status reject(const QString &comment);
    Status returnForChanges(const QString &comment);
    Result<int> approveMany(const QStringList &ids, const QString &comment);

protected:
    void retranslate() override;

private:
    QList<AidInboxItem> selectedItems() const;
    void showCurrent();
    void updateButtons();
    void updateCount();
    void restoreSelection(const QStringList &ids, const QString &current, int fallbackRow);
    Status decideOne(AidDecision::Kind kind, const QString &comment);
    void askComment(AidDecision::Kind kind);
    void askApproveSelected();
    void report(const QString &title, const Status &status);

    std::unique_ptr<Ui::ApprovalsView> m_ui;
    Workspace &m_workspace;
    AidInboxModel *m_model;
    QString m_shownId;        ///< the proposal the detail shows
    bool m_restoring = false; ///< selection being set by restoreSelection()
};

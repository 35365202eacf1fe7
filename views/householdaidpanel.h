// HouseholdAidPanel: in the household detail pane, what the household has
// received — aid of every programme and mutual-aid payouts, with the totals
// of each year and what is approved but not paid yet (AidHistories) — and the
// household's aid proposals with their status, a double-click opening one in
// the proposal form. Read-only; proposing goes through AidProposalDialog.
#pragma once

#include "aidhistory.h"
#include "aidproposal.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class Workspace;

class HouseholdAidPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdAidPanel(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows household \a id; an empty id shows nothing.
    void setHousehold(const QString &id);
    /// Re-reads the history and the proposals.
    void refresh();

    const AidHistory &history() const { return m_history; }
    const QList<AidProposal> &proposals() const { return m_proposals; }
    /// The yearly totals as shown.
    QString totalsText() const;

    /// Opens the proposal form for a new proposal for the household (modal),
    /// then re-reads the panel.
    void proposeAid();
    /// Opens proposal \a id in the proposal form (modal), then re-reads the panel.
    void openProposal(const QString &id);

signals:
    /// A proposal was saved, submitted or withdrawn through the form.
    void proposalsChanged(const QString &householdId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();
    void runDialog(const QString &proposalId);

    Workspace &m_workspace;
    QString m_householdId;
    AidHistory m_history;
    QList<AidProposal> m_proposals;
    QString m_readError;
    QLabel *m_heading;
    QLabel *m_totals;
    QTableWidget *m_entries;
    QLabel *m_proposalsHeading;
    QTableWidget *m_proposalsTable;
};

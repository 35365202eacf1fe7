// HouseholdDetailPanel: beside the households list, the chosen household's
// members — name, relationship and the ID number masked — with a button that
// shows the selected member's full number and records in the audit log who
// saw it, the aid it received and its aid proposals (HouseholdAidPanel, with
// "Propose aid…"), and the household's history in plain words.
#pragma once

#include "householdmembers.h"

#include <QDate>
#include <QWidget>

class HistoryPanel;
class HouseholdAidPanel;
class QLabel;
class QPushButton;
class QTableWidget;
class Workspace;

class HouseholdDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdDetailPanel(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows household \a id; an empty id shows nothing.
    void setHousehold(const QString &id);
    QString household() const { return m_householdId; }

    /// Reveals the full ID number of the selected member, recording it first
    /// (writer.recordReveal in a transaction). Refused when nobody is signed in.
    Status revealSelected();

    HistoryPanel *history() const { return m_history; }
    HouseholdAidPanel *aid() const { return m_aid; }

signals:
    /// A visit was logged or the file closed through the panel's buttons.
    void householdChanged(const QString &id);
    /// The user asked to open the household's file form, for the survey of
    /// visit \a visitId when not empty (a visit just logged).
    void fileRequested(const QString &id, const QString &visitId, const QDate &visitDate);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMembers();
    void updateButton();
    void retranslate();
    int selectedRow() const;

    Workspace &m_workspace;
    QString m_householdId;
    QList<MemberSummary> m_members;
    QString m_revealedId; ///< member whose number is shown in full
    QLabel *m_membersHeading;
    QTableWidget *m_membersTable;
    QPushButton *m_revealButton;
    QPushButton *m_fileButton;
    QPushButton *m_visitButton;
    QPushButton *m_exitButton;
    QPushButton *m_aidButton;
    QLabel *m_messageLabel;
    HistoryPanel *m_history;
    HouseholdAidPanel *m_aid;
};

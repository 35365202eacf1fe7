// EnrolDialog: enrolling one person in a mutual-aid plan year, or correcting
// an enrolment — the person either picked from the household register
// (searched as the register is, shown with masked ID number and file number)
// or typed as name and ID number, then work unit, phone, payment date
// (unticked: not paid yet), receipt number and contribution (the plan's unless
// changed). OK checks everything with MaEnrolments::problems(), shows every
// problem under its field and stays open; only a clean form is written, as the
// signed-in user in one transaction. The models decide who may enrol.
#pragma once

#include "maenrolments.h"
#include "registermembers.h"

#include <memory>
#include <QDialog>
#include <QTimer>

class QLabel;
class Workspace;

namespace Ui {
class EnrolDialog;
}

class EnrolDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new enrolment.
    explicit EnrolDialog(Workspace &workspace, QWidget *parent = nullptr);
    /// Changes enrolment \a enrolmentId: plan and person stay, the rest may change.
    EnrolDialog(Workspace &workspace, const QString &enrolmentId, QWidget *parent = nullptr);
    ~EnrolDialog() override;

    /// Offers plan \a planId (new enrolments only).
    void setPlan(const QString &planId);
    /// The enrolment written (after OK), or the one being changed.
    QString enrolmentId() const { return m_enrolmentId; }
    bool isEditing() const { return m_editing; }

    /// The problem shown under \a field, empty when none.
    QString problemText(MaEnrolmentProblem::Field field) const;
    /// A refusal that belongs to no field (e.g. no permission), empty when none.
    QString errorText() const;
    /// Delay between the last keystroke in the register search and the search, in ms.
    void setTypingDelay(int ms) { m_typing.setInterval(ms); }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUp();
    void loadEnrolment();
    /// Shows the register search or the name and ID number fields.
    void showSource();
    void retranslate();
    void planChosen();
    void searchRegister();
    void showMembers();
    void memberChosen();
    MaEnrolmentInput input() const;
    void clearProblems();
    void showProblem(MaEnrolmentProblem::Field field, const QString &message);
    void showError(const Error &error);
    QLabel *problemLabel(MaEnrolmentProblem::Field field) const;
    QWidget *fieldWidget(MaEnrolmentProblem::Field field) const;

    std::unique_ptr<Ui::EnrolDialog> m_ui;
    Workspace &m_workspace;
    QString m_enrolmentId;
    bool m_editing = false;
    MaEnrolment m_stored; ///< when editing: as loaded
    QList<MaPlan> m_plans;
    RegisterMemberSearch m_found;
    QString m_memberId;
    /// What choosing a member wrote into work unit and phone, so that a later
    /// choice replaces it but never what the caseworker typed.
    QString m_filledWorkUnit;
    QString m_filledPhone;
    bool m_contributionTyped = false;
    QTimer m_typing;
};

// EnrolmentsDialog: who is enrolled in mutual aid — the enrolments of a plan
// year (or one plan of it), narrowed by a search box as the household register
// is, with Enrol…, Edit… and Import CSV… for caseworkers. In Pick mode it is
// also how the claims screen asks whose claim to enter: OK returns the chosen
// enrolment. Buttons that write are offered to those who may edit claims; the
// models refuse everyone else anyway.
//
//     EnrolmentsDialog dialog(workspace, EnrolmentsDialog::Mode::Pick, this);
//     if (dialog.exec() == QDialog::Accepted)
//         openClaimFor(dialog.chosenEnrolmentId());
#pragma once

#include "maplan.h"

#include <memory>
#include <QDialog>
#include <QList>
#include <QTimer>

class MaEnrolmentListModel;
class Workspace;

namespace Ui {
class EnrolmentsDialog;
}

class EnrolmentsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Manage, ///< look up, enrol, edit and import; Close
        Pick,   ///< the same, plus OK to return the selected enrolment
    };

    EnrolmentsDialog(Workspace &workspace, Mode mode, QWidget *parent = nullptr);
    ~EnrolmentsDialog() override;

    Mode mode() const { return m_mode; }
    /// The selected enrolment's id (after OK in Pick mode: the one chosen); empty when none.
    QString chosenEnrolmentId() const;

    /// Shows plan year \a year (0: every year) and every plan of it.
    void setYear(int year);
    /// Shows plan \a planId (and its year); empty: every plan of the year.
    void setPlan(const QString &planId);
    /// Searches for \a text at once, as if typed.
    void setSearchText(const QString &text);
    /// Selects the row of enrolment \a id if it is listed; false if not.
    bool selectEnrolment(const QString &id);
    /// Delay between the last keystroke in the search box and the search, in ms.
    void setTypingDelay(int ms) { m_typing.setInterval(ms); }
    /// Reads the plans and the list again, keeping year, plan, search and selection.
    void reload();

    /// What the Enrol…, Edit… and Import CSV… buttons do. Each opens its
    /// dialog and shows the list again afterwards (selecting what was written).
    void enrol();
    void editSelected();
    void importCsv();

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillYears();
    void fillPlans();
    void showList();
    void updateButtons();
    void retranslate();
    bool canEdit() const;

    std::unique_ptr<Ui::EnrolmentsDialog> m_ui;
    Workspace &m_workspace;
    Mode m_mode;
    MaEnrolmentListModel *m_model;
    QList<MaPlan> m_plans;
    QTimer m_typing;
};

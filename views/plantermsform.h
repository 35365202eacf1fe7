// PlanTermsForm: the "Plan" page of the plan editor — year, name, product,
// contribution, enrolment window, term, claim deadline, required documents
// and notes of one mutual-aid plan. PlanRulesForm has the payout rules. Both
// only show and read a MaPlan; the dialog validates and saves it.
#pragma once

#include "maplan.h"
#include "maplanfields.h"

#include <memory>
#include <QWidget>

namespace Ui {
class PlanTermsForm;
}

class PlanTermsForm : public QWidget
{
    Q_OBJECT

public:
    explicit PlanTermsForm(QWidget *parent = nullptr);
    ~PlanTermsForm() override;

    void setPlan(const MaPlan &plan);
    /// Writes the fields of this page into \a plan.
    void readInto(MaPlan &plan) const;
    /// Marks the widget of \a spot with \a message; the widget, or nullptr
    /// when the spot is not on this page.
    QWidget *markProblem(const MaPlanSpot &spot, const QString &message);
    /// Year, product, term and deadline decide payouts: locked once claims
    /// under the plan have been decided.
    void setRulesLocked(bool locked);

    /// "Inpatient", "Listed diseases (lump sums)", "Women's special diseases".
    static QString productLabel(MaPlan::Product product);

signals:
    /// The user changed a field.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Deadline { NoDeadline, DaysAfterDischarge, FixedDate };
    void fillChoices();
    void updateEnabled();
    void yearChanged(int year);

    std::unique_ptr<Ui::PlanTermsForm> m_ui;
    bool m_filling = false;
    bool m_rulesLocked = false;
    int m_year = 0; ///< the year the dates were shown for
};

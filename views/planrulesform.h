// PlanRulesForm: the "Payout rules" page of the plan editor — waiting
// period, deductibles, how bands apply, the bands (lower, upper, ratio %), the
// minimum payout and what happens below it, the caps, and the listed diseases
// with their lump sums. Optional rules have a check box: unchecked is "none".
#pragma once

#include "maplan.h"
#include "maplanfields.h"

#include <memory>
#include <QWidget>

class PlanTableDelegate;
class QTableWidget;

namespace Ui {
class PlanRulesForm;
}

class PlanRulesForm : public QWidget
{
    Q_OBJECT

public:
    enum BandColumn { LowerColumn, UpperColumn, RatioColumn };
    enum DiseaseColumn { CodeColumn, NameColumn, LumpSumColumn };

    explicit PlanRulesForm(QWidget *parent = nullptr);
    ~PlanRulesForm() override;

    void setPlan(const MaPlan &plan);
    /// Writes the fields of this page into \a plan.
    void readInto(MaPlan &plan) const;
    /// Marks the widget or table cell of \a spot with \a message; the widget,
    /// or nullptr when the spot is not on this page.
    QWidget *markProblem(const MaPlanSpot &spot, const QString &message);
    /// Everything here decides payouts: read-only once claims are decided.
    void setRulesLocked(bool locked);

signals:
    /// The user changed a field.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void setHeaders();
    void updateEnabled();
    void addBand();
    void addDisease();
    void removeSelected(QTableWidget *table);

    std::unique_ptr<Ui::PlanRulesForm> m_ui;
    PlanTableDelegate *m_bandDelegate;
    PlanTableDelegate *m_diseaseDelegate;
    bool m_filling = false;
    bool m_rulesLocked = false;
};

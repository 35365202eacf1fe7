// PayoutCalculatorDialog: the payout calculator at the door — pick a plan of
// the database or load a plan file, type the personal share of each invoice
// and the dates, and see at once what the claim would pay, every step of it,
// in figures and capitals. The same quote as `bangfu-cli claim quote`
// (PayoutQuotes), with every fact explicit in the form. Pure: it reads plans
// and writes nothing, so anyone signed in may use it.
#pragma once

#include "error.h"
#include "maplan.h"
#include "payoutquote.h"

#include <memory>
#include <optional>
#include <QDialog>

class Workspace;

namespace Ui {
class PayoutCalculatorDialog;
}

class PayoutCalculatorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PayoutCalculatorDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~PayoutCalculatorDialog() override;

    /// Adds the plans of the JSON plan file at \a path to the choice and picks
    /// its first; a file with problems adds nothing and shows them.
    Status loadPlanFile(const QString &path);
    /// Picks the first plan offered with \a id; false if none has it.
    bool selectPlan(const QString &id);
    /// The plan picked, or nullptr when there is none.
    const MaPlan *currentPlan() const;
    /// The quote shown; none while a share cannot be read or no plan is picked.
    const std::optional<PayoutQuote> &quote() const { return m_quote; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Offered
    {
        MaPlan plan;
        QString file; ///< the file it was loaded from; empty: the database
    };

    static QString label(const Offered &offered);
    void retranslate();
    void loadDatabasePlans();
    void fillPlans(int select);
    void planChosen();
    void showPlan();
    void addShareRow();
    Result<QList<Money>> shares() const;
    void recompute();
    void showMessage(const QString &text);

    std::unique_ptr<Ui::PayoutCalculatorDialog> m_ui;
    Workspace &m_workspace;
    QList<Offered> m_plans;
    std::optional<PayoutQuote> m_quote;
    QString m_dbError; ///< why the database's plans could not be read
};

#include "payoutcalculatordialog.h"

#include "maplanjson.h"
#include "planchoice.h"
#include "plantermsform.h"
#include "ui_payoutcalculatordialog.h"
#include "workspace.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>

namespace {

// The amount typed so far: while the user types, MoneyEdit keeps its last
// amount, and the quote follows the text instead. Empty is nothing.
Result<Money> typedAmount(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return Money();
    auto money = Money::parse(text);
    if (!money)
        return money.error();
    if (money->fen() < 0)
        return Error{PayoutCalculatorDialog::tr("the amount cannot be negative")};
    return money;
}

} // namespace

PayoutCalculatorDialog::PayoutCalculatorDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PayoutCalculatorDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->sharesTable->setColumnCount(1);
    retranslate();
    m_ui->submittedEdit->setDate(QDate::currentDate());
    addShareRow();

    connect(m_ui->planCombo, &QComboBox::currentIndexChanged, this,
            &PayoutCalculatorDialog::planChosen);
    connect(m_ui->loadButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load plan file"), QString(),
                                                          tr("Plan files (*.json)"));
        if (!path.isEmpty())
            loadPlanFile(path);
    });
    connect(m_ui->addShareButton, &QPushButton::clicked, this, [this] {
        addShareRow();
        auto *table = m_ui->sharesTable;
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(m_ui->removeShareButton, &QPushButton::clicked, this, [this] {
        auto *table = m_ui->sharesTable;
        const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
        if (table->rowCount() > 1 && row >= 0)
            table->removeRow(row);
        else if (row >= 0)
            table->item(row, 0)->setText(QString());
        recompute();
    });
    connect(m_ui->sharesTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // An amount typed is shown as amounts are ("8000" -> "8,000.00").
        auto money = Money::parse(item->text());
        if (money && money->fen() >= 0 && item->text() != money->toString()) {
            const QSignalBlocker blocker(m_ui->sharesTable);
            item->setText(money->toString());
        }
        recompute();
    });
    for (QDateEdit *edit :
         {m_ui->admittedEdit, m_ui->dischargedEdit, m_ui->paidOnEdit, m_ui->submittedEdit})
        connect(edit, &QDateEdit::dateChanged, this, &PayoutCalculatorDialog::recompute);
    for (MoneyEdit *edit : {m_ui->paidEarlierEdit, m_ui->shareEarlierEdit})
        connect(edit, &QLineEdit::textChanged, this, &PayoutCalculatorDialog::recompute);
    connect(m_ui->diseaseCombo, &QComboBox::currentIndexChanged, this,
            &PayoutCalculatorDialog::recompute);

    loadDatabasePlans();
    const QList<MaPlan> plans = [this] {
        QList<MaPlan> list;
        for (const Offered &o : std::as_const(m_plans))
            list.append(o.plan);
        return list;
    }();
    const QString likely = PlanChoice::likelyPlan(plans, QDate::currentDate());
    int select = 0;
    for (qsizetype i = 0; i < m_plans.size(); ++i)
        if (m_plans.at(i).plan.id == likely)
            select = int(i);
    fillPlans(select);
}

PayoutCalculatorDialog::~PayoutCalculatorDialog() = default;

QString PayoutCalculatorDialog::label(const Offered &offered)
{
    const QString name = PlanChoice::label(offered.plan);
    return offered.file.isEmpty()
               ? name
               : tr("%1 (file %2)").arg(name, QFileInfo(offered.file).fileName());
}

void PayoutCalculatorDialog::retranslate()
{
    m_ui->sharesTable->setHorizontalHeaderLabels({tr("Personal share (¥)")});
    for (int i = 0; i < m_ui->planCombo->count(); ++i)
        m_ui->planCombo->setItemText(i, label(m_plans.at(m_ui->planCombo->itemData(i).toInt())));
}

void PayoutCalculatorDialog::loadDatabasePlans()
{
    auto plans = MaPlans::list(m_workspace.sql());
    if (!plans) {
        m_dbError = plans.error().toString();
        return;
    }
    for (const MaPlan &plan : plans.value())
        m_plans.append({plan, {}});
}

void PayoutCalculatorDialog::fillPlans(int select)
{
    {
        const QSignalBlocker blocker(m_ui->planCombo);
        m_ui->planCombo->clear();
        for (qsizetype i = 0; i < m_plans.size(); ++i)
            m_ui->planCombo->addItem(label(m_plans.at(i)), int(i));
        m_ui->planCombo->setCurrentIndex(m_plans.isEmpty() ? -1 : select);
    }
    planChosen();
}

Status PayoutCalculatorDialog::loadPlanFile(const QString &path)
{
    const MaPlanJson::Contents contents = MaPlanJson::readFile(path);
    if (!contents.ok()) {
        QStringList lines{
            tr("%n problem(s) in %1; no plan was loaded.", nullptr, int(contents.problems.size()))
                .arg(QFileInfo(path).fileName())};
        for (const Error &problem : contents.problems)
            lines.append(problem.toString());
        showMessage(lines.join(QLatin1Char('\n')));
        return contents.problems.constFirst();
    }
    if (contents.plans.isEmpty()) {
        const Error empty{tr("The file holds no plan."), path};
        showMessage(empty.toString());
        return empty;
    }
    const int first = int(m_plans.size());
    for (const MaPlan &plan : contents.plans)
        m_plans.append({plan, path});
    fillPlans(first);
    return {};
}

bool PayoutCalculatorDialog::selectPlan(const QString &id)
{
    for (qsizetype i = 0; i < m_plans.size(); ++i) {
        if (m_plans.at(i).plan.id == id) {
            m_ui->planCombo->setCurrentIndex(m_ui->planCombo->findData(int(i)));
            return true;
        }
    }
    return false;
}

const MaPlan *PayoutCalculatorDialog::currentPlan() const
{
    const QVariant index = m_ui->planCombo->currentData();
    if (!index.isValid() || index.toInt() < 0 || index.toInt() >= m_plans.size())
        return nullptr;
    return &m_plans.at(index.toInt()).plan;
}

// A new plan brings the dates a quote assumes when none are given (the
// same as bangfu-cli's).
void PayoutCalculatorDialog::planChosen()
{
    showPlan();
    if (const MaPlan *plan = currentPlan()) {
        const QDate paidOn = PayoutQuotes::assumedPaidOn(*plan);
        const QDate stay = PayoutQuotes::assumedStay(*plan, paidOn, QDate::currentDate());
        const QSignalBlocker a(m_ui->admittedEdit), d(m_ui->dischargedEdit), p(m_ui->paidOnEdit);
        m_ui->paidOnEdit->setDate(paidOn);
        m_ui->admittedEdit->setDate(stay);
        m_ui->dischargedEdit->setDate(stay);
    }
    recompute();
}

// The plan's term, and the fields only some plans need: its listed diseases,
// the earlier claims' share for a deductible per term.
void PayoutCalculatorDialog::showPlan()
{
    const MaPlan *plan = currentPlan();
    const bool lumpSums = plan && !plan->listedDiseases.isEmpty();
    const bool termDeductible = plan && plan->deductibleTerm.value_or(Money()).fen() > 0;
    m_ui->factsForm->setRowVisible(m_ui->diseaseLabel, lumpSums);
    m_ui->factsForm->setRowVisible(m_ui->shareEarlierLabel, termDeductible);
    {
        const QSignalBlocker blocker(m_ui->diseaseCombo);
        const QString code = m_ui->diseaseCombo->currentData().toString();
        m_ui->diseaseCombo->clear();
        m_ui->diseaseCombo->addItem(tr("— none —"), QString());
        if (plan)
            for (const MaListedDisease &d : plan->listedDiseases)
                m_ui->diseaseCombo->addItem(QStringLiteral("%1 %2").arg(d.code, d.name), d.code);
        m_ui->diseaseCombo->setCurrentIndex(qMax(0, m_ui->diseaseCombo->findData(code)));
    }
    m_ui->termValue->setText(plan ? tr("%1, %2 to %3")
                                        .arg(PlanTermsForm::productLabel(plan->product),
                                             plan->termStart.toString(Qt::ISODate),
                                             plan->termEnd.toString(Qt::ISODate))
                                  : QString());
}

void PayoutCalculatorDialog::addShareRow()
{
    auto *table = m_ui->sharesTable;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    auto *item = new QTableWidgetItem;
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, 0, item);
}

Result<QList<Money>> PayoutCalculatorDialog::shares() const
{
    QList<Money> list;
    const auto *table = m_ui->sharesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *item = table->item(row, 0);
        const QString text = item ? item->text().trimmed() : QString();
        if (text.isEmpty())
            continue; // a row not filled in yet is no invoice
        auto money = Money::parse(text);
        if (!money || money->fen() < 0)
            return Error{money ? tr("the amount cannot be negative") : money.error().message,
                         tr("Invoice %1").arg(row + 1)};
        list.append(*money);
    }
    return list;
}

void PayoutCalculatorDialog::recompute()
{
    m_quote.reset();
    const MaPlan *plan = currentPlan();
    if (!plan) {
        showMessage(m_dbError.isEmpty() ? tr("There is no plan yet: load a plan file.")
                                        : tr("The plans cannot be read: %1").arg(m_dbError));
        return;
    }
    auto invoiceShares = shares();
    if (!invoiceShares) {
        showMessage(invoiceShares.error().toString());
        return;
    }
    auto paidEarlier = typedAmount(m_ui->paidEarlierEdit);
    auto shareEarlier = typedAmount(m_ui->shareEarlierEdit);
    for (const auto &[amount, field] :
         {std::pair{&paidEarlier, tr("Paid earlier this term")},
          std::pair{&shareEarlier, tr("Personal share of those claims")}}) {
        if (!*amount) {
            showMessage(Error{amount->error().message, field}.toString());
            return;
        }
    }
    PayoutQuoteInput in;
    in.shares = invoiceShares.value();
    in.admittedOn = m_ui->admittedEdit->date();
    in.dischargedOn = m_ui->dischargedEdit->date();
    in.paidOn = m_ui->paidOnEdit->date();
    in.submittedOn = m_ui->submittedEdit->date();
    in.paidThisTerm = paidEarlier.value();
    // Hidden when the plan has no deductible per term, where it changes nothing.
    in.shareThisTerm = shareEarlier.value();
    in.diseaseCode = m_ui->diseaseCombo->currentData().toString();
    m_quote = PayoutQuotes::compute(*plan, in, QDate::currentDate());

    QString html;
    for (const QString &assumption : std::as_const(m_quote->assumptions))
        html += QStringLiteral("<p><i>%1</i></p>").arg(assumption.toHtmlEscaped());
    html += QStringLiteral("<ol>");
    for (const PayoutStep &step : std::as_const(m_quote->result.trace)) {
        const QString text = step.text.toHtmlEscaped();
        html += step.kind == PayoutStep::Kind::Refusal
                    ? QStringLiteral("<li><span style=\"color:#a00000\">%1</span></li>").arg(text)
                    : QStringLiteral("<li>%1</li>").arg(text);
    }
    html += QStringLiteral("</ol>");
    m_ui->traceView->setHtml(html);
    // The engine's last step is the payout in words ("Payout: ¥4,188.24").
    m_ui->payoutLabel->setText(m_quote->result.trace.isEmpty()
                                   ? m_quote->result.payout.toStringWithSymbol()
                                   : m_quote->result.trace.constLast().text);
    m_ui->capitalsLabel->setText(m_quote->result.payout.toCapitals());
}

void PayoutCalculatorDialog::showMessage(const QString &text)
{
    m_ui->traceView->setPlainText(text);
    m_ui->payoutLabel->clear();
    m_ui->capitalsLabel->clear();
}

void PayoutCalculatorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showPlan();
        recompute();
    }
    QDialog::changeEvent(event);
}

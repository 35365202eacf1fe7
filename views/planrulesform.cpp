#include "planrulesform.h"

#include "planproblemmarks.h"
#include "plantabledelegate.h"
#include "ui_planrulesform.h"

#include <algorithm>
#include <functional>
#include <QEvent>
#include <QHeaderView>

namespace {

using Kind = PlanTableDelegate::Kind;

Money amountOf(MoneyEdit *edit)
{
    if (!edit->acceptText())
        edit->setFen(edit->fen()); // not an amount: what is shown is what counts
    return Money::fromFen(edit->fen());
}

std::optional<Money> optionalAmount(const QCheckBox *check, MoneyEdit *edit)
{
    if (!check->isChecked())
        return std::nullopt;
    return amountOf(edit);
}

void setOptional(QCheckBox *check, MoneyEdit *edit, const std::optional<Money> &amount)
{
    check->setChecked(amount.has_value());
    edit->setFen(amount ? amount->fen() : 0);
}

QTableWidgetItem *item(const QVariant &value)
{
    auto *i = new QTableWidgetItem;
    i->setData(Qt::EditRole, value);
    return i;
}

QVariant cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *i = table->item(row, column);
    return i ? i->data(Qt::EditRole) : QVariant();
}

} // namespace

PlanRulesForm::PlanRulesForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlanRulesForm>()),
      m_bandDelegate(new PlanTableDelegate(this)), m_diseaseDelegate(new PlanTableDelegate(this))
{
    m_ui->setupUi(this);
    m_bandDelegate->setKind(LowerColumn, Kind::Money);
    m_bandDelegate->setKind(UpperColumn, Kind::OptionalMoney);
    m_bandDelegate->setKind(RatioColumn, Kind::Percent);
    m_diseaseDelegate->setKind(LumpSumColumn, Kind::Money);
    m_ui->bandsTable->setItemDelegate(m_bandDelegate);
    m_ui->diseasesTable->setItemDelegate(m_diseaseDelegate);
    m_ui->bandsTable->setColumnCount(3);
    m_ui->diseasesTable->setColumnCount(3);
    m_ui->bandsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->diseasesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->diseasesTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->diseasesTable->horizontalHeader()->setStretchLastSection(false);
    setHeaders();
    fillChoices();
    for (QCheckBox *check :
         {m_ui->waitingCheck, m_ui->deductibleAdmissionCheck, m_ui->deductibleTermCheck,
          m_ui->minPayoutCheck, m_ui->capClaimCheck, m_ui->capTermCheck})
        connect(check, &QCheckBox::toggled, this, &PlanRulesForm::updateEnabled);
    connect(m_ui->addBandButton, &QPushButton::clicked, this, &PlanRulesForm::addBand);
    connect(m_ui->removeBandButton, &QPushButton::clicked, this,
            [this] { removeSelected(m_ui->bandsTable); });
    connect(m_ui->addDiseaseButton, &QPushButton::clicked, this, &PlanRulesForm::addDisease);
    connect(m_ui->removeDiseaseButton, &QPushButton::clicked, this,
            [this] { removeSelected(m_ui->diseasesTable); });
    PlanProblemMarks::watch(this, [this] {
        if (!m_filling)
            emit edited();
    });
    updateEnabled();
}

PlanRulesForm::~PlanRulesForm() = default;

void PlanRulesForm::setHeaders()
{
    m_ui->bandsTable->setHorizontalHeaderLabels(
        {tr("From (yuan)"), tr("To (yuan)"), tr("Ratio (%)")});
    m_ui->diseasesTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Disease"), tr("Lump sum (yuan)")});
}

void PlanRulesForm::fillChoices()
{
    const bool filling = m_filling;
    m_filling = true;
    const int mode = m_ui->bandModeCombo->currentIndex();
    m_ui->bandModeCombo->clear();
    m_ui->bandModeCombo->addItem(tr("Marginal: each band at its own ratio, like income tax"),
                                 MaPlan::bandModeCode(MaPlan::BandMode::Marginal));
    m_ui->bandModeCombo->addItem(tr("Whole amount: the ratio of the band the total falls in"),
                                 MaPlan::bandModeCode(MaPlan::BandMode::Whole));
    m_ui->bandModeCombo->setCurrentIndex(qMax(mode, 0));
    const int rule = m_ui->minPayoutRuleCombo->currentIndex();
    m_ui->minPayoutRuleCombo->clear();
    m_ui->minPayoutRuleCombo->addItem(tr("a smaller payout is raised to it"),
                                      MaPlan::minPayoutRuleCode(MaPlan::MinPayoutRule::Raise));
    m_ui->minPayoutRuleCombo->addItem(tr("a smaller payout is not paid"),
                                      MaPlan::minPayoutRuleCode(MaPlan::MinPayoutRule::Withhold));
    m_ui->minPayoutRuleCombo->setCurrentIndex(qMax(rule, 0));
    m_filling = filling;
}

void PlanRulesForm::setPlan(const MaPlan &plan)
{
    m_filling = true;
    m_ui->waitingCheck->setChecked(plan.waitingDays.has_value());
    m_ui->waitingSpin->setValue(plan.waitingDays.value_or(0));
    setOptional(m_ui->deductibleAdmissionCheck, m_ui->deductibleAdmissionEdit,
                plan.deductibleAdmission);
    setOptional(m_ui->deductibleTermCheck, m_ui->deductibleTermEdit, plan.deductibleTerm);
    m_ui->bandModeCombo->setCurrentIndex(
        m_ui->bandModeCombo->findData(MaPlan::bandModeCode(plan.bandMode)));
    setOptional(m_ui->minPayoutCheck, m_ui->minPayoutEdit, plan.minPayout);
    m_ui->minPayoutRuleCombo->setCurrentIndex(
        m_ui->minPayoutRuleCombo->findData(MaPlan::minPayoutRuleCode(plan.minPayoutRule)));
    setOptional(m_ui->capClaimCheck, m_ui->capClaimEdit, plan.capClaim);
    setOptional(m_ui->capTermCheck, m_ui->capTermEdit, plan.capMemberTerm);
    QTableWidget *bands = m_ui->bandsTable;
    bands->setRowCount(int(plan.bands.size()));
    for (int r = 0; r < plan.bands.size(); ++r) {
        const MaBand &b = plan.bands.at(r);
        bands->setItem(r, LowerColumn, item(b.lower.fen()));
        bands->setItem(r, UpperColumn, item(b.upper ? QVariant(b.upper->fen()) : QVariant()));
        bands->setItem(r, RatioColumn, item(b.ratioPermille));
    }
    QTableWidget *diseases = m_ui->diseasesTable;
    diseases->setRowCount(int(plan.listedDiseases.size()));
    for (int r = 0; r < plan.listedDiseases.size(); ++r) {
        const MaListedDisease &d = plan.listedDiseases.at(r);
        diseases->setItem(r, CodeColumn, item(d.code));
        diseases->setItem(r, NameColumn, item(d.name));
        diseases->setItem(r, LumpSumColumn, item(d.lumpSum.fen()));
    }
    m_filling = false;
    updateEnabled();
}

void PlanRulesForm::readInto(MaPlan &plan) const
{
    plan.waitingDays =
        m_ui->waitingCheck->isChecked() ? std::optional(m_ui->waitingSpin->value()) : std::nullopt;
    plan.deductibleAdmission =
        optionalAmount(m_ui->deductibleAdmissionCheck, m_ui->deductibleAdmissionEdit);
    plan.deductibleTerm = optionalAmount(m_ui->deductibleTermCheck, m_ui->deductibleTermEdit);
    plan.bandMode = MaPlan::bandModeFromCode(m_ui->bandModeCombo->currentData().toString())
                        .value_or(MaPlan::BandMode::Marginal);
    plan.minPayout = optionalAmount(m_ui->minPayoutCheck, m_ui->minPayoutEdit);
    plan.minPayoutRule =
        MaPlan::minPayoutRuleFromCode(m_ui->minPayoutRuleCombo->currentData().toString())
            .value_or(MaPlan::MinPayoutRule::Raise);
    plan.capClaim = optionalAmount(m_ui->capClaimCheck, m_ui->capClaimEdit);
    plan.capMemberTerm = optionalAmount(m_ui->capTermCheck, m_ui->capTermEdit);
    plan.bands.clear();
    for (int r = 0; r < m_ui->bandsTable->rowCount(); ++r) {
        const QVariant upper = cell(m_ui->bandsTable, r, UpperColumn);
        plan.bands.append({Money::fromFen(cell(m_ui->bandsTable, r, LowerColumn).toLongLong()),
                           upper.isValid() && !upper.isNull()
                               ? std::optional(Money::fromFen(upper.toLongLong()))
                               : std::nullopt,
                           cell(m_ui->bandsTable, r, RatioColumn).toInt()});
    }
    plan.listedDiseases.clear();
    for (int r = 0; r < m_ui->diseasesTable->rowCount(); ++r)
        plan.listedDiseases.append(
            {cell(m_ui->diseasesTable, r, CodeColumn).toString().trimmed(),
             cell(m_ui->diseasesTable, r, NameColumn).toString().trimmed(),
             Money::fromFen(cell(m_ui->diseasesTable, r, LumpSumColumn).toLongLong())});
}

QWidget *PlanRulesForm::markProblem(const MaPlanSpot &spot, const QString &message)
{
    using Field = MaPlanSpot::Field;
    using Part = MaPlanSpot::Part;
    if (spot.field == Field::Bands || spot.field == Field::ListedDiseases) {
        QTableWidget *table = spot.field == Field::Bands ? m_ui->bandsTable : m_ui->diseasesTable;
        if (spot.row < 0) {
            PlanProblemMarks::mark(table, message);
            return table;
        }
        int column = -1; // the whole row
        if (spot.part == Part::Lower || spot.part == Part::Code)
            column = 0;
        else if (spot.part == Part::Upper || spot.part == Part::DiseaseName)
            column = 1;
        else if (spot.part == Part::Ratio || spot.part == Part::LumpSum)
            column = 2;
        PlanProblemMarks::mark(table, spot.row, column, message);
        return table;
    }
    const std::pair<Field, QWidget *> widgets[] = {
        {Field::WaitingDays, m_ui->waitingSpin},
        {Field::DeductibleAdmission, m_ui->deductibleAdmissionEdit},
        {Field::DeductibleTerm, m_ui->deductibleTermEdit},
        {Field::BandMode, m_ui->bandModeCombo},
        {Field::MinPayout, m_ui->minPayoutEdit},
        {Field::MinPayoutRule, m_ui->minPayoutRuleCombo},
        {Field::CapClaim, m_ui->capClaimEdit},
        {Field::CapMemberTerm, m_ui->capTermEdit}};
    for (const auto &[field, widget] : widgets) {
        if (field == spot.field) {
            PlanProblemMarks::mark(widget, message);
            return widget;
        }
    }
    return nullptr;
}

void PlanRulesForm::setRulesLocked(bool locked)
{
    m_rulesLocked = locked;
    updateEnabled();
}

void PlanRulesForm::updateEnabled()
{
    const bool open = !m_rulesLocked;
    const std::pair<QCheckBox *, QWidget *> optionals[] = {
        {m_ui->waitingCheck, m_ui->waitingSpin},
        {m_ui->deductibleAdmissionCheck, m_ui->deductibleAdmissionEdit},
        {m_ui->deductibleTermCheck, m_ui->deductibleTermEdit},
        {m_ui->minPayoutCheck, m_ui->minPayoutEdit},
        {m_ui->capClaimCheck, m_ui->capClaimEdit},
        {m_ui->capTermCheck, m_ui->capTermEdit}};
    for (const auto &[check, field] : optionals) {
        check->setEnabled(open);
        field->setEnabled(open && check->isChecked());
    }
    m_ui->minPayoutRuleCombo->setEnabled(open && m_ui->minPayoutCheck->isChecked());
    m_ui->bandModeCombo->setEnabled(open);
    for (QWidget *button : {m_ui->addBandButton, m_ui->removeBandButton, m_ui->addDiseaseButton,
                            m_ui->removeDiseaseButton})
        button->setEnabled(open);
    for (QTableWidget *table : {m_ui->bandsTable, m_ui->diseasesTable})
        table->setEditTriggers(open ? QAbstractItemView::DoubleClicked |
                                          QAbstractItemView::EditKeyPressed |
                                          QAbstractItemView::AnyKeyPressed
                                    : QAbstractItemView::NoEditTriggers);
}

void PlanRulesForm::addBand()
{
    QTableWidget *table = m_ui->bandsTable;
    const int row = table->rowCount();
    // The new band starts where the one before ends (or at 0) and is open-ended.
    const QVariant lower = row > 0 ? cell(table, row - 1, UpperColumn) : QVariant(qint64(0));
    const QVariant ratio = row > 0 ? cell(table, row - 1, RatioColumn) : QVariant(0);
    table->insertRow(row);
    table->setItem(row, LowerColumn, item(lower.isValid() ? lower : QVariant(qint64(0))));
    table->setItem(row, UpperColumn, item(QVariant()));
    table->setItem(row, RatioColumn, item(ratio));
    table->setCurrentCell(row, lower.isValid() ? RatioColumn : LowerColumn);
    emit edited();
}

void PlanRulesForm::addDisease()
{
    QTableWidget *table = m_ui->diseasesTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, CodeColumn, item(QString()));
    table->setItem(row, NameColumn, item(QString()));
    table->setItem(row, LumpSumColumn, item(qint64(0)));
    table->setCurrentCell(row, CodeColumn);
    table->editItem(table->item(row, CodeColumn));
    emit edited();
}

void PlanRulesForm::removeSelected(QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && table->currentRow() >= 0)
        rows.append(table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        table->removeRow(row);
    if (!rows.isEmpty())
        emit edited();
}

void PlanRulesForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setHeaders();
        fillChoices();
    }
    QWidget::changeEvent(event);
}

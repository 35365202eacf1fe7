// PlanEditorDialog: the list, the editor, saving and removing. Showing
// problems: planeditorproblems.cpp; plan files: planeditorfiles.cpp.
#include "planeditordialog.h"

#include "session.h"
#include "ui_planeditordialog.h"
#include "workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>

namespace {

enum Column { YearColumn, ProductColumn, NameColumn, EnrolledColumn, ColumnCount };

} // namespace

PlanEditorDialog::PlanEditorDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PlanEditorDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->plansTable->setColumnCount(ColumnCount);
    m_ui->plansTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->plansTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->lockedLabel->hide();
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillTable();
        selectionChanged();
    });
    connect(m_ui->plansTable, &QTableWidget::itemSelectionChanged, this,
            &PlanEditorDialog::selectionChanged);
    connect(m_ui->termsForm, &PlanTermsForm::edited, this, [this] { m_dirty = true; });
    connect(m_ui->rulesForm, &PlanRulesForm::edited, this, [this] { m_dirty = true; });
    connect(m_ui->problemsList, &QListWidget::currentRowChanged, this,
            &PlanEditorDialog::problemClicked);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] {
        m_dirty = false;
        selectionChanged();
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &PlanEditorDialog::newClicked);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &PlanEditorDialog::copyClicked);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PlanEditorDialog::removeClicked);
    connect(m_ui->importButton, &QPushButton::clicked, this, &PlanEditorDialog::importClicked);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PlanEditorDialog::exportClicked);
    reload();
    if (m_shown.isEmpty())
        editPlan(blankPlan(QDate::currentDate().year()));
    else
        m_ui->plansTable->selectRow(0);
}

PlanEditorDialog::~PlanEditorDialog() = default;

void PlanEditorDialog::reload()
{
    auto plans = MaPlans::list(m_workspace.sql());
    m_all = plans ? *plans : QList<MaPlan>();
    if (!plans)
        setStatus(plans.error().toString(), true);
    fillYears();
    fillTable();
}

void PlanEditorDialog::fillYears()
{
    const QVariant year = m_ui->yearCombo->currentData();
    const QSignalBlocker blocker(m_ui->yearCombo);
    m_ui->yearCombo->clear();
    m_ui->yearCombo->addItem(tr("All years"));
    for (const MaPlan &p : std::as_const(m_all)) {
        if (m_ui->yearCombo->findData(p.year) < 0)
            m_ui->yearCombo->addItem(QString::number(p.year), p.year);
    }
    m_ui->yearCombo->setCurrentIndex(qMax(0, m_ui->yearCombo->findData(year)));
}

void PlanEditorDialog::fillTable()
{
    const QVariant year = m_ui->yearCombo->currentData();
    m_shown.clear();
    m_usage.clear();
    for (const MaPlan &p : std::as_const(m_all)) {
        if (year.isValid() && p.year != year.toInt())
            continue;
        m_shown.append(p);
        auto used = MaPlans::usage(m_workspace.sql(), p.id);
        m_usage.append(used ? *used : MaPlanUsage());
    }
    QTableWidget *table = m_ui->plansTable;
    const QSignalBlocker blocker(table);
    table->setHorizontalHeaderLabels({tr("Year"), tr("Product"), tr("Name"), tr("Enrolled")});
    table->clearSelection();
    table->setRowCount(int(m_shown.size()));
    m_row = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const MaPlan &p = m_shown.at(row);
        table->setItem(row, YearColumn, new QTableWidgetItem(QString::number(p.year)));
        table->setItem(row, ProductColumn,
                       new QTableWidgetItem(PlanTermsForm::productLabel(p.product)));
        table->setItem(row, NameColumn, new QTableWidgetItem(p.name));
        auto *enrolled = new QTableWidgetItem(QString::number(m_usage.at(row).enrolments));
        enrolled->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, EnrolledColumn, enrolled);
        if (p.id == m_editingId) {
            table->selectRow(row);
            m_row = row;
        }
    }
    m_ui->removeButton->setEnabled(m_row >= 0);
    m_ui->copyButton->setEnabled(m_row >= 0);
}

bool PlanEditorDialog::selectPlan(const QString &id)
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == id) {
            m_ui->plansTable->selectRow(row);
            return true;
        }
    }
    return false;
}

void PlanEditorDialog::reloadAndShow(const QString &id)
{
    m_editingId = id;
    m_dirty = false;
    reload();
    if (!selectPlan(id)) { // the year filter hides it: show all years
        m_ui->yearCombo->setCurrentIndex(0);
        selectPlan(id);
    }
    // Selecting the row already selected shows nothing new: show it here.
    for (const MaPlan &p : std::as_const(m_shown)) {
        if (p.id == id)
            editPlan(p);
    }
}

void PlanEditorDialog::selectionChanged()
{
    const auto rows = m_ui->plansTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.constFirst().row();
    if (row == m_row && !m_dirty && row >= 0)
        return;
    if (m_dirty && !confirmDiscard()) {
        const QSignalBlocker blocker(m_ui->plansTable);
        m_ui->plansTable->clearSelection();
        if (m_row >= 0)
            m_ui->plansTable->selectRow(m_row);
        return;
    }
    m_row = row;
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->copyButton->setEnabled(row >= 0);
    if (row >= 0 && row < m_shown.size())
        editPlan(m_shown.at(row));
}

void PlanEditorDialog::editPlan(const MaPlan &plan)
{
    m_editingId = plan.id;
    m_ui->termsForm->setPlan(plan);
    m_ui->rulesForm->setPlan(plan);
    const int row =
        int(std::find_if(m_shown.cbegin(), m_shown.cend(),
                         [&](const MaPlan &p) { return !plan.id.isEmpty() && p.id == plan.id; }) -
            m_shown.cbegin());
    const MaPlanUsage used = row < m_usage.size() ? m_usage.at(row) : MaPlanUsage();
    m_ui->termsForm->setRulesLocked(used.rulesFrozen());
    m_ui->rulesForm->setRulesLocked(used.rulesFrozen());
    m_ui->lockedLabel->setVisible(used.rulesFrozen());
    m_ui->lockedLabel->setText(
        tr("%n claim(s) under this plan have been approved or paid, so what decides a payout "
           "can no longer change. The name, contribution, enrolment window, documents and notes "
           "may still be corrected.",
           nullptr, used.decidedClaims));
    if (plan.id.isEmpty()) {
        const QSignalBlocker blocker(m_ui->plansTable);
        m_ui->plansTable->clearSelection();
        m_row = -1;
    }
    clearProblems();
    m_dirty = false;
}

MaPlan PlanEditorDialog::formPlan() const
{
    MaPlan plan;
    plan.id = m_editingId;
    m_ui->termsForm->readInto(plan);
    m_ui->rulesForm->readInto(plan);
    return plan;
}

Status PlanEditorDialog::save()
{
    const MaPlan plan = formPlan();
    const QList<Error> problems = plan.problems();
    if (!problems.isEmpty()) {
        showProblems(plan, problems);
        return problems.constFirst();
    }
    QString id;
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto saved = MaPlans::save(writer, plan);
        if (!saved)
            return saved.error();
        id = *saved;
        return {};
    });
    if (!status) {
        showProblems(plan, {status.error()});
        return status;
    }
    m_dirty = false;
    reloadAndShow(id);
    setStatus(tr("Saved %1 (%2).").arg(plan.name.trimmed(), QString::number(plan.year)));
    return {};
}

Status PlanEditorDialog::removeSelected()
{
    if (m_row < 0 || m_row >= m_shown.size())
        return Error{tr("Select the plan to remove.")};
    const QString id = m_shown.at(m_row).id;
    const Status status = Session::write(
        m_workspace, [&](AuditedWriter &writer) { return MaPlans::remove(writer, id); });
    if (!status) {
        setStatus(status.error().message, true);
        return status;
    }
    m_editingId.clear();
    m_dirty = false;
    reload();
    if (m_shown.isEmpty())
        editPlan(blankPlan(QDate::currentDate().year()));
    else
        m_ui->plansTable->selectRow(0);
    setStatus(tr("The plan was removed."));
    return {};
}

bool PlanEditorDialog::confirmDiscard()
{
    return QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("The plan has changes that are not saved. Discard them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

void PlanEditorDialog::removeClicked()
{
    if (m_row < 0)
        return;
    const MaPlan &p = m_shown.at(m_row);
    // One with enrolments is refused by the model with the reason; ask only
    // when the removal can happen, with "No" as the default.
    if (m_usage.at(m_row).enrolments == 0 &&
        QMessageBox::question(this, tr("Remove plan"),
                              tr("Remove the plan %1 of %2?").arg(p.name, QString::number(p.year)),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    removeSelected();
}

void PlanEditorDialog::reject()
{
    if (m_dirty && !confirmDiscard())
        return;
    QDialog::reject();
}

void PlanEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillYears();
        fillTable();
    }
    QDialog::changeEvent(event);
}

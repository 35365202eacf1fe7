#include "enrolmentsdialog.h"

#include "enroldialog.h"
#include "enrolmentimportdialog.h"
#include "maenrolmentlistmodel.h"
#include "planchoice.h"
#include "ui_enrolmentsdialog.h"
#include "workspace.h"

#include <algorithm>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace {

// The plan a new enrolment or an import goes to: the one shown, else the
// likeliest of the year shown.
QString targetPlan(const QList<MaPlan> &plans, int year, const QString &shown)
{
    if (!shown.isEmpty())
        return shown;
    QList<MaPlan> ofYear;
    for (const MaPlan &plan : plans) {
        if (year == 0 || plan.year == year)
            ofYear.append(plan);
    }
    return PlanChoice::likelyPlan(ofYear, QDate::currentDate());
}

} // namespace

EnrolmentsDialog::EnrolmentsDialog(Workspace &workspace, Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnrolmentsDialog>()), m_workspace(workspace),
      m_mode(mode), m_model(new MaEnrolmentListModel(workspace.sql(), this))
{
    m_ui->setupUi(this);
    m_ui->tableView->setModel(m_model);
    m_ui->buttonBox->setStandardButtons(mode == Mode::Pick
                                            ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                            : QDialogButtonBox::Close);
    // Enter in the search box searches; it must not pick a row or open a dialog.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    m_ui->importButton->setVisible(mode == Mode::Manage);

    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &EnrolmentsDialog::showList);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        showList();
    });
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillPlans();
        showList();
    });
    connect(m_ui->planCombo, &QComboBox::currentIndexChanged, this, &EnrolmentsDialog::showList);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnrolmentsDialog::updateButtons);
    connect(m_ui->tableView, &QTableView::doubleClicked, this, [this] {
        if (m_mode == Mode::Pick)
            accept();
        else if (canEdit())
            editSelected();
    });
    connect(m_ui->enrolButton, &QPushButton::clicked, this, &EnrolmentsDialog::enrol);
    connect(m_ui->editButton, &QPushButton::clicked, this, &EnrolmentsDialog::editSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &EnrolmentsDialog::importCsv);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnrolmentsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EnrolmentsDialog::reject);

    auto plans = MaPlans::list(m_workspace.sql());
    m_plans = plans ? plans.value() : QList<MaPlan>();
    fillYears();
    // The plan year running now, else the newest.
    const int thisYear = QDate::currentDate().year();
    const int index = m_ui->yearCombo->findData(thisYear);
    m_ui->yearCombo->setCurrentIndex(index >= 0 ? index : qMin(1, m_ui->yearCombo->count() - 1));
    fillPlans();
    retranslate();
    m_ui->tableView->resizeColumnsToContents();
    if (!plans)
        m_ui->countLabel->setText(plans.error().toString());
}

EnrolmentsDialog::~EnrolmentsDialog() = default;

bool EnrolmentsDialog::canEdit() const
{
    const auto &user = m_workspace.user();
    return user && Permissions::allows(user->role, Permission::EditClaims);
}

QString EnrolmentsDialog::chosenEnrolmentId() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(MaEnrolmentListModel::IdRole).toString();
}

void EnrolmentsDialog::fillYears()
{
    const QSignalBlocker blocker(m_ui->yearCombo);
    const QVariant current = m_ui->yearCombo->currentData();
    QList<int> years;
    for (const MaPlan &plan : std::as_const(m_plans)) {
        if (!years.contains(plan.year))
            years.append(plan.year);
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    m_ui->yearCombo->clear();
    m_ui->yearCombo->addItem(tr("All years"), 0);
    for (int year : std::as_const(years))
        m_ui->yearCombo->addItem(QString::number(year), year);
    const int index = current.isValid() ? m_ui->yearCombo->findData(current) : -1;
    m_ui->yearCombo->setCurrentIndex(qMax(0, index));
}

void EnrolmentsDialog::fillPlans()
{
    const int year = m_ui->yearCombo->currentData().toInt();
    QList<MaPlan> plans;
    for (const MaPlan &plan : std::as_const(m_plans)) {
        if (year == 0 || plan.year == year)
            plans.append(plan);
    }
    PlanChoice::fill(m_ui->planCombo, plans, m_ui->planCombo->currentData().toString(),
                     tr("All plans"));
}

void EnrolmentsDialog::showList()
{
    const QString selected = chosenEnrolmentId();
    MaEnrolmentQuery query;
    query.year = m_ui->yearCombo->currentData().toInt();
    query.planId = m_ui->planCombo->currentData().toString();
    query.text = m_ui->searchEdit->text();
    m_model->setQuery(query);
    const Status status = m_model->reload();
    QPalette palette = QDialog::palette();
    if (!status) {
        palette.setColor(QPalette::WindowText, Qt::darkRed);
        m_ui->countLabel->setText(status.error().toString());
    } else if (query.text.trimmed().isEmpty()) {
        m_ui->countLabel->setText(tr("%n person(s) enrolled.", nullptr, m_model->rowCount()));
    } else {
        m_ui->countLabel->setText(tr("%n enrolment(s) match \"%1\".", nullptr, m_model->rowCount())
                                      .arg(query.text.simplified()));
    }
    m_ui->countLabel->setPalette(palette);
    if (!selected.isEmpty())
        selectEnrolment(selected);
    updateButtons();
}

bool EnrolmentsDialog::selectEnrolment(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(MaEnrolmentListModel::IdRole).toString() == id) {
            m_ui->tableView->selectRow(row);
            m_ui->tableView->scrollTo(index);
            return true;
        }
    }
    return false;
}

void EnrolmentsDialog::setYear(int year)
{
    const int index = m_ui->yearCombo->findData(year);
    if (index >= 0)
        m_ui->yearCombo->setCurrentIndex(index);
}

void EnrolmentsDialog::setPlan(const QString &planId)
{
    for (const MaPlan &plan : std::as_const(m_plans)) {
        if (plan.id == planId)
            setYear(plan.year);
    }
    const int index = m_ui->planCombo->findData(planId);
    m_ui->planCombo->setCurrentIndex(qMax(0, index));
}

void EnrolmentsDialog::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
    m_typing.stop();
    showList();
}

void EnrolmentsDialog::reload()
{
    auto plans = MaPlans::list(m_workspace.sql());
    if (plans)
        m_plans = plans.value();
    {
        const QSignalBlocker years(m_ui->yearCombo);
        const QSignalBlocker planBlocker(m_ui->planCombo);
        fillYears();
        fillPlans();
    }
    showList();
}

void EnrolmentsDialog::updateButtons()
{
    const bool selected = !chosenEnrolmentId().isEmpty();
    const bool editing = canEdit();
    m_ui->enrolButton->setEnabled(editing);
    m_ui->editButton->setEnabled(editing && selected);
    m_ui->importButton->setEnabled(editing);
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(selected);
}

void EnrolmentsDialog::enrol()
{
    EnrolDialog dialog(m_workspace, this);
    dialog.setPlan(targetPlan(m_plans, m_ui->yearCombo->currentData().toInt(),
                              m_ui->planCombo->currentData().toString()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (selectEnrolment(dialog.enrolmentId()))
        return;
    // Not among those shown: show its plan, unsearched.
    auto written = MaEnrolments::load(m_workspace.sql(), dialog.enrolmentId());
    m_ui->searchEdit->clear();
    m_typing.stop();
    if (written)
        setPlan(written->planId);
    showList();
    selectEnrolment(dialog.enrolmentId());
}

void EnrolmentsDialog::editSelected()
{
    const QString id = chosenEnrolmentId();
    if (id.isEmpty())
        return;
    EnrolDialog dialog(m_workspace, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectEnrolment(id);
}

void EnrolmentsDialog::importCsv()
{
    EnrolmentImportDialog dialog(m_workspace, this);
    dialog.setPlan(targetPlan(m_plans, m_ui->yearCombo->currentData().toInt(),
                              m_ui->planCombo->currentData().toString()));
    dialog.exec();
    if (dialog.hasImported())
        reload();
}

void EnrolmentsDialog::accept()
{
    if (m_mode != Mode::Pick || chosenEnrolmentId().isEmpty())
        return;
    QDialog::accept();
}

void EnrolmentsDialog::retranslate()
{
    if (m_mode == Mode::Pick) {
        setWindowTitle(tr("Choose an enrolment"));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&hoose"));
    }
    const QString tip = canEdit() ? QString() : tr("Your role may not enrol people in mutual aid.");
    for (QWidget *button : {m_ui->enrolButton, m_ui->editButton, m_ui->importButton})
        button->setToolTip(tip);
    m_ui->yearCombo->setItemText(0, tr("All years"));
    if (m_ui->planCombo->count() > 0)
        m_ui->planCombo->setItemText(0, tr("All plans"));
    showList();
}

void EnrolmentsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

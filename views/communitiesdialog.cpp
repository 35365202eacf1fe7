#include "communitiesdialog.h"

#include "dialogfit.h"
#include "divisions.h"
#include "session.h"
#include "ui_communitiesdialog.h"
#include "workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>

namespace {

enum Column { NameColumn, KindColumn, ExpectedColumn, HouseholdsColumn, ColumnCount };

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CommunitiesDialog::CommunitiesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CommunitiesDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    m_ui->communitiesTable->setColumnCount(ColumnCount);
    m_ui->communitiesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->communitiesTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->divisionCombo, &QComboBox::currentIndexChanged, this, [this] {
        showError({});
        reload();
        fillForm();
    });
    connect(m_ui->communitiesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        fillForm();
        updateButtons();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &CommunitiesDialog::addClicked);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CommunitiesDialog::saveClicked);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CommunitiesDialog::removeClicked);
    fillKinds();
    fillDivisions();
    reload();
}

CommunitiesDialog::~CommunitiesDialog() = default;

void CommunitiesDialog::fillDivisions()
{
    const QSignalBlocker blocker(m_ui->divisionCombo);
    m_ui->divisionCombo->clear();
    auto divisions = Divisions::list(m_workspace.sql());
    if (!divisions) {
        showError(divisions.error());
        return;
    }
    for (const DivisionRow &d : divisions.value())
        m_ui->divisionCombo->addItem(tr("%1 (%2)", "division name (code)").arg(d.name, d.code),
                                     d.code);
}

void CommunitiesDialog::fillKinds()
{
    const int current = m_ui->kindCombo->currentIndex();
    m_ui->kindCombo->clear();
    for (const QString &code : Communities::kinds())
        m_ui->kindCombo->addItem(Communities::kindLabel(code), code);
    m_ui->kindCombo->setCurrentIndex(current >= 0 ? current : 0);
}

bool CommunitiesDialog::setDivision(const QString &code)
{
    const int index = m_ui->divisionCombo->findData(code);
    if (index < 0)
        return false;
    m_ui->divisionCombo->setCurrentIndex(index);
    return true;
}

QString CommunitiesDialog::division() const
{
    return m_ui->divisionCombo->currentData().toString();
}

void CommunitiesDialog::reload()
{
    const int selected = selectedRow();
    const QString selectedId = selected >= 0 ? m_rows.at(selected).id : QString();
    QTableWidget *table = m_ui->communitiesTable;
    const QSignalBlocker blocker(table);
    table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Expected households"), tr("Households registered")});
    m_rows.clear();
    if (!division().isEmpty()) {
        auto rows = Communities::list(m_workspace.sql(), division());
        if (rows)
            m_rows = rows.value();
        else
            showError(rows.error());
    }
    table->clearSelection();
    table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const CommunityRow &c = m_rows.at(row);
        auto *name = new QTableWidgetItem(c.name);
        if (c.invented)
            name->setToolTip(tr("Invented for the demo database"));
        table->setItem(row, NameColumn, name);
        table->setItem(row, KindColumn, new QTableWidgetItem(Communities::kindLabel(c.kind)));
        table->setItem(row, ExpectedColumn,
                       numberItem(c.expectedHouseholds ? QString::number(*c.expectedHouseholds)
                                                       : QStringLiteral("—")));
        table->setItem(row, HouseholdsColumn, numberItem(QString::number(c.households)));
    }
    selectId(selectedId);
    updateButtons();
}

int CommunitiesDialog::selectedRow() const
{
    const auto rows = m_ui->communitiesTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_rows.size())
        return -1;
    return rows.constFirst().row();
}

void CommunitiesDialog::selectId(const QString &id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!id.isEmpty() && m_rows.at(row).id == id) {
            m_ui->communitiesTable->selectRow(row);
            return;
        }
    }
}

void CommunitiesDialog::fillForm()
{
    // The form shows the selected row, ready to change; with none it is
    // cleared for a new entry.
    const int row = selectedRow();
    const CommunityRow c = row >= 0 ? m_rows.at(row) : CommunityRow{};
    m_ui->nameEdit->setText(c.name);
    const int kind = m_ui->kindCombo->findData(c.kind);
    m_ui->kindCombo->setCurrentIndex(kind >= 0 ? kind : 0);
    m_ui->expectedSpin->setValue(
        c.expectedHouseholds
            ? int(qMin<qint64>(*c.expectedHouseholds, m_ui->expectedSpin->maximum()))
            : m_ui->expectedSpin->minimum());
}

CommunityInput CommunitiesDialog::formInput() const
{
    CommunityInput input;
    input.name = m_ui->nameEdit->text();
    input.kind = m_ui->kindCombo->currentData().toString();
    // The spin box's minimum shows "Unknown".
    if (m_ui->expectedSpin->value() != m_ui->expectedSpin->minimum())
        input.expectedHouseholds = m_ui->expectedSpin->value();
    return input;
}

void CommunitiesDialog::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_ui->addButton->setEnabled(!division().isEmpty());
    m_ui->saveButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
}

QString CommunitiesDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void CommunitiesDialog::showError(const Error &error)
{
    m_ui->errorLabel->setText(error.message);
    m_ui->errorLabel->setVisible(!error.message.isEmpty());
    if (error.message.isEmpty())
        return;
    fitHeightToContents(this);
    // The models name the field at fault; put the cursor there.
    if (error.where == QLatin1String("name"))
        m_ui->nameEdit->setFocus();
    else if (error.where == QLatin1String("kind"))
        m_ui->kindCombo->setFocus();
    else if (error.where == QLatin1String("expected_households"))
        m_ui->expectedSpin->setFocus();
}

Status CommunitiesDialog::addCommunity(const CommunityInput &input)
{
    QString id;
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto added = Communities::add(writer, division(), input);
        if (!added)
            return added.error();
        id = added.value();
        return {};
    });
    if (status) {
        m_ui->communitiesTable->clearSelection();
        reload();
        selectId(id);
    }
    return status;
}

Status CommunitiesDialog::changeCommunity(const QString &id, const CommunityInput &input)
{
    const Status status = Session::write(
        m_workspace, [&](AuditedWriter &writer) { return Communities::change(writer, id, input); });
    if (status)
        reload();
    return status;
}

Status CommunitiesDialog::removeCommunity(const QString &id)
{
    const Status status = Session::write(
        m_workspace, [&](AuditedWriter &writer) { return Communities::remove(writer, id); });
    if (status)
        reload();
    return status;
}

void CommunitiesDialog::addClicked()
{
    const Status status = addCommunity(formInput());
    showError(status ? Error{} : status.error());
}

void CommunitiesDialog::saveClicked()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Status status = changeCommunity(m_rows.at(row).id, formInput());
    showError(status ? Error{} : status.error());
}

void CommunitiesDialog::removeClicked()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const CommunityRow c = m_rows.at(row);
    // One in use is refused by the model with the reason; ask only when the
    // removal can happen, with "No" as the default.
    if (c.households == 0 &&
        QMessageBox::question(
            this, tr("Remove community or village"),
            tr("Remove %1 from %2?").arg(c.name, m_ui->divisionCombo->currentText()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Status status = removeCommunity(c.id);
    showError(status ? Error{} : status.error());
    if (status)
        fillForm();
}

void CommunitiesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillKinds();
        reload();
    }
    QDialog::changeEvent(event);
}

#include "povertylinesdialog.h"

#include "dialogfit.h"
#include "divisions.h"
#include "session.h"
#include "ui_povertylinesdialog.h"
#include "workspace.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>

namespace {

enum Column { YearColumn, DivisionColumn, DibaoColumn, MinWageColumn, SourceColumn, ColumnCount };

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PovertyLinesDialog::PovertyLinesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PovertyLinesDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    m_ui->yearSpin->setRange(PovertyLines::MinYear, PovertyLines::MaxYear);
    m_ui->yearSpin->setValue(QDate::currentDate().year());
    m_ui->linesTable->setColumnCount(ColumnCount);
    m_ui->linesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->linesTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->linesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        fillForm();
        updateButtons();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PovertyLinesDialog::saveClicked);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PovertyLinesDialog::removeClicked);
    fillDivisions();
    reload();
}

PovertyLinesDialog::~PovertyLinesDialog() = default;

void PovertyLinesDialog::fillDivisions()
{
    const QString current = m_ui->divisionCombo->currentData().toString();
    m_ui->divisionCombo->clear();
    m_ui->divisionCombo->addItem(tr("District default"), QString());
    auto divisions = Divisions::list(m_workspace.sql());
    if (!divisions) {
        showError(divisions.error());
        return;
    }
    for (const DivisionRow &d : divisions.value())
        m_ui->divisionCombo->addItem(d.name, d.code);
    m_ui->divisionCombo->setCurrentIndex(qMax(0, m_ui->divisionCombo->findData(current)));
}

void PovertyLinesDialog::reload()
{
    const int selected = selectedRow();
    const QString selectedId = selected >= 0 ? m_rows.at(selected).id : QString();
    QTableWidget *table = m_ui->linesTable;
    const QSignalBlocker blocker(table);
    table->setHorizontalHeaderLabels({tr("Year"), tr("Applies to"), tr("低保 per month (yuan)"),
                                      tr("Minimum wage per month (yuan)"), tr("Source")});
    auto rows = PovertyLines::list(m_workspace.sql());
    m_rows = rows ? rows.value() : QList<PovertyLineRow>();
    if (!rows)
        showError(rows.error());
    table->clearSelection();
    table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const PovertyLineRow &line = m_rows.at(row);
        table->setItem(row, YearColumn, numberItem(QString::number(line.year)));
        table->setItem(
            row, DivisionColumn,
            new QTableWidgetItem(
                line.divisionCode.isEmpty()
                    ? tr("District default")
                    : (line.divisionName.isEmpty() ? line.divisionCode : line.divisionName)));
        table->setItem(row, DibaoColumn, numberItem(line.dibaoMonthly.toString()));
        table->setItem(row, MinWageColumn, numberItem(line.minWageMonthly.toString()));
        table->setItem(row, SourceColumn, new QTableWidgetItem(line.source));
    }
    selectId(selectedId);
    updateButtons();
}

int PovertyLinesDialog::selectedRow() const
{
    const auto rows = m_ui->linesTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_rows.size())
        return -1;
    return rows.constFirst().row();
}

void PovertyLinesDialog::selectId(const QString &id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!id.isEmpty() && m_rows.at(row).id == id) {
            m_ui->linesTable->selectRow(row);
            return;
        }
    }
}

void PovertyLinesDialog::fillForm()
{
    // Keep what is typed when the selection is cleared: the form is where a
    // new line is entered.
    const int row = selectedRow();
    if (row < 0)
        return;
    const PovertyLineRow &line = m_rows.at(row);
    m_ui->yearSpin->setValue(line.year);
    m_ui->divisionCombo->setCurrentIndex(qMax(0, m_ui->divisionCombo->findData(line.divisionCode)));
    m_ui->dibaoEdit->setText(line.dibaoMonthly.toString());
    m_ui->minWageEdit->setText(line.minWageMonthly.toString());
    m_ui->sourceEdit->setText(line.source);
}

Result<PovertyLineInput> PovertyLinesDialog::formInput() const
{
    PovertyLineInput line;
    line.year = m_ui->yearSpin->value();
    line.divisionCode = m_ui->divisionCombo->currentData().toString();
    line.source = m_ui->sourceEdit->text();
    const QString dibao = m_ui->dibaoEdit->text().trimmed();
    if (dibao.isEmpty())
        return Error{tr("Enter the 低保 line per month in yuan."),
                     QStringLiteral("dibao_monthly_fen")};
    auto dibaoAmount = Money::parse(dibao);
    if (!dibaoAmount)
        return Error{
            tr("The 低保 line \"%1\" cannot be read: %2.").arg(dibao, dibaoAmount.error().message),
            QStringLiteral("dibao_monthly_fen")};
    line.dibaoMonthly = dibaoAmount.value();
    const QString wage = m_ui->minWageEdit->text().trimmed();
    if (wage.isEmpty())
        return Error{tr("Enter the minimum wage per month in yuan."),
                     QStringLiteral("min_wage_monthly_fen")};
    auto wageAmount = Money::parse(wage);
    if (!wageAmount)
        return Error{
            tr("The minimum wage \"%1\" cannot be read: %2.").arg(wage, wageAmount.error().message),
            QStringLiteral("min_wage_monthly_fen")};
    line.minWageMonthly = wageAmount.value();
    return line;
}

void PovertyLinesDialog::updateButtons()
{
    m_ui->removeButton->setEnabled(selectedRow() >= 0);
}

QString PovertyLinesDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void PovertyLinesDialog::showError(const Error &error)
{
    m_ui->errorLabel->setText(error.message);
    m_ui->errorLabel->setVisible(!error.message.isEmpty());
    if (error.message.isEmpty())
        return;
    fitHeightToContents(this);
    if (error.where == QLatin1String("dibao_monthly_fen"))
        m_ui->dibaoEdit->setFocus();
    else if (error.where == QLatin1String("min_wage_monthly_fen"))
        m_ui->minWageEdit->setFocus();
    else if (error.where == QLatin1String("year"))
        m_ui->yearSpin->setFocus();
    else if (error.where == QLatin1String("division_code"))
        m_ui->divisionCombo->setFocus();
}

Status PovertyLinesDialog::saveLine(const PovertyLineInput &line)
{
    QString id;
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto saved = PovertyLines::set(writer, line);
        if (!saved)
            return saved.error();
        id = saved.value();
        return {};
    });
    if (status) {
        m_ui->linesTable->clearSelection();
        reload();
        selectId(id);
    }
    return status;
}

Status PovertyLinesDialog::removeLine(const QString &id)
{
    const Status status = Session::write(
        m_workspace, [&](AuditedWriter &writer) { return PovertyLines::remove(writer, id); });
    if (status)
        reload();
    return status;
}

void PovertyLinesDialog::saveClicked()
{
    auto line = formInput();
    if (!line)
        return showError(line.error());
    const Status status = saveLine(line.value());
    showError(status ? Error{} : status.error());
}

void PovertyLinesDialog::removeClicked()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PovertyLineRow line = m_rows.at(row);
    const QString where = line.divisionCode.isEmpty()   ? tr("District default")
                          : line.divisionName.isEmpty() ? line.divisionCode
                                                        : line.divisionName;
    if (QMessageBox::question(this, tr("Remove line"),
                              tr("Remove the %1 line (%2)? Households surveyed in %1 are then "
                                 "assessed against another line, or cannot be assessed.")
                                  .arg(QString::number(line.year), where),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    const Status status = removeLine(line.id);
    showError(status ? Error{} : status.error());
}

void PovertyLinesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillDivisions();
        reload();
    }
    QDialog::changeEvent(event);
}

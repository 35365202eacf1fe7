#include "aidprogrammesdialog.h"

#include "codelabels.h"
#include "dialogfit.h"
#include "session.h"
#include "ui_aidprogrammesdialog.h"
#include "workspace.h"

#include <QEvent>
#include <QHeaderView>

namespace {

enum Column {
    NameColumn,
    CodeColumn,
    DefaultColumn,
    LimitsColumn,
    SecondApprovalColumn,
    ActiveColumn,
    ColumnCount
};

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AidProgrammesDialog::AidProgrammesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AidProgrammesDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    // Enter confirms a field; only the buttons save or close.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_ui->programmesTable->setColumnCount(ColumnCount);
    m_ui->programmesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->programmesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->secondApprovalEdit->setEnabled(false);
    connect(m_ui->secondApprovalCheck, &QCheckBox::toggled, m_ui->secondApprovalEdit,
            &QWidget::setEnabled);
    connect(m_ui->programmesTable, &QTableWidget::itemSelectionChanged, this,
            &AidProgrammesDialog::fillForm);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        m_ui->programmesTable->clearSelection();
        clearForm();
        showError({});
        m_ui->nameEdit->setFocus();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AidProgrammesDialog::saveClicked);
    retranslate();
    reload();
    clearForm();
}

AidProgrammesDialog::~AidProgrammesDialog() = default;

void AidProgrammesDialog::reload()
{
    QTableWidget *table = m_ui->programmesTable;
    const QSignalBlocker blocker(table);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Code"), tr("Default amount"),
                                      tr("Limits per household and year"),
                                      tr("Second approval above"), tr("Active")});
    auto rows = AidProgrammes::list(m_workspace.sql());
    m_rows = rows ? rows.value() : QList<AidProgramme>();
    if (!rows)
        showError(rows.error().message);
    table->clearSelection();
    table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const AidProgramme &p = m_rows.at(row);
        table->setItem(row, NameColumn, new QTableWidgetItem(p.name));
        table->setItem(row, CodeColumn, new QTableWidgetItem(p.code));
        table->setItem(row, DefaultColumn, numberItem(p.defaultAmount.toStringWithSymbol()));
        QStringList limits;
        if (p.maxCountPerYear > 0)
            limits.append(tr("at most %n payment(s)", nullptr, p.maxCountPerYear));
        if (p.maxAmountPerYear.fen() > 0)
            limits.append(tr("at most %1").arg(p.maxAmountPerYear.toStringWithSymbol()));
        table->setItem(
            row, LimitsColumn,
            new QTableWidgetItem(limits.isEmpty() ? tr("No limit") : limits.join(tr("; "))));
        table->setItem(row, SecondApprovalColumn,
                       numberItem(p.secondApprovalAbove
                                      ? p.secondApprovalAbove->toStringWithSymbol()
                                      : QStringLiteral("—")));
        table->setItem(row, ActiveColumn, new QTableWidgetItem(p.active ? tr("Yes") : tr("No")));
        if (!p.active) // retired: listed, greyed
            for (int column = 0; column < ColumnCount; ++column)
                table->item(row, column)
                    ->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    // The form keeps the programme being changed selected.
    if (!m_editingId.isEmpty()) {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).id == m_editingId)
                table->selectRow(row);
    }
}

bool AidProgrammesDialog::select(const QString &id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            m_ui->programmesTable->selectRow(row);
            fillForm();
            return true;
        }
    }
    return false;
}

int AidProgrammesDialog::selectedRow() const
{
    const auto rows = m_ui->programmesTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_rows.size())
        return -1;
    return rows.constFirst().row();
}

void AidProgrammesDialog::clearForm()
{
    m_editingId.clear();
    const AidProgramme fresh;
    m_ui->nameEdit->clear();
    m_ui->codeEdit->clear();
    m_ui->codeEdit->setReadOnly(false);
    m_ui->defaultAmountEdit->setFen(0);
    m_ui->maxCountSpin->setValue(0);
    m_ui->maxAmountEdit->setFen(0);
    m_ui->deepCheck->setChecked(fresh.eligibleCategories.contains(QLatin1String("deep")));
    m_ui->relativeCheck->setChecked(fresh.eligibleCategories.contains(QLatin1String("relative")));
    m_ui->accidentCheck->setChecked(fresh.eligibleCategories.contains(QLatin1String("accident")));
    m_ui->studentCheck->setChecked(false);
    m_ui->secondApprovalCheck->setChecked(false);
    m_ui->secondApprovalEdit->setFen(0);
    m_ui->activeCheck->setChecked(true);
    m_ui->editGroup->setTitle(tr("New programme"));
}

void AidProgrammesDialog::fillForm()
{
    // Clearing the selection keeps what is typed: New clears the form.
    const int row = selectedRow();
    if (row < 0)
        return;
    const AidProgramme &p = m_rows.at(row);
    m_editingId = p.id;
    m_ui->nameEdit->setText(p.name);
    m_ui->codeEdit->setText(p.code);
    m_ui->codeEdit->setReadOnly(true); // batch numbers carry it
    m_ui->defaultAmountEdit->setFen(p.defaultAmount.fen());
    m_ui->maxCountSpin->setValue(p.maxCountPerYear);
    m_ui->maxAmountEdit->setFen(p.maxAmountPerYear.fen());
    m_ui->deepCheck->setChecked(p.eligibleCategories.contains(QLatin1String("deep")));
    m_ui->relativeCheck->setChecked(p.eligibleCategories.contains(QLatin1String("relative")));
    m_ui->accidentCheck->setChecked(p.eligibleCategories.contains(QLatin1String("accident")));
    m_ui->studentCheck->setChecked(p.requiresStudent);
    m_ui->secondApprovalCheck->setChecked(p.secondApprovalAbove.has_value());
    m_ui->secondApprovalEdit->setFen(p.secondApprovalAbove ? p.secondApprovalAbove->fen() : 0);
    m_ui->activeCheck->setChecked(p.active);
    m_ui->editGroup->setTitle(tr("Change %1").arg(p.name));
    showError({});
}

Result<AidProgramme> AidProgrammesDialog::formProgramme()
{
    AidProgramme p;
    p.id = m_editingId;
    p.name = m_ui->nameEdit->text().trimmed();
    p.code = m_ui->codeEdit->text().trimmed();
    // A MoneyEdit takes its text on leaving it; a click on Save may not move
    // the focus, so take it here.
    const auto amount = [](MoneyEdit *edit, const QString &what) -> Result<Money> {
        const QString text = edit->text().trimmed();
        if (!edit->acceptText())
            return Error{tr("%1 \"%2\" is not an amount in yuan.").arg(what, text)};
        return Money::fromFen(edit->fen());
    };
    auto defaultAmount = amount(m_ui->defaultAmountEdit, tr("The default amount"));
    if (!defaultAmount)
        return defaultAmount.error();
    p.defaultAmount = defaultAmount.value();
    p.maxCountPerYear = m_ui->maxCountSpin->value();
    auto maxAmount = amount(m_ui->maxAmountEdit, tr("The amount per year"));
    if (!maxAmount)
        return maxAmount.error();
    p.maxAmountPerYear = maxAmount.value();
    p.eligibleCategories.clear();
    if (m_ui->deepCheck->isChecked())
        p.eligibleCategories.append(QStringLiteral("deep"));
    if (m_ui->relativeCheck->isChecked())
        p.eligibleCategories.append(QStringLiteral("relative"));
    if (m_ui->accidentCheck->isChecked())
        p.eligibleCategories.append(QStringLiteral("accident"));
    p.requiresStudent = m_ui->studentCheck->isChecked();
    if (m_ui->secondApprovalCheck->isChecked()) {
        auto threshold = amount(m_ui->secondApprovalEdit, tr("The second-approval amount"));
        if (!threshold)
            return threshold.error();
        p.secondApprovalAbove = threshold.value();
    }
    p.active = m_ui->activeCheck->isChecked();
    return p;
}

Result<QString> AidProgrammesDialog::saveProgramme(const AidProgramme &programme)
{
    if (const QStringList problems = AidProgrammes::problems(programme); !problems.isEmpty()) {
        showError(problems.join(u'\n'));
        return Error{problems.join(u'\n')};
    }
    QString id;
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto saved = AidProgrammes::save(writer, programme);
        if (!saved)
            return saved.error();
        id = saved.value();
        return {};
    });
    if (!status) {
        showError(status.error().message);
        return status.error();
    }
    showError({});
    m_editingId = id;
    reload();
    select(id);
    return id;
}

void AidProgrammesDialog::saveClicked()
{
    auto programme = formProgramme();
    if (!programme) {
        showError(programme.error().message);
        return;
    }
    saveProgramme(programme.value());
}

QString AidProgrammesDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void AidProgrammesDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        fitHeightToContents(this);
}

void AidProgrammesDialog::retranslate()
{
    m_ui->deepCheck->setText(CodeLabels::hardshipCategory(QStringLiteral("deep")));
    m_ui->relativeCheck->setText(CodeLabels::hardshipCategory(QStringLiteral("relative")));
    m_ui->accidentCheck->setText(CodeLabels::hardshipCategory(QStringLiteral("accident")));
    const int row = selectedRow();
    m_ui->editGroup->setTitle(row >= 0 ? tr("Change %1").arg(m_rows.at(row).name)
                                       : tr("New programme"));
}

void AidProgrammesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        reload();
    }
    QDialog::changeEvent(event);
}

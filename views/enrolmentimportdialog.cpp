#include "enrolmentimportdialog.h"

#include "planchoice.h"
#include "session.h"
#include "ui_enrolmentimportdialog.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardPaths>

namespace {

enum Column { RowColumn, ColumnColumn, MessageColumn, ColumnCount };

// A list of a few hundred people is checked and written in well under a
// second, on the GUI thread.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

void setTextColour(QWidget *label, const QColor &colour)
{
    QPalette palette = QApplication::palette(label);
    if (colour.isValid())
        palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

EnrolmentImportDialog::EnrolmentImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnrolmentImportDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_ui->problemsTable->setColumnCount(ColumnCount);
    QHeaderView *header = m_ui->problemsTable->horizontalHeader();
    header->setSectionResizeMode(RowColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_ui->problemsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto plans = MaPlans::list(m_workspace.sql());
    if (plans)
        m_plans = plans.value();
    else
        m_readError = plans.error();
    PlanChoice::fill(m_ui->planCombo, m_plans,
                     PlanChoice::likelyPlan(m_plans, QDate::currentDate()));

    connect(m_ui->planCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty() && !hasImported())
            check();
    });
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &EnrolmentImportDialog::chooseFile);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, [this] { setFile(m_path); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { importEnrolments(); });
    retranslate();
}

EnrolmentImportDialog::~EnrolmentImportDialog() = default;

void EnrolmentImportDialog::setPlan(const QString &planId)
{
    const int index = m_ui->planCombo->findData(planId);
    if (index >= 0)
        m_ui->planCombo->setCurrentIndex(index);
}

QString EnrolmentImportDialog::plan() const
{
    return m_ui->planCombo->currentData().toString();
}

void EnrolmentImportDialog::chooseFile()
{
    QString folder = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a list of enrolments"), folder, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void EnrolmentImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_importedIds.clear();
    m_importError.reset();
    check();
}

void EnrolmentImportDialog::check()
{
    m_plan = MaEnrolmentImportPlan();
    m_readError.reset();
    if (!m_path.isEmpty()) {
        const WaitCursor wait;
        auto checked = MaEnrolmentImport::checkFile(m_workspace.sql(), plan(), m_path);
        if (checked)
            m_plan = std::move(checked).value();
        else
            m_readError = checked.error();
    }
    showReport();
    showResult();
}

bool EnrolmentImportDialog::canImport() const
{
    return !m_path.isEmpty() && !m_readError && !m_plan.report.encoding.isEmpty() &&
           m_plan.report.ok() && !m_plan.rows.isEmpty() && !hasImported();
}

Status EnrolmentImportDialog::importEnrolments()
{
    if (hasImported())
        return Error{tr("This list has already been imported.")};
    if (!canImport())
        return Error{tr("Choose a list without problems first.")};
    QStringList ids;
    const WaitCursor wait;
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto written = MaEnrolmentImport::apply(writer, m_plan);
        if (!written)
            return written.error();
        ids = written.value();
        return {};
    });
    if (status) {
        m_importedIds = ids;
        m_importError.reset();
    } else {
        m_importError = status.error();
    }
    showReport();
    showResult();
    return status;
}

QString EnrolmentImportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString EnrolmentImportDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void EnrolmentImportDialog::showReport()
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(m_path));
    const MaEnrolmentImportReport &report = m_plan.report;
    QStringList summary;
    if (m_readError) {
        summary.append(m_readError->toString());
    } else if (!m_path.isEmpty()) {
        if (!report.encoding.isEmpty())
            summary.append(tr("Read %1 as %2: %n person row(s).", nullptr, report.rows)
                               .arg(QFileInfo(m_path).fileName(), report.encoding));
        if (!report.ignoredColumns.isEmpty())
            summary.append(tr("Columns ignored (not enrolment columns): %1.")
                               .arg(report.ignoredColumns.join(tr(", "))));
        if (report.ok() && !hasImported())
            summary.append(
                tr("The list is correct: importing it enrols %1 in %2, %3 of them from the "
                   "household register.")
                    .arg(tr("%n person(s)", nullptr, report.rows), m_ui->planCombo->currentText())
                    .arg(report.linked));
    }
    m_ui->summaryLabel->setText(summary.join(QLatin1Char('\n')));
    m_ui->summaryLabel->setVisible(!summary.isEmpty());
    setTextColour(m_ui->summaryLabel, m_readError ? QColor(Qt::darkRed) : QColor());

    const bool problems = !m_readError && !report.ok();
    m_ui->problemsLabel->setVisible(problems);
    m_ui->problemsTable->setVisible(problems);
    m_ui->problemsLabel->setText(
        tr("%n problem(s) found. Nobody is enrolled until every row is correct: fix the "
           "spreadsheet, save it and check it again.",
           nullptr, int(report.problems.size())));
    QTableWidget *table = m_ui->problemsTable;
    table->setRowCount(problems ? int(report.problems.size()) : 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        const RosterProblem &p = report.problems.at(row);
        // Row 0 is a problem of the file as a whole (its encoding, no rows, the plan).
        auto *rowItem = new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : tr("File"));
        rowItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, RowColumn, rowItem);
        table->setItem(row, ColumnColumn, new QTableWidgetItem(p.column));
        table->setItem(row, MessageColumn, new QTableWidgetItem(p.message));
    }
    m_ui->recheckButton->setEnabled(!m_path.isEmpty());
    m_ui->planCombo->setEnabled(!hasImported());
    m_importButton->setEnabled(canImport());
}

void EnrolmentImportDialog::showResult()
{
    QString text;
    if (hasImported()) {
        const auto &user = m_workspace.user();
        text = tr("Enrolled %1 in %2 as %3.")
                   .arg(tr("%n person(s)", nullptr, int(m_importedIds.size())),
                        m_ui->planCombo->currentText(),
                        user ? tr("%1 (%2)").arg(user->displayName, user->username) : QString());
    } else if (m_importError) {
        text = tr("Nobody was enrolled: %1").arg(m_importError->toString());
    }
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setVisible(!text.isEmpty());
    setTextColour(m_ui->resultLabel, m_importError ? QColor(Qt::darkRed) : QColor(Qt::darkGreen));
    m_importButton->setEnabled(canImport());
}

void EnrolmentImportDialog::retranslate()
{
    QStringList required;
    for (MaEnrolmentImport::Column column : MaEnrolmentImport::columns()) {
        if (MaEnrolmentImport::isRequired(column))
            required.append(MaEnrolmentImport::header(column));
    }
    m_ui->introLabel->setText(
        tr("Choose the plan and a list of people who paid, saved from Excel as CSV (UTF-8 or "
           "GB18030). Row 1 holds the column headers, then one row per person. Required columns: "
           "%1. People found in the household register by ID number are linked to it. Every row "
           "is checked first, and either everyone is enrolled or nobody.")
            .arg(required.join(tr(", "))));
    m_importButton->setText(tr("&Import"));
    m_ui->problemsTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    const QString chosen = plan();
    PlanChoice::fill(m_ui->planCombo, m_plans, chosen);
    showReport();
    showResult();
}

void EnrolmentImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

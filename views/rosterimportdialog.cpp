#include "rosterimportdialog.h"

#include "session.h"
#include "ui_rosterimportdialog.h"
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

// The check and the import run on the GUI thread: a roster of a community is a
// few thousand rows at most, read in well under a second.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

RosterImportDialog::RosterImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RosterImportDialog>()), m_workspace(workspace)
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

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, [this] { setFile(m_path); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { importRoster(); });
    retranslate();
}

RosterImportDialog::~RosterImportDialog() = default;

void RosterImportDialog::chooseFile()
{
    QString folder = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a roster"), folder, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void RosterImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_plan = RosterPlan();
    m_readError.reset();
    m_imported.reset();
    m_importError.reset();
    if (!path.isEmpty()) {
        const WaitCursor wait;
        auto checked = RosterImport::checkFile(m_workspace.sql(), path);
        if (checked)
            m_plan = std::move(checked).value();
        else
            m_readError = checked.error();
    }
    showReport();
    showResult();
}

bool RosterImportDialog::canImport() const
{
    return !m_path.isEmpty() && !m_readError && !m_plan.report.encoding.isEmpty() &&
           m_plan.report.ok() && !m_imported;
}

Status RosterImportDialog::importRoster()
{
    if (m_imported)
        return Error{tr("This roster has already been imported.")};
    if (!canImport())
        return Error{tr("Choose a roster without problems first.")};
    // Built before the transaction: creating the transliterator takes a while
    // and the database stays locked for writing as long as the transaction runs.
    const Pinyin &pinyin = m_workspace.pinyin();
    std::optional<RosterResult> done;
    const WaitCursor wait;
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto result = RosterImport::apply(writer, pinyin, m_plan);
        if (!result)
            return result.error();
        done = std::move(result).value();
        return {};
    });
    if (status) {
        m_imported = done;
        m_importError.reset();
        const auto &user = m_workspace.user();
        // Apply() succeeded, so someone is signed in.
        m_importedBy = user ? tr("%1 (%2)").arg(user->displayName, user->username) : QString();
    } else {
        m_importError = status.error();
    }
    showReport();
    showResult();
    return status;
}

QString RosterImportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString RosterImportDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void RosterImportDialog::showReport()
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(m_path));
    const RosterReport &report = m_plan.report;
    QStringList summary;
    if (m_readError) {
        summary.append(m_readError->message);
    } else if (!m_path.isEmpty()) {
        if (!report.encoding.isEmpty())
            summary.append(tr("Read %1 as %2: %n person row(s).", nullptr, report.rows)
                               .arg(QFileInfo(m_path).fileName(), report.encoding));
        if (!report.ignoredColumns.isEmpty())
            summary.append(tr("Columns ignored (not roster columns): %1.")
                               .arg(report.ignoredColumns.join(tr(", "))));
        if (report.ok() && !m_imported)
            summary.append(tr("The roster is correct: importing it adds %1 with %2.")
                               .arg(tr("%n household(s)", nullptr, report.households),
                                    tr("%n member(s)", nullptr, report.members)));
    }
    m_ui->summaryLabel->setText(summary.join(QLatin1Char('\n')));
    m_ui->summaryLabel->setVisible(!summary.isEmpty());
    QPalette palette = QApplication::palette(m_ui->summaryLabel);
    if (m_readError)
        palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->summaryLabel->setPalette(palette);

    const bool problems = !m_readError && !report.ok();
    m_ui->problemsLabel->setVisible(problems);
    m_ui->problemsTable->setVisible(problems);
    m_ui->problemsLabel->setText(
        tr("%n problem(s) found. Nothing will be imported until every row is correct: fix the "
           "spreadsheet, save it and check it again.",
           nullptr, int(report.problems.size())));
    QTableWidget *table = m_ui->problemsTable;
    table->setRowCount(problems ? int(report.problems.size()) : 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        const RosterProblem &p = report.problems.at(row);
        // Row 0 is a problem of the file as a whole (its encoding, no rows at all).
        auto *rowItem = new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : tr("File"));
        rowItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, RowColumn, rowItem);
        table->setItem(row, ColumnColumn, new QTableWidgetItem(p.column));
        table->setItem(row, MessageColumn, new QTableWidgetItem(p.message));
    }
    m_ui->recheckButton->setEnabled(!m_path.isEmpty());
    m_importButton->setEnabled(canImport());
}

void RosterImportDialog::showResult()
{
    QString text;
    if (m_imported) {
        text = tr("Imported %1 with %2 as %3. They are in the register with the status "
                  "\"identified\", waiting for a visit.")
                   .arg(tr("%n household(s)", nullptr, int(m_imported->householdIds.size())),
                        tr("%n member(s)", nullptr, m_imported->members), m_importedBy);
    } else if (m_importError) {
        text = tr("Nothing was imported: %1").arg(m_importError->toString());
    }
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setVisible(!text.isEmpty());
    setResultError(m_importError.has_value());
    m_importButton->setEnabled(canImport());
}

void RosterImportDialog::setResultError(bool error)
{
    QPalette palette = QApplication::palette(m_ui->resultLabel);
    palette.setColor(QPalette::WindowText, error ? Qt::darkRed : Qt::darkGreen);
    m_ui->resultLabel->setPalette(palette);
}

void RosterImportDialog::retranslate()
{
    QStringList required;
    for (RosterImport::Column column : RosterImport::columns()) {
        if (RosterImport::isRequired(column))
            required.append(RosterImport::header(column));
    }
    m_ui->introLabel->setText(
        tr("Choose a roster of worker households saved from Excel as CSV (UTF-8 or GB18030). "
           "Row 1 holds the column headers, then one row per person; rows with the same %1 form "
           "one household. Required columns: %2. Every row is checked first, and the households "
           "are added with the status \"identified\".")
            .arg(RosterImport::header(RosterImport::Column::HouseholdKey), required.join(tr(", "))));
    m_importButton->setText(tr("&Import"));
    m_ui->problemsTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    // The problems keep the language they were checked in; "Check again"
    // re-reads them in the new one.
    showReport();
    showResult();
}

void RosterImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

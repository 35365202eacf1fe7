#include "disbursementsview.h"

#include "areasummary.h"
#include "batchexport.h"
#include "batchlinemodel.h"
#include "batchlistmodel.h"
#include "codelabels.h"
#include "disbursementsheets.h"
#include "linepaymentdialog.h"
#include "newbatchdialog.h"
#include "session.h"
#include "sheetprintjob.h"
#include "workspace.h"

#include <QCheckBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

bool may(const Workspace &ws, Permission permission)
{
    return ws.user() && Permissions::allows(ws.user()->role, permission);
}

} // namespace

DisbursementsView::DisbursementsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_workspace(workspace), m_batches(new BatchListModel(workspace.sql(), this)),
      m_lines(new BatchLineModel(workspace.sql(), this)), m_batchTable(makeTable(this)),
      m_lineTable(makeTable(this)), m_showSuperseded(new QCheckBox(this)), m_info(new QLabel(this)),
      m_summary(new QLabel(this)), m_error(new QLabel(this)), m_newButton(new QPushButton(this)),
      m_printButton(new QPushButton(this)), m_pdfButton(new QPushButton(this)),
      m_exportButton(new QPushButton(this)), m_addButton(new QPushButton(this)),
      m_removeButton(new QPushButton(this)),
      m_reviseButton(new QPushButton(this)), m_payButton(new QPushButton(this))
{
    m_newButton->setObjectName(QStringLiteral("newBatchButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_addButton->setObjectName(QStringLiteral("addProposalsButton"));
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));
    m_reviseButton->setObjectName(QStringLiteral("reviseButton"));
    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_info->setObjectName(QStringLiteral("batchInfoLabel"));
    m_batchTable->setModel(m_batches);
    m_batchTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lineTable->setModel(m_lines);
    m_lineTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_error->setPalette(palette);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_newButton);
    top->addWidget(m_summary, 1);
    top->addWidget(m_showSuperseded);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_info);
    lowerLayout->addWidget(m_lineTable, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_printButton, m_pdfButton, m_exportButton, m_addButton, m_removeButton,
                           m_reviseButton, m_payButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    lowerLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_batchTable);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_batchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DisbursementsView::showCurrent);
    connect(m_lineTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DisbursementsView::updateButtons);
    connect(m_showSuperseded, &QCheckBox::toggled, this, &DisbursementsView::refresh);
    connect(m_newButton, &QPushButton::clicked, this, [this] { newBatch(); });
    connect(m_printButton, &QPushButton::clicked, this, &DisbursementsView::printSheet);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save disbursement sheet"), currentBatch().isEmpty() ? QString() :
            m_batches->batchAt(m_batchTable->currentIndex().row())->code() + QStringLiteral(".pdf"),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveSheetPdf(path);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export lines for the bank"), QString(),
            tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
        if (!path.isEmpty())
            exportLines(path);
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] { addToBatch(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Take line off"), tr("Why is this line taken off the batch?"),
            QLineEdit::Normal, {}, &ok);
        if (ok)
            takeLineOff(reason);
    });
    connect(m_reviseButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Revise printed batch"),
            tr("The printed sheet will be marked as replaced and a new version of the batch "
               "opened for changes. Why must it change?"),
            {}, &ok);
        if (ok)
            revise(reason);
    });
    connect(m_payButton, &QPushButton::clicked, this, [this] {
        Money total;
        const QStringList lines = selectedPendingLines(&total);
        LinePaymentDialog dialog(int(lines.size()), total, this);
        if (dialog.exec() == QDialog::Accepted)
            recordPayment(dialog.payment());
    });
    retranslate();
}

QString DisbursementsView::title() const
{
    return tr("Disbursements");
}

void DisbursementsView::retranslate()
{
    m_newButton->setText(tr("&New batch…"));
    m_showSuperseded->setText(tr("Show replaced versions"));
    m_printButton->setText(tr("&Print sheet…"));
    m_pdfButton->setText(tr("Save sheet as P&DF…"));
    m_exportButton->setText(tr("&Export for bank…"));
    m_addButton->setText(tr("&Add proposals…"));
    m_removeButton->setText(tr("&Take line off…"));
    m_reviseButton->setText(tr("Re&vise…"));
    m_payButton->setText(tr("Record pa&yment…"));
    refresh();
}

QString DisbursementsView::currentBatch() const
{
    return m_batchTable->currentIndex().data(BatchListModel::IdRole).toString();
}

void DisbursementsView::selectBatch(const QString &id)
{
    const int row = m_batches->rowOf(id);
    if (row >= 0)
        m_batchTable->setCurrentIndex(m_batches->index(row, 0));
}

void DisbursementsView::refresh()
{
    const QString current = currentBatch();
    m_batches->setShowSuperseded(m_showSuperseded->isChecked());
    showError(m_batches->reload());
    const int year = QDate::currentDate().year();
    if (const auto figures = AreaSummary(m_workspace.sql()).disbursements(year)) {
        m_summary->setText(tr("Paid in %1: %2 in %n payment(s). Not paid yet: %3. Open batches: %4.",
                              nullptr, int(figures->paidCount))
                               .arg(year)
                               .arg(figures->paidTotal.toStringWithSymbol())
                               .arg(figures->pendingCount)
                               .arg(figures->openBatches));
    }
    m_batchTable->resizeColumnsToContents();
    if (!current.isEmpty())
        selectBatch(current);
    if (m_batchTable->currentIndex().isValid())
        showCurrent();
    else if (m_batches->rowCount() > 0)
        m_batchTable->setCurrentIndex(m_batches->index(0, 0));
    else
        showCurrent();
}

void DisbursementsView::showCurrent()
{
    const DisbursementBatch *b = m_batches->batchAt(m_batchTable->currentIndex().row());
    m_lines->load(b ? b->id : QString(), true);
    m_lineTable->resizeColumnsToContents();
    if (!b) {
        m_info->setText(tr("Choose a batch to see its lines."));
        updateButtons();
        return;
    }
    QStringList parts;
    parts.append(QStringLiteral("<b>%1</b>").arg(b->title.toHtmlEscaped()));
    parts.append(tr("%1, %2 in %n line(s), created by %3.", nullptr, b->lineCount)
                     .arg(CodeLabels::batchStatus(b->status), b->total.toStringWithSymbol(),
                          b->createdByName.toHtmlEscaped()));
    if (!b->revisionReason.isEmpty())
        parts.append(tr("Revised after printing: %1").arg(b->revisionReason.toHtmlEscaped()));
    if (auto prints = DisbursementSheets::prints(m_workspace.sql(), b->id); prints && !prints->isEmpty()) {
        const SheetPrint &last = prints->last();
        parts.append(tr("Printed %n time(s); last %1 by %2 (%3).", nullptr, int(prints->size()))
                         .arg(QLocale().toString(last.printedAt.toLocalTime(), QLocale::ShortFormat),
                              last.printedByName.isEmpty() ? tr("the command line")
                                                           : last.printedByName.toHtmlEscaped(),
                              last.superseded ? tr("%1, void: replaced by a revision")
                                                    .arg(last.batchCode)
                                              : last.batchCode));
    }
    m_info->setText(parts.join(QStringLiteral("<br>")));
    updateButtons();
}

QStringList DisbursementsView::selectedPendingLines(Money *total) const
{
    QStringList ids;
    Money sum;
    for (const QModelIndex &index : m_lineTable->selectionModel()->selectedRows()) {
        const DisbursementLine *line = m_lines->lineAt(index.row());
        if (line && line->status == QLatin1String("pending")) {
            ids.append(line->id);
            sum += line->amount;
        }
    }
    if (total)
        *total = sum;
    return ids;
}

void DisbursementsView::updateButtons()
{
    const DisbursementBatch *b = m_batches->batchAt(m_batchTable->currentIndex().row());
    const bool office = may(m_workspace, Permission::ManageDisbursements);
    const bool printable = b && b->status != BatchStatus::Superseded;
    m_newButton->setEnabled(office);
    m_printButton->setEnabled(printable);
    m_pdfButton->setEnabled(printable);
    m_exportButton->setEnabled(office && printable && b->lineCount > 0);
    const bool pending = !selectedPendingLines().isEmpty();
    m_addButton->setEnabled(office && b && b->status == BatchStatus::Open);
    m_removeButton->setEnabled(office && b && b->status == BatchStatus::Open && pending);
    m_reviseButton->setEnabled(office && may(m_workspace, Permission::DecideAid) && b &&
                               b->status == BatchStatus::Printed && b->paidCount == 0);
    m_payButton->setEnabled(office && b && b->status == BatchStatus::Printed && pending);
}

void DisbursementsView::showError(const Status &status)
{
    m_error->setVisible(!status.ok());
    if (!status)
        m_error->setText(status.error().toString());
}

Status DisbursementsView::newBatch()
{
    NewBatchDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    refresh();
    selectBatch(dialog.batchId());
    return {};
}

Status DisbursementsView::addToBatch()
{
    const DisbursementBatch *b = m_batches->batchAt(m_batchTable->currentIndex().row());
    if (!b)
        return {};
    NewBatchDialog dialog(m_workspace, *b, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
    return {};
}

void DisbursementsView::printSheet()
{
    const DisbursementBatch *b = m_batches->batchAt(m_batchTable->currentIndex().row());
    if (!b)
        return;
    if (b->status == BatchStatus::Open && may(m_workspace, Permission::ManageDisbursements) &&
        QMessageBox::question(this, tr("Print sheet"),
                              tr("Printing issues batch %1: after that its lines can only change "
                                 "through a supervisor's revision. Print it now?")
                                  .arg(b->code())) != QMessageBox::Yes)
        return;
    auto printed = SheetPrintJob::printWithPreview(m_workspace, b->id, this);
    showError(printed ? Status() : Status(printed.error()));
    refresh();
}

Status DisbursementsView::saveSheetPdf(const QString &path)
{
    const Status s = SheetPrintJob::savePdf(m_workspace, currentBatch(), path);
    showError(s);
    refresh();
    return s;
}

Status DisbursementsView::exportLines(const QString &path)
{
    const auto format = BatchExport::formatFor(path);
    if (!format) {
        const Status s = Error{tr("Choose a file name ending in .xlsx or .csv."), path};
        showError(s);
        return s;
    }
    const QString batch = currentBatch();
    const Status s = Session::write(m_workspace, [&](AuditedWriter &w) -> Status {
        auto written = BatchExport::write(w, batch, path, *format);
        return written ? Status() : Status(written.error());
    });
    showError(s);
    return s;
}

Status DisbursementsView::takeLineOff(const QString &reason)
{
    const QStringList lines = selectedPendingLines();
    const Status s = Session::write(m_workspace, [&](AuditedWriter &w) -> Status {
        for (const QString &id : lines)
            if (Status r = DisbursementBatches::removeLine(w, id, reason); !r)
                return r;
        return {};
    });
    showError(s);
    refresh();
    return s;
}

Status DisbursementsView::revise(const QString &reason)
{
    QString newId;
    const Status s = Session::write(m_workspace, [&](AuditedWriter &w) -> Status {
        auto id = DisbursementBatches::revise(w, currentBatch(), reason);
        if (!id)
            return id.error();
        newId = id.value();
        return {};
    });
    showError(s);
    refresh();
    if (s)
        selectBatch(newId);
    return s;
}

Status DisbursementsView::recordPayment(const LinePayment &payment)
{
    const QStringList lines = selectedPendingLines();
    const Status s = Session::write(m_workspace, [&](AuditedWriter &w) {
        return DisbursementBatches::recordPayment(w, lines, payment);
    });
    showError(s);
    refresh();
    return s;
}

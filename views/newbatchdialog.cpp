#include "newbatchdialog.h"

#include "aidprogramme.h"
#include "disbursementbatches.h"
#include "divisions.h"
#include "session.h"
#include "workspace.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum CandidateColumn { Household, FileNo, Division, Student, Amount, Approved, ColumnCount };

} // namespace

NewBatchDialog::NewBatchDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_programme(new QComboBox(this)),
      m_division(new QComboBox(this)), m_period(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_summary(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New disbursement batch"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Programme:"), m_programme);
    form->addRow(tr("&Sub-district:"), m_division);
    form->addRow(tr("P&eriod:"), m_period);
    form->addRow(tr("&Title:"), m_title);
    m_period->setPlaceholderText(tr("e.g. %1 Spring Festival").arg(QDate::currentDate().year()));
    m_title->setPlaceholderText(tr("Made from the programme, period and sub-district"));

    if (auto programmes = AidProgrammes::list(workspace.sql(), true)) {
        for (const AidProgramme &p : programmes.value())
            m_programme->addItem(p.name, p.id);
    }
    m_division->addItem(tr("Whole district"), QString());
    QSqlQuery q(workspace.sql());
    if (q.exec(QStringLiteral("SELECT code, name FROM divisions WHERE length(code) = 9 ORDER BY code"))) {
        while (q.next())
            m_division->addItem(q.value(1).toString(), q.value(0).toString());
    }

    m_table->setHorizontalHeaderLabels({tr("Household"), tr("File no."), tr("Sub-district"),
                                        tr("Student"), tr("Amount"), tr("Approved")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_error->setPalette(palette);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Approved proposals not yet on a batch (untick those to leave "
                                    "for a later batch):"),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create batch"));
    for (QAbstractButton *b : m_buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewBatchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewBatchDialog::reject);
    connect(m_programme, &QComboBox::currentIndexChanged, this, &NewBatchDialog::loadCandidates);
    connect(m_division, &QComboBox::currentIndexChanged, this, &NewBatchDialog::loadCandidates);
    connect(m_table, &QTableWidget::itemChanged, this, &NewBatchDialog::updateSummary);
    connect(m_period, &QLineEdit::textChanged, this, &NewBatchDialog::updateSummary);
    loadCandidates();
    resize(820, 560);
}

NewBatchDialog::NewBatchDialog(Workspace &workspace, const DisbursementBatch &batch,
                               QWidget *parent)
    : NewBatchDialog(workspace, parent)
{
    m_addTo = batch.id;
    setWindowTitle(tr("Add proposals to batch %1").arg(batch.code()));
    m_programme->setCurrentIndex(qMax(0, m_programme->findData(batch.programmeId)));
    m_division->setCurrentIndex(qMax(0, m_division->findData(batch.divisionCode)));
    m_programme->setEnabled(false);
    m_division->setEnabled(false);
    m_period->setText(batch.period);
    m_period->setEnabled(false);
    m_title->setText(batch.title);
    m_title->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to batch"));
    loadCandidates();
}

void NewBatchDialog::loadCandidates()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    auto candidates = DisbursementBatches::candidates(m_workspace.sql(),
                                                      m_programme->currentData().toString(),
                                                      m_division->currentData().toString());
    if (!candidates) {
        m_error->setText(candidates.error().toString());
        m_error->show();
        return;
    }
    for (const BatchCandidate &c : candidates.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(c.headName);
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
        name->setData(Qt::UserRole, c.requestId);
        name->setData(Qt::UserRole + 1, c.amount.fen());
        m_table->setItem(row, Household, name);
        m_table->setItem(row, FileNo, new QTableWidgetItem(c.fileNo));
        m_table->setItem(row, Division, new QTableWidgetItem(c.divisionName));
        m_table->setItem(row, Student, new QTableWidgetItem(c.memberName));
        auto *amount = new QTableWidgetItem(c.amount.toStringWithSymbol());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Amount, amount);
        m_table->setItem(row, Approved,
                         new QTableWidgetItem(c.approvedAt.toLocalTime().date().toString(Qt::ISODate)));
    }
    m_table->resizeColumnsToContents();
    updateSummary();
}

QStringList NewBatchDialog::checkedRequests() const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, Household);
        if (item && item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

void NewBatchDialog::updateSummary()
{
    Money total;
    int count = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, Household);
        if (item && item->checkState() == Qt::Checked) {
            ++count;
            total += Money::fromFen(item->data(Qt::UserRole + 1).toLongLong());
        }
    }
    m_summary->setText(m_table->rowCount() == 0
                           ? tr("No approved proposals of this programme are waiting for a batch.")
                           : tr("%n proposal(s) chosen, %1 in all.", nullptr, count)
                                 .arg(total.toStringWithSymbol()));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(count > 0 && !m_period->text().trimmed().isEmpty());
}

void NewBatchDialog::accept()
{
    const DisbursementBatchSpec spec{m_programme->currentData().toString(), m_period->text(),
                                     m_division->currentData().toString(), m_title->text()};
    const QStringList requests = checkedRequests();
    QString created;
    const Status s = Session::write(m_workspace, [&](AuditedWriter &w) -> Status {
        if (!m_addTo.isEmpty()) {
            created = m_addTo;
            return DisbursementBatches::addRequests(w, m_addTo, requests);
        }
        auto id = DisbursementBatches::create(w, spec, requests);
        if (!id)
            return id.error();
        created = id.value();
        return {};
    });
    if (!s) {
        m_error->setText(s.error().toString());
        m_error->show();
        return;
    }
    m_batchId = created;
    QDialog::accept();
}

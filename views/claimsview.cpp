#include "claimsview.h"
#include "ui_claimsview.h"

#include "claimdialog.h"
#include "claimpaymentdialog.h"
#include "claimstatementpdf.h"
#include "codelabels.h"
#include "enrolmentsdialog.h"
#include "errordialog.h"
#include "maclaimlistmodel.h"
#include "maclaims.h"
#include "maclaimstatement.h"
#include "maclaimworkflow.h"
#include "maplan.h"
#include "payoutcalculatordialog.h"
#include "pdfwriter.h"
#include "session.h"
#include "workspace.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSet>

ClaimsView::ClaimsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_ui(std::make_unique<Ui::ClaimsView>()), m_workspace(workspace),
      m_model(new MaClaimListModel(workspace.sql(), this))
{
    m_ui->setupUi(this);
    m_ui->claimsTable->setModel(m_model);
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    fillFilters();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &ClaimsView::refresh);
    connect(m_ui->hospitalFilterEdit, &QLineEdit::textChanged, this, &ClaimsView::refresh);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &ClaimsView::refresh);
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &ClaimsView::refresh);
    connect(m_ui->claimsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClaimsView::showCurrent);
    connect(m_ui->claimsTable, &QAbstractItemView::doubleClicked, this, [this] { openClaim(); });
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { newClaim(); });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] { openClaim(); });
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_ui->approveButton, &QPushButton::clicked, this, [this] {
        const QString payout = m_ui->claimsTable->currentIndex()
                                   .siblingAtColumn(MaClaimListModel::Payout)
                                   .data()
                                   .toString();
        if (QMessageBox::question(this, tr("Approve claim"),
                                  tr("Approve this claim? The plan gives a payout of %1; it "
                                     "is computed again as of now.")
                                      .arg(payout)) == QMessageBox::Yes)
            approve();
    });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Reject claim"), tr("Why is the claim rejected? The member is told this."),
            {}, &ok);
        if (ok)
            reject(reason);
    });
    connect(m_ui->paidButton, &QPushButton::clicked, this, [this] {
        ClaimPaymentDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            markPaid(dialog.paidOn(), dialog.reference());
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, &ClaimsView::printStatement);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save claim statement"), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveStatementPdf(path);
    });
    connect(m_ui->enrolmentsButton, &QPushButton::clicked, this, [this] {
        EnrolmentsDialog dialog(m_workspace, EnrolmentsDialog::Mode::Manage, this);
        dialog.exec();
        refresh();
    });
    connect(m_ui->calculatorButton, &QPushButton::clicked, this, [this] {
        PayoutCalculatorDialog dialog(m_workspace, this);
        dialog.exec();
    });
    retranslate();
}

ClaimsView::~ClaimsView() = default;

QString ClaimsView::title() const
{
    return tr("Claims");
}

void ClaimsView::fillFilters()
{
    const QSignalBlocker blockStatus(m_ui->statusCombo);
    const QSignalBlocker blockYear(m_ui->yearCombo);
    const QString status = m_ui->statusCombo->currentData().toString();
    const int year = m_ui->yearCombo->currentData().toInt();
    m_ui->statusCombo->clear();
    m_ui->statusCombo->addItem(tr("All statuses"), QString());
    for (const QString &code : CodeLabels::claimStatuses())
        m_ui->statusCombo->addItem(CodeLabels::claimStatus(code), code);
    m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(status)));
    m_ui->yearCombo->clear();
    m_ui->yearCombo->addItem(tr("All plan years"), 0);
    QList<int> years;
    if (auto plans = MaPlans::list(m_workspace.sql())) {
        for (const MaPlan &plan : plans.value()) {
            if (!years.contains(plan.year))
                years.append(plan.year);
        }
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    for (int y : years)
        m_ui->yearCombo->addItem(QString::number(y), y);
    m_ui->yearCombo->setCurrentIndex(qMax(0, m_ui->yearCombo->findData(year)));
}

void ClaimsView::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->headingLabel->setText(title());
    fillFilters();
    m_model->retranslate();
    refresh();
}

void ClaimsView::refresh()
{
    const QString current = currentClaim();
    MaClaimFilter filter;
    filter.text = m_ui->searchEdit->text().trimmed();
    filter.hospital = m_ui->hospitalFilterEdit->text().trimmed();
    filter.status = m_ui->statusCombo->currentData().toString();
    filter.year = m_ui->yearCombo->currentData().toInt();
    m_model->setFilter(filter);
    const Status status = m_model->reload();
    showError(status);
    if (status)
        m_ui->claimsTable->resizeColumnsToContents();
    m_ui->countLabel->setText(tr("%n claim(s).", nullptr, m_model->rowCount()));
    selectClaim(current);
    showCurrent();
}

QString ClaimsView::currentClaim() const
{
    const QModelIndex current = m_ui->claimsTable->currentIndex();
    return current.isValid() ? current.data(MaClaimListModel::IdRole).toString() : QString();
}

void ClaimsView::selectClaim(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row >= 0)
        m_ui->claimsTable->selectRow(row);
}

void ClaimsView::showCurrent()
{
    const QString id = currentClaim();
    if (id.isEmpty()) {
        m_ui->detailView->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("Choose a claim to see its statement and the payout step by step.")
                         .toHtmlEscaped()));
    } else if (auto statement = MaClaimStatements::load(m_workspace.sql(), id)) {
        m_ui->detailView->setHtml(claimStatementHtml(statement.value()));
    } else {
        m_ui->detailView->setPlainText(statement.error().toString());
    }
    updateButtons();
}

void ClaimsView::updateButtons()
{
    MaClaimActions actions;
    const QString id = currentClaim();
    if (!id.isEmpty()) {
        if (auto claim = MaClaims::load(m_workspace.sql(), id))
            actions = MaClaimWorkflow::actions(claim.value(), m_workspace.user());
    }
    m_ui->openButton->setEnabled(!id.isEmpty());
    m_ui->submitButton->setEnabled(actions.submit);
    m_ui->approveButton->setEnabled(actions.approve);
    m_ui->rejectButton->setEnabled(actions.reject);
    m_ui->paidButton->setEnabled(actions.pay);
    m_ui->printButton->setEnabled(!id.isEmpty());
    m_ui->pdfButton->setEnabled(!id.isEmpty());
}

void ClaimsView::showError(const Status &status)
{
    m_ui->errorLabel->setVisible(!status.ok());
    if (!status)
        m_ui->errorLabel->setText(status.error().toString());
}

Status ClaimsView::newClaim()
{
    EnrolmentsDialog picker(m_workspace, EnrolmentsDialog::Mode::Pick, this);
    if (picker.exec() != QDialog::Accepted || picker.chosenEnrolmentId().isEmpty())
        return {};
    ClaimDialog dialog(m_workspace, {}, picker.chosenEnrolmentId(), this);
    if (dialog.loadError()) {
        showError(*dialog.loadError());
        return *dialog.loadError();
    }
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        selectClaim(dialog.claimId());
    }
    return {};
}

Status ClaimsView::openClaim()
{
    const QString id = currentClaim();
    if (id.isEmpty())
        return {};
    ClaimDialog dialog(m_workspace, id, {}, this);
    if (dialog.loadError()) {
        showError(*dialog.loadError());
        return *dialog.loadError();
    }
    if (dialog.exec() == QDialog::Accepted)
        refresh();
    return {};
}

Status ClaimsView::decide(const std::function<Status(AuditedWriter &, const QString &)> &action)
{
    const QString id = currentClaim();
    if (id.isEmpty())
        return Error{tr("Choose a claim first.")};
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return action(writer, id);
    });
    showError(s);
    if (s)
        refresh();
    return s;
}

Status ClaimsView::submit()
{
    return decide([](AuditedWriter &w, const QString &id) -> Status {
        auto number = MaClaimWorkflow::submit(w, id);
        return number ? Status() : Status(number.error());
    });
}

Status ClaimsView::approve()
{
    return decide([](AuditedWriter &w, const QString &id) { return MaClaimWorkflow::approve(w, id); });
}

Status ClaimsView::reject(const QString &reason)
{
    return decide([&](AuditedWriter &w, const QString &id) {
        return MaClaimWorkflow::reject(w, id, reason);
    });
}

Status ClaimsView::markPaid(const QDate &paidOn, const QString &reference)
{
    return decide([&](AuditedWriter &w, const QString &id) {
        return MaClaimWorkflow::markPaid(w, id, paidOn, reference);
    });
}

Status ClaimsView::saveStatementPdf(const QString &path)
{
    auto statement = MaClaimStatements::load(m_workspace.sql(), currentClaim());
    Status s = statement ? writeClaimStatementPdf(statement.value(), path)
                         : Status(statement.error());
    showError(s);
    return s;
}

void ClaimsView::printStatement()
{
    auto statement = MaClaimStatements::load(m_workspace.sql(), currentClaim());
    if (!statement) {
        showError(statement.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        showError(paintHtml(*target, claimStatementHtml(statement.value()),
                            claimStatementPageSetup(statement.value())));
    });
    preview.exec();
}

#include "approvalsview.h"

#include "aiddecisiondialog.h"
#include "aidhistory.h"
#include "aidinboxmodel.h"
#include "aidprogramme.h"
#include "aidproposalhtml.h"
#include "aidproposals.h"
#include "areasummary.h"
#include "errordialog.h"
#include "session.h"
#include "ui_approvalsview.h"
#include "workspace.h"

#include <algorithm>
#include <functional>
#include <QHeaderView>
#include <QItemSelection>
#include <QScopedValueRollback>

namespace {

QString proposalLine(const AidInboxItem &item)
{
    return ApprovalsView::tr("%1 for %2, %3")
        .arg(item.programmeName,
             item.fileNo.isEmpty() ? item.headName
                                   : AidInboxModel::tr("%1 (%2)").arg(item.headName, item.fileNo),
             item.amount.toStringWithSymbol());
}

// Whether proposal \a id is still waiting, e.g. for its second approval.
bool stillSubmitted(const QSqlDatabase &db, const QString &id)
{
    auto p = AidProposals::load(db, id);
    return p && p->status == AidStatus::Submitted;
}

} // namespace

ApprovalsView::ApprovalsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_ui(std::make_unique<Ui::ApprovalsView>()), m_workspace(workspace),
      m_model(new AidInboxModel(workspace, this))
{
    m_ui->setupUi(this);
    m_ui->inboxTable->setModel(m_model);
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    m_ui->messageLabel->hide();
    m_model->setOnlyDecidable(m_ui->onlyDecidableCheck->isChecked());
    // Empty while only decidable proposals are listed.
    m_ui->inboxTable->setColumnHidden(AidInboxModel::WhyNot, m_model->onlyDecidable());

    // The filters narrow what is shown; the selection follows what remains.
    const auto refilter = [this](const std::function<void()> &change) {
        const QStringList ids = selectedProposals();
        const QString current = currentProposal();
        change();
        restoreSelection(ids, current, 0);
    };
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this,
            [this, refilter](const QString &text) { refilter([&] { m_model->setSearch(text); }); });
    connect(m_ui->onlyDecidableCheck, &QCheckBox::toggled, this, [this, refilter](bool only) {
        refilter([&] { m_model->setOnlyDecidable(only); });
        m_ui->inboxTable->setColumnHidden(AidInboxModel::WhyNot, only);
        if (!only)
            m_ui->inboxTable->resizeColumnToContents(AidInboxModel::WhyNot);
    });
    QItemSelectionModel *selection = m_ui->inboxTable->selectionModel();
    const auto selectionChanged = [this] {
        if (m_restoring)
            return;
        if (currentProposal() != m_shownId)
            showCurrent();
        updateButtons();
    };
    connect(selection, &QItemSelectionModel::selectionChanged, this, selectionChanged);
    connect(selection, &QItemSelectionModel::currentRowChanged, this, selectionChanged);
    connect(m_ui->approveButton, &QPushButton::clicked, this,
            [this] { report(tr("Approve aid"), approve()); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this,
            [this] { askComment(AidDecision::Kind::Reject); });
    connect(m_ui->returnButton, &QPushButton::clicked, this,
            [this] { askComment(AidDecision::Kind::Return); });
    connect(m_ui->approveSelectedButton, &QPushButton::clicked, this,
            &ApprovalsView::askApproveSelected);
    retranslate();
}

ApprovalsView::~ApprovalsView() = default;

QString ApprovalsView::title() const
{
    return tr("Approvals");
}

void ApprovalsView::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->headingLabel->setText(title());
    m_model->retranslate();
    refresh();
}

void ApprovalsView::refresh()
{
    const QStringList ids = selectedProposals();
    const QString current = currentProposal();
    const int currentRow = qMax(0, m_model->rowOf(current));
    const Status status = m_model->reload();
    m_ui->errorLabel->setVisible(!status.ok());
    if (!status)
        m_ui->errorLabel->setText(
            tr("The approvals inbox could not be read: %1").arg(status.error().toString()));
    else
        m_ui->inboxTable->resizeColumnsToContents();
    m_ui->messageLabel->hide();

    if (auto figures = AreaSummary(m_workspace.sql()).approvals())
        m_ui->claimsLabel->setText(tr("%n mutual-aid claim(s) are waiting in the Claims area.",
                                      nullptr, int(figures->claimsWaiting)));
    else
        m_ui->claimsLabel->setText(
            tr("The mutual-aid claims could not be read: %1").arg(figures.error().toString()));
    updateCount();
    restoreSelection(ids, current, currentRow);
}

void ApprovalsView::updateCount()
{
    m_ui->countLabel->setText(
        tr("%n proposal(s) waiting for a decision; you may decide %1 of them.", nullptr,
           m_model->totalCount())
            .arg(m_model->decidableCount()));
}

QString ApprovalsView::currentProposal() const
{
    // The current row if it is selected, else the first selected one.
    const QItemSelectionModel *selection = m_ui->inboxTable->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row()))
        return current.data(AidInboxModel::IdRole).toString();
    const QStringList selected = selectedProposals();
    return selected.isEmpty() ? QString() : selected.first();
}

QStringList ApprovalsView::selectedProposals() const
{
    QStringList ids;
    for (const AidInboxItem &item : selectedItems())
        ids.append(item.id);
    return ids;
}

QList<AidInboxItem> ApprovalsView::selectedItems() const
{
    QModelIndexList rows = m_ui->inboxTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<AidInboxItem> items;
    for (const QModelIndex &index : std::as_const(rows))
        items.append(m_model->item(index.row()));
    return items;
}

void ApprovalsView::selectProposals(const QStringList &ids)
{
    restoreSelection(ids, ids.value(0), -1);
}

void ApprovalsView::restoreSelection(const QStringList &ids, const QString &current,
                                     int fallbackRow)
{
    // One read of the detail at the end, not one per selection signal.
    const QScopedValueRollback<bool> restoring(m_restoring, true);
    QItemSelectionModel *selectionModel = m_ui->inboxTable->selectionModel();
    const int lastColumn = AidInboxModel::ColumnCount - 1;
    QItemSelection selection;
    int currentRow = m_model->rowOf(current);
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, lastColumn));
        if (currentRow < 0)
            currentRow = row;
    }
    // What was chosen is gone (decided, filtered out): the row that took its place.
    if (selection.isEmpty() && fallbackRow >= 0 && m_model->rowCount() > 0) {
        currentRow = qMin(fallbackRow, m_model->rowCount() - 1);
        selection.select(m_model->index(currentRow, 0), m_model->index(currentRow, lastColumn));
    }
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (currentRow >= 0) {
        selectionModel->setCurrentIndex(m_model->index(currentRow, 0),
                                        QItemSelectionModel::NoUpdate);
        m_ui->inboxTable->scrollTo(m_model->index(currentRow, 0));
    } else {
        selectionModel->clearCurrentIndex();
    }
    showCurrent();
    updateButtons();
}

void ApprovalsView::showCurrent()
{
    const QString id = currentProposal();
    m_shownId = id;
    if (id.isEmpty()) {
        const QString hint =
            m_model->rowCount() > 0
                ? tr("Choose a proposal to see it in full: the reason, the warnings with the "
                     "caseworker's answers, the decisions so far and what the household has "
                     "received.")
                : tr("Nothing is waiting for your decision.");
        m_ui->detailView->setHtml(QStringLiteral("<p>%1</p>").arg(hint.toHtmlEscaped()));
        return;
    }
    const AidInboxItem &item = m_model->item(m_model->rowOf(id));
    AidProposalDetail detail;
    detail.subDistrict = item.divisionName;
    detail.category = item.category;
    detail.stageDue = item.stage;
    auto proposal = AidProposals::load(m_workspace.sql(), id);
    if (!proposal) {
        m_ui->detailView->setPlainText(proposal.error().toString());
        return;
    }
    detail.proposal = std::move(proposal).value();
    auto programme = AidProgrammes::load(m_workspace.sql(), detail.proposal.programmeId);
    if (!programme) {
        m_ui->detailView->setPlainText(programme.error().toString());
        return;
    }
    detail.programme = std::move(programme).value();
    auto history = AidHistories::forHousehold(m_workspace.sql(), detail.proposal.householdId);
    if (!history) {
        m_ui->detailView->setPlainText(history.error().toString());
        return;
    }
    detail.history = std::move(history).value();
    m_ui->detailView->setHtml(aidProposalHtml(detail));
}

void ApprovalsView::updateButtons()
{
    const QList<AidInboxItem> items = selectedItems();
    const bool one = items.size() == 1 && items.first().mayDecide;
    QString whyNot;
    if (items.size() == 1 && !items.first().mayDecide)
        whyNot = items.first().whyNot;
    else if (items.size() > 1)
        whyNot = tr("Several proposals are selected: choose one, or use \"Approve selected\".");
    for (QPushButton *button : {m_ui->approveButton, m_ui->rejectButton, m_ui->returnButton}) {
        button->setEnabled(one);
        button->setToolTip(whyNot);
    }

    bool all = !items.isEmpty();
    Money total;
    for (const AidInboxItem &item : items) {
        all = all && item.mayDecide;
        total += item.amount;
    }
    m_ui->approveSelectedButton->setEnabled(all);
    m_ui->approveSelectedButton->setToolTip(
        all || items.isEmpty()
            ? QString()
            : tr("You may not decide on every selected proposal: leave out the greyed ones."));
    m_ui->selectionLabel->setText(items.size() > 1
                                      ? tr("%n selected, %1 in all.", nullptr, int(items.size()))
                                            .arg(total.toStringWithSymbol())
                                      : QString());
}

Status ApprovalsView::decideOne(AidDecision::Kind kind, const QString &comment)
{
    const QList<AidInboxItem> items = selectedItems();
    if (items.size() != 1)
        return Error{tr("Choose one proposal first.")};
    const AidInboxItem item = items.first();
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return AidDecisions::decide(writer, item.id, kind, comment);
    });
    if (!s) {
        // Another supervisor may have decided it meanwhile: show what is true now.
        refresh();
        return s;
    }
    QString message;
    switch (kind) {
    case AidDecision::Kind::Approve:
        message = stillSubmitted(m_workspace.sql(), item.id)
                      ? tr("First approval given for %1; it now waits for a second, different "
                           "supervisor.")
                            .arg(proposalLine(item))
                      : tr("Approved: %1.").arg(proposalLine(item));
        break;
    case AidDecision::Kind::Reject:
        message = tr("Rejected: %1.").arg(proposalLine(item));
        break;
    case AidDecision::Kind::Return:
        message = tr("Returned to the caseworker for changes: %1.").arg(proposalLine(item));
        break;
    }
    // Stays on the proposal if it is still listed, else on the one that took its place.
    refresh();
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    return {};
}

Status ApprovalsView::approve()
{
    return decideOne(AidDecision::Kind::Approve, {});
}

Status ApprovalsView::reject(const QString &comment)
{
    return decideOne(AidDecision::Kind::Reject, comment);
}

Status ApprovalsView::returnForChanges(const QString &comment)
{
    return decideOne(AidDecision::Kind::Return, comment);
}

Result<int> ApprovalsView::approveMany(const QStringList &ids, const QString &comment)
{
    if (ids.isEmpty())
        return Error{tr("Choose the proposals to approve first.")};
    int decided = 0;
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto result = AidDecisions::decideMany(writer, ids, AidDecision::Kind::Approve, comment);
        if (!result)
            return result.error();
        decided = result.value();
        return {};
    });
    if (!s) {
        // Nothing was kept; the list shows what is true now (another
        // supervisor may have decided one of them meanwhile).
        refresh();
        const Error &e = s.error();
        // The model's refusal names the proposal in where; nothing was kept.
        return Error{e.where.isEmpty() ? tr("No proposal was approved: %1").arg(e.message)
                                       : tr("No proposal was approved, because %1 was refused: %2")
                                             .arg(e.where, e.message)};
    }
    int waiting = 0;
    for (const QString &id : ids)
        waiting += stillSubmitted(m_workspace.sql(), id) ? 1 : 0;
    QString message = tr("%n proposal(s) approved.", nullptr, decided);
    if (waiting > 0)
        message += QLatin1Char(' ') +
                   tr("%n of them wait(s) for a second, different supervisor.", nullptr, waiting);
    refresh();
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    return decided;
}

void ApprovalsView::askComment(AidDecision::Kind kind)
{
    const QList<AidInboxItem> items = selectedItems();
    if (items.size() != 1)
        return;
    const bool rejecting = kind == AidDecision::Kind::Reject;
    AidDecisionDialog dialog(
        rejecting ? AidDecisionDialog::Mode::Reject : AidDecisionDialog::Mode::Return, items, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(rejecting ? tr("Reject aid") : tr("Return for changes"),
           decideOne(kind, dialog.comment()));
}

void ApprovalsView::askApproveSelected()
{
    const QList<AidInboxItem> items = selectedItems();
    if (items.isEmpty())
        return;
    // Say which of them get only their first approval now.
    int awaitingSecond = 0;
    for (const AidInboxItem &item : items) {
        if (item.stage != 1)
            continue;
        auto proposal = AidProposals::load(m_workspace.sql(), item.id);
        if (!proposal)
            continue;
        auto programme = AidProgrammes::load(m_workspace.sql(), proposal->programmeId);
        if (programme && programme->needsSecondApproval(item.amount))
            ++awaitingSecond;
    }
    AidDecisionDialog dialog(AidDecisionDialog::Mode::ApproveMany, items, this);
    dialog.setAwaitingSecondApproval(awaitingSecond);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList ids;
    for (const AidInboxItem &item : items)
        ids.append(item.id);
    const auto approved = approveMany(ids, dialog.comment());
    report(tr("Approve selected proposals"), approved ? Status() : Status(approved.error()));
}

void ApprovalsView::report(const QString &title, const Status &status)
{
    if (!status)
        ErrorDialog::show(this, title, status.error());
}

#include "householdaidpanel.h"

#include "aidproposaldialog.h"
#include "aidproposals.h"
#include "codelabels.h"
#include "errordialog.h"
#include "workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

enum EntryColumn {
    DateColumn,
    WhatColumn,
    PersonColumn,
    AmountColumn,
    PaidColumn,
    ReferenceColumn,
    EntryColumnCount
};
enum ProposalColumn {
    ProposedColumn,
    ProgrammeColumn,
    ProposalAmountColumn,
    StatusColumn,
    ProposalColumnCount
};

constexpr int ProposalIdRole = Qt::UserRole + 1;

QTableWidget *table(QWidget *parent, const QString &name, int columns)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *amountItem(Money amount)
{
    auto *item = new QTableWidgetItem(amount.toStringWithSymbol());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

HouseholdAidPanel::HouseholdAidPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_heading(new QLabel(this)),
      m_totals(new QLabel(this)),
      m_entries(table(this, QStringLiteral("aidEntriesTable"), EntryColumnCount)),
      m_proposalsHeading(new QLabel(this)),
      m_proposalsTable(table(this, QStringLiteral("aidProposalsTable"), ProposalColumnCount))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_proposalsHeading->setFont(bold);
    m_totals->setObjectName(QStringLiteral("aidTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_totals);
    layout->addWidget(m_entries, 3);
    layout->addWidget(m_proposalsHeading);
    layout->addWidget(m_proposalsTable, 2);

    connect(m_proposalsTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem *item = m_proposalsTable->item(row, ProposedColumn))
            openProposal(item->data(ProposalIdRole).toString());
    });
    retranslate();
}

void HouseholdAidPanel::setHousehold(const QString &id)
{
    m_householdId = id;
    refresh();
}

void HouseholdAidPanel::refresh()
{
    m_history = {};
    m_proposals.clear();
    m_readError.clear();
    if (!m_householdId.isEmpty()) {
        auto history = AidHistories::forHousehold(m_workspace.sql(), m_householdId);
        if (history)
            m_history = history.value();
        else
            m_readError = history.error().message;
        auto proposals = AidProposals::ofHousehold(m_workspace.sql(), m_householdId);
        if (proposals)
            m_proposals = proposals.value();
        else
            m_readError = proposals.error().message;
    }
    fill();
}

void HouseholdAidPanel::fill()
{
    // Totals of each year, newest first, and what is approved but not paid.
    QString html;
    if (!m_readError.isEmpty()) {
        html = QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                   .arg(tr("The aid could not be read: %1").arg(m_readError).toHtmlEscaped());
    } else if (m_householdId.isEmpty()) {
        html.clear();
    } else if (m_history.years.isEmpty()) {
        html = tr("Nothing paid yet.").toHtmlEscaped();
    } else {
        // Amounts right-aligned with room between the columns.
        const QString amount =
            QStringLiteral("<%1 align=\"right\" style=\"padding-left:16px\">%2</%1>");
        html =
            QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr>%1%2%3%4</tr>")
                .arg(QStringLiteral("<th align=\"left\">%1</th>").arg(tr("Year").toHtmlEscaped()),
                     amount.arg(QStringLiteral("th"), tr("Aid").toHtmlEscaped()),
                     amount.arg(QStringLiteral("th"), tr("Mutual aid").toHtmlEscaped()),
                     amount.arg(QStringLiteral("th"), tr("Total").toHtmlEscaped()));
        for (const AidHistoryYear &y : std::as_const(m_history.years))
            html += QStringLiteral("<tr><td>%1</td>%2%3%4</tr>")
                        .arg(QString::number(y.year),
                             amount.arg(QStringLiteral("td"), y.aid.toStringWithSymbol()),
                             amount.arg(QStringLiteral("td"), y.mutualAid.toStringWithSymbol()),
                             amount.arg(
                                 QStringLiteral("td"),
                                 QStringLiteral("<b>%1</b>").arg(y.total().toStringWithSymbol())));
        html += QStringLiteral("</table>");
    }
    if (m_history.pending.fen() > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Approved, not paid yet: %1")
                             .arg(m_history.pending.toStringWithSymbol())
                             .toHtmlEscaped());
    m_totals->setText(html);
    m_totals->setVisible(!html.isEmpty());

    m_entries->setRowCount(int(m_history.entries.size()));
    for (int row = 0; row < m_history.entries.size(); ++row) {
        const AidHistoryEntry &e = m_history.entries.at(row);
        m_entries->setItem(row, DateColumn,
                           new QTableWidgetItem(e.date.toString(QStringLiteral("yyyy-MM-dd"))));
        m_entries->setItem(row, WhatColumn,
                           new QTableWidgetItem(e.source == AidHistoryEntry::Source::MutualAid
                                                    ? tr("%1 (mutual aid)").arg(e.what)
                                                    : e.what));
        m_entries->setItem(row, PersonColumn, new QTableWidgetItem(e.person));
        m_entries->setItem(row, AmountColumn, amountItem(e.amount));
        m_entries->setItem(row, PaidColumn,
                           new QTableWidgetItem(e.paid ? tr("Paid") : tr("Pending")));
        m_entries->setItem(row, ReferenceColumn, new QTableWidgetItem(e.reference));
    }

    m_proposalsTable->setRowCount(int(m_proposals.size()));
    for (int row = 0; row < m_proposals.size(); ++row) {
        const AidProposal &p = m_proposals.at(row);
        const QDateTime at = p.submittedAt.isValid() ? p.submittedAt : p.createdAt;
        auto *date = new QTableWidgetItem(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        date->setData(ProposalIdRole, p.id);
        m_proposalsTable->setItem(row, ProposedColumn, date);
        m_proposalsTable->setItem(row, ProgrammeColumn, new QTableWidgetItem(p.programmeName));
        m_proposalsTable->setItem(row, ProposalAmountColumn, amountItem(p.amount));
        auto *status = new QTableWidgetItem(CodeLabels::aidRequestStatus(p.status));
        if (p.status == AidStatus::Returned) {
            QFont bold = status->font();
            bold.setBold(true);
            status->setFont(bold);
            status->setToolTip(tr("Returned for changes: open it to read the supervisor's "
                                  "comment"));
        }
        m_proposalsTable->setItem(row, StatusColumn, status);
    }
}

QString HouseholdAidPanel::totalsText() const
{
    QTextDocument document;
    document.setHtml(m_totals->text());
    return document.toPlainText();
}

void HouseholdAidPanel::proposeAid()
{
    if (!m_householdId.isEmpty())
        runDialog({});
}

void HouseholdAidPanel::openProposal(const QString &id)
{
    if (!id.isEmpty())
        runDialog(id);
}

void HouseholdAidPanel::runDialog(const QString &proposalId)
{
    AidProposalDialog dialog(m_workspace, proposalId, m_householdId, this);
    if (dialog.loadError()) {
        ErrorDialog::show(this, tr("Aid proposal"), *dialog.loadError());
        return;
    }
    dialog.exec();
    const QString household = m_householdId;
    refresh();
    // Save draft keeps the form open and a later Close rejects it: re-read either way.
    emit proposalsChanged(household);
}

void HouseholdAidPanel::retranslate()
{
    m_heading->setText(tr("Aid received"));
    m_proposalsHeading->setText(tr("Aid proposals (double-click to open)"));
    m_entries->setHorizontalHeaderLabels(
        {tr("Date"), tr("What"), tr("Person"), tr("Amount"), tr("Paid"), tr("Reference")});
    m_proposalsTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Programme"), tr("Amount"), tr("Status")});
    fill();
}

void HouseholdAidPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

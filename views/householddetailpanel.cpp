#include "householddetailpanel.h"

#include "exitdialog.h"
#include "visitdialog.h"

#include "fieldlabels.h"
#include "historypanel.h"
#include "householdaidpanel.h"
#include "idnumber.h"
#include "session.h"
#include "workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, RelationshipColumn, IdNumberColumn, ColumnCount };

} // namespace

HouseholdDetailPanel::HouseholdDetailPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_membersHeading(new QLabel(this)),
      m_membersTable(new QTableWidget(this)), m_revealButton(new QPushButton(this)),
      m_fileButton(new QPushButton(this)), m_visitButton(new QPushButton(this)), m_exitButton(new QPushButton(this)),
      m_aidButton(new QPushButton(this)), m_messageLabel(new QLabel(this)),
      m_history(new HistoryPanel(workspace, this)), m_aid(new HouseholdAidPanel(workspace, this))
{
    QFont bold = m_membersHeading->font();
    bold.setBold(true);
    m_membersHeading->setFont(bold);
    m_membersTable->setObjectName(QStringLiteral("membersTable"));
    m_membersTable->setColumnCount(ColumnCount);
    m_membersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_membersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_membersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersTable->verticalHeader()->hide();
    m_membersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_membersTable->horizontalHeader()->setStretchLastSection(true);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_fileButton->setObjectName(QStringLiteral("fileButton"));
    m_visitButton->setObjectName(QStringLiteral("visitButton"));
    m_exitButton->setObjectName(QStringLiteral("exitButton"));
    m_aidButton->setObjectName(QStringLiteral("proposeAidButton"));
    m_aid->setObjectName(QStringLiteral("aidPanel"));
    m_messageLabel->setObjectName(QStringLiteral("revealMessage"));
    m_messageLabel->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("historyPanel"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_membersHeading);
    topLayout->addWidget(m_membersTable, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_revealButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_fileButton);
    buttonRow->addWidget(m_visitButton);
    buttonRow->addWidget(m_aidButton);
    buttonRow->addWidget(m_exitButton);
    topLayout->addLayout(buttonRow);
    topLayout->addWidget(m_messageLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_aid);
    splitter->addWidget(m_history);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_membersTable, &QTableWidget::itemSelectionChanged, this,
            &HouseholdDetailPanel::updateButton);
    connect(m_revealButton, &QPushButton::clicked, this, [this] {
        const Status status = revealSelected();
        m_messageLabel->setText(status ? QString() : status.error().message);
    });
    // The dialogs write through the models, which refuse what the user may not do.
    connect(m_fileButton, &QPushButton::clicked, this,
            [this] { emit fileRequested(m_householdId, {}, {}); });
    connect(m_visitButton, &QPushButton::clicked, this, [this] {
        VisitDialog dialog(m_workspace, m_householdId, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString id = m_householdId;
        emit householdChanged(id);
        if (dialog.updateSurvey())
            emit fileRequested(id, dialog.visitId(), dialog.visitDate());
    });
    connect(m_aidButton, &QPushButton::clicked, m_aid, &HouseholdAidPanel::proposeAid);
    connect(m_aid, &HouseholdAidPanel::proposalsChanged, m_history, &HistoryPanel::refresh);
    connect(m_exitButton, &QPushButton::clicked, this, [this] {
        ExitDialog dialog(m_workspace, m_householdId, this);
        if (dialog.exec() == QDialog::Accepted)
            emit householdChanged(m_householdId);
    });
    retranslate();
    setHousehold({});
}

void HouseholdDetailPanel::setHousehold(const QString &id)
{
    m_householdId = id;
    m_fileButton->setEnabled(!id.isEmpty());
    m_visitButton->setEnabled(!id.isEmpty());
    m_exitButton->setEnabled(!id.isEmpty());
    // Only a convenience: AidProposals refuses a role that may not propose aid.
    const std::optional<CurrentUser> &user = m_workspace.user();
    m_aidButton->setEnabled(!id.isEmpty() && user &&
                            Permissions::allows(user->role, Permission::ProposeAid));
    m_aid->setHousehold(id);
    m_revealedId.clear();
    m_messageLabel->clear();
    m_members.clear();
    if (!id.isEmpty()) {
        auto members = HouseholdMembers::list(m_workspace.sql(), id);
        if (members)
            m_members = members.value();
        else
            m_messageLabel->setText(
                tr("The members could not be read: %1").arg(members.error().message));
    }
    fillMembers();
    if (id.isEmpty()) {
        m_history->setRecords({});
        return;
    }
    RecordHistory history(m_workspace.sql());
    auto records = history.householdRecords(id);
    m_history->setRecords(records ? records.value()
                                  : QList<RecordRef>{{QStringLiteral("households"), id}});
}

void HouseholdDetailPanel::fillMembers()
{
    const int selected = selectedRow();
    const QSignalBlocker blocker(m_membersTable);
    m_membersTable->setHorizontalHeaderLabels({tr("Name"), tr("Relationship"), tr("ID number")});
    m_membersTable->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const MemberSummary &m = m_members.at(row);
        m_membersTable->setItem(row, NameColumn, new QTableWidgetItem(m.name));
        m_membersTable->setItem(row, RelationshipColumn,
                                new QTableWidgetItem(FieldLabels::relationship(m.relationship)));
        const QString number = m.idNumber.isEmpty()   ? QString()
                               : m.id == m_revealedId ? m.idNumber
                                                      : IdNumber::mask(m.idNumber);
        m_membersTable->setItem(row, IdNumberColumn, new QTableWidgetItem(number));
    }
    if (selected >= 0 && selected < m_members.size())
        m_membersTable->selectRow(selected);
    updateButton();
}

int HouseholdDetailPanel::selectedRow() const
{
    const auto rows = m_membersTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void HouseholdDetailPanel::updateButton()
{
    const int row = selectedRow();
    m_revealButton->setEnabled(row >= 0 && row < m_members.size() &&
                               !m_members.at(row).idNumber.isEmpty() &&
                               m_members.at(row).id != m_revealedId);
}

Status HouseholdDetailPanel::revealSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_members.size())
        return Error{tr("Choose a member first.")};
    const MemberSummary member = m_members.at(row);
    if (!m_workspace.user())
        return Error{tr("Nobody is signed in: sign in to see full ID numbers.")};
    // Recorded before it is shown: if the record cannot be written, the number stays hidden.
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return writer.recordReveal(QStringLiteral("members"), member.id,
                                   QStringLiteral("id_number"));
    });
    if (!status)
        return status;
    m_revealedId = member.id;
    fillMembers();
    m_history->refresh();
    return {};
}

void HouseholdDetailPanel::retranslate()
{
    m_membersHeading->setText(tr("Members"));
    m_revealButton->setText(tr("Show full ID number"));
    m_fileButton->setText(tr("Open &file…"));
    m_visitButton->setText(tr("Log &visit…"));
    m_exitButton->setText(tr("&Close file…"));
    m_aidButton->setText(tr("Propose &aid…"));
    m_revealButton->setToolTip(
        tr("Shows the selected member's full ID number. Who saw it and when is recorded."));
    fillMembers();
}

void HouseholdDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

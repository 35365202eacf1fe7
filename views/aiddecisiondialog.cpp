#include "aiddecisiondialog.h"

#include "aidinboxmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { HouseholdColumn, ProgrammeColumn, AmountColumn, ColumnCount };

QString proposalLine(const AidInboxItem &item)
{
    return AidDecisionDialog::tr("%1 for %2, %3")
        .arg(item.programmeName,
             item.fileNo.isEmpty() ? item.headName
                                   : AidInboxModel::tr("%1 (%2)").arg(item.headName, item.fileNo),
             item.amount.toStringWithSymbol());
}

} // namespace

AidDecisionDialog::AidDecisionDialog(Mode mode, const QList<AidInboxItem> &proposals,
                                     QWidget *parent)
    : QDialog(parent), m_mode(mode), m_prompt(new QLabel(this)), m_commentLabel(new QLabel(this)),
      m_comment(new QPlainTextEdit(this))
{
    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_prompt->setWordWrap(true);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_commentLabel->setBuddy(m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton *button : {m_ok, m_cancel}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    switch (mode) {
    case Mode::Reject:
        setWindowTitle(tr("Reject aid"));
        m_prompt->setText(
            tr("Reject %1?")
                .arg(proposals.isEmpty() ? QString() : proposalLine(proposals.first())));
        m_commentLabel->setText(
            tr("&Reason (required; the caseworker and the household are told it):"));
        m_ok->setText(tr("Reject"));
        break;
    case Mode::Return:
        setWindowTitle(tr("Return for changes"));
        m_prompt->setText(
            tr("Return %1 to the caseworker?")
                .arg(proposals.isEmpty() ? QString() : proposalLine(proposals.first())));
        m_commentLabel->setText(tr("&What must be changed (required; the caseworker reads it):"));
        m_ok->setText(tr("Return for changes"));
        break;
    case Mode::ApproveMany: {
        setWindowTitle(tr("Approve selected proposals"));
        const int count = int(proposals.size());
        m_prompt->setText(tr("Approve these %n proposal(s)? Either all are approved or, if one "
                             "is refused, none.",
                             nullptr, count));
        m_table = new QTableWidget(count, ColumnCount, this);
        m_table->setObjectName(QStringLiteral("proposalsTable"));
        m_table->setHorizontalHeaderLabels(
            {tr("Head of household"), tr("Programme"), tr("Amount")});
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->setFocusPolicy(Qt::NoFocus);
        m_table->verticalHeader()->hide();
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Stretch);
        header->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
        m_table->horizontalHeaderItem(AmountColumn)
            ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        Money total;
        for (int row = 0; row < count; ++row) {
            const AidInboxItem &item = proposals.at(row);
            const QString household =
                item.fileNo.isEmpty()
                    ? item.headName
                    : AidInboxModel::tr("%1 (%2)").arg(item.headName, item.fileNo);
            m_table->setItem(row, HouseholdColumn, new QTableWidgetItem(household));
            m_table->setItem(row, ProgrammeColumn, new QTableWidgetItem(item.programmeName));
            auto *amount = new QTableWidgetItem(item.amount.toStringWithSymbol());
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, AmountColumn, amount);
            total += item.amount;
        }
        layout->addWidget(m_table, 1);
        m_total = new QLabel(tr("Total: %1").arg(total.toStringWithSymbol()), this);
        m_total->setObjectName(QStringLiteral("totalLabel"));
        m_total->setAlignment(Qt::AlignRight);
        QFont bold = m_total->font();
        bold.setBold(true);
        m_total->setFont(bold);
        layout->addWidget(m_total);
        m_note = new QLabel(this);
        m_note->setObjectName(QStringLiteral("noteLabel"));
        m_note->setWordWrap(true);
        m_note->hide();
        layout->addWidget(m_note);
        m_commentLabel->setText(tr("&Comment (optional):"));
        m_ok->setText(tr("Approve %n", nullptr, count));
        break;
    }
    }
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment, mode == Mode::ApproveMany ? 0 : 1);
    if (mode == Mode::ApproveMany)
        m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4);
    layout->addWidget(buttons);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &AidDecisionDialog::updateOk);
    updateOk();
    m_comment->setFocus();
    resize(mode == Mode::ApproveMany ? 560 : 480, mode == Mode::ApproveMany ? 420 : 260);
}

void AidDecisionDialog::setAwaitingSecondApproval(int count)
{
    if (!m_note)
        return;
    m_note->setText(tr("%n of them need a second approval: after yours they wait for another "
                       "supervisor.",
                       nullptr, count));
    m_note->setVisible(count > 0);
}

QString AidDecisionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void AidDecisionDialog::updateOk()
{
    m_ok->setEnabled(m_mode == Mode::ApproveMany || !comment().isEmpty());
}

void AidDecisionDialog::keyPressEvent(QKeyEvent *event)
{
    // QDialog would click the default button; a decision takes a deliberate click.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void AidDecisionDialog::showEvent(QShowEvent *event)
{
    // QDialogButtonBox makes its accept button the default when shown.
    m_ok->setDefault(false);
    m_cancel->setDefault(false);
    QDialog::showEvent(event);
}

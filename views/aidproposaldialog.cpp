#include "aidproposaldialog.h"

#include "aidproposalattachments.h"
#include "aidproposals.h"
#include "attachmentfile.h"
#include "codelabels.h"
#include "householdcodes.h"
#include "householdfile.h"
#include "session.h"
#include "ui_aidproposaldialog.h"
#include "workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QUrl>

namespace {

enum DecisionColumn {
    RoundColumn,
    StageColumn,
    DecisionColumn,
    ByColumn,
    OnColumn,
    CommentColumn,
    DecisionColumnCount
};

QString dateText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

AidProposalDialog::AidProposalDialog(Workspace &workspace, const QString &proposalId,
                                     const QString &householdId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AidProposalDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    // Enter confirms a field; only a click saves or submits.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_ui->returnedLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #d9a800; padding: 6px; }"));
    m_ui->returnedLabel->hide();
    m_ui->messageLabel->hide();
    m_ui->problemsLabel->hide();
    m_ui->attachmentsList->setMaximumHeight(90);
    // The capitals appear and go while typing: keep their line so nothing jumps.
    m_ui->capitalsLabel->setMinimumHeight(m_ui->capitalsLabel->fontMetrics().height());
    m_ui->reasonEdit->setMinimumHeight(90);
    m_ui->columns->setStretch(0, 3);
    m_ui->columns->setStretch(1, 2);
    m_ui->leftColumn->setStretch(0, 1);
    m_ui->mainLayout->setStretch(1, 1); // the form and the checks take the height
    m_ui->decisionsTable->setMaximumHeight(140);
    m_ui->rightColumn->setStretch(0, 1);
    m_ui->decisionsTable->setColumnCount(DecisionColumnCount);
    m_ui->decisionsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->decisionsTable->horizontalHeader()->setStretchLastSection(true);

    // Wide enough for "Choose a programme…" and the longest programme name.
    m_ui->programmeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->studentCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    load(proposalId, householdId);

    connect(m_ui->programmeCombo, &QComboBox::currentIndexChanged, this,
            &AidProposalDialog::programmeChosen);
    connect(m_ui->studentCombo, &QComboBox::currentIndexChanged, this,
            &AidProposalDialog::updateChecks);
    connect(m_ui->amountEdit, &QLineEdit::textEdited, this, [this] {
        // An emptied amount takes the programme's default again on the next choice.
        m_amountTouched = !m_ui->amountEdit->text().trimmed().isEmpty();
        updateChecks();
    });
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_readOnly)
            updateChecks();
    });
    connect(m_ui->attachmentsList, &QListWidget::currentRowChanged, this,
            &AidProposalDialog::updateButtons);
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add supporting documents"), QString(),
            tr("Scans, photos and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff *.doc "
               "*.docx);;All files (*)"));
        for (const QString &path : paths)
            if (!attachFile(path))
                break;
    });
    connect(m_ui->removeAttachmentButton, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_ui->attachmentsList->currentItem())
            removeAttachment(item->data(AidProposalDialog::AttachmentIdRole).toString());
    });
    connect(m_ui->openAttachmentButton, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_ui->attachmentsList->currentItem();
        if (!item)
            return;
        auto path = attachmentCopy(item->data(AidProposalDialog::AttachmentIdRole).toString());
        if (!path)
            showMessage(path.error().message, true);
        else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path.value())))
            showMessage(
                tr("No program on this computer opens %1.").arg(QFileInfo(path.value()).fileName()),
                true);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { saveDraft(); });
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Withdraw proposal"),
            tr("Why is the proposal withdrawn? The reason is kept with it."), QString(), &ok);
        if (ok)
            withdraw(reason);
    });

    if (!m_loadError)
        showProposal();
    retranslate();
}

AidProposalDialog::~AidProposalDialog() = default;

void AidProposalDialog::load(const QString &proposalId, const QString &householdId)
{
    const QSqlDatabase db = m_workspace.sql();
    if (!proposalId.isEmpty()) {
        auto proposal = AidProposals::load(db, proposalId);
        if (!proposal) {
            m_loadError = proposal.error();
            return;
        }
        m_proposal = proposal.value();
    } else {
        m_proposal.householdId = householdId;
    }
    auto household = HouseholdFile::load(db, m_proposal.householdId);
    if (!household) {
        m_loadError = household.error();
        return;
    }
    m_household = household.value();
    auto programmes = AidProgrammes::list(db);
    if (!programmes) {
        m_loadError = programmes.error();
        return;
    }
    m_programmes = programmes.value();
    // Only a convenience: the models refuse what the user may not do anyway.
    const std::optional<CurrentUser> &user = m_workspace.user();
    m_mayAct = user && Permissions::allows(user->role, Permission::ProposeAid) &&
               (m_proposal.id.isEmpty() || user->id == m_proposal.createdBy ||
                Permissions::allows(user->role, Permission::DecideAid));
    m_readOnly = !m_mayAct || !m_proposal.isEditable();
    m_amountTouched = !m_proposal.id.isEmpty();
    // A returned proposal keeps the answers of its last submission.
    for (const AidWarning &w : m_proposal.warnings)
        m_answers.insert(w.code, w.answer);
}

std::optional<AidProgramme> AidProposalDialog::programme(const QString &id) const
{
    for (const AidProgramme &p : m_programmes)
        if (!id.isEmpty() && p.id == id)
            return p;
    return std::nullopt;
}

void AidProposalDialog::showProposal()
{
    fillProgrammes();
    fillStudents();
    m_ui->amountEdit->setFen(m_proposal.amount.fen());
    {
        const QSignalBlocker blocker(m_ui->reasonEdit);
        m_ui->reasonEdit->setPlainText(m_proposal.reason);
    }
    m_ui->programmeCombo->setEnabled(!m_readOnly);
    m_ui->studentCombo->setEnabled(!m_readOnly);
    m_ui->amountEdit->setReadOnly(m_readOnly);
    m_ui->reasonEdit->setReadOnly(m_readOnly);
    m_ui->saveButton->setVisible(!m_readOnly);
    m_ui->submitButton->setVisible(!m_readOnly);
    m_ui->addAttachmentButton->setVisible(!m_readOnly);
    m_ui->removeAttachmentButton->setVisible(!m_readOnly);
    const bool withdrawable = m_proposal.status == AidStatus::Draft ||
                              m_proposal.status == AidStatus::Returned ||
                              m_proposal.status == AidStatus::Submitted;
    m_ui->withdrawButton->setVisible(m_mayAct && !m_proposal.id.isEmpty() && withdrawable);
    const std::optional<AidProgramme> p = programme(m_proposal.programmeId);
    m_ui->studentLabel->setVisible(p && p->requiresStudent);
    m_ui->studentCombo->setVisible(p && p->requiresStudent);
    fillAttachments();
    fillDecisions();
    retranslate();
    updateChecks();
}

void AidProposalDialog::fillProgrammes()
{
    QComboBox *combo = m_ui->programmeCombo;
    const QString current =
        combo->count() > 0 ? combo->currentData().toString() : m_proposal.programmeId;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Choose a programme…"), QString());
    for (const AidProgramme &p : m_programmes) {
        // A retired programme only for the proposal that already has it.
        if (p.active)
            combo->addItem(p.name, p.id);
        else if (p.id == current)
            combo->addItem(tr("%1 (no longer offered)").arg(p.name), p.id);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void AidProposalDialog::fillStudents()
{
    QComboBox *combo = m_ui->studentCombo;
    const QString current =
        combo->count() > 0 ? combo->currentData().toString() : m_proposal.memberId;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Choose the student…"), QString());
    const QStringList stages = AidProgrammes::studentStages();
    for (const MemberRecord &m : m_household.members) {
        if (!stages.contains(m.schoolStage) && m.id != current)
            continue;
        const QString stage =
            HouseholdCodes::label(HouseholdCodes::Kind::SchoolStage, m.schoolStage);
        combo->addItem(stage.isEmpty() ? m.name
                                       : tr("%1 (%2)", "member (school stage)").arg(m.name, stage),
                       m.id);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void AidProposalDialog::programmeChosen()
{
    const std::optional<AidProgramme> p = programme(m_ui->programmeCombo->currentData().toString());
    if (p && !m_amountTouched)
        m_ui->amountEdit->setFen(p->defaultAmount.fen());
    m_ui->studentLabel->setVisible(p && p->requiresStudent);
    m_ui->studentCombo->setVisible(p && p->requiresStudent);
    updateChecks();
}

AidProposal AidProposalDialog::formProposal() const
{
    AidProposal p = m_proposal;
    if (m_readOnly)
        return p;
    p.programmeId = m_ui->programmeCombo->currentData().toString();
    const std::optional<AidProgramme> chosen = programme(p.programmeId);
    p.memberId = chosen && chosen->requiresStudent ? m_ui->studentCombo->currentData().toString()
                                                   : QString();
    // The amount as typed, even before the field is left.
    const QString text = m_ui->amountEdit->text().trimmed();
    auto amount = Money::parse(text);
    p.amount = !text.isEmpty() && amount ? amount.value() : Money();
    p.reason = m_ui->reasonEdit->toPlainText();
    return p;
}

QList<AidWarning> AidProposalDialog::warnings() const
{
    QList<AidWarning> shown = m_warnings;
    if (!m_readOnly)
        for (AidWarning &w : shown)
            w.answer = m_answers.value(w.code).trimmed();
    return shown;
}

void AidProposalDialog::updateChecks()
{
    if (m_readOnly) {
        m_problems.clear();
        m_ui->problemsLabel->hide();
        showWarnings(m_proposal.warnings);
        updateCapitals();
        updateButtons();
        return;
    }
    const AidProposal p = formProposal();
    m_problems.clear();
    const QString amountText = m_ui->amountEdit->text().trimmed();
    if (auto amount = Money::parse(amountText); !amountText.isEmpty() && !amount)
        m_problems.append(
            tr("The amount \"%1\" cannot be read: %2.").arg(amountText, amount.error().message));
    m_problems += AidProposals::problems(m_workspace.sql(), p, true);
    QList<AidWarning> current;
    if (!p.programmeId.isEmpty()) {
        auto found = AidProposals::warnings(m_workspace.sql(), p, QDate::currentDate());
        if (found)
            current = found.value();
        else
            m_problems.append(found.error().message);
    }
    QStringList items;
    for (const QString &problem : std::as_const(m_problems))
        items.append(QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped()));
    m_ui->problemsLabel->setText(
        QStringLiteral("<span style=\"color:#b00020\">%1</span><ul style=\"color:#b00020; "
                       "margin-left:-20px\">%2</ul>")
            .arg(tr("Cannot be submitted yet:").toHtmlEscaped(), items.join(QString())));
    m_ui->problemsLabel->setVisible(!m_problems.isEmpty());
    showWarnings(current);
    updateCapitals();
    updateButtons();
}

void AidProposalDialog::showWarnings(const QList<AidWarning> &warnings)
{
    QStringList before, after;
    for (const AidWarning &w : std::as_const(m_warnings))
        before.append(w.code);
    for (const AidWarning &w : warnings)
        after.append(w.code);
    m_warnings = warnings;
    if (before != after || m_answerEdits.size() != warnings.size()) {
        // Other warnings: build the rows again; answers typed stay by code.
        qDeleteAll(m_warningLabels);
        qDeleteAll(m_answerEdits);
        m_warningLabels.clear();
        m_answerEdits.clear();
        for (const AidWarning &w : warnings) {
            auto *label = new QLabel(m_ui->warningsWidget);
            label->setObjectName(QStringLiteral("warningLabel_") + w.code);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            auto *answer = new QLineEdit(m_ui->warningsWidget);
            answer->setObjectName(QStringLiteral("answerEdit_") + w.code);
            answer->setText(m_readOnly ? w.answer : m_answers.value(w.code));
            answer->setReadOnly(m_readOnly);
            const QString code = w.code;
            connect(answer, &QLineEdit::textEdited, this, [this, code](const QString &text) {
                m_answers.insert(code, text);
                updateButtons();
            });
            m_ui->warningsLayout->addWidget(label);
            m_ui->warningsLayout->addWidget(answer);
            m_warningLabels.append(label);
            m_answerEdits.append(answer);
        }
    }
    for (int i = 0; i < m_warnings.size(); ++i) {
        m_warningLabels.at(i)->setText(QStringLiteral("⚠ ") + m_warnings.at(i).text);
        m_answerEdits.at(i)->setPlaceholderText(tr("Why is the aid still needed?"));
    }
    m_ui->warningsWidget->setVisible(!m_warnings.isEmpty());
    m_ui->noWarningsLabel->setVisible(m_warnings.isEmpty());
}

void AidProposalDialog::updateCapitals()
{
    const QString text = m_ui->amountEdit->text().trimmed();
    auto amount = Money::parse(text);
    m_ui->capitalsLabel->setText(
        !text.isEmpty() && amount && amount->fen() > 0 ? amount->toCapitals() : QString());
}

void AidProposalDialog::updateButtons()
{
    bool answered = true;
    for (const AidWarning &w : warnings())
        answered = answered && !w.answer.isEmpty();
    const bool ready = !m_readOnly && m_problems.isEmpty() && answered;
    m_ui->submitButton->setEnabled(ready);
    m_ui->submitButton->setToolTip(
        ready ? tr("Saves the proposal and hands it to a supervisor to decide")
              : (!m_problems.isEmpty() ? tr("Resolve what is listed under \"Before submitting\" "
                                            "first.")
                                       : tr("Answer every warning first: why is the aid still "
                                            "needed?")));
    const bool stored = !m_proposal.id.isEmpty();
    const bool chosen = m_ui->attachmentsList->currentItem() != nullptr;
    m_ui->addAttachmentButton->setEnabled(!m_readOnly && stored);
    m_ui->removeAttachmentButton->setEnabled(!m_readOnly && stored && chosen);
    m_ui->openAttachmentButton->setEnabled(chosen);
}

void AidProposalDialog::fillDecisions()
{
    QTableWidget *table = m_ui->decisionsTable;
    table->setHorizontalHeaderLabels(
        {tr("Round"), tr("Approval"), tr("Decision"), tr("By"), tr("On"), tr("Comment")});
    table->setRowCount(int(m_proposal.decisions.size()));
    for (int row = 0; row < m_proposal.decisions.size(); ++row) {
        const AidDecision &d = m_proposal.decisions.at(row);
        table->setItem(row, RoundColumn, new QTableWidgetItem(QString::number(d.round)));
        table->setItem(row, StageColumn,
                       new QTableWidgetItem(d.stage == 2 ? tr("Second") : tr("First")));
        table->setItem(row, DecisionColumn, new QTableWidgetItem(AidDecision::label(d.kind)));
        table->setItem(row, ByColumn, new QTableWidgetItem(d.decidedByName));
        table->setItem(row, OnColumn, new QTableWidgetItem(dateTimeText(d.decidedAt)));
        auto *comment = new QTableWidgetItem(d.comment);
        comment->setToolTip(d.comment);
        table->setItem(row, CommentColumn, comment);
    }
    table->resizeRowsToContents();
    m_ui->decisionsGroup->setVisible(!m_proposal.decisions.isEmpty());
}

void AidProposalDialog::reloadProposal()
{
    auto reloaded = AidProposals::load(m_workspace.sql(), m_proposal.id);
    if (!reloaded)
        return;
    m_proposal = reloaded.value();
    const std::optional<CurrentUser> &user = m_workspace.user();
    m_mayAct = user && Permissions::allows(user->role, Permission::ProposeAid) &&
               (user->id == m_proposal.createdBy ||
                Permissions::allows(user->role, Permission::DecideAid));
    m_readOnly = !m_mayAct || !m_proposal.isEditable();
}

Status AidProposalDialog::saveDraft()
{
    if (m_readOnly)
        return Error{tr("This proposal can no longer be changed.")};
    m_ui->amountEdit->acceptText();
    const AidProposal p = formProposal();
    QString id;
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto saved = AidProposals::save(writer, p);
        if (!saved)
            return saved.error();
        id = saved.value();
        return {};
    });
    if (!s) {
        showMessage(s.error().message, true);
        return s;
    }
    m_proposal.id = id;
    reloadProposal();
    showProposal();
    showMessage(tr("Draft saved. Submit it when it is complete."), false);
    return {};
}

Status AidProposalDialog::submit()
{
    if (m_readOnly)
        return Error{tr("This proposal can no longer be changed.")};
    m_ui->amountEdit->acceptText();
    const AidProposal p = formProposal();
    const QList<AidWarning> answers = warnings();
    QString id = p.id;
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto saved = AidProposals::save(writer, p);
        if (!saved)
            return saved.error();
        id = saved.value();
        return AidProposals::submit(writer, id, answers);
    });
    if (!s) {
        showMessage(s.error().message, true);
        return s;
    }
    m_proposal.id = id;
    reloadProposal();
    accept();
    return {};
}

Status AidProposalDialog::withdraw(const QString &reason)
{
    if (m_proposal.id.isEmpty())
        return Error{tr("The proposal is not saved: close the form to drop it.")};
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return AidProposals::cancel(writer, m_proposal.id, reason);
    });
    if (!s) {
        showMessage(s.error().message, true);
        return s;
    }
    reloadProposal();
    accept();
    return {};
}

void AidProposalDialog::showMessage(const QString &text, bool error)
{
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb0, 0x00, 0x20) : QColor(Qt::darkGreen));
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString AidProposalDialog::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void AidProposalDialog::retranslate()
{
    QString head;
    for (const MemberRecord &m : std::as_const(m_household.members))
        if (m.isHead())
            head = m.name;
    const QString category = CodeLabels::hardshipCategory(m_household.category);
    m_ui->householdValue->setText(
        m_household.fileNo.isEmpty() ? tr("%1, not filed yet", "head of household").arg(head)
                                     : tr("%1, file %2, %3", "head, file number, hardship category")
                                           .arg(head, m_household.fileNo, category));
    const QString status = CodeLabels::aidRequestStatus(m_proposal.status);
    if (m_proposal.id.isEmpty())
        m_ui->statusValue->setText(tr("New, not saved yet"));
    else if (m_proposal.status == AidStatus::Submitted && m_proposal.submittedAt.isValid())
        m_ui->statusValue->setText(tr("%1 on %2; proposed by %3 on %4")
                                       .arg(status, dateText(m_proposal.submittedAt),
                                            m_proposal.createdByName,
                                            dateText(m_proposal.createdAt)));
    else
        m_ui->statusValue->setText(
            tr("%1; proposed by %2 on %3")
                .arg(status, m_proposal.createdByName, dateText(m_proposal.createdAt)));

    // A returned proposal: the supervisor's comment first of all.
    const AidDecision *returned = nullptr;
    if (m_proposal.status == AidStatus::Returned)
        for (const AidDecision &d : std::as_const(m_proposal.decisions))
            if (d.kind == AidDecision::Kind::Return)
                returned = &d;
    if (returned)
        m_ui->returnedLabel->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(tr("Returned for changes by %1 on %2:")
                         .arg(returned->decidedByName, dateText(returned->decidedAt))
                         .toHtmlEscaped(),
                     returned->comment.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    m_ui->returnedLabel->setVisible(returned != nullptr);

    m_ui->checksGroup->setTitle(m_readOnly ? tr("Warnings answered at submission")
                                           : tr("Before submitting"));
    m_ui->noWarningsLabel->setText(m_readOnly ? tr("None.")
                                              : tr("No warnings: nothing to answer."));
    QString title = m_proposal.id.isEmpty()
                        ? tr("Propose aid for %1").arg(head)
                        : tr("Aid proposal: %1 for %2").arg(m_proposal.programmeName, head);
    if (m_readOnly)
        title += u' ' + tr("(read-only)");
    setWindowTitle(title);
}

void AidProposalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_loadError) {
        m_ui->retranslateUi(this);
        fillProgrammes();
        fillStudents();
        fillAttachments();
        fillDecisions();
        retranslate();
        updateChecks();
    }
    QDialog::changeEvent(event);
}

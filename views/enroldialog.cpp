#include "enroldialog.h"

#include "dialogfit.h"
#include "fieldlabels.h"
#include "idnumber.h"
#include "planchoice.h"
#include "planproblemmarks.h"
#include "session.h"
#include "ui_enroldialog.h"
#include "workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QPushButton>

namespace {

using Field = MaEnrolmentProblem::Field;

enum MemberColumn { NameColumn, IdColumn, FileColumn, RelationshipColumn, MemberColumnCount };

constexpr int MaxHouseholds = 50;
constexpr int RegisterHeight = 620; // as the .ui

const Field AllFields[] = {Field::Plan,   Field::Member,    Field::Name,         Field::IdNumber,
                           Field::PaidOn, Field::ReceiptNo, Field::Contribution, Field::Phone};

// Shows or hides the form row of \a label (a problem line under its field).
void setRowShown(QWidget *dialog, QLabel *label, bool shown)
{
    for (QFormLayout *form : dialog->findChildren<QFormLayout *>()) {
        if (form->indexOf(label) >= 0) {
            form->setRowVisible(label, shown);
            return;
        }
    }
    label->setVisible(shown);
}

} // namespace

EnrolDialog::EnrolDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnrolDialog>()), m_workspace(workspace)
{
    setUp();
}

EnrolDialog::EnrolDialog(Workspace &workspace, const QString &enrolmentId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnrolDialog>()), m_workspace(workspace),
      m_enrolmentId(enrolmentId), m_editing(true)
{
    setUp();
    loadEnrolment();
}

EnrolDialog::~EnrolDialog() = default;

void EnrolDialog::setUp()
{
    m_ui->setupUi(this);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, Qt::darkRed);
    for (QLabel *label : {m_ui->planProblem, m_ui->memberProblem, m_ui->nameProblem,
                          m_ui->idNumberProblem, m_ui->phoneProblem, m_ui->paidOnProblem,
                          m_ui->receiptProblem, m_ui->contributionProblem, m_ui->errorLabel}) {
        label->setPalette(red);
        // Under its field: a wrapped label's row may come out taller than its text.
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    clearProblems();

    const QDate today = QDate::currentDate();
    m_ui->paidOnEdit->setDate(today);
    m_ui->paidOnEdit->setMaximumDate(today);
    connect(m_ui->paidCheck, &QCheckBox::toggled, m_ui->paidOnEdit, &QWidget::setEnabled);
    connect(m_ui->registerRadio, &QRadioButton::toggled, this, [this] {
        clearProblems(); // they were shown where the other way puts them
        showSource();
    });

    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &EnrolDialog::searchRegister);
    connect(m_ui->memberSearchEdit, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    m_ui->memberTable->setColumnCount(MemberColumnCount);
    m_ui->memberTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->memberTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->memberTable, &QTableWidget::itemSelectionChanged, this,
            &EnrolDialog::memberChosen);

    connect(m_ui->contributionEdit, &MoneyEdit::fenEdited, this,
            [this] { m_contributionTyped = true; });
    connect(m_ui->planCombo, &QComboBox::currentIndexChanged, this, &EnrolDialog::planChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);

    auto plans = MaPlans::list(m_workspace.sql());
    if (plans)
        m_plans = plans.value();
    else
        showError(plans.error());
    PlanChoice::fill(m_ui->planCombo, m_plans, PlanChoice::likelyPlan(m_plans, today));
    planChosen();
    retranslate();
    showSource();
}

void EnrolDialog::showSource()
{
    const bool fromRegister = !m_editing && m_ui->registerRadio->isChecked();
    QFormLayout *form = m_ui->formLayout;
    form->setRowVisible(m_ui->sourceLayout, !m_editing);
    form->setRowVisible(m_ui->memberSearchEdit, fromRegister);
    form->setRowVisible(m_ui->memberTable, fromRegister);
    form->setRowVisible(m_ui->memberHintLabel,
                        fromRegister && !m_ui->memberHintLabel->text().isEmpty());
    form->setRowVisible(m_ui->nameEdit, !fromRegister);
    form->setRowVisible(m_ui->idNumberEdit, !fromRegister);
    QWidget *first = fromRegister ? static_cast<QWidget *>(m_ui->memberSearchEdit)
                     : m_editing  ? m_ui->workUnitEdit
                                  : m_ui->nameEdit;
    first->setFocus();
    // The register's list wants room; the form alone does not.
    layout()->activate();
    resize(width(), fromRegister ? qMax(height(), RegisterHeight) : sizeHint().height());
}

void EnrolDialog::loadEnrolment()
{
    auto stored = MaEnrolments::load(m_workspace.sql(), m_enrolmentId);
    if (!stored) {
        showError(stored.error());
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_stored = stored.value();
    setPlan(m_stored.planId);
    m_ui->planCombo->setEnabled(false);
    m_ui->typedRadio->setChecked(true);
    // Person and ID number belong to the enrolment; the number stays masked.
    m_ui->nameEdit->setText(m_stored.personName);
    m_ui->nameEdit->setReadOnly(true);
    m_ui->idNumberEdit->setText(IdNumber::mask(m_stored.idNumber));
    m_ui->idNumberEdit->setReadOnly(true);
    m_ui->workUnitEdit->setText(m_stored.workUnit);
    m_ui->phoneEdit->setText(m_stored.phone);
    m_ui->paidCheck->setChecked(m_stored.paidOn.isValid());
    if (m_stored.paidOn.isValid())
        m_ui->paidOnEdit->setDate(m_stored.paidOn);
    m_ui->receiptEdit->setText(m_stored.receiptNo);
    m_ui->contributionEdit->setFen(m_stored.contribution.fen());
    m_contributionTyped = true; // what was paid stands, whatever the plan says now
    retranslate();
    showSource();
}

void EnrolDialog::setPlan(const QString &planId)
{
    const int index = m_ui->planCombo->findData(planId);
    if (index >= 0)
        m_ui->planCombo->setCurrentIndex(index);
}

void EnrolDialog::planChosen()
{
    if (m_contributionTyped)
        return;
    const QString id = m_ui->planCombo->currentData().toString();
    for (const MaPlan &plan : std::as_const(m_plans)) {
        if (plan.id == id)
            m_ui->contributionEdit->setFen(plan.contribution.fen());
    }
}

void EnrolDialog::searchRegister()
{
    auto found =
        RegisterMembers::search(m_workspace.sql(), m_ui->memberSearchEdit->text(), MaxHouseholds);
    if (found) {
        m_found = found.value();
    } else {
        m_found = {};
        showError(found.error());
    }
    showMembers();
}

void EnrolDialog::showMembers()
{
    QTableWidget *table = m_ui->memberTable;
    {
        const QSignalBlocker blocker(table);
        table->clearSelection();
        table->setRowCount(int(m_found.members.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const RegisterMember &m = m_found.members.at(row);
            auto *name = new QTableWidgetItem(m.name);
            name->setData(Qt::UserRole, m.memberId);
            table->setItem(row, NameColumn, name);
            table->setItem(row, IdColumn,
                           new QTableWidgetItem(m.idNumber.isEmpty() ? tr("none")
                                                                     : IdNumber::mask(m.idNumber)));
            table->setItem(
                row, FileColumn,
                new QTableWidgetItem(m.fileNo.isEmpty() ? tr("not filed yet") : m.fileNo));
            table->setItem(row, RelationshipColumn,
                           new QTableWidgetItem(FieldLabels::relationship(m.relationship)));
        }
    }
    int chosen = -1;
    for (int row = 0; row < m_found.members.size(); ++row) {
        if (m_found.members.at(row).memberId == m_memberId)
            chosen = row;
    }
    // One person found is the one searched for; they still show before OK.
    if (chosen < 0 && m_found.members.size() == 1)
        chosen = 0;
    if (chosen >= 0)
        table->selectRow(chosen);
    memberChosen();

    const QString text = m_ui->memberSearchEdit->text().simplified();
    QString hint;
    if (text.isEmpty())
        hint = tr("Type a name, pinyin initials, part of an ID number or a file number to find "
                  "the person in the register.");
    else if (m_found.members.isEmpty())
        hint = tr("No one in the household register matches \"%1\". Someone who is not in the "
                  "register is enrolled by name and ID number.")
                   .arg(text);
    else if (m_found.truncated)
        hint = tr("Only the first %1 households found are shown; type more to narrow the search.")
                   .arg(MaxHouseholds);
    m_ui->memberHintLabel->setText(hint);
    m_ui->formLayout->setRowVisible(m_ui->memberHintLabel, !hint.isEmpty() && !m_editing &&
                                                               m_ui->registerRadio->isChecked());
}

void EnrolDialog::memberChosen()
{
    const QList<QTableWidgetItem *> selected = m_ui->memberTable->selectedItems();
    const QString memberId = selected.isEmpty()
                                 ? QString()
                                 : m_ui->memberTable->item(selected.first()->row(), NameColumn)
                                       ->data(Qt::UserRole)
                                       .toString();
    if (memberId == m_memberId)
        return;
    m_memberId = memberId;
    if (m_memberId.isEmpty())
        return;
    // Show the work unit and phone the register holds, as enrolling would take them.
    MaEnrolmentInput wanted;
    wanted.memberId = m_memberId;
    auto member = MaEnrolments::resolved(m_workspace.sql(), wanted);
    if (!member)
        return showError(member.error());
    auto fill = [](QLineEdit *edit, QString &filled, const QString &value) {
        if (edit->text().trimmed().isEmpty() || edit->text() == filled) {
            edit->setText(value);
            filled = value;
        }
    };
    fill(m_ui->workUnitEdit, m_filledWorkUnit, member->workUnit);
    fill(m_ui->phoneEdit, m_filledPhone, member->phone);
}

MaEnrolmentInput EnrolDialog::input() const
{
    MaEnrolmentInput in;
    if (m_editing) {
        in.planId = m_stored.planId;
        in.memberId = m_stored.memberId;
        in.personName = m_stored.personName;
        in.idNumber = m_stored.idNumber;
    } else {
        in.planId = m_ui->planCombo->currentData().toString();
        if (m_ui->registerRadio->isChecked()) {
            in.memberId = m_memberId;
        } else {
            in.personName = m_ui->nameEdit->text().trimmed();
            in.idNumber = m_ui->idNumberEdit->text().trimmed();
        }
    }
    in.workUnit = m_ui->workUnitEdit->text().trimmed();
    in.phone = m_ui->phoneEdit->text().trimmed();
    if (m_ui->paidCheck->isChecked())
        in.paidOn = m_ui->paidOnEdit->date();
    in.receiptNo = m_ui->receiptEdit->text().trimmed();
    in.contribution = Money::fromFen(m_ui->contributionEdit->fen());
    return in;
}

void EnrolDialog::accept()
{
    clearProblems();
    const QSqlDatabase db = m_workspace.sql();
    QList<MaEnrolmentProblem> problems;
    if (!m_ui->contributionEdit->acceptText())
        problems.append(
            {Field::Contribution, tr("Type the contribution in yuan, for example 50 or 50.00.")});
    MaEnrolmentInput in = input();
    const bool fromRegister = !m_editing && m_ui->registerRadio->isChecked();
    if (fromRegister && in.memberId.isEmpty()) {
        showProblem(Field::Member, tr("Search the register and choose the person to enrol."));
        for (const MaEnrolmentProblem &p : std::as_const(problems))
            showProblem(p.field, p.message);
        return;
    }
    auto resolved = MaEnrolments::resolved(db, in);
    if (!resolved)
        return showProblem(Field::Member, resolved.error().message);
    in = resolved.value();
    MaPlan plan; // none chosen: problems() asks for one
    if (!in.planId.isEmpty()) {
        auto loaded = MaPlans::load(db, in.planId);
        if (!loaded)
            return showError(loaded.error());
        plan = loaded.value();
    }
    problems.append(MaEnrolments::problems(db, plan, in, QDate::currentDate(),
                                           m_editing ? m_enrolmentId : QString()));
    if (!problems.isEmpty()) {
        for (const MaEnrolmentProblem &p : std::as_const(problems))
            showProblem(p.field, p.message);
        fieldWidget(problems.constFirst().field)->setFocus();
        return;
    }

    QString written = m_enrolmentId;
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        if (m_editing)
            return MaEnrolments::update(writer, m_enrolmentId, in);
        auto id = MaEnrolments::enrol(writer, in);
        if (!id)
            return id.error();
        written = id.value();
        return {};
    });
    if (!status) {
        // Someone may have enrolled the person meanwhile: the models name the field.
        for (Field field : AllFields) {
            if (status.error().where == MaEnrolments::fieldLabel(field))
                return showProblem(field, status.error().message);
        }
        return showError(status.error());
    }
    m_enrolmentId = written;
    QDialog::accept();
}

QLabel *EnrolDialog::problemLabel(Field field) const
{
    // A person from the register has their name and number there: what is
    // wrong with them (already enrolled, an invalid number) shows at the choice.
    const bool atMember = !m_editing && m_ui->registerRadio->isChecked();
    switch (field) {
    case Field::Plan:
        return m_ui->planProblem;
    case Field::Member:
        return m_ui->memberProblem;
    case Field::Name:
        return atMember ? m_ui->memberProblem : m_ui->nameProblem;
    case Field::IdNumber:
        return atMember ? m_ui->memberProblem : m_ui->idNumberProblem;
    case Field::PaidOn:
        return m_ui->paidOnProblem;
    case Field::ReceiptNo:
        return m_ui->receiptProblem;
    case Field::Contribution:
        return m_ui->contributionProblem;
    case Field::Phone:
        return m_ui->phoneProblem;
    }
    return m_ui->memberProblem;
}

QWidget *EnrolDialog::fieldWidget(Field field) const
{
    const bool atMember = !m_editing && m_ui->registerRadio->isChecked();
    switch (field) {
    case Field::Plan:
        return m_ui->planCombo;
    case Field::Member:
        return m_ui->memberTable;
    case Field::Name:
        return atMember ? static_cast<QWidget *>(m_ui->memberTable) : m_ui->nameEdit;
    case Field::IdNumber:
        return atMember ? static_cast<QWidget *>(m_ui->memberTable) : m_ui->idNumberEdit;
    case Field::PaidOn:
        return m_ui->paidOnEdit;
    case Field::ReceiptNo:
        return m_ui->receiptEdit;
    case Field::Contribution:
        return m_ui->contributionEdit;
    case Field::Phone:
        return m_ui->phoneEdit;
    }
    return m_ui->memberTable;
}

void EnrolDialog::clearProblems()
{
    PlanProblemMarks::clear(this);
    for (Field field : AllFields) {
        QLabel *label = problemLabel(field);
        label->clear();
        setRowShown(this, label, false);
    }
    m_ui->nameProblem->clear();
    setRowShown(this, m_ui->nameProblem, false);
    m_ui->idNumberProblem->clear();
    setRowShown(this, m_ui->idNumberProblem, false);
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

void EnrolDialog::showProblem(Field field, const QString &message)
{
    QLabel *label = problemLabel(field);
    label->setText(label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    setRowShown(this, label, true);
    PlanProblemMarks::mark(fieldWidget(field), message);
    fitHeightToContents(this);
}

void EnrolDialog::showError(const Error &error)
{
    m_ui->errorLabel->setText(error.toString());
    m_ui->errorLabel->show();
    fitHeightToContents(this);
}

QString EnrolDialog::problemText(Field field) const
{
    return problemLabel(field)->text();
}

QString EnrolDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void EnrolDialog::retranslate()
{
    m_ui->memberTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("ID number"), tr("File no."), tr("Relationship")});
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("&Save") : tr("&Enrol"));
    if (m_editing)
        setWindowTitle(tr("Change enrolment"));
    const QString chosen = m_ui->planCombo->currentData().toString();
    PlanChoice::fill(m_ui->planCombo, m_plans, chosen);
    showMembers();
}

void EnrolDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

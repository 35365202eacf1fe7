#include "plantermsform.h"

#include "maclaimattachments.h"

#include "planproblemmarks.h"
#include "ui_plantermsform.h"

#include <QEvent>
#include <QJsonValue>

namespace {

// Document types a claim commonly needs (attachments.doc_type); a plan may
// name others, which are listed too.

Money amountOf(MoneyEdit *edit)
{
    if (!edit->acceptText())
        edit->setFen(edit->fen()); // not an amount: what is shown is what counts
    return Money::fromFen(edit->fen());
}

QListWidgetItem *documentItem(const QString &code, bool checked)
{
    auto *item = new QListWidgetItem(MaClaimAttachments::documentTypeLabel(code));
    item->setData(Qt::UserRole, code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

PlanTermsForm::PlanTermsForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlanTermsForm>())
{
    m_ui->setupUi(this);
    m_ui->deadlineDaysSpin->setSuffix(tr(" days after discharge"));
    fillChoices();
    connect(m_ui->enrolCheck, &QCheckBox::toggled, this, &PlanTermsForm::updateEnabled);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &PlanTermsForm::yearChanged);
    connect(m_ui->deadlineCombo, &QComboBox::currentIndexChanged, this,
            &PlanTermsForm::updateEnabled);
    PlanProblemMarks::watch(this, [this] {
        if (!m_filling)
            emit edited();
    });
    updateEnabled();
}

PlanTermsForm::~PlanTermsForm() = default;

QString PlanTermsForm::productLabel(MaPlan::Product product)
{
    switch (product) {
    case MaPlan::Product::Inpatient:
        return tr("Inpatient");
    case MaPlan::Product::ListedDisease:
        return tr("Listed diseases (lump sums)");
    case MaPlan::Product::Women:
        return tr("Women's special diseases");
    }
    return {};
}

void PlanTermsForm::fillChoices()
{
    const bool filling = m_filling;
    m_filling = true;
    const int product = m_ui->productCombo->currentIndex();
    m_ui->productCombo->clear();
    for (auto p :
         {MaPlan::Product::Inpatient, MaPlan::Product::ListedDisease, MaPlan::Product::Women})
        m_ui->productCombo->addItem(productLabel(p), MaPlan::productCode(p));
    m_ui->productCombo->setCurrentIndex(qMax(product, 0));
    const int deadline = m_ui->deadlineCombo->currentIndex();
    m_ui->deadlineCombo->clear();
    m_ui->deadlineCombo->addItems(
        {tr("None"), tr("Within days after discharge"), tr("On or before a date")});
    m_ui->deadlineCombo->setCurrentIndex(qMax(deadline, 0));
    for (int i = 0; i < m_ui->documentsList->count(); ++i) {
        QListWidgetItem *item = m_ui->documentsList->item(i);
        item->setText(MaClaimAttachments::documentTypeLabel(item->data(Qt::UserRole).toString()));
    }
    m_filling = filling;
}

void PlanTermsForm::setPlan(const MaPlan &plan)
{
    m_filling = true;
    const QDate termStart = plan.termStart.isValid() ? plan.termStart : QDate(plan.year, 1, 1);
    m_ui->yearSpin->setValue(plan.year);
    m_ui->nameEdit->setText(plan.name);
    m_ui->productCombo->setCurrentIndex(
        m_ui->productCombo->findData(MaPlan::productCode(plan.product)));
    m_ui->contributionEdit->setFen(plan.contribution.fen());
    m_ui->enrolCheck->setChecked(plan.enrolFrom.isValid() || plan.enrolTo.isValid());
    m_ui->enrolFromEdit->setDate(plan.enrolFrom.isValid() ? plan.enrolFrom
                                                          : termStart.addMonths(-2));
    m_ui->enrolToEdit->setDate(plan.enrolTo.isValid() ? plan.enrolTo : termStart.addDays(-1));
    m_ui->termStartEdit->setDate(termStart);
    m_ui->termEndEdit->setDate(plan.termEnd.isValid() ? plan.termEnd
                                                      : termStart.addYears(1).addDays(-1));
    m_ui->deadlineCombo->setCurrentIndex(plan.deadlineDays             ? DaysAfterDischarge
                                         : plan.deadlineDate.isValid() ? FixedDate
                                                                       : NoDeadline);
    m_ui->deadlineDaysSpin->setValue(plan.deadlineDays.value_or(90));
    m_ui->deadlineDateEdit->setDate(
        plan.deadlineDate.isValid() ? plan.deadlineDate : QDate(termStart.year() + 1, 3, 31));
    m_ui->documentsList->clear();
    // The document types a claim can attach, then any other code the plan names.
    QStringList codes = MaClaimAttachments::documentTypes();
    for (const QString &code : plan.requiredDocuments) {
        if (!codes.contains(code))
            codes.append(code);
    }
    for (const QString &code : std::as_const(codes))
        m_ui->documentsList->addItem(documentItem(code, plan.requiredDocuments.contains(code)));
    m_ui->notesEdit->setPlainText(plan.notes);
    m_year = plan.year;
    m_filling = false;
    updateEnabled();
}

// A plan usually covers its own year: when the year changes and the term was
// in the old one, every date moves with it.
void PlanTermsForm::yearChanged(int year)
{
    if (m_filling || m_rulesLocked || m_ui->termStartEdit->date().year() != m_year) {
        m_year = year;
        return;
    }
    const int shift = year - m_year;
    m_year = year;
    for (QDateEdit *edit : {m_ui->enrolFromEdit, m_ui->enrolToEdit, m_ui->termStartEdit,
                            m_ui->termEndEdit, m_ui->deadlineDateEdit})
        edit->setDate(edit->date().addYears(shift));
}

void PlanTermsForm::readInto(MaPlan &plan) const
{
    plan.year = m_ui->yearSpin->value();
    plan.name = m_ui->nameEdit->text();
    plan.product = MaPlan::productFromCode(m_ui->productCombo->currentData().toString())
                       .value_or(MaPlan::Product::Inpatient);
    plan.contribution = amountOf(m_ui->contributionEdit);
    const bool window = m_ui->enrolCheck->isChecked();
    plan.enrolFrom = window ? m_ui->enrolFromEdit->date() : QDate();
    plan.enrolTo = window ? m_ui->enrolToEdit->date() : QDate();
    plan.termStart = m_ui->termStartEdit->date();
    plan.termEnd = m_ui->termEndEdit->date();
    const int deadline = m_ui->deadlineCombo->currentIndex();
    plan.deadlineDays = deadline == DaysAfterDischarge
                            ? std::optional(m_ui->deadlineDaysSpin->value())
                            : std::nullopt;
    plan.deadlineDate = deadline == FixedDate ? m_ui->deadlineDateEdit->date() : QDate();
    plan.requiredDocuments.clear();
    for (int i = 0; i < m_ui->documentsList->count(); ++i) {
        const QListWidgetItem *item = m_ui->documentsList->item(i);
        if (item->checkState() == Qt::Checked)
            plan.requiredDocuments.append(item->data(Qt::UserRole).toString());
    }
    plan.notes = m_ui->notesEdit->toPlainText();
}

QWidget *PlanTermsForm::markProblem(const MaPlanSpot &spot, const QString &message)
{
    using Field = MaPlanSpot::Field;
    const std::pair<Field, QWidget *> widgets[] = {{Field::Year, m_ui->yearSpin},
                                                   {Field::Name, m_ui->nameEdit},
                                                   {Field::Product, m_ui->productCombo},
                                                   {Field::Contribution, m_ui->contributionEdit},
                                                   {Field::EnrolFrom, m_ui->enrolFromEdit},
                                                   {Field::EnrolTo, m_ui->enrolToEdit},
                                                   {Field::TermStart, m_ui->termStartEdit},
                                                   {Field::TermEnd, m_ui->termEndEdit},
                                                   {Field::DeadlineDays, m_ui->deadlineDaysSpin},
                                                   {Field::DeadlineDate, m_ui->deadlineDateEdit},
                                                   {Field::RequiredDocuments, m_ui->documentsList},
                                                   {Field::Notes, m_ui->notesEdit}};
    for (const auto &[field, widget] : widgets) {
        if (field == spot.field) {
            PlanProblemMarks::mark(widget, message);
            return widget;
        }
    }
    return nullptr;
}

void PlanTermsForm::setRulesLocked(bool locked)
{
    m_rulesLocked = locked;
    updateEnabled();
}

void PlanTermsForm::updateEnabled()
{
    const bool open = !m_rulesLocked;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->yearSpin), static_cast<QWidget *>(m_ui->productCombo),
          static_cast<QWidget *>(m_ui->termStartEdit), static_cast<QWidget *>(m_ui->termEndEdit),
          static_cast<QWidget *>(m_ui->deadlineCombo)})
        w->setEnabled(open);
    m_ui->enrolFromEdit->setEnabled(m_ui->enrolCheck->isChecked());
    m_ui->enrolToEdit->setEnabled(m_ui->enrolCheck->isChecked());
    const int deadline = m_ui->deadlineCombo->currentIndex();
    m_ui->deadlineDaysSpin->setVisible(deadline == DaysAfterDischarge);
    m_ui->deadlineDateEdit->setVisible(deadline == FixedDate);
    m_ui->deadlineDaysSpin->setEnabled(open);
    m_ui->deadlineDateEdit->setEnabled(open);
}

void PlanTermsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->deadlineDaysSpin->setSuffix(tr(" days after discharge"));
        fillChoices();
    }
    QWidget::changeEvent(event);
}

// PlanEditorDialog: starting a plan — blank, or next year's plan copied from
// the selected one, which is how most offices begin (the rules rarely change).
#include "planeditordialog.h"
#include "ui_planeditordialog.h"

namespace {

QDate nextYear(const QDate &date)
{
    return date.isValid() ? date.addYears(1) : date;
}

} // namespace

MaPlan PlanEditorDialog::blankPlan(int year)
{
    MaPlan p;
    p.year = year;
    p.termStart = QDate(year, 1, 1);
    p.termEnd = QDate(year, 12, 31);
    p.bands = {{Money(), std::nullopt, 0}};
    return p;
}

void PlanEditorDialog::newClicked()
{
    if (m_dirty && !confirmDiscard())
        return;
    const QVariant year = m_ui->yearCombo->currentData();
    editPlan(blankPlan(year.isValid() ? year.toInt() : QDate::currentDate().year()));
    m_ui->tabs->setCurrentWidget(m_ui->termsForm);
}

void PlanEditorDialog::copyClicked()
{
    if (m_row < 0 || (m_dirty && !confirmDiscard()))
        return;
    // Next year's plan usually keeps the rules: same plan, one year later.
    MaPlan next = m_shown.at(m_row);
    const QString year = QString::number(next.year);
    next.id.clear();
    next.name.replace(year, QString::number(next.year + 1));
    next.year += 1;
    for (QDate *date :
         {&next.enrolFrom, &next.enrolTo, &next.termStart, &next.termEnd, &next.deadlineDate})
        *date = nextYear(*date);
    editPlan(next);
    m_dirty = true;
    setStatus(tr("A copy for %1: check it and save.").arg(next.year));
}

#include "planchoice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>

namespace PlanChoice {

QString label(const MaPlan &plan)
{
    const QString year = QString::number(plan.year);
    if (plan.name.contains(year))
        return plan.name;
    return QCoreApplication::translate("PlanChoice", "%1 · %2").arg(year, plan.name);
}

void fill(QComboBox *combo, const QList<MaPlan> &plans, const QString &selectId,
          const QString &allText)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!allText.isEmpty())
        combo->addItem(allText, QString());
    for (const MaPlan &plan : plans)
        combo->addItem(label(plan), plan.id);
    const int index = combo->findData(selectId);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString likelyPlan(const QList<MaPlan> &plans, const QDate &today)
{
    for (const MaPlan &plan : plans) {
        if (plan.enrolFrom.isValid() && plan.enrolTo.isValid() && plan.enrolFrom <= today &&
            today <= plan.enrolTo)
            return plan.id;
    }
    for (const MaPlan &plan : plans) {
        if (plan.year == today.year())
            return plan.id;
    }
    return plans.isEmpty() ? QString() : plans.constFirst().id;
}

} // namespace PlanChoice

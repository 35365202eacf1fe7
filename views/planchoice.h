// PlanChoice: the mutual-aid plans in a combo box, as the enrolment screens
// offer them — newest year first, each plan named so that two years' plans
// of the same name cannot be mistaken for each other. The item data is the
// plan's id.
#pragma once

#include "maplan.h"

#include <QList>
#include <QString>

class QComboBox;

namespace PlanChoice {

/// The plan's name ("2026年度职工住院医疗互助"), after its year when the name lacks it.
QString label(const MaPlan &plan);

/// Replaces the items of \a combo with \a plans, after an item \a allText
/// (data: empty id) when that is given, and selects \a selectId if present
/// (else the first item). Emits no signals while filling; the caller reacts to
/// the selection it asked for.
void fill(QComboBox *combo, const QList<MaPlan> &plans, const QString &selectId,
          const QString &allText = {});

/// The plan of \a plans to offer first: the one whose enrolment window holds
/// \a today, else the newest of \a today's year, else the newest; empty id when none.
QString likelyPlan(const QList<MaPlan> &plans, const QDate &today);

} // namespace PlanChoice

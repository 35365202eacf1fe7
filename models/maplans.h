// MaPlans (writing): an administrator stores, changes and removes mutual-aid
// plans. Reading is in maplan.h (MaPlans::load, MaPlans::list). Every write
// goes through the AuditedWriter (Permission::ManagePlans) in the caller's
// transaction; bands and listed diseases are kept row by row, so saving an
// unchanged plan writes nothing and a changed one audits only what changed.
//
// Rules that protect payouts already made: once a claim under a plan has been
// approved or paid, the fields that decide what a claim pays (year, product,
// term, waiting period, deductibles, band mode, bands, minimum payout and its
// rule, caps, listed diseases' codes and lump sums, claim deadline) can no
// longer change — every decided payout must stay explainable by the plan as
// stored. Its name, contribution, enrolment window, required documents, notes
// and the names of its listed diseases may still be corrected. A plan with
// enrolments cannot be removed.
#pragma once

#include "auditedwriter.h"
#include "error.h"
#include "maplan.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

/// What refers to a plan.
struct MaPlanUsage
{
    int enrolments = 0;    ///< members enrolled in it
    int decidedClaims = 0; ///< claims under it that are approved or paid

    /// Whether its payout rules are frozen (see maplans.h).
    bool rulesFrozen() const { return decidedClaims > 0; }
};

namespace MaPlans {

/// How many enrolments and decided claims refer to plan \a id.
Result<MaPlanUsage> usage(const QSqlDatabase &db, const QString &id);

/// The id of the plan of \a year called \a name (compared trimmed), or an
/// empty string when there is none.
Result<QString> findId(const QSqlDatabase &db, int year, const QString &name);

/// Stores \a plan with its bands and listed diseases and returns its id: the
/// stored plan with plan.id is changed; when there is none, a new plan is
/// added with plan.id (a new UUID when empty; the JSON import keeps the id of
/// the file so that every laptop has the same). The name is stored trimmed. Refused (nothing
/// written): no ManagePlans permission; an invalid plan (the first of plan.problems(), where = its
/// field label); another plan of the year with the same name (where = "Name"); a change of payout
/// rules after claims were decided (where = the first such field's label, the message lists them
/// all).
Result<QString> save(AuditedWriter &writer, const MaPlan &plan);

/// Removes plan \a id with its bands and listed diseases. Refused while
/// anyone is enrolled in it.
Status remove(AuditedWriter &writer, const QString &id);

} // namespace MaPlans

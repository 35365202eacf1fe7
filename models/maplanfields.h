// MaPlanFields: the fields of a mutual-aid plan by name rather than by
// member, for the three places that need to point at one: the plan editor
// marks the widget a validation problem is about, the JSON import names the
// key ("plans[0].bands[2].ratio"), and saving a plan whose claims have been
// decided says which payout rules it would change. MaPlan::problems() names
// fields with translated labels (Error::where); locate() reads them back, so
// the labels live in one place (maplan.cpp) and a test checks the mapping.
#pragma once

#include "maplan.h"

#include <QList>
#include <QString>

/// Where in a plan something is: a field, and for bands and listed diseases
/// the row and the part of it.
struct MaPlanSpot
{
    enum class Field {
        Unknown,
        Year,
        Name,
        Product,
        Contribution,
        EnrolFrom,
        EnrolTo,
        TermStart,
        TermEnd,
        WaitingDays,
        DeductibleAdmission,
        DeductibleTerm,
        BandMode,
        Bands,
        MinPayout,
        MinPayoutRule,
        CapClaim,
        CapMemberTerm,
        ListedDiseases,
        DeadlineDays,
        DeadlineDate,
        RequiredDocuments,
        Notes,
    };
    /// Parts of a band (Lower, Upper, Ratio) or of a listed disease.
    enum class Part { Whole, Lower, Upper, Ratio, Code, DiseaseName, LumpSum };

    Field field = Field::Unknown;
    int row = -1; ///< the band or listed disease (0-based); -1: the list as a whole
    Part part = Part::Whole;

    bool operator==(const MaPlanSpot &) const = default;
};

namespace MaPlanFields {

/// The spot that \a problem, one of plan.problems(), is about. The plan is
/// needed to tell e.g. a missing first day of the term from a missing last one.
MaPlanSpot locate(const MaPlan &plan, const Error &problem);

/// "Contribution", "Bands", "Claim deadline" ...: translated, as problems() names them.
QString label(MaPlanSpot::Field field);

/// The fields in which \a after differs from \a before, in form order.
QList<MaPlanSpot::Field> changes(const MaPlan &before, const MaPlan &after);

/// The fields of changes() that decide what a claim pays (and the year the
/// enrolments are in): once a claim under the plan has been approved or paid
/// they must stay as they were. Renaming a listed disease is not one, changing
/// its code or lump sum is.
QList<MaPlanSpot::Field> payoutRuleChanges(const MaPlan &before, const MaPlan &after);

/// The labels of \a fields without repeats, joined with ", ".
QString labels(const QList<MaPlanSpot::Field> &fields);

} // namespace MaPlanFields

// HouseholdCodes: the coded answers of a household file — housing, causes of
// hardship, and a member's relationship, health, disability, work status and
// school stage — with their translated labels in display order, for the
// file's pick lists and for anything that shows a stored code in words.
// The codes are the ones the schema's CHECK constraints allow.
#pragma once

#include <QList>
#include <QString>

struct CodeLabel
{
    QString code;
    QString label; ///< Translated when the list is asked for.
};

namespace HouseholdCodes {

enum class Kind { Housing, Cause, Relationship, Sex, Health, Disability, WorkStatus, SchoolStage };

/// The codes of \a kind with their labels, in display order.
QList<CodeLabel> list(Kind kind);
/// The label of \a code; an unknown code is returned unchanged, empty stays empty.
QString label(Kind kind, const QString &code);
/// Whether \a code is one of \a kind's codes.
bool contains(Kind kind, const QString &code);

} // namespace HouseholdCodes

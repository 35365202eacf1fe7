// RosterVocabulary: the words caseworkers write in a roster's coded columns
// (与户主关系, 健康状况, 残疾等级, 就业状况) and the schema codes they stand
// for. Rosters come from many offices, so common variants are accepted; the
// lists are documented in docs/roster-import.md and must stay in step with it.
#pragma once

#include <QString>
#include <QStringList>

namespace RosterVocabulary {

/// \a text with surrounding and inner white space removed and full-width
/// letters, digits and brackets folded to ASCII (NFKC), for comparing words.
QString folded(const QString &text);

/// Schema code for what the roster wrote, or an empty string if unknown. The
/// schema codes themselves ("spouse", "grade2" ...) are accepted too.
QString relationship(const QString &text);
QString health(const QString &text);
QString disability(const QString &text);
QString workStatus(const QString &text);

/// The main words accepted, for error messages: "户主, 配偶, 子女 ...".
QStringList relationshipWords();
QStringList healthWords();
QStringList disabilityWords();
QStringList workStatusWords();

} // namespace RosterVocabulary

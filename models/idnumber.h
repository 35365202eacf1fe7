// Resident identity card numbers (GB 11643-1999): validation with a reason for
// every rejection, the birth date and sex they encode, and the masked form
// printed on lists (first 6, eight asterisks, last 4).
#pragma once

#include "error.h"

#include <QDate>
#include <QString>

enum class Sex { Male, Female };

struct IdNumberInfo
{
    QString number;    ///< Normalised: 18 characters, upper-case X.
    QString areaCode;  ///< First six digits.
    QDate birthDate;
    Sex sex = Sex::Male;
};

namespace IdNumber {

/// Birth years before this are refused. The published example 440524188001010014
/// (born 1880) must pass, so the bound is well before any living person.
constexpr int earliestBirthYear = 1800;

/// Validates \a text (surrounding spaces ignored, lower-case x accepted,
/// full-width digits and Ｘ folded to ASCII). Birth dates after \a today are
/// rejected. The Error's message says exactly why, quoting the offending part,
/// as a lower-case clause without a final stop ("check character should be X")
/// that callers put after the number or field; its `where` is left empty for
/// the caller, who knows which field or line the number came from.
Result<IdNumberInfo> parse(const QString &text, const QDate &today = QDate::currentDate());

/// The check character for the first 17 digits ('0'-'9' or 'X'); a null QChar
/// when \a first17 is not exactly 17 ASCII digits.
QChar checkCharacter(QStringView first17);

/// "371312********0016" for printing (surrounding spaces ignored); input that is
/// not 18 characters is masked entirely except its last 4 characters, and input
/// of 4 characters or fewer entirely.
QString mask(const QString &number);

} // namespace IdNumber

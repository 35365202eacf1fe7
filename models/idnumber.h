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

/// Validates \a text (surrounding spaces ignored, lower-case x accepted).
/// Birth dates after \a today are rejected. The Error says exactly why, e.g.
/// "check character should be X".
Result<IdNumberInfo> parse(const QString &text, const QDate &today = QDate::currentDate());

/// The check character for the first 17 digits ('0'-'9' or 'X'); \a first17 must be 17 digits.
QChar checkCharacter(QStringView first17);

/// "371312********0016" for printing; input that is not 18 characters is masked
/// entirely except its last 4 characters.
QString mask(const QString &number);

} // namespace IdNumber

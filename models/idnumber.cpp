// Resident ID numbers per GB 11643-1999 (layout and check character as
// summarised in shared/reference/README.md, "Resident ID numbers").
#include "idnumber.h"

#include <QCoreApplication>

namespace {

constexpr int length = 18;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

Error failure(const QString &message)
{
    return Error{message, QString()};
}

} // namespace

namespace IdNumber {

QChar checkCharacter(QStringView first17)
{
    // GB 11643-1999: weights 2^(17-i) mod 11 over the first 17 digits; the sum
    // mod 11 indexes this table.
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checks[11] = {u'1', u'0', u'X', u'9', u'8', u'7',
                                            u'6', u'5', u'4', u'3', u'2'};
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17[i]))
            return QChar();
        sum += (first17[i].unicode() - u'0') * weights[i];
    }
    return QChar(checks[sum % 11]);
}

Result<IdNumberInfo> parse(const QString &text, const QDate &today)
{
    // NFKC folds full-width digits and Ｘ, as pasted from Chinese documents, to
    // ASCII; spaces people type to group the digits (6-8-4) are dropped.
    QString number = text.normalized(QString::NormalizationForm_KC).toUpper();
    number.removeIf([](QChar c) { return c.isSpace(); });

    if (number.isEmpty())
        return failure(QCoreApplication::translate("IdNumber", "ID number is empty"));
    if (number.size() != length) {
        bool allDigits = true;
        for (QChar c : number)
            allDigits = allDigits && isAsciiDigit(c);
        if (number.size() == 15 && allDigits)
            return failure(QCoreApplication::translate(
                "IdNumber", "old 15-digit ID numbers are not accepted; enter the 18-digit number"));
        return failure(
            QCoreApplication::translate("IdNumber", "ID number should have 18 characters, not %1")
                .arg(number.size()));
    }
    for (int i = 0; i < length - 1; ++i) {
        if (!isAsciiDigit(number[i]))
            return failure(
                QCoreApplication::translate("IdNumber", "character %1 (\"%2\") should be a digit")
                    .arg(i + 1)
                    .arg(number[i]));
    }
    const QChar last = number[length - 1];
    if (!isAsciiDigit(last) && last != u'X')
        return failure(QCoreApplication::translate("IdNumber",
                                                   "last character (\"%1\") should be a digit or X")
                           .arg(last));

    // Only codes that cannot exist are refused: no province code starts with 0.
    // Whether a code is in the current division list is not checked, because
    // numbers issued under codes since abolished remain valid for life.
    const QString areaCode = number.left(6);
    if (areaCode[0] == u'0')
        return failure(
            QCoreApplication::translate("IdNumber", "area code %1 is not valid").arg(areaCode));

    const QString birth = number.mid(6, 8);
    const QDate birthDate(birth.left(4).toInt(), birth.mid(4, 2).toInt(), birth.right(2).toInt());
    if (!birthDate.isValid())
        return failure(
            QCoreApplication::translate("IdNumber", "birth date %1 is not a real date").arg(birth));
    if (birthDate.year() < earliestBirthYear)
        return failure(QCoreApplication::translate("IdNumber", "birth year %1 is before %2")
                           .arg(birthDate.year())
                           .arg(earliestBirthYear));
    if (birthDate > today)
        return failure(QCoreApplication::translate("IdNumber", "birth date %1 is in the future")
                           .arg(birthDate.toString(Qt::ISODate)));

    const QChar expected = checkCharacter(QStringView(number).left(17));
    if (last != expected)
        return failure(
            QCoreApplication::translate("IdNumber", "check character should be %1").arg(expected));

    IdNumberInfo info;
    info.number = number;
    info.areaCode = areaCode;
    info.birthDate = birthDate;
    // The 17th character is the last digit of the sequence code: odd for men.
    info.sex = (number[16].unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    return info;
}

QString mask(const QString &number)
{
    const QString n = number.trimmed().toUpper();
    if (n.size() == length)
        return n.left(6) + QString(8, u'*') + n.right(4);
    if (n.size() <= 4)
        return QString(n.size(), u'*');
    return QString(n.size() - 4, u'*') + n.right(4);
}

} // namespace IdNumber

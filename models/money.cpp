// Money: strict parsing of typed amounts and display with thousands separators.
// The Chinese capitals live in moneycapitals.cpp.
#include "money.h"

#include <QCoreApplication>

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

Error failure(const QString &message)
{
    return Error{message, QString()};
}

// Magnitude without overflow, even for the most negative qint64.
quint64 magnitude(qint64 fen)
{
    return fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
}

QString groupedYuan(quint64 yuan)
{
    const QString digits = QString::number(yuan);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += u',';
        out += digits[i];
    }
    return out;
}

// True when "1,234,567" has its separators every three digits from the right.
bool groupsWellPlaced(QStringView integer)
{
    qsizetype group = 0;
    bool first = true;
    for (QChar c : integer) {
        if (c == u',') {
            if (group == 0 || group > 3 || (!first && group != 3))
                return false;
            first = false;
            group = 0;
        } else {
            ++group;
        }
    }
    return first || group == 3;
}

} // namespace

Result<Money> Money::parse(const QString &text)
{
    // NFKC folds full-width digits, separators and ￥ (as typed with a Chinese
    // input method in full-width mode) to their ASCII forms and ¥.
    const QString s = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (s.isEmpty())
        return failure(QCoreApplication::translate("Money", "amount is empty"));

    qsizetype pos = 0;
    bool negative = false;
    if (s[pos] == u'-') {
        negative = true;
        ++pos;
    }
    if (pos < s.size() && s[pos] == u'\u00a5') {
        ++pos;
        while (pos < s.size() && s[pos].isSpace())
            ++pos;
        if (!negative && pos < s.size() && s[pos] == u'-') {
            negative = true;
            ++pos;
        }
    }
    const QStringView body = QStringView(s).mid(pos);

    qsizetype points = 0;
    qsizetype digitCount = 0;
    for (QChar c : body) {
        if (isAsciiDigit(c)) {
            ++digitCount;
        } else if (c == u'.') {
            ++points;
        } else if (c == u',') {
            continue;
        } else if (c.isLetter()) {
            return failure(QCoreApplication::translate(
                               "Money", "letters are not allowed in an amount (\"%1\")")
                               .arg(c));
        } else {
            return failure(
                QCoreApplication::translate("Money", "unexpected character \"%1\" in the amount")
                    .arg(c));
        }
    }
    if (digitCount == 0)
        return failure(QCoreApplication::translate("Money", "amount has no digits"));
    if (points > 1)
        return failure(
            QCoreApplication::translate("Money", "amount has more than one decimal point"));

    const qsizetype point = body.indexOf(u'.');
    const QStringView integer = point < 0 ? body : body.left(point);
    const QStringView fraction = point < 0 ? QStringView() : body.mid(point + 1);
    if (point >= 0 && integer.isEmpty())
        return failure(QCoreApplication::translate(
            "Money", "write a digit before the decimal point (for example 0.50)"));
    if (point >= 0 && fraction.isEmpty())
        return failure(QCoreApplication::translate(
            "Money", "write the digits after the decimal point, or leave the decimal point out"));
    if (fraction.contains(u','))
        return failure(QCoreApplication::translate(
            "Money", "thousands separators are only allowed before the decimal point"));
    if (fraction.size() > 2)
        return failure(
            QCoreApplication::translate("Money", "amount has more than two decimal places"));
    if (!groupsWellPlaced(integer))
        return failure(
            QCoreApplication::translate(
                "Money", "thousands separators in \"%1\" are misplaced (write 1,234,567.00)")
                .arg(integer.toString()));

    quint64 yuan = 0;
    bool leadingZero = false;
    qsizetype integerDigits = 0;
    for (QChar c : integer) {
        if (c == u',')
            continue;
        if (integerDigits == 0 && c == u'0')
            leadingZero = true;
        ++integerDigits;
        // 15 digits cannot overflow quint64 and already exceed maxYuan.
        if (integerDigits <= 15)
            yuan = yuan * 10 + (c.unicode() - u'0');
    }
    if (leadingZero && integerDigits > 1)
        return failure(QCoreApplication::translate(
            "Money", "amount should not start with 0 (write 123.00, not 0123.00)"));

    quint64 fen = 0;
    for (qsizetype i = 0; i < 2; ++i)
        fen = fen * 10 + (i < fraction.size() ? fraction[i].unicode() - u'0' : 0);

    const quint64 limit = quint64(maxYuan) * 100;
    if (integerDigits > 15 || yuan > quint64(maxYuan) || yuan * 100 + fen > limit)
        return failure(QCoreApplication::translate("Money", "amount is too large (at most %1 yuan)")
                           .arg(groupedYuan(quint64(maxYuan))));

    const qint64 total = qint64(yuan * 100 + fen);
    return Money(negative ? -total : total);
}

QString Money::toString() const
{
    const quint64 mag = magnitude(m_fen);
    const int fen = int(mag % 100);
    QString out = groupedYuan(mag / 100) + u'.' + QChar(char16_t(u'0' + fen / 10)) +
                  QChar(char16_t(u'0' + fen % 10));
    return m_fen < 0 ? u'-' + out : out;
}

QString Money::toStringWithSymbol() const
{
    const QString plain = toString();
    return m_fen < 0 ? QStringLiteral("-\u00a5") + plain.mid(1) : u'\u00a5' + plain;
}

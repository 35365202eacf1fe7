// Amounts in Chinese capitals (人民币大写), as printed on disbursement sheets.
//
// Rules: the central bank's rules for filling in payment instruments, as
// summarised in shared/reference/README.md ("Amounts in Chinese capitals"):
//  - a zero between non-zero digits is written 零, once for a run of zeros;
//  - 整 after 元 when there are no 角/分, never after 分; 壹拾 keeps its 壹;
//  - when the 万 or 元 digit is 0 (alone or ending a run of zeros) and the 仟 or
//    角 digit after it is not, the rules allow one 零 or none (1680.32 →
//    壹仟陆佰捌拾元零叁角贰分 or 壹仟陆佰捌拾元叁角贰分).
// Choice (applied consistently): where the 零 is optional it is NOT written, and
// 整 is not written after 角, as in the published example 1409.50 →
// 人民币壹仟肆佰零玖元伍角. The same choice is made at the 亿 digit by analogy.
// parseCapitals() accepts both spellings, 正 for 整, and 整 after 角.
//
// Both directions share one "pattern" per amount: the canonical spelling with
// a marker where an optional 零 may stand, so that reading back accepts
// exactly the spellings the rules allow.
#include "money.h"

#include <QCoreApplication>

namespace {

constexpr char16_t optionalZero = u'\ue000'; // private-use: never in real input
constexpr char16_t zero = u'零';
constexpr char16_t digitChars[] = u"零壹贰叁肆伍陆柒捌玖";
constexpr char16_t digitUnits[] = {0, u'拾', u'佰', u'仟'};
constexpr QStringView prefix = u"人民币";

Error failure(const QString &message)
{
    return Error{message, QString()};
}

// The capitals of a non-negative amount without "人民币" and without 整,
// with optionalZero where a 零 may or may not be written.
QString pattern(quint64 fen)
{
    const quint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int fenDigit = int(fen % 10);

    int digits[20] = {};
    int top = -1;
    for (quint64 n = yuan; n > 0; n /= 10)
        digits[++top] = int(n % 10);

    QString out;
    bool pendingZero = false;
    for (int p = top; p >= 0; --p) {
        if (digits[p] != 0) {
            if (pendingZero) {
                // A run ending at the 万 or 亿 digit, before a 仟 digit: 零 optional.
                out += p % 4 == 3 ? optionalZero : zero;
                pendingZero = false;
            }
            out += digitChars[digits[p]];
            if (p % 4 != 0)
                out += digitUnits[p % 4];
        } else if (!out.isEmpty()) {
            pendingZero = true;
        }
        if (p > 0 && p % 4 == 0) {
            // 万 when its own four digits are not all zero; 亿 when anything
            // above it is not (so 10^12 is 壹万亿).
            const int span = p % 8 == 0 ? 8 : 4;
            bool any = false;
            for (int q = p; q < p + span && q <= top; ++q)
                any = any || digits[q] != 0;
            if (any)
                out += p % 8 == 0 ? u'亿' : u'万';
        }
    }

    if (yuan == 0 && jiao == 0 && fenDigit == 0)
        return QStringLiteral("零元");
    if (yuan > 0)
        out += u'元';
    if (jiao != 0) {
        if (yuan > 0 && digits[0] == 0)
            out += optionalZero;
        out += digitChars[jiao];
        out += u'角';
    }
    if (fenDigit != 0) {
        if (yuan > 0 && jiao == 0)
            out += zero;
        out += digitChars[fenDigit];
        out += u'分';
    }
    return out;
}

int digitValue(QChar c)
{
    for (int i = 1; i <= 9; ++i) {
        if (c == QChar(digitChars[i]))
            return i;
    }
    return -1;
}

// Reads the value of a spelling, ignoring 零. It need not refuse every bad
// spelling: parseCapitals() compares the input with the pattern of the value.
Result<quint64> readValue(QStringView body)
{
    enum Stage { Yuan, AfterYuan, AfterJiao, AfterFen };
    Stage stage = Yuan;
    int pending = -1;
    quint64 yi = 0, belowYi = 0, section = 0, yuan = 0;
    int jiao = 0, fen = 0;
    bool sawDigit = false;

    for (QChar c : body) {
        const int d = digitValue(c);
        if (d > 0) {
            if (pending >= 0)
                return failure(QCoreApplication::translate(
                                   "Money", "\"%1\" follows another digit without a unit")
                                   .arg(c));
            pending = d;
            sawDigit = true;
            continue;
        }
        if (c == zero) {
            sawDigit = true;
            continue;
        }
        const bool inYuan = stage == Yuan;
        if (c == u'拾' || c == u'佰' || c == u'仟') {
            if (!inYuan || pending < 0)
                return failure(
                    QCoreApplication::translate("Money", "\"%1\" is not after a digit").arg(c));
            section += quint64(pending) * (c == u'拾' ? 10 : c == u'佰' ? 100 : 1000);
            pending = -1;
        } else if (c == u'万') {
            section += quint64(qMax(pending, 0));
            if (!inYuan || section == 0)
                return failure(
                    QCoreApplication::translate("Money", "\"%1\" is not after a digit").arg(c));
            belowYi += section * 10000;
            section = 0;
            pending = -1;
        } else if (c == u'亿') {
            const quint64 high = belowYi + section + quint64(qMax(pending, 0));
            if (!inYuan || high == 0 || yi != 0)
                return failure(QCoreApplication::translate("Money", "\"亿\" is misplaced"));
            yi = high * 100000000;
            belowYi = section = 0;
            pending = -1;
        } else if (c == u'元') {
            if (!inYuan)
                return failure(QCoreApplication::translate("Money", "\"元\" is misplaced"));
            yuan = yi + belowYi + section + quint64(qMax(pending, 0));
            stage = AfterYuan;
            pending = -1;
        } else if (c == u'角') {
            if (stage > AfterYuan || pending < 0 || (inYuan && (yi || belowYi || section)))
                return failure(QCoreApplication::translate("Money", "\"角\" is misplaced"));
            jiao = pending;
            stage = AfterJiao;
            pending = -1;
        } else if (c == u'分') {
            if (stage > AfterJiao || pending < 0 || (inYuan && (yi || belowYi || section)))
                return failure(QCoreApplication::translate("Money", "\"分\" is misplaced"));
            fen = pending;
            stage = AfterFen;
            pending = -1;
        } else {
            return failure(
                QCoreApplication::translate("Money", "\"%1\" is not a capital digit or unit")
                    .arg(c));
        }
    }
    if (!sawDigit)
        return failure(QCoreApplication::translate("Money", "amount in capitals has no digits"));
    if (pending >= 0 || stage == Yuan)
        return failure(QCoreApplication::translate(
            "Money", "amount in capitals should end with 元, 角 or 分 (and 整 after 元)"));
    if (yuan > quint64(Money::maxYuan))
        return failure(QCoreApplication::translate("Money", "amount is too large"));
    return yuan * 100 + quint64(jiao) * 10 + quint64(fen);
}

// Whether \a text is \a pat with each optional zero written or left out.
bool matchesPattern(QStringView pat, QStringView text)
{
    qsizetype j = 0;
    for (QChar p : pat) {
        if (p == QChar(optionalZero)) {
            if (j < text.size() && text[j] == QChar(zero))
                ++j;
        } else if (j >= text.size() || text[j] != p) {
            return false;
        } else {
            ++j;
        }
    }
    return j == text.size();
}

} // namespace

QString Money::toCapitals() const
{
    const bool negative = m_fen < 0;
    const quint64 mag = negative ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    QString body = pattern(mag);
    body.remove(QChar(optionalZero));
    if (mag % 100 == 0)
        body += u'整';
    return prefix.toString() + (negative ? QStringLiteral("负") : QString()) + body;
}

Result<Money> Money::parseCapitals(const QString &text)
{
    QString s = text;
    s.remove(QChar(u' ')).remove(QChar(u'\u3000')).remove(u'\t');
    s.replace(u'圆', u'元');
    if (s.size() > 64)
        return failure(QCoreApplication::translate("Money", "amount in capitals is too long"));

    bool negative = false;
    if (s.startsWith(u'负')) {
        negative = true;
        s.remove(0, 1);
    }
    if (s.startsWith(prefix))
        s.remove(0, prefix.size());
    if (!negative && s.startsWith(u'负')) {
        negative = true;
        s.remove(0, 1);
    }
    if (s.endsWith(u'整') || s.endsWith(u'正')) {
        s.chop(1);
        if (s.endsWith(u'分'))
            return failure(QCoreApplication::translate("Money", "整 is never written after 分"));
        if (!s.endsWith(u'元') && !s.endsWith(u'角'))
            return failure(
                QCoreApplication::translate("Money", "整 is written only after 元 or 角"));
    }
    if (s.isEmpty())
        return failure(QCoreApplication::translate("Money", "amount in capitals is empty"));

    const Result<quint64> value = readValue(s);
    if (!value.ok())
        return value.error();

    QStringView body(s);
    // "零元伍角" for 0.50 is common enough to accept beside the canonical "伍角".
    if (value.value() > 0 && value.value() < 100 && body.startsWith(u"零元"))
        body = body.mid(2);
    if (!matchesPattern(pattern(value.value()), body)) {
        const QString expected = Money(qint64(value.value())).toCapitals().mid(prefix.size());
        return failure(
            QCoreApplication::translate("Money", "\"%1\" is not written correctly; expected \"%2\"")
                .arg(text.trimmed(), expected));
    }
    const qint64 fen = qint64(value.value());
    return Money(negative ? -fen : fen);
}

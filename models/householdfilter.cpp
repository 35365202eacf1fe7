#include "householdfilter.h"

#include <QRegularExpression>

namespace {

// The search text, classified once: what a caseworker types is either part of
// a Chinese name, pinyin, or a number (ID number, phone, file number).
enum class TextKind { Chinese, Latin, Digits };

TextKind kindOf(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return TextKind::Chinese;
    }
    // Any digit means a number: an ID fragment, a phone or a file number
    // such as HD-2026-000068; pinyin has none.
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    return digit.match(text).hasMatch() ? TextKind::Digits : TextKind::Latin;
}

// LIKE pattern for "contains", with the LIKE wildcards in the text escaped.
QString contains(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString startsWith(const QString &text)
{
    return contains(text).mid(1);
}

} // namespace

bool HouseholdFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && divisionCode.isEmpty() && communityId.isEmpty() &&
           category.isEmpty() && status.isEmpty() && !overdueOnly;
}

HouseholdFilter::Sql HouseholdFilter::toSql() const
{
    QStringList parts;
    QVariantList values;
    const QString query = text.simplified();
    if (!query.isEmpty()) {
        switch (kindOf(query)) {
        case TextKind::Chinese:
            parts.append(QStringLiteral(
                "EXISTS (SELECT 1 FROM members s WHERE s.household_id = h.id "
                "AND s.name LIKE ? ESCAPE '\\')"));
            values.append(contains(QString(query).remove(QLatin1Char(' '))));
            break;
        case TextKind::Latin: {
            // "zt", "zhangt", "zhang tao": initials or the start of the
            // syllables written together, at the start or after a syllable.
            const QString compact = query.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
            parts.append(QStringLiteral(
                "EXISTS (SELECT 1 FROM members s WHERE s.household_id = h.id "
                "AND (s.name_initials LIKE ? ESCAPE '\\' "
                "OR replace(s.name_pinyin, ' ', '') LIKE ? ESCAPE '\\' "
                "OR (' ' || s.name_pinyin) LIKE ? ESCAPE '\\'))"));
            values << startsWith(compact) << startsWith(compact)
                   << contains(QLatin1Char(' ') + query.toLower());
            break;
        }
        case TextKind::Digits: {
            const QString digits = query.toUpper();
            parts.append(QStringLiteral(
                "(h.file_no LIKE ? ESCAPE '\\' OR h.phone LIKE ? ESCAPE '\\' "
                "OR EXISTS (SELECT 1 FROM members s WHERE s.household_id = h.id "
                "AND (s.id_number LIKE ? ESCAPE '\\' OR s.phone LIKE ? ESCAPE '\\')))"));
            values << contains(digits) << contains(digits) << contains(digits) << contains(digits);
            break;
        }
        }
    }
    if (!divisionCode.isEmpty()) {
        parts.append(QStringLiteral("h.division_code = ?"));
        values.append(divisionCode);
    }
    if (!communityId.isEmpty()) {
        parts.append(QStringLiteral("h.community_id = ?"));
        values.append(communityId);
    }
    if (category == QStringLiteral("none")) {
        parts.append(QStringLiteral("h.category IS NULL"));
    } else if (!category.isEmpty()) {
        parts.append(QStringLiteral("h.category = ?"));
        values.append(category);
    }
    if (!status.isEmpty()) {
        parts.append(QStringLiteral("h.status = ?"));
        values.append(status);
    }
    if (overdueOnly) {
        // Files are re-verified at least once a year (reference README).
        parts.append(QStringLiteral("(h.status = 'filed' AND (h.last_verified_on IS NULL "
                                    "OR h.last_verified_on < ?))"));
        values.append(today.addMonths(-12).toString(Qt::ISODate));
    }
    if (parts.isEmpty())
        return {QStringLiteral("1 = 1"), {}};
    return {parts.join(QStringLiteral(" AND ")), values};
}

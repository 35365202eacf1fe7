#include "maclaimfilter.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

// LIKE pattern for "contains", with the LIKE wildcards in the text escaped.
QString contains(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

bool MaClaimFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && status.isEmpty() && year == 0 && planId.isEmpty() &&
           hospital.trimmed().isEmpty() && enrolmentId.isEmpty();
}

MaClaimFilter::Sql MaClaimFilter::toSql() const
{
    QStringList parts;
    QVariantList values;
    const QString query = text.simplified();
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (query.contains(han)) {
        parts.append(QStringLiteral("e.person_name LIKE ? ESCAPE '\\'"));
        values.append(contains(QString(query).remove(u' ')));
    } else if (query.contains(digit)) {
        // An ID fragment, a phone, a claim number (MA-2026-000012) or an invoice number.
        const QString pattern = contains(query.toUpper());
        parts.append(QStringLiteral(
            "(e.id_number LIKE ? ESCAPE '\\' OR e.phone LIKE ? ESCAPE '\\'"
            " OR c.claim_no LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM ma_invoices si"
            " WHERE si.claim_id = c.id AND si.invoice_no LIKE ? ESCAPE '\\'))"));
        values << pattern << pattern << pattern << pattern;
    } else if (!query.isEmpty()) {
        const QString compact = query.toLower().remove(u' ').remove(u'\'');
        parts.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM members s WHERE s.id = e.member_id AND"
            " (s.name_initials LIKE ? ESCAPE '\\' OR replace(s.name_pinyin, ' ', '') LIKE ?"
            " ESCAPE '\\' OR (' ' || s.name_pinyin) LIKE ? ESCAPE '\\'))"));
        values << contains(compact).mid(1) << contains(compact).mid(1)
               << contains(u' ' + query.toLower());
    }
    if (!status.isEmpty()) {
        parts.append(QStringLiteral("c.status = ?"));
        values.append(status);
    }
    if (year > 0) {
        parts.append(QStringLiteral("p.year = ?"));
        values.append(year);
    }
    if (!planId.isEmpty()) {
        parts.append(QStringLiteral("p.id = ?"));
        values.append(planId);
    }
    if (!hospital.trimmed().isEmpty()) {
        parts.append(QStringLiteral("c.hospital LIKE ? ESCAPE '\\'"));
        values.append(contains(hospital.simplified()));
    }
    if (!enrolmentId.isEmpty()) {
        parts.append(QStringLiteral("c.enrolment_id = ?"));
        values.append(enrolmentId);
    }
    if (parts.isEmpty())
        return {QStringLiteral("1 = 1"), {}};
    return {parts.join(QStringLiteral(" AND ")), values};
}

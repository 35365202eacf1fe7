// MaEnrolments: reading enrolments back — one, by plan and ID number or
// receipt, a searched list — and naming a plan on the command line.
#include "maenrolments.h"
#include "sqlerror.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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

const QString SelectEnrolment = QStringLiteral(
    "SELECT e.id, e.plan_id, p.year, p.name, e.member_id, e.person_name, e.id_number,"
    " e.work_unit, e.phone, e.paid_on, e.receipt_no, e.contribution_fen,"
    " (SELECT count(*) FROM ma_claims c WHERE c.enrolment_id = e.id)"
    " FROM ma_enrolments e JOIN ma_plans p ON p.id = e.plan_id ");

MaEnrolment readEnrolment(const QSqlQuery &q)
{
    MaEnrolment e;
    e.id = q.value(0).toString();
    e.planId = q.value(1).toString();
    e.planYear = q.value(2).toInt();
    e.planName = q.value(3).toString();
    e.memberId = q.value(4).toString();
    e.personName = q.value(5).toString();
    e.idNumber = q.value(6).toString();
    e.workUnit = q.value(7).toString();
    e.phone = q.value(8).toString();
    e.paidOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    e.receiptNo = q.value(10).toString();
    e.contribution = Money::fromFen(q.value(11).toLongLong());
    e.claims = q.value(12).toInt();
    return e;
}

Result<QList<MaEnrolment>> select(const QSqlDatabase &db, const QString &where,
                                  const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(SelectEnrolment + where))
        return sqlError(q.lastError(), QStringLiteral("ma_enrolments"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("ma_enrolments"));
    QList<MaEnrolment> list;
    while (q.next())
        list.append(readEnrolment(q));
    return list;
}

} // namespace

Result<MaEnrolment> MaEnrolments::load(const QSqlDatabase &db, const QString &id)
{
    auto found = select(db, QStringLiteral("WHERE e.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("The enrolment does not exist in this database.")};
    return found->constFirst();
}

Result<std::optional<MaEnrolment>> MaEnrolments::find(const QSqlDatabase &db, const QString &planId,
                                                      const QString &idNumber)
{
    auto found =
        select(db, QStringLiteral("WHERE e.plan_id = ? AND e.id_number = ?"), {planId, idNumber});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<MaEnrolment>();
    return std::optional<MaEnrolment>(found->constFirst());
}

Result<std::optional<MaEnrolment>>
MaEnrolments::findReceipt(const QSqlDatabase &db, const QString &planId, const QString &receiptNo)
{
    auto found = select(db, QStringLiteral("WHERE e.plan_id = ? AND e.receipt_no = ?"),
                        {planId, receiptNo.trimmed()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<MaEnrolment>();
    return std::optional<MaEnrolment>(found->constFirst());
}

Result<QList<MaEnrolment>> MaEnrolments::list(const QSqlDatabase &db, const MaEnrolmentQuery &query)
{
    QStringList parts{QStringLiteral("1 = 1")};
    QVariantList values;
    if (query.year > 0) {
        parts.append(QStringLiteral("p.year = ?"));
        values.append(query.year);
    }
    if (!query.planId.isEmpty()) {
        parts.append(QStringLiteral("e.plan_id = ?"));
        values.append(query.planId);
    }
    const QString text = query.text.simplified();
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (text.contains(han)) {
        parts.append(QStringLiteral("e.person_name LIKE ? ESCAPE '\\'"));
        values.append(contains(QString(text).remove(u' ')));
    } else if (text.contains(digit)) {
        parts.append(QStringLiteral("(e.id_number LIKE ? ESCAPE '\\' OR e.phone LIKE ? ESCAPE '\\'"
                                    " OR e.receipt_no LIKE ? ESCAPE '\\')"));
        const QString pattern = contains(text.toUpper());
        values << pattern << pattern << pattern;
    } else if (!text.isEmpty()) {
        // As the household register searches: initials or the start of the syllables.
        const QString compact = text.toLower().remove(u' ').remove(u'\'');
        parts.append(QStringLiteral("EXISTS (SELECT 1 FROM members s WHERE s.id = e.member_id AND"
                                    " (s.name_initials LIKE ? ESCAPE '\\' OR "
                                    "replace(s.name_pinyin, ' ', '') LIKE ? ESCAPE '\\'"
                                    " OR (' ' || s.name_pinyin) LIKE ? ESCAPE '\\'))"));
        values << contains(compact).mid(1) << contains(compact).mid(1)
               << contains(u' ' + text.toLower());
    }
    return select(db,
                  QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND ")) +
                      QStringLiteral(" ORDER BY p.year DESC, p.name, e.person_name, e.id_number"),
                  values);
}

Result<QString> MaEnrolments::resolvePlan(const QSqlDatabase &db, const QString &text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM ma_plans WHERE id = ?"));
    q.addBindValue(text.trimmed());
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("ma_plans"));
    if (q.next())
        return q.value(0).toString();
    const qsizetype colon = text.indexOf(u':');
    bool isYear = false;
    const int year = colon > 0 ? text.left(colon).trimmed().toInt(&isYear) : 0;
    if (isYear) {
        q.prepare(QStringLiteral("SELECT id FROM ma_plans WHERE year = ? AND name = ?"));
        q.addBindValue(year);
        q.addBindValue(text.mid(colon + 1).trimmed());
        if (!q.exec())
            return sqlError(q.lastError(), QStringLiteral("ma_plans"));
        if (q.next())
            return q.value(0).toString();
    }
    return Error{
        tr("There is no mutual-aid plan %1; name it by its id or as YEAR:NAME.").arg(text)};
}

#include "registermembers.h"

#include "householdfilter.h"
#include "pinyin.h"
#include "sqlerror.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// %1: HouseholdFilter's condition on `h`, built from fixed fragments.
const QString SearchQuery = QStringLiteral(
    "WITH found AS (SELECT h.id FROM households h WHERE %1"
    "               ORDER BY h.file_no IS NULL, coalesce(h.file_no, ''), h.id LIMIT ?)"
    " SELECT m.id, h.id, m.name, coalesce(m.id_number, ''), m.relationship,"
    "        coalesce(h.file_no, ''), m.is_head, coalesce(m.phone, ''), m.name_pinyin,"
    "        m.name_initials"
    "   FROM found JOIN households h ON h.id = found.id"
    "   JOIN members m ON m.household_id = h.id"
    "  ORDER BY h.file_no IS NULL, coalesce(h.file_no, ''), h.id, m.is_head DESC, m.position,"
    "           m.name");

struct Candidate
{
    RegisterMember member;
    QString phone;
    PinyinName pinyin;
};

// Whether the text names this member rather than only their household, by
// the same reading of the text as HouseholdFilter: Chinese, a number, or pinyin.
bool names(const QString &text, const Candidate &c)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (text.contains(han))
        return c.member.name.contains(QString(text).remove(u' '));
    if (text.contains(digit)) {
        const QString digits = text.toUpper();
        return c.member.idNumber.contains(digits) || c.phone.contains(digits);
    }
    return Pinyin::matches(text, c.member.name, c.pinyin);
}

} // namespace

namespace RegisterMembers {

Result<RegisterMemberSearch> search(const QSqlDatabase &db, const QString &text, int maxHouseholds)
{
    RegisterMemberSearch result;
    const QString query = text.simplified();
    if (query.isEmpty())
        return result;
    HouseholdFilter filter;
    filter.text = query;
    const HouseholdFilter::Sql sql = filter.toSql();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(SearchQuery.arg(sql.condition)))
        return sqlError(q.lastError(), db.databaseName());
    for (const QVariant &value : sql.values)
        q.addBindValue(value);
    // One more than wanted tells whether there are more.
    q.addBindValue(maxHouseholds + 1);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());

    QList<QList<Candidate>> households;
    QString household;
    while (q.next()) {
        Candidate c;
        c.member = {q.value(0).toString(),  q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(),  q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toInt() != 0};
        c.phone = q.value(7).toString();
        c.pinyin = {q.value(8).toString(), q.value(9).toString()};
        if (households.isEmpty() || c.member.householdId != household) {
            household = c.member.householdId;
            households.append(QList<Candidate>());
        }
        households.last().append(c);
    }
    if (households.size() > maxHouseholds) {
        result.truncated = true;
        households.resize(maxHouseholds);
    }
    for (const QList<Candidate> &members : std::as_const(households)) {
        QList<RegisterMember> named;
        for (const Candidate &c : members) {
            if (names(query, c))
                named.append(c.member);
        }
        if (named.isEmpty()) {
            for (const Candidate &c : members)
                named.append(c.member);
        }
        result.members.append(named);
    }
    return result;
}

} // namespace RegisterMembers

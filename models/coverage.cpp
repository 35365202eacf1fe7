#include "coverage.h"

#include "sqlerror.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Prepares \a sql, binds \a binds in order and runs it; an error names the
// database file \a where.
Status run(QSqlQuery &q, const QString &where, const QString &sql, const QVariantList &binds = {})
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), where);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(), where);
    return {};
}

} // namespace

std::optional<qint64> CoverageCounts::percent() const
{
    if (!expected || *expected <= 0)
        return std::nullopt;
    return visited * 100 / *expected;
}

CoverageCounts &CoverageCounts::operator+=(const CoverageCounts &other)
{
    if (other.expected)
        expected = expected.value_or(0) + *other.expected;
    visited += other.visited;
    filed += other.filed;
    reverificationOverdue += other.reverificationOverdue;
    exited += other.exited;
    return *this;
}

Coverage::Coverage(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<DivisionCoverage>> Coverage::byDivision(int year, const QDate &today) const
{
    const QString where = m_db.databaseName();
    // Divisions in code order; QMap keeps them sorted.
    QMap<QString, DivisionCoverage> divisions;
    QHash<QString, QString> divisionNames;
    {
        QSqlQuery q(m_db);
        if (Status s = run(q, where, QStringLiteral("SELECT code, name FROM divisions")); !s)
            return s.error();
        while (q.next())
            divisionNames.insert(q.value(0).toString(), q.value(1).toString());
        if (q.lastError().isValid())
            return sqlError(q.lastError(), where);
    }
    auto division = [&](const QString &code) -> DivisionCoverage & {
        auto it = divisions.find(code);
        if (it == divisions.end())
            it = divisions.insert(code, DivisionCoverage{code, divisionNames.value(code), {}, {}});
        return it.value();
    };

    // Every community, households or not: an empty one is where nobody has been yet.
    QHash<QString, QPair<QString, qsizetype>> communityAt; // id -> (division, index)
    {
        QSqlQuery q(m_db);
        if (Status s = run(q, where,
                           QStringLiteral("SELECT id, division_code, name, expected_households "
                                          "FROM communities ORDER BY division_code, name, id"));
            !s)
            return s.error();
        while (q.next()) {
            CommunityCoverage community;
            community.id = q.value(0).toString();
            community.name = q.value(2).toString();
            if (!q.value(3).isNull())
                community.counts.expected = q.value(3).toLongLong();
            DivisionCoverage &d = division(q.value(1).toString());
            communityAt.insert(community.id, {d.code, d.communities.size()});
            d.communities.append(community);
        }
        if (q.lastError().isValid())
            return sqlError(q.lastError(), where);
    }

    // One pass over the households, grouped by community. Visit dates are ISO
    // text, so a year is a half-open text range; the same holds for the
    // 12-month cutoff of re-verification.
    QSqlQuery q(m_db);
    if (Status s =
            run(q, where,
                QStringLiteral(
                    "SELECT h.division_code, ifnull(h.community_id, ''),"
                    "       sum(EXISTS (SELECT 1 FROM field_visits v WHERE v.household_id = h.id"
                    "                     AND v.visit_date >= ? AND v.visit_date < ?)),"
                    "       sum(h.status = 'filed'),"
                    "       sum(h.status = 'filed' AND (h.last_verified_on IS NULL"
                    "                                   OR h.last_verified_on < ?)),"
                    "       sum(h.status = 'exited')"
                    "  FROM households h GROUP BY 1, 2"),
                {iso(QDate(year, 1, 1)), iso(QDate(year + 1, 1, 1)), iso(today.addMonths(-12))});
        !s)
        return s.error();
    while (q.next()) {
        CoverageCounts counts;
        counts.visited = q.value(2).toLongLong();
        counts.filed = q.value(3).toLongLong();
        counts.reverificationOverdue = q.value(4).toLongLong();
        counts.exited = q.value(5).toLongLong();
        const QString communityId = q.value(1).toString();
        if (auto it = communityAt.constFind(communityId); it != communityAt.cend()) {
            division(it->first).communities[it->second].counts += counts;
            continue;
        }
        // Households entered without a community (or with one that is not
        // here) still count for their division, in a row of their own.
        DivisionCoverage &d = division(q.value(0).toString());
        if (d.communities.isEmpty() || !d.communities.last().id.isEmpty())
            d.communities.append(CommunityCoverage{});
        d.communities.last().counts += counts;
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError(), where);

    QList<DivisionCoverage> result;
    result.reserve(divisions.size());
    for (DivisionCoverage &d : divisions) {
        for (const CommunityCoverage &c : std::as_const(d.communities))
            d.counts += c.counts;
        result.append(std::move(d));
    }
    return result;
}

Result<QList<int>> Coverage::years(const QDate &today) const
{
    const QString where = m_db.databaseName();
    QSqlQuery q(m_db);
    if (Status s = run(q, where, QStringLiteral("SELECT min(visit_date) FROM field_visits")); !s)
        return s.error();
    int first = today.year();
    if (q.next()) {
        const QDate earliest = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (earliest.isValid())
            first = qMin(first, earliest.year());
    } else if (q.lastError().isValid()) {
        return sqlError(q.lastError(), where);
    }
    QList<int> years;
    for (int year = today.year(); year >= first; --year)
        years.append(year);
    return years;
}

Result<QList<DueHousehold>> Coverage::dueWork(const QString &userId, const QDate &today) const
{
    return myHouseholds(
        QStringLiteral("h.status <> 'exited' AND h.next_due_on IS NOT NULL AND h.next_due_on < ?"),
        QStringLiteral("h.next_due_on, h.file_no, h.id"), iso(today.addDays(7)), userId, today,
        false);
}

Result<QList<DueHousehold>> Coverage::drafts(const QString &userId, const QDate &today) const
{
    return myHouseholds(QStringLiteral("h.status = 'identified' AND (h.next_due_on IS NULL OR "
                                       "h.next_due_on >= ?)"),
                        QStringLiteral("h.created_at, h.id"), iso(today.addDays(7)), userId, today,
                        true);
}

Result<QList<DueHousehold>> Coverage::myHouseholds(const QString &condition, const QString &order,
                                                   const QString &weekEnd, const QString &userId,
                                                   const QDate &today, bool draft) const
{
    const QString where = m_db.databaseName();
    QSqlQuery q(m_db);
    // Both fragments are constants of this file; every value is bound.
    if (Status s = run(
            q, where,
            QStringLiteral(
                "SELECT h.id, ifnull(h.file_no, ''), ifnull(m.name, ''), ifnull(c.name, ''),"
                "       h.next_due_on,"
                "       (SELECT max(v.visit_date) FROM field_visits v WHERE v.household_id = h.id)"
                "  FROM households h"
                "  LEFT JOIN members m ON m.household_id = h.id AND m.is_head = 1"
                "  LEFT JOIN communities c ON c.id = h.community_id"
                " WHERE %1"
                "   AND (h.created_by = ? OR EXISTS (SELECT 1 FROM field_visits v"
                "          WHERE v.household_id = h.id AND v.created_by = ?))"
                " ORDER BY %2")
                .arg(condition, order),
            {weekEnd, userId, userId});
        !s)
        return s.error();
    QList<DueHousehold> due;
    while (q.next()) {
        DueHousehold h;
        h.id = q.value(0).toString();
        h.fileNo = q.value(1).toString();
        h.head = q.value(2).toString();
        h.community = q.value(3).toString();
        h.nextDue = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        h.lastVisit = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        h.draft = draft;
        h.overdue = !draft && h.nextDue < today;
        due.append(h);
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError(), where);
    return due;
}

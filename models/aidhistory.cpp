#include "aidhistory.h"

#include "sqlerror.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QDate dayOf(const QVariant &value)
{
    // Dates ("2026-01-20") and timestamps ("2026-01-20T08:00:00.000Z") alike.
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

Result<AidHistory> AidHistories::forHousehold(const QSqlDatabase &db, const QString &householdId)
{
    AidHistory history;

    // Aid: every line not cancelled, and approved proposals not on a batch yet.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT x.status = 'paid', coalesce(x.paid_on, x.created_at), p.name, x.recipient_name,"
        "       x.amount_fen, coalesce(b.batch_no || CASE WHEN b.version > 1"
        "                     THEN '-v' || b.version ELSE '' END, '')"
        "  FROM disbursements x JOIN aid_programmes p ON p.id = x.programme_id"
        "  LEFT JOIN disbursement_batches b ON b.id = x.batch_id"
        " WHERE x.household_id = ? AND x.status <> 'cancelled'"
        " UNION ALL "
        "SELECT 0, coalesce((SELECT max(a.decided_at) FROM aid_approvals a"
        "                     WHERE a.request_id = r.id), r.updated_at), p.name,"
        "       coalesce((SELECT m.name FROM members m WHERE m.id = r.member_id),"
        "                (SELECT m.name FROM members m WHERE m.household_id = r.household_id"
        "                    AND m.is_head = 1), ''),"
        "       r.amount_fen, ''"
        "  FROM aid_requests r JOIN aid_programmes p ON p.id = r.programme_id"
        " WHERE r.household_id = ? AND r.status = 'approved'"
        "   AND NOT EXISTS (SELECT 1 FROM disbursements x WHERE x.request_id = r.id"
        "                      AND x.status <> 'cancelled')"));
    q.addBindValue(householdId);
    q.addBindValue(householdId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("disbursements"));
    while (q.next()) {
        AidHistoryEntry e;
        e.source = AidHistoryEntry::Source::Aid;
        e.paid = q.value(0).toBool();
        e.date = dayOf(q.value(1));
        e.what = q.value(2).toString();
        e.person = q.value(3).toString();
        e.amount = Money::fromFen(q.value(4).toLongLong());
        e.reference = q.value(5).toString();
        history.entries.append(e);
    }

    // Mutual aid: claims of the household's members, found by the member link
    // or, for enrolments made by name and ID number, by the ID number.
    QSqlQuery c(db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral(
        "SELECT mc.status = 'paid', coalesce(mc.paid_on, mc.decided_at), pl.name, e.person_name,"
        "       mc.approved_payout_fen, coalesce(mc.claim_no, '')"
        "  FROM ma_claims mc JOIN ma_enrolments e ON e.id = mc.enrolment_id"
        "  JOIN ma_plans pl ON pl.id = e.plan_id"
        " WHERE mc.status IN ('approved', 'paid')"
        "   AND (e.member_id IN (SELECT id FROM members WHERE household_id = ?)"
        "        OR e.id_number IN (SELECT id_number FROM members WHERE household_id = ?"
        "                              AND id_number IS NOT NULL))"));
    c.addBindValue(householdId);
    c.addBindValue(householdId);
    if (!c.exec())
        return sqlError(c.lastError(), QStringLiteral("ma_claims"));
    while (c.next()) {
        AidHistoryEntry e;
        e.source = AidHistoryEntry::Source::MutualAid;
        e.paid = c.value(0).toBool();
        e.date = dayOf(c.value(1));
        e.what = c.value(2).toString();
        e.person = c.value(3).toString();
        e.amount = Money::fromFen(c.value(4).toLongLong());
        e.reference = c.value(5).toString();
        history.entries.append(e);
    }

    std::stable_sort(history.entries.begin(), history.entries.end(),
                     [](const AidHistoryEntry &a, const AidHistoryEntry &b) {
                         return a.date > b.date;
                     });
    QMap<int, AidHistoryYear> years;
    for (const AidHistoryEntry &e : history.entries) {
        if (!e.paid) {
            history.pending += e.amount;
            continue;
        }
        AidHistoryYear &y = years[e.date.year()];
        y.year = e.date.year();
        (e.source == AidHistoryEntry::Source::Aid ? y.aid : y.mutualAid) += e.amount;
    }
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        history.years.prepend(it.value());
    return history;
}

#include "statistics.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Entity
{
    const char *table;
    const char *label;
};

// Table names are fixed here, never taken from input, so building the COUNT
// statement from them is safe.
constexpr Entity Entities[] = {
    {"divisions", QT_TRANSLATE_NOOP("Statistics", "Divisions")},
    {"communities", QT_TRANSLATE_NOOP("Statistics", "Communities and villages")},
    {"households", QT_TRANSLATE_NOOP("Statistics", "Households")},
    {"members", QT_TRANSLATE_NOOP("Statistics", "Household members")},
    {"field_visits", QT_TRANSLATE_NOOP("Statistics", "Field visits")},
    {"survey_records", QT_TRANSLATE_NOOP("Statistics", "Survey records")},
    {"attachments", QT_TRANSLATE_NOOP("Statistics", "Attachments")},
    {"ma_plans", QT_TRANSLATE_NOOP("Statistics", "Mutual-aid plans")},
    {"ma_enrolments", QT_TRANSLATE_NOOP("Statistics", "Mutual-aid enrolments")},
    {"ma_claims", QT_TRANSLATE_NOOP("Statistics", "Mutual-aid claims")},
    {"ma_invoices", QT_TRANSLATE_NOOP("Statistics", "Claim invoices")},
    {"aid_programmes", QT_TRANSLATE_NOOP("Statistics", "Aid programmes")},
    {"aid_requests", QT_TRANSLATE_NOOP("Statistics", "Aid requests")},
    {"aid_approvals", QT_TRANSLATE_NOOP("Statistics", "Approval decisions")},
    {"disbursement_batches", QT_TRANSLATE_NOOP("Statistics", "Disbursement batches")},
    {"disbursements", QT_TRANSLATE_NOOP("Statistics", "Disbursements")},
    {"users", QT_TRANSLATE_NOOP("Statistics", "User accounts")},
    {"devices", QT_TRANSLATE_NOOP("Statistics", "Devices")},
    {"audit_log", QT_TRANSLATE_NOOP("Statistics", "Audit log entries")},
};

} // namespace

namespace Statistics {

Result<QList<EntityCount>> countEntities(const Database &db)
{
    QList<EntityCount> counts;
    QSqlQuery q(db.sql());
    for (const Entity &e : Entities) {
        const QString table = QString::fromLatin1(e.table);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
            return sqlError(q.lastError(), db.path());
        counts.append({table, QCoreApplication::translate("Statistics", e.label),
                       q.value(0).toLongLong()});
    }
    return counts;
}

} // namespace Statistics

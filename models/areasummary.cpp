#include "areasummary.h"

#include "codelabels.h"
#include "sqlerror.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>

namespace {

// Runs a query that returns exactly one row and hands back its values.
Result<QVariantList> oneRow(const QSqlDatabase &db, const QString &sql,
                            const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), db.databaseName());
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    if (!q.next()) {
        if (q.lastError().isValid())
            return sqlError(q.lastError(), db.databaseName());
        return Error{QCoreApplication::translate("AreaSummary", "The database returned no result."),
                     db.databaseName()};
    }
    QVariantList values;
    for (int i = 0; i < q.record().count(); ++i)
        values.append(q.value(i));
    return values;
}

// Reads (code, count) rows from \a sql; \a codes fixes the order and makes
// codes with no rows show as zero. A NULL code is counted under "".
Result<CodeCounts> countByCode(const QSqlDatabase &db, const QString &sql, const QStringList &codes)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !q.exec())
        return sqlError(q.lastError(), db.databaseName());
    CodeCounts counts;
    for (const QString &code : codes)
        counts.append({code, 0});
    while (q.next()) {
        const QString code = q.value(0).isNull() ? QString() : q.value(0).toString();
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto &pair) { return pair.first == code; });
        if (it != counts.end())
            it->second = q.value(1).toLongLong();
        else
            counts.append({code, q.value(1).toLongLong()});
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError(), db.databaseName());
    return counts;
}

} // namespace

AreaSummary::AreaSummary(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> AreaSummary::households() const
{
    auto row = oneRow(m_db, QStringLiteral("SELECT count(*) FROM households"));
    if (!row)
        return row.error();
    return row->at(0).toLongLong();
}

Result<VisitFigures> AreaSummary::visits(const QDate &today) const
{
    auto row = oneRow(
        m_db,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM field_visits),"
            "       (SELECT max(visit_date) FROM field_visits),"
            "       (SELECT count(*) FROM households"
            "         WHERE status <> 'exited' AND next_due_on IS NOT NULL AND next_due_on <= ?)"),
        {today.toString(Qt::ISODate)});
    if (!row)
        return row.error();
    VisitFigures figures;
    figures.visits = row->at(0).toLongLong();
    figures.latestVisit = QDate::fromString(row->at(1).toString(), Qt::ISODate);
    figures.householdsDue = row->at(2).toLongLong();
    return figures;
}

Result<ClaimFigures> AreaSummary::claims() const
{
    auto byStatus =
        countByCode(m_db, QStringLiteral("SELECT status, count(*) FROM ma_claims GROUP BY status"),
                    CodeLabels::claimStatuses());
    if (!byStatus)
        return byStatus.error();
    auto row = oneRow(m_db, QStringLiteral("SELECT (SELECT count(*) FROM ma_enrolments),"
                                           "       (SELECT coalesce(sum(approved_payout_fen), 0) "
                                           "FROM ma_claims WHERE status = 'paid')"));
    if (!row)
        return row.error();
    ClaimFigures figures;
    figures.byStatus = byStatus.value();
    figures.enrolments = row->at(0).toLongLong();
    figures.paidOut = Money::fromFen(row->at(1).toLongLong());
    return figures;
}

Result<DisbursementFigures> AreaSummary::disbursements(int year) const
{
    // paid_on is an ISO date, so one year is a half-open text range.
    const QString from = QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
    const QString to = QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0'));
    auto row = oneRow(
        m_db,
        QStringLiteral("SELECT (SELECT coalesce(sum(amount_fen), 0) FROM disbursements"
                       "         WHERE status = 'paid' AND paid_on >= ? AND paid_on < ?),"
                       "       (SELECT count(*) FROM disbursements"
                       "         WHERE status = 'paid' AND paid_on >= ? AND paid_on < ?),"
                       "       (SELECT count(*) FROM disbursements WHERE status = 'pending'),"
                       "       (SELECT count(*) FROM disbursement_batches WHERE status IN ('open', "
                       "'printed'))"),
        {from, to, from, to});
    if (!row)
        return row.error();
    DisbursementFigures figures;
    figures.year = year;
    figures.paidTotal = Money::fromFen(row->at(0).toLongLong());
    figures.paidCount = row->at(1).toLongLong();
    figures.pendingCount = row->at(2).toLongLong();
    figures.openBatches = row->at(3).toLongLong();
    return figures;
}

Result<ApprovalFigures> AreaSummary::approvals() const
{
    auto row =
        oneRow(m_db, QStringLiteral(
                         "SELECT (SELECT count(*) FROM aid_requests WHERE status = 'submitted'),"
                         "       (SELECT coalesce(sum(amount_fen), 0) FROM aid_requests WHERE "
                         "status = 'submitted'),"
                         "       (SELECT count(*) FROM ma_claims WHERE status = 'submitted')"));
    if (!row)
        return row.error();
    ApprovalFigures figures;
    figures.aidRequestsWaiting = row->at(0).toLongLong();
    figures.aidRequestsWaitingAmount = Money::fromFen(row->at(1).toLongLong());
    figures.claimsWaiting = row->at(2).toLongLong();
    return figures;
}

Result<ReportFigures> AreaSummary::reports() const
{
    QStringList categories = CodeLabels::hardshipCategories();
    categories.append(QString());
    auto byCategory = countByCode(
        m_db, QStringLiteral("SELECT category, count(*) FROM households GROUP BY category"),
        categories);
    if (!byCategory)
        return byCategory.error();
    auto byStatus =
        countByCode(m_db, QStringLiteral("SELECT status, count(*) FROM households GROUP BY status"),
                    CodeLabels::householdStatuses());
    if (!byStatus)
        return byStatus.error();
    return ReportFigures{byCategory.value(), byStatus.value()};
}

Result<SyncFigures> AreaSummary::sync() const
{
    SyncFigures figures;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT name, role FROM devices WHERE is_self = 1")) || !q.exec())
        return sqlError(q.lastError(), m_db.databaseName());
    if (q.next()) {
        figures.setUp = true;
        figures.deviceName = q.value(0).toString();
        figures.deviceRole = q.value(1).toString();
    } else if (q.lastError().isValid()) {
        return sqlError(q.lastError(), m_db.databaseName());
    }
    auto row = oneRow(
        m_db,
        QStringLiteral("SELECT count(*) FROM devices WHERE is_self = 0 AND paired_at IS NOT NULL"));
    if (!row)
        return row.error();
    figures.pairedDevices = row->at(0).toLongLong();
    return figures;
}

Result<QString> AreaSummary::sqliteVersion() const
{
    auto row = oneRow(m_db, QStringLiteral("SELECT sqlite_version()"));
    if (!row)
        return row.error();
    return row->at(0).toString();
}

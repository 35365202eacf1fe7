// Coverage: how far the door-to-door survey (地毯式摸排, "not one household
// missed") has come, per division and community, and the caseworker's own due
// work. Read-only queries; the counts are data that the coverage table, the
// "my work" list and reports show in their own way.
#pragma once

#include "error.h"

#include <optional>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// The survey figures of one community or of a whole division.
struct CoverageCounts
{
    /// communities.expected_households (a division: the sum of the known ones);
    /// empty when no community entered or imported a roster count.
    std::optional<qint64> expected;
    qint64 visited = 0; ///< distinct households with a field visit in the year asked about
    qint64 filed = 0;   ///< status 'filed' today
    /// Filed, and last_verified_on missing or before today minus 12 months.
    qint64 reverificationOverdue = 0;
    qint64 exited = 0; ///< status 'exited'

    /// visited × 100 ÷ expected, rounded down; empty when expected is unknown or 0.
    std::optional<qint64> percent() const;
    CoverageCounts &operator+=(const CoverageCounts &other);
};

struct CommunityCoverage
{
    QString id;   ///< communities.id; empty for households entered without a community
    QString name; ///< empty for the households without a community
    CoverageCounts counts;
};

struct DivisionCoverage
{
    QString code; ///< divisions.code
    QString name;
    CoverageCounts counts; ///< the sum over its communities
    QList<CommunityCoverage> communities;
};

/// One household on a caseworker's list of due work.
struct DueHousehold
{
    QString id;     ///< households.id
    QString fileNo; ///< empty until the household is filed
    QString head;   ///< name of the head of household; empty if none is entered
    QString community;
    QDate nextDue;        ///< households.next_due_on
    QDate lastVisit;      ///< null when no visit has been logged
    bool overdue = false; ///< nextDue lies before the day asked about
    /// Listed by drafts(): surveyed or entered (status 'identified') but not
    /// yet filed, and not due within the week.
    bool draft = false;
};

class Coverage
{
public:
    explicit Coverage(QSqlDatabase db);

    /// Every division that has communities or households, in code order, with its
    /// communities by name. \a year picks the visits counted; \a today decides
    /// which re-verifications are overdue.
    Result<QList<DivisionCoverage>> byDivision(int year, const QDate &today) const;

    /// The years for a year selector: from the earliest visit (or \a today's
    /// year when there is none) up to \a today's year, newest first.
    Result<QList<int>> years(const QDate &today) const;

    /// The due work of the caseworker \a userId. "My households" are the
    /// households the user created (households.created_by) or logged a field
    /// visit for (field_visits.created_by), whoever looks after them now.
    /// Of those not exited, returns the ones whose next_due_on lies before
    /// \a today (overdue, oldest first) or within the 7 days from \a today
    /// (today to today + 6, due this week, soonest first).
    Result<QList<DueHousehold>> dueWork(const QString &userId, const QDate &today) const;

    /// The drafts of the caseworker \a userId: "my households" as in dueWork()
    /// that are still status 'identified' (surveyed or entered, not filed).
    /// Those dueWork() lists (next_due_on before \a today + 7) are left out,
    /// so that no household is listed twice. Oldest entry first: the draft
    /// waiting longest is the one most likely forgotten.
    Result<QList<DueHousehold>> drafts(const QString &userId, const QDate &today) const;

private:
    /// "My households" (see dueWork()) that also meet \a condition, which
    /// binds \a weekEnd once, ordered by \a order.
    Result<QList<DueHousehold>> myHouseholds(const QString &condition, const QString &order,
                                             const QString &weekEnd, const QString &userId,
                                             const QDate &today, bool draft) const;

    QSqlDatabase m_db;
};

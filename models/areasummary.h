// AreaSummary: the live figures each area of the main window shows about the
// open database (visits logged, claims by status, money disbursed ...). One
// read-only query per figure, so that views never hold SQL of their own.
#pragma once

#include "error.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

/// Count of rows per stored code, in the schema's code order.
using CodeCounts = QList<QPair<QString, qint64>>;

struct VisitFigures
{
    qint64 visits = 0;
    QDate latestVisit;        ///< null when no visit has been logged
    qint64 householdsDue = 0; ///< not exited, next re-verification on or before the day asked about
};

struct ClaimFigures
{
    CodeCounts byStatus; ///< every claim status, zero counts included
    qint64 enrolments = 0;
    Money paidOut; ///< approved payout of paid claims
};

struct DisbursementFigures
{
    int year = 0;
    Money paidTotal; ///< disbursements paid in that year
    qint64 paidCount = 0;
    qint64 pendingCount = 0; ///< not yet paid, any year
    qint64 openBatches = 0;
};

struct ApprovalFigures
{
    qint64 aidRequestsWaiting = 0; ///< submitted, no decision yet
    Money aidRequestsWaitingAmount;
    qint64 claimsWaiting = 0; ///< submitted mutual-aid claims
};

struct ReportFigures
{
    CodeCounts byCategory; ///< hardship categories, then "" for not yet assessed
    CodeCounts byStatus;   ///< household statuses
};

struct SyncFigures
{
    bool setUp = false; ///< this installation has its own row in devices
    QString deviceName;
    QString deviceRole; ///< code: office or laptop
    qint64 pairedDevices = 0;
};

class AreaSummary
{
public:
    explicit AreaSummary(QSqlDatabase db);

    Result<qint64> households() const;
    /// \a today decides which re-verifications are due.
    Result<VisitFigures> visits(const QDate &today) const;
    Result<ClaimFigures> claims() const;
    Result<DisbursementFigures> disbursements(int year) const;
    Result<ApprovalFigures> approvals() const;
    Result<ReportFigures> reports() const;
    Result<SyncFigures> sync() const;
    /// Version of the SQLite library that serves this database, e.g. "3.40.1".
    Result<QString> sqliteVersion() const;

private:
    QSqlDatabase m_db;
};

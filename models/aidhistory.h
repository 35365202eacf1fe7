// AidHistory: everything a household received — aid of every programme and
// mutual-aid payouts of its members — with totals per year, for the
// household's file, the approvals inbox and reports.
#pragma once

#include "error.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

struct AidHistoryEntry
{
    enum class Source { Aid, MutualAid };
    Source source = Source::Aid;
    QDate date;        ///< paid on; for what is not paid yet, the approval or decision day
    QString what;      ///< programme name, or the plan's name for mutual aid
    QString person;    ///< recipient or member
    Money amount;
    bool paid = false; ///< false: approved, waiting to be paid
    QString reference; ///< batch code, claim number …
};

struct AidHistoryYear
{
    int year = 0;
    Money aid;       ///< paid aid
    Money mutualAid; ///< paid mutual-aid payouts
    Money total() const { return aid + mutualAid; }
};

struct AidHistory
{
    QList<AidHistoryEntry> entries; ///< newest first
    QList<AidHistoryYear> years;    ///< newest first, only years with payments
    Money pending;                  ///< approved but not paid yet
    Money total() const
    {
        Money sum;
        for (const AidHistoryYear &y : years)
            sum += y.total();
        return sum;
    }
};

class AidHistories
{
    Q_DECLARE_TR_FUNCTIONS(AidHistories)

public:
    static Result<AidHistory> forHousehold(const QSqlDatabase &db, const QString &householdId);
};

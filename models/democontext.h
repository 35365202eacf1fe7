// DemoContext: what the parts of the demo generator share while they fill one
// database — the open transaction's connection, the accounts and device every
// row is stamped with, the schedule of recurring aid, and the households
// already written (mutual aid and aid draw their people from them).
// Internal to the demo generator; DemoData::generate() is the public entry.
#pragma once

#include "demodata.h"
#include "demonames.h"
#include "demorandom.h"
#include "demotable.h"
#include "idnumber.h"
#include "pinyin.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

struct DemoUsers
{
    QString admin, supervisorA, supervisorB, caseworkerA, caseworkerB;
    QString caseworkerAName, caseworkerBName; ///< Display names, written into visit records.
};

/// The demo's 低保 line and minimum wage for one year (fen per month).
struct DemoLine
{
    qint64 dibaoFen = 0;
    qint64 minWageFen = 0;
};

struct DemoCommunity
{
    QString id;
    QString divisionCode;
    QString divisionName;
    QString name;
    bool village = false;
};

struct DemoPerson
{
    QString memberId;
    QString name;
    QString idNumber;
    QDate birth;
    Sex sex = Sex::Male;
    QString relationship;
    QString health;
    QString majorIllness;
    QString disability;
    QString workStatus;
    QString schoolStage;
    QString school;
    qint64 monthlyIncomeFen = 0;
    QString phone;
};

struct DemoHousehold
{
    QString id;
    QString divisionCode;
    bool village = false;
    QString status;   ///< identified, filed, exited
    QString category; ///< deep, relative, accident; empty when not filed
    QDate filedOn;
    QDate exitedOn;
    QString caseworker; ///< users.id of the caseworker who looks after it
    QString bankName;
    QString bankAccount;
    QString workUnit;
    QList<DemoPerson> members; ///< the head first
    /// Whether the household was on file on \a day.
    bool filedAt(const QDate &day) const
    {
        return filedOn.isValid() && filedOn <= day && (!exitedOn.isValid() || day < exitedOn);
    }
};

/// Dates of the recurring aid rounds, shared by the visits and the aid they lead to.
struct DemoSchedule
{
    QMap<int, QDate> warmth;        ///< 送温暖 before the Spring Festival, per year
    QMap<int, QDate> specialFirst;  ///< 专项帮扶金, first half-year
    QMap<int, QDate> specialSecond; ///< second half-year
    QMap<int, QDate> school;        ///< 金秋助学 before term starts
};

struct DemoContext
{
    DemoContext(QSqlDatabase database, const Pinyin &p, const DemoOptions &o, QString areaCode)
        : db(std::move(database)), pinyin(p), options(o), names(std::move(areaCode))
    {
    }

    QSqlDatabase db;
    const Pinyin &pinyin;
    DemoOptions options;
    DemoNames names;
    QString deviceId;
    DemoUsers users;
    QDate setupDay;            ///< when the office installed Bangfu, before all data
    QMap<int, DemoLine> lines; ///< by year
    DemoSchedule schedule;
    QList<DemoCommunity> communities;
    QList<DemoHousehold> households;

    /// The line in force in \a year (the nearest year on record outside the range).
    DemoLine lineFor(int year) const;
    /// Pinyin of a name, computed once per distinct name (ICU is slow per call).
    PinyinName pinyinOf(const QString &name);
    /// A prepared insert stamped with this installation's device.
    DemoTable table(const QString &sql, bool stamped = true) const
    {
        return DemoTable(db, sql, deviceId, stamped);
    }

private:
    QHash<QString, PinyinName> m_pinyinCache;
};

/// Whole years from \a birth to \a on.
int ageOn(const QDate &birth, const QDate &on);
/// "12,345.67" for an amount in fen (data text; display goes through Money).
QString demoYuan(qint64 fen);

// The parts of the demo, in the order DemoData::generate() runs them. Each
// writes into the open transaction and returns the first error.
Status generateHouseholds(DemoContext &ctx, DemoRandom &rng);
Status generateMutualAid(DemoContext &ctx, DemoRandom &rng);
Status generateAid(DemoContext &ctx, DemoRandom &rng);

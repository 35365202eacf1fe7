// DemoContext: what the parts of the demo generator share while they fill one
// database — the open transaction's connection, the demo accounts with one
// AuditedWriter each (so every row is written, stamped and audited as the
// person who would have written it, at the time they would have), the
// schedule of recurring aid, and the households already written (mutual aid
// and aid draw their people from them).
// Internal to the demo generator; DemoData::generate() is the public entry.
#pragma once

#include "auditedwriter.h"
#include "demodata.h"
#include "demonames.h"
#include "demorandom.h"
#include "idnumber.h"
#include "pinyin.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

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

/// A change to a row made later than its insert: when, by whom (users.id), what.
struct DemoUpdate
{
    QString at;
    QString by;
    RowValues changes;
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
    QString fileNo;            ///< 档案编号, given once all households are known
    QString filingTime;        ///< when the file was opened (timestamp), empty if never
    /// Filing (without its number, which follows the order of all filings),
    /// re-verifications and exit, oldest first; written once every household exists.
    QList<DemoUpdate> updates;
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
    // The writers' clocks point into this object.
    DemoContext(const DemoContext &) = delete;
    DemoContext &operator=(const DemoContext &) = delete;

    QSqlDatabase db;
    const Pinyin &pinyin;
    DemoOptions options;
    DemoNames names;
    QString deviceId;
    DemoUsers users;
    QDate setupDay;            ///< when the office installed Bangfu, before all data
    QString installedAt;       ///< the moment on setupDay when the administrator's account was made
    QMap<int, DemoLine> lines; ///< by year
    DemoSchedule schedule;
    QList<DemoCommunity> communities;
    QList<DemoHousehold> households;

    /// The line in force in \a year (the nearest year on record outside the range).
    DemoLine lineFor(int year) const;
    /// A moment on the setup day after the administrator's account existed.
    QString setupStamp(DemoRandom &rng) const
    {
        return qMax(installedAt, rng.timestamp(setupDay));
    }
    /// Pinyin of a name, computed once per distinct name (ICU is slow per call).
    PinyinName pinyinOf(const QString &name);

    /// Lets the demo act as \a user; before its users row exists only to create it.
    void addAccount(const CurrentUser &user);
    /// Inserts a row through the writer of account \a by (a users.id), as of the
    /// demo timestamp \a at ("yyyy-MM-ddTHH:mm:ss.zzzZ"). \a values must hold the "id".
    Status insert(const QString &by, Permission permission, const QString &table,
                  const QString &at, RowValues values);
    /// Changes row \a id of \a table the same way.
    Status update(const QString &by, Permission permission, const QString &table,
                  const QString &id, const QString &at, const RowValues &changes);
    Status update(const QString &table, const QString &id, const DemoUpdate &change,
                  Permission permission)
    {
        return update(change.by, permission, table, id, change.at, change.changes);
    }

    /// The writer of account \a by with its clock at \a at, for model functions
    /// that write through a writer themselves (the claim workflow).
    Result<AuditedWriter *> writerAt(const QString &by, const QString &at);

private:

    QHash<QString, PinyinName> m_pinyinCache;
    std::map<QString, std::unique_ptr<AuditedWriter>> m_writers; ///< by users.id
    QDateTime m_now; ///< what every writer's clock reads
};

/// Whole years from \a birth to \a on.
int ageOn(const QDate &birth, const QDate &on);
/// "12,345.67" for an amount in fen (data text; display goes through Money).
QString demoYuan(qint64 fen);
/// SQL NULL for an empty or null string, the string otherwise.
QVariant orNull(const QString &text);
/// The text, '' for a null QString (which Qt would bind as SQL NULL), for NOT NULL columns.
QVariant notNull(const QString &text);
/// SQL NULL for an invalid date, "yyyy-MM-dd" otherwise.
QVariant orNull(const QDate &date);

// The parts of the demo, in the order DemoData::generate() runs them. Each
// writes into the open transaction and returns the first error.
/// The Yueyang plan of 2014 from its plan file (demoreferenceplan.cpp).
Status writeReferencePlans(DemoContext &ctx, DemoRandom &rng);
Status generateHouseholds(DemoContext &ctx, DemoRandom &rng);
Status generateMutualAid(DemoContext &ctx, DemoRandom &rng);
Status generateAid(DemoContext &ctx, DemoRandom &rng);

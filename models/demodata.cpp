#include "demodata.h"

#include "database.h"
#include "democontext.h"
#include "devices.h"
#include "divisions.h"
#include "passwordhash.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoData", text);
}

// Separate random streams, so that a change in how one part draws numbers
// leaves the content of the others as it was.
enum Stream : quint32 {
    SetupStream = 1,
    HouseholdStream = 2,
    MutualAidStream = 3,
    AidStream = 4,
    ReferencePlanStream = 5
};

// Demo figures for the 低保 line and minimum wage, oldest year first. They are
// invented (the source column says so), plausible for Linyi, and rise a little
// more slowly than incomes so that a file's assessment does not flip between years.
constexpr qint64 DibaoYuan[] = {900, 930, 960, 990};
constexpr qint64 MinWageYuan[] = {1880, 1950, 2020, 2100};

Result<qint64> count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql) || !q.exec() || !q.next())
        return sqlError(q.lastError(), db.databaseName());
    return q.value(0).toLongLong();
}

Status ensureDivisions(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM divisions WHERE parent_code = ?")))
        return sqlError(q.lastError(), db.databaseName());
    q.addBindValue(Divisions::districtCode());
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), db.databaseName());
    if (q.value(0).toLongLong() > 0)
        return {};
    QFile file(Divisions::builtinCsv());
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the division list: %1").arg(file.errorString()),
                     file.fileName()};
    auto rows = Divisions::parseCsv(file, file.fileName());
    if (!rows)
        return rows.error();
    return Divisions::insert(db, rows.value());
}

struct DivisionInfo
{
    QString code, name, kind;
};

Result<QList<DivisionInfo>> readDivisions(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "SELECT code, name, kind FROM divisions WHERE parent_code = ? ORDER BY code")))
        return sqlError(q.lastError(), db.databaseName());
    q.addBindValue(Divisions::districtCode());
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    QList<DivisionInfo> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (list.isEmpty())
        return Error{tr("The database lists no divisions of the district."), db.databaseName()};
    return list;
}

Status writeDeviceAndUsers(DemoContext &ctx, DemoRandom &rng)
{
    // The device row is this installation's (Devices::ensureSelf); devices are
    // not synced, so naming it after the demo office needs no audit entry.
    QSqlQuery device(ctx.db);
    if (!device.prepare(QStringLiteral("UPDATE devices SET name = ? WHERE id = ?")))
        return sqlError(device.lastError(), ctx.db.databaseName());
    device.addBindValue(QStringLiteral("河东区总工会办公室"));
    device.addBindValue(ctx.deviceId);
    if (!device.exec())
        return sqlError(device.lastError(), ctx.db.databaseName());

    struct Account
    {
        QString *id;
        const char *username;
        const char16_t *displayName;
        Role role;
    };
    const Account accounts[] = {
        {&ctx.users.admin, "admin", u"系统管理员", Role::Administrator},
        {&ctx.users.supervisorA, "zhangli", u"张丽", Role::Supervisor},
        {&ctx.users.supervisorB, "wangfang", u"王芳", Role::Supervisor},
        {&ctx.users.caseworkerA, "liming", u"李明", Role::Caseworker},
        {&ctx.users.caseworkerB, "chenjing", u"陈静", Role::Caseworker},
    };
    ctx.users.caseworkerAName = QStringLiteral("李明");
    ctx.users.caseworkerBName = QStringLiteral("陈静");
    ctx.installedAt = rng.timestamp(ctx.setupDay);
    for (const Account &account : accounts) {
        *account.id = rng.id();
        const CurrentUser user{*account.id, QLatin1String(account.username),
                               QString::fromUtf16(account.displayName), account.role};
        ctx.addAccount(user);
        // Each account its own salt; Argon2id makes this the slow part of a small demo.
        auto hash = PasswordHash::hash(DemoData::password());
        if (!hash)
            return hash.error();
        // The administrator creates its own account into the empty table (the
        // writer allows exactly that), then the others.
        const QString at =
            account.id == &ctx.users.admin ? ctx.installedAt : ctx.setupStamp(rng);
        if (Status s = ctx.insert(ctx.users.admin, Permission::ManageUsers, QStringLiteral("users"),
                                  at,
                                  {{QStringLiteral("id"), user.id},
                                   {QStringLiteral("username"), user.username},
                                   {QStringLiteral("display_name"), user.displayName},
                                   {QStringLiteral("role"), Permissions::roleCode(user.role)},
                                   {QStringLiteral("password_hash"), hash.value()},
                                   {QStringLiteral("disabled"), 0}});
            !s)
            return s;
    }
    return {};
}

Status writeSettings(DemoContext &ctx, DemoRandom &rng)
{
    const QString at = ctx.setupStamp(rng);
    const QString demoNote = QStringLiteral("seed %1, %2 households, as of %3")
                                 .arg(ctx.options.seed)
                                 .arg(ctx.options.households)
                                 .arg(isoDate(ctx.options.today));
    const std::pair<QString, QString> settings[] = {
        {QStringLiteral("union_name"), QStringLiteral("临沂市河东区总工会")},
        {QStringLiteral("demo_data"), demoNote}};
    for (const auto &[key, value] : settings) {
        if (Status s = ctx.insert(ctx.users.admin, Permission::ManageSettings,
                                  QStringLiteral("settings"), at,
                                  {{QStringLiteral("id"), rng.id()},
                                   {QStringLiteral("key"), key},
                                   {QStringLiteral("value"), value}});
            !s)
            return s;
    }

    const int firstYear = ctx.options.today.year() - 3;
    for (int i = 0; i < 4; ++i) {
        const int year = firstYear + i;
        const DemoLine line{DibaoYuan[i] * 100, MinWageYuan[i] * 100};
        ctx.lines.insert(year, line);
        // Each year's line is entered in the December before it, the first at installation.
        const QDate entered =
            i == 0 ? ctx.setupDay : rng.date(QDate(year - 1, 12, 5), QDate(year - 1, 12, 28));
        const QString id = rng.id();
        if (Status s = ctx.insert(
                ctx.users.admin, Permission::ManageSettings, QStringLiteral("poverty_lines"),
                i == 0 ? ctx.setupStamp(rng) : rng.timestamp(entered),
                {{QStringLiteral("id"), id},
                 {QStringLiteral("year"), year},
                 {QStringLiteral("division_code"), QVariant()},
                 {QStringLiteral("dibao_monthly_fen"), line.dibaoFen},
                 {QStringLiteral("min_wage_monthly_fen"), line.minWageFen},
                 {QStringLiteral("source"), QStringLiteral("演示数值，并非正式公布的标准")}});
            !s)
            return s;
    }
    return {};
}

void planSchedule(DemoContext &ctx, DemoRandom &rng)
{
    const int thisYear = ctx.options.today.year();
    for (int year = thisYear - 3; year <= thisYear; ++year) {
        ctx.schedule.warmth.insert(year, rng.date(QDate(year, 1, 10), QDate(year, 1, 22)));
        ctx.schedule.specialFirst.insert(year, rng.date(QDate(year, 6, 10), QDate(year, 6, 25)));
        ctx.schedule.school.insert(year, rng.date(QDate(year, 8, 15), QDate(year, 8, 28)));
        ctx.schedule.specialSecond.insert(year, rng.date(QDate(year, 12, 10), QDate(year, 12, 20)));
    }
}

void planCommunities(DemoContext &ctx, DemoRandom &rng, const QList<DivisionInfo> &divisions)
{
    for (const DivisionInfo &division : divisions) {
        // Towns (镇, 乡) have villages; sub-districts (街道) have communities.
        const bool village = division.kind != QStringLiteral("街道");
        const int n = int(rng.range(3, 6));
        for (int i = 0; i < n; ++i)
            ctx.communities.append({rng.id(), division.code, division.name,
                                    ctx.names.communityName(rng, village), village});
    }
}

} // namespace

DemoLine DemoContext::lineFor(int year) const
{
    if (lines.isEmpty())
        return {};
    auto it = lines.lowerBound(year);
    if (it == lines.end())
        --it;
    else if (it.key() != year && it != lines.begin())
        --it;
    return it.value();
}

void DemoContext::addAccount(const CurrentUser &user)
{
    auto writer = std::make_unique<AuditedWriter>(db, user, deviceId);
    writer->setClock([this] { return m_now; });
    m_writers[user.id] = std::move(writer);
}

Result<AuditedWriter *> DemoContext::writerAt(const QString &by, const QString &at)
{
    auto it = m_writers.find(by);
    if (it == m_writers.end())
        return Error{tr("Internal error: the demo has no account %1.").arg(by)};
    m_now = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!m_now.isValid())
        return Error{tr("Internal error: %1 is not a timestamp.").arg(at)};
    return it->second.get();
}

Status DemoContext::insert(const QString &by, Permission permission, const QString &table,
                           const QString &at, RowValues values)
{
    auto writer = writerAt(by, at);
    if (!writer)
        return writer.error();
    auto id = writer.value()->insert(permission, table, std::move(values));
    if (!id)
        return id.error();
    return {};
}

Status DemoContext::update(const QString &by, Permission permission, const QString &table,
                           const QString &id, const QString &at, const RowValues &changes)
{
    auto writer = writerAt(by, at);
    if (!writer)
        return writer.error();
    return writer.value()->update(permission, table, id, changes);
}

PinyinName DemoContext::pinyinOf(const QString &name)
{
    auto it = m_pinyinCache.constFind(name);
    if (it != m_pinyinCache.constEnd())
        return it.value();
    const PinyinName result = pinyin.name(name);
    m_pinyinCache.insert(name, result);
    return result;
}

int ageOn(const QDate &birth, const QDate &on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

QString demoYuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 absolute = fen < 0 ? -fen : fen;
    QString yuan = QString::number(absolute / 100);
    for (qsizetype i = yuan.size() - 3; i > 0; i -= 3)
        yuan.insert(i, u',');
    return sign + yuan + u'.' + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant orNull(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant();
}

namespace DemoData {

QString password()
{
    return QStringLiteral("bangfu-demo");
}

QStringList usernames()
{
    return {QStringLiteral("admin"), QStringLiteral("zhangli"), QStringLiteral("wangfang"),
            QStringLiteral("liming"), QStringLiteral("chenjing")};
}

QString yueyangPlanFile()
{
    return QStringLiteral(":/data/plans/yueyang-2014.json");
}

Status loadDivisions(Database &db)
{
    return Divisions::load(db);
}

Status loadDivisions(Database &db, const QString &csvPath)
{
    return Divisions::load(db, csvPath);
}

Status generate(Database &db, const Pinyin &pinyin, const DemoOptions &options)
{
    if (options.households < 1 || options.households > 1000000)
        return Error{tr("The number of demo households must be between 1 and 1,000,000."), {}};
    if (!options.today.isValid() || options.today.year() < 2004 || options.today.year() > 2099)
        return Error{tr("The demo date must lie between 2004 and 2099."), {}};

    const QSqlDatabase sql = db.sql();
    for (const QString &table : {QStringLiteral("households"), QStringLiteral("users")}) {
        // Table names come from the list above, never from input.
        auto rows = count(sql, QStringLiteral("SELECT count(*) FROM ") + table);
        if (!rows)
            return rows.error();
        if (rows.value() > 0)
            return Error{
                tr("The database already holds data; demo data goes only into a new database."),
                db.path()};
    }

    // This installation's own row, which Workspace::open() would have made
    // anyway: it has its own short transaction and is no part of the demo.
    auto device = Devices::ensureSelf(sql);
    if (!device)
        return device.error();

    Transaction transaction(sql);
    if (Status s = transaction.begun(); !s)
        return s;
    if (Status s = ensureDivisions(sql); !s)
        return s;
    auto divisions = readDivisions(sql);
    if (!divisions)
        return divisions.error();

    DemoContext ctx(sql, pinyin, options, Divisions::districtCode());
    ctx.deviceId = device.value();
    DemoRandom setup(options.seed, SetupStream);
    ctx.setupDay = QDate(options.today.year() - 3, 1, 1).addDays(-setup.range(30, 60));
    if (Status s = writeDeviceAndUsers(ctx, setup); !s)
        return s;
    if (Status s = writeSettings(ctx, setup); !s)
        return s;
    DemoRandom referencePlans(options.seed, ReferencePlanStream);
    if (Status s = writeReferencePlans(ctx, referencePlans); !s)
        return s;
    planSchedule(ctx, setup);
    planCommunities(ctx, setup, divisions.value());

    DemoRandom households(options.seed, HouseholdStream);
    if (Status s = generateHouseholds(ctx, households); !s)
        return s;
    DemoRandom mutualAid(options.seed, MutualAidStream);
    if (Status s = generateMutualAid(ctx, mutualAid); !s)
        return s;
    DemoRandom aid(options.seed, AidStream);
    if (Status s = generateAid(ctx, aid); !s)
        return s;
    return transaction.commit();
}

} // namespace DemoData

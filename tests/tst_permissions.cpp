// The repository layer's refusals, proven by calling models/ directly: each
// role may do exactly what the rules say, a disabled account nothing, and
// nobody signed in nothing; every write leaves one audit entry.
#include "accounts.h"
#include "auditlog.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

const QString DivisionCode = QStringLiteral("371312001");

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void matrix_data();
    void matrix();
    void caseworkerCannotApproveAid();
    void disabledUserCannotWriteAnything();
    void nobodySignedInCannotWrite();
    void roleIsReadFromTheDatabase();
    void writesOutsideTransactionAreRefused();
    void unknownTableOrColumnIsRefused();
    void updateAuditsOnlyChangedFields();
    void removeAuditsOldValues();
    void revealIsAudited();
    void chainDetectsTampering();
    void namingAnotherPermissionDoesNotHelp();
    void decisionsOnlyInOwnName();
    void exactTableNamesOnly();
    void dependentRowsBlockRemoval();
    void idsNeverChangeAndTextStaysText();
    void loweredCounterIsTampering();

private:
    Result<QString> insertHousehold(const CurrentUser &user);
    CurrentUser make(const QString &name, Role role);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    CurrentUser m_admin;
    CurrentUser m_caseworker;
    CurrentUser m_supervisor;
    int m_counter = 0;
};

void TestPermissions::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

CurrentUser TestPermissions::make(const QString &name, Role role)
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_admin, m_ws->deviceId());
    auto id = Accounts::create(writer, {name, name.toUpper(), role, QStringLiteral("secret-pass")});
    if (!id)
        qWarning() << id.error().toString();
    (void)tx.commit();
    return {id.ok() ? id.value() : QString(), name, name.toUpper(), role};
}

void TestPermissions::init()
{
    // The matrix only reads: its rows share one database (hashing passwords is slow).
    if (m_ws && QTest::currentTestFunction() == QByteArrayView("matrix"))
        return;
    m_ws.reset();
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_counter)));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    // Workspace::open loads the reference divisions into a new database.
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT name FROM divisions WHERE code = '371312001'"))
                 .toString(),
             QStringLiteral("九曲街道"));
    auto admin = Accounts::createFirstAdministrator(
        m_ws->sql(), m_ws->deviceId(),
        {QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
         QStringLiteral("admin-pass")});
    QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().toString()));
    m_admin = admin.value();
    m_caseworker = make(QStringLiteral("liming"), Role::Caseworker);
    m_supervisor = make(QStringLiteral("zhangli"), Role::Supervisor);
    QVERIFY(!m_caseworker.id.isEmpty() && !m_supervisor.id.isEmpty());
}

Result<QString> TestPermissions::insertHousehold(const CurrentUser &user)
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), user, m_ws->deviceId());
    auto id = writer.insert(Permission::EditHouseholds, QStringLiteral("households"),
                            {{QStringLiteral("division_code"), DivisionCode},
                             {QStringLiteral("address"), QStringLiteral("九曲街道1号")}});
    if (id) {
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return id;
}

void TestPermissions::matrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    const auto C = int(Role::Caseworker), S = int(Role::Supervisor), A = int(Role::Administrator);
    struct Row { const char *name; Permission p; bool c, s, a; };
    const Row rows[] = {
        {"households", Permission::EditHouseholds, true, true, false},
        {"visits", Permission::EditVisits, true, true, false},
        {"claims", Permission::EditClaims, true, true, false},
        {"propose aid", Permission::ProposeAid, true, true, false},
        {"decide aid", Permission::DecideAid, false, true, false},
        {"decide claims", Permission::DecideClaims, false, true, false},
        {"disbursements", Permission::ManageDisbursements, false, true, false},
        {"users", Permission::ManageUsers, false, false, true},
        {"programmes", Permission::ManageProgrammes, false, false, true},
        {"plans", Permission::ManagePlans, false, false, true},
        {"settings", Permission::ManageSettings, false, false, true},
        {"devices", Permission::ManageDevices, false, false, true},
        {"own password", Permission::ChangeOwnPassword, true, true, true},
    };
    for (const Row &r : rows) {
        QTest::addRow("%s/caseworker", r.name) << C << int(r.p) << r.c;
        QTest::addRow("%s/supervisor", r.name) << S << int(r.p) << r.s;
        QTest::addRow("%s/administrator", r.name) << A << int(r.p) << r.a;
    }
}

void TestPermissions::matrix()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    const CurrentUser &user = Role(role) == Role::Caseworker   ? m_caseworker
                              : Role(role) == Role::Supervisor ? m_supervisor
                                                               : m_admin;
    AuditedWriter writer(m_ws->sql(), user, m_ws->deviceId());
    const Status s = writer.require(Permission(permission));
    QCOMPARE(s.ok(), allowed);
    QCOMPARE(Permissions::allows(Role(role), Permission(permission)), allowed);
    if (!allowed)
        QVERIFY2(s.error().message.contains(Permissions::describe(Permission(permission))),
                 qPrintable(s.error().message));
}

void TestPermissions::caseworkerCannotApproveAid()
{
    auto household = insertHousehold(m_caseworker);
    QVERIFY(household.ok());
    Transaction tx(m_ws->sql());
    AuditedWriter caseworker(m_ws->sql(), m_caseworker, m_ws->deviceId());
    const qint64 before = scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    // The caseworker may write the programme? No: that is an administrator's job.
    auto programme = caseworker.insert(Permission::ManageProgrammes, QStringLiteral("aid_programmes"),
                                       {{QStringLiteral("code"), QStringLiteral("warmth")},
                                        {QStringLiteral("name"), QStringLiteral("送温暖")},
                                        {QStringLiteral("default_amount_fen"), 50000}});
    QVERIFY(!programme.ok());
    AuditedWriter admin(m_ws->sql(), m_admin, m_ws->deviceId());
    programme = admin.insert(Permission::ManageProgrammes, QStringLiteral("aid_programmes"),
                             {{QStringLiteral("code"), QStringLiteral("warmth")},
                              {QStringLiteral("name"), QStringLiteral("送温暖")},
                              {QStringLiteral("default_amount_fen"), 50000}});
    QVERIFY(programme.ok());
    auto request = caseworker.insert(Permission::ProposeAid, QStringLiteral("aid_requests"),
                                     {{QStringLiteral("programme_id"), programme.value()},
                                      {QStringLiteral("household_id"), household.value()},
                                      {QStringLiteral("amount_fen"), 50000},
                                      {QStringLiteral("status"), QStringLiteral("submitted")}});
    QVERIFY(request.ok());
    auto approval = caseworker.insert(Permission::DecideAid, QStringLiteral("aid_approvals"),
                                      {{QStringLiteral("request_id"), request.value()},
                                       {QStringLiteral("decision"), QStringLiteral("approve")},
                                       {QStringLiteral("decided_by"), m_caseworker.id},
                                       {QStringLiteral("decided_at"), QStringLiteral("2026-11-29")}});
    QVERIFY(!approval.ok());
    QVERIFY2(approval.error().message.contains(QStringLiteral("approve or reject aid")),
             qPrintable(approval.error().message));
    QVERIFY(approval.error().message.contains(QStringLiteral("LIMING")));
    // Refusals write nothing: two inserts, two audit entries.
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM aid_approvals")).toInt(), 0);
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(),
             before + 2);
    QVERIFY(tx.commit().ok());
}

void TestPermissions::disabledUserCannotWriteAnything()
{
    {
        Transaction tx(m_ws->sql());
        AuditedWriter admin(m_ws->sql(), m_admin, m_ws->deviceId());
        QVERIFY(Accounts::setDisabled(admin, m_supervisor.id, true).ok());
        QVERIFY(tx.commit().ok());
    }
    const Permission all[] = {Permission::EditHouseholds, Permission::EditVisits,
                              Permission::EditClaims, Permission::ProposeAid,
                              Permission::DecideAid, Permission::DecideClaims,
                              Permission::ManageDisbursements, Permission::ChangeOwnPassword};
    AuditedWriter writer(m_ws->sql(), m_supervisor, m_ws->deviceId());
    for (Permission p : all) {
        const Status s = writer.require(p);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("disabled")), qPrintable(s.error().message));
    }
    auto household = insertHousehold(m_supervisor);
    QVERIFY(!household.ok());
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM households")).toInt(), 0);
    // Disabled, never deleted; and the account cannot sign in.
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM users")).toInt(), 3);
    auto signIn = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("zhangli"),
                                   QStringLiteral("secret-pass"));
    QVERIFY(!signIn.ok());
    QVERIFY(signIn.error().message.contains(QStringLiteral("disabled")));
}

void TestPermissions::nobodySignedInCannotWrite()
{
    Transaction tx(m_ws->sql());
    AuditedWriter nobody(m_ws->sql(), std::nullopt, m_ws->deviceId());
    auto id = nobody.insert(Permission::EditHouseholds, QStringLiteral("households"),
                            {{QStringLiteral("division_code"), DivisionCode}});
    QVERIFY(!id.ok());
    QVERIFY(id.error().message.contains(QStringLiteral("signed in")));
    QVERIFY(!nobody.recordReveal(QStringLiteral("members"), QStringLiteral("x"),
                                 QStringLiteral("id_number"))
                 .ok());
}

void TestPermissions::roleIsReadFromTheDatabase()
{
    // A session that claims more than the database grants gets nothing extra.
    CurrentUser forged = m_caseworker;
    forged.role = Role::Supervisor;
    AuditedWriter writer(m_ws->sql(), forged, m_ws->deviceId());
    QVERIFY(!writer.require(Permission::DecideAid).ok());
    forged.role = Role::Administrator;
    AuditedWriter admin(m_ws->sql(), forged, m_ws->deviceId());
    QVERIFY(!admin.require(Permission::ManageUsers).ok());
}

void TestPermissions::writesOutsideTransactionAreRefused()
{
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    auto id = writer.insert(Permission::EditHouseholds, QStringLiteral("households"),
                            {{QStringLiteral("division_code"), DivisionCode}});
    QVERIFY(!id.ok());
    QVERIFY(id.error().message.contains(QStringLiteral("outside a transaction")));
}

void TestPermissions::unknownTableOrColumnIsRefused()
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_admin, m_ws->deviceId());
    QVERIFY(!writer.insert(Permission::ManageSettings, QStringLiteral("audit_log"),
                           {{QStringLiteral("action"), QStringLiteral("insert")}})
                 .ok());
    QVERIFY(!writer.insert(Permission::ManageSettings, QStringLiteral("settings; DROP TABLE users"),
                           {{QStringLiteral("key"), QStringLiteral("x")}})
                 .ok());
    QVERIFY(!writer.insert(Permission::ManageSettings, QStringLiteral("settings"),
                           {{QStringLiteral("key"), QStringLiteral("x")},
                            {QStringLiteral("value) VALUES (1); --"), QStringLiteral("y")}})
                 .ok());
    // Stamps are the writer's, not the caller's.
    QVERIFY(!writer.insert(Permission::ManageSettings, QStringLiteral("settings"),
                           {{QStringLiteral("key"), QStringLiteral("x")},
                            {QStringLiteral("value"), QStringLiteral("y")},
                            {QStringLiteral("created_by"), m_caseworker.id}})
                 .ok());
}

void TestPermissions::updateAuditsOnlyChangedFields()
{
    auto id = insertHousehold(m_caseworker);
    QVERIFY(id.ok());
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_supervisor, m_ws->deviceId());
    QVERIFY(writer.update(Permission::EditHouseholds, QStringLiteral("households"), id.value(),
                          {{QStringLiteral("address"), QStringLiteral("九曲街道1号")},
                           {QStringLiteral("phone"), QStringLiteral("13905391234")}})
                .ok());
    const qint64 count = scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    // Nothing changes: nothing is written, not even an audit entry.
    QVERIFY(writer.update(Permission::EditHouseholds, QStringLiteral("households"), id.value(),
                          {{QStringLiteral("phone"), QStringLiteral("13905391234")}})
                .ok());
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), count);
    QVERIFY(tx.commit().ok());

    auto entries = AuditLog::entries(m_ws->sql(), {QStringLiteral("households"), id.value(), {}, -1});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    const AuditEntry &update = entries->last();
    QCOMPARE(update.action, QStringLiteral("update"));
    QCOMPARE(update.userId, m_supervisor.id);
    QCOMPARE(update.deviceId, m_ws->deviceId());
    QCOMPARE(update.changes.keys(), QStringList{QStringLiteral("phone")});
    QCOMPARE(update.changes.value(QStringLiteral("phone")).toArray().at(1).toString(),
             QStringLiteral("13905391234"));
    QVERIFY(update.changes.value(QStringLiteral("phone")).toArray().at(0).isNull());
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT updated_by FROM households")).toString(),
             m_supervisor.id);
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT created_by FROM households")).toString(),
             m_caseworker.id);
}

void TestPermissions::removeAuditsOldValues()
{
    auto id = insertHousehold(m_caseworker);
    QVERIFY(id.ok());
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    QVERIFY(writer.remove(Permission::EditHouseholds, QStringLiteral("households"), id.value()).ok());
    QVERIFY(!writer.remove(Permission::EditHouseholds, QStringLiteral("households"), id.value()).ok());
    QVERIFY(tx.commit().ok());
    auto entries = AuditLog::entries(m_ws->sql(), {QStringLiteral("households"), id.value(), {}, -1});
    QVERIFY(entries.ok());
    QCOMPARE(entries->last().action, QStringLiteral("delete"));
    QCOMPARE(entries->last().changes.value(QStringLiteral("address")).toArray().at(0).toString(),
             QStringLiteral("九曲街道1号"));
}

void TestPermissions::revealIsAudited()
{
    auto household = insertHousehold(m_caseworker);
    QVERIFY(household.ok());
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    QVERIFY(writer.insert(Permission::EditHouseholds, QStringLiteral("members"),
                          {{QStringLiteral("id"), QStringLiteral("m-1")},
                           {QStringLiteral("household_id"), household.value()},
                           {QStringLiteral("name"), QStringLiteral("王红")},
                           {QStringLiteral("relationship"), QStringLiteral("self")}})
                .ok());
    QVERIFY(writer.recordReveal(QStringLiteral("members"), QStringLiteral("m-1"),
                                QStringLiteral("id_number"))
                .ok());
    // Nothing to reveal of a record that does not exist.
    QVERIFY(!writer.recordReveal(QStringLiteral("members"), QStringLiteral("no-such-member"),
                                 QStringLiteral("id_number"))
                 .ok());
    QVERIFY(tx.commit().ok());
    auto entries = AuditLog::entries(m_ws->sql(), {QStringLiteral("members"), QStringLiteral("m-1"), {}, -1});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->last().action, QStringLiteral("reveal"));
    QCOMPARE(entries->last().changes.value(QStringLiteral("revealed")).toString(),
             QStringLiteral("id_number"));
}

void TestPermissions::chainDetectsTampering()
{
    QVERIFY(insertHousehold(m_caseworker).ok());
    QVERIFY(insertHousehold(m_caseworker).ok());
    auto report = AuditLog::verify(m_ws->sql());
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->problem));
    QVERIFY(report->entries >= 5);
    QCOMPARE(report->headHash.size(), 64);

    QSqlQuery q(m_ws->sql());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_id = 'x' WHERE seq = 2")));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET at_utc = '2020-01-01T00:00:00.000Z' "
                                  "WHERE seq = 2")));
    report = AuditLog::verify(m_ws->sql());
    QVERIFY(report.ok());
    QCOMPARE(report->firstBroken, 2);
    QVERIFY(report->problem.contains(QStringLiteral("altered")));
}

void TestPermissions::namingAnotherPermissionDoesNotHelp()
{
    auto household = insertHousehold(m_caseworker);
    QVERIFY(household.ok());
    Transaction tx(m_ws->sql());
    AuditedWriter admin(m_ws->sql(), m_admin, m_ws->deviceId());
    auto programme = admin.insert(Permission::ManageProgrammes, QStringLiteral("aid_programmes"),
                                  {{QStringLiteral("code"), QStringLiteral("special")},
                                   {QStringLiteral("name"), QStringLiteral("专项帮扶金")},
                                   {QStringLiteral("default_amount_fen"), 100000}});
    QVERIFY(programme.ok());
    // The same table through a permission the admin holds but that does not fit.
    QVERIFY(!admin.insert(Permission::ManageSettings, QStringLiteral("aid_programmes"),
                          {{QStringLiteral("code"), QStringLiteral("x")},
                           {QStringLiteral("name"), QStringLiteral("x")},
                           {QStringLiteral("default_amount_fen"), 1}})
                 .ok());
    AuditedWriter caseworker(m_ws->sql(), m_caseworker, m_ws->deviceId());
    auto request = caseworker.insert(Permission::ProposeAid, QStringLiteral("aid_requests"),
                                     {{QStringLiteral("programme_id"), programme.value()},
                                      {QStringLiteral("household_id"), household.value()},
                                      {QStringLiteral("amount_fen"), 100000},
                                      {QStringLiteral("status"), QStringLiteral("submitted")}});
    QVERIFY(request.ok());
    // "Propose aid" cannot approve it, nor insert it approved.
    const Status approve = caseworker.update(Permission::ProposeAid, QStringLiteral("aid_requests"),
                                             request.value(),
                                             {{QStringLiteral("status"), QStringLiteral("approved")}});
    QVERIFY(!approve.ok());
    QVERIFY2(approve.error().message.contains(QStringLiteral("approve or reject aid")),
             qPrintable(approve.error().message));
    QVERIFY(!caseworker.insert(Permission::ProposeAid, QStringLiteral("aid_requests"),
                               {{QStringLiteral("programme_id"), programme.value()},
                                {QStringLiteral("household_id"), household.value()},
                                {QStringLiteral("amount_fen"), 100000},
                                {QStringLiteral("status"), QStringLiteral("approved")}})
                 .ok());
    // "Change own password" can change nothing else of an account, nor anyone else's.
    QVERIFY(!caseworker.update(Permission::ChangeOwnPassword, QStringLiteral("users"), m_caseworker.id,
                               {{QStringLiteral("role"), QStringLiteral("administrator")}})
                 .ok());
    QVERIFY(!caseworker.update(Permission::ChangeOwnPassword, QStringLiteral("users"), m_admin.id,
                               {{QStringLiteral("disabled"), 1}})
                 .ok());
    QVERIFY(!caseworker.update(Permission::ChangeOwnPassword, QStringLiteral("users"), m_admin.id,
                               {{QStringLiteral("password_hash"), QStringLiteral("x")}})
                 .ok());
    QVERIFY(caseworker.update(Permission::ChangeOwnPassword, QStringLiteral("users"), m_caseworker.id,
                              {{QStringLiteral("password_hash"), QStringLiteral("$argon2id$x")}})
                .ok());
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT status FROM aid_requests")).toString(),
             QStringLiteral("submitted"));
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator'"))
                 .toInt(),
             1);
}

void TestPermissions::decisionsOnlyInOwnName()
{
    auto household = insertHousehold(m_caseworker);
    QVERIFY(household.ok());
    Transaction tx(m_ws->sql());
    AuditedWriter admin(m_ws->sql(), m_admin, m_ws->deviceId());
    auto programme = admin.insert(Permission::ManageProgrammes, QStringLiteral("aid_programmes"),
                                  {{QStringLiteral("code"), QStringLiteral("warmth")},
                                   {QStringLiteral("name"), QStringLiteral("送温暖")},
                                   {QStringLiteral("default_amount_fen"), 50000}});
    AuditedWriter caseworker(m_ws->sql(), m_caseworker, m_ws->deviceId());
    auto request = caseworker.insert(Permission::ProposeAid, QStringLiteral("aid_requests"),
                                     {{QStringLiteral("programme_id"), programme.value()},
                                      {QStringLiteral("household_id"), household.value()},
                                      {QStringLiteral("amount_fen"), 50000}});
    QVERIFY(request.ok());
    AuditedWriter supervisor(m_ws->sql(), m_supervisor, m_ws->deviceId());
    const RowValues inAnotherName = {{QStringLiteral("request_id"), request.value()},
                                     {QStringLiteral("decision"), QStringLiteral("approve")},
                                     {QStringLiteral("decided_by"), m_admin.id},
                                     {QStringLiteral("decided_at"), QStringLiteral("2026-11-29")}};
    QVERIFY(!supervisor.insert(Permission::DecideAid, QStringLiteral("aid_approvals"), inAnotherName).ok());
    RowValues own = inAnotherName;
    own[2].second = m_supervisor.id;
    QVERIFY(supervisor.insert(Permission::DecideAid, QStringLiteral("aid_approvals"), own).ok());
}

void TestPermissions::exactTableNamesOnly()
{
    auto id = insertHousehold(m_caseworker);
    QVERIFY(id.ok());
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    QVERIFY(!writer.update(Permission::EditHouseholds, QStringLiteral("HOUSEHOLDS"), id.value(),
                           {{QStringLiteral("phone"), QStringLiteral("1")}})
                 .ok());
    AuditedWriter admin(m_ws->sql(), m_admin, m_ws->deviceId());
    QVERIFY(!admin.update(Permission::ManageUsers, QStringLiteral("Users"), m_caseworker.id,
                          {{QStringLiteral("role"), QStringLiteral("supervisor")}})
                 .ok());
}

void TestPermissions::dependentRowsBlockRemoval()
{
    auto household = insertHousehold(m_caseworker);
    QVERIFY(household.ok());
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    auto member = writer.insert(Permission::EditHouseholds, QStringLiteral("members"),
                                {{QStringLiteral("household_id"), household.value()},
                                 {QStringLiteral("name"), QStringLiteral("王强")},
                                 {QStringLiteral("relationship"), QStringLiteral("self")}});
    QVERIFY(member.ok());
    const Status blocked = writer.remove(Permission::EditHouseholds, QStringLiteral("households"),
                                         household.value());
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().message.contains(QStringLiteral("members")),
             qPrintable(blocked.error().message));
    QVERIFY(writer.remove(Permission::EditHouseholds, QStringLiteral("members"), member.value()).ok());
    QVERIFY(writer.remove(Permission::EditHouseholds, QStringLiteral("households"), household.value()).ok());
    QVERIFY(tx.commit().ok());
}

void TestPermissions::idsNeverChangeAndTextStaysText()
{
    auto id = insertHousehold(m_caseworker);
    QVERIFY(id.ok());
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    QVERIFY(!writer.update(Permission::EditHouseholds, QStringLiteral("households"), id.value(),
                           {{QStringLiteral("id"), QStringLiteral("other")}})
                 .ok());
    QVERIFY(writer.update(Permission::EditHouseholds, QStringLiteral("households"), id.value(),
                          {{QStringLiteral("phone"), QStringLiteral("0371")}})
                .ok());
    QVERIFY(writer.update(Permission::EditHouseholds, QStringLiteral("households"), id.value(),
                          {{QStringLiteral("phone"), QStringLiteral("371")}})
                .ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT phone FROM households")).toString(),
             QStringLiteral("371"));
}

void TestPermissions::loweredCounterIsTampering()
{
    QVERIFY(insertHousehold(m_caseworker).ok());
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = 2 WHERE name = 'audit_log'")));
    auto report = AuditLog::verify(m_ws->sql());
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    QVERIFY2(report->problem.contains(QStringLiteral("counter")), qPrintable(report->problem));
    // Writing still works and never reuses a number.
    QVERIFY(insertHousehold(m_caseworker).ok());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"

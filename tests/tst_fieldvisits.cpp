// Field visits: who may log them, what is checked, that every row is audited,
// that attachments come back byte for byte with their SHA-256, and that a
// re-verification renews the household's yearly check.
#include "accounts.h"
#include "auditlog.h"
#include "fieldvisits.h"
#include "transaction.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// 04:00 UTC is the same calendar day in every zone from UTC-4 to UTC+14.
const QDateTime Now(QDate(2026, 6, 15), QTime(4, 0), Qt::UTC);

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QString &bound = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    if (!bound.isNull())
        q.addBindValue(bound);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QByteArray photoBytes()
{
    // Not a real JPEG, but every byte value, so a text conversion would show.
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes.append(char(i * 7 % 256));
    return bytes;
}

} // namespace

class TestFieldVisits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void logsAuditedVisit();
    void attachmentsRoundTrip();
    void damagedAttachmentIsRefused();
    void administratorCannotLog();
    void reverificationRenewsDueDates();
    void reverificationWithGivenDueDate();
    void followUpSetsNextDue();
    void olderVisitDoesNotMoveDatesBack();
    void refusals_data();
    void refusals();
    void listIsNewestFirst();
    void purposeLabels();

private:
    Result<QString> log(const VisitInput &visit, const CurrentUser &user);
    VisitInput visit(QDate date, const QString &purpose) const;
    QString household(const char *column) const;

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_ws;
    CurrentUser m_admin;
    CurrentUser m_caseworker;
    QString m_household;
};

void TestFieldVisits::init()
{
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("visits-%1.sqlite").arg(++m_counter)));
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().toString()));
    m_ws = std::move(ws).value();
    auto admin = Accounts::createFirstAdministrator(
        m_ws->sql(), m_ws->deviceId(),
        {QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
         QStringLiteral("admin-pass-1")});
    QVERIFY(admin.ok());
    m_admin = admin.value();
    Transaction tx(m_ws->sql());
    {
        AuditedWriter writer(m_ws->sql(), m_admin, m_ws->deviceId());
        auto id = Accounts::create(writer, {QStringLiteral("liming"), QStringLiteral("李明"),
                                            Role::Caseworker, QStringLiteral("bangfu-demo")});
        QVERIFY(id.ok());
        m_caseworker = {id.value(), QStringLiteral("liming"), QStringLiteral("李明"),
                        Role::Caseworker};
    }
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    auto id = writer.insert(Permission::EditHouseholds, QStringLiteral("households"),
                            {{QStringLiteral("division_code"), QStringLiteral("371312001")},
                             {QStringLiteral("status"), QStringLiteral("filed")},
                             {QStringLiteral("file_no"), QStringLiteral("HD-2025-0007")},
                             {QStringLiteral("filed_on"), QStringLiteral("2025-04-01")},
                             {QStringLiteral("last_verified_on"), QStringLiteral("2025-04-01")},
                             {QStringLiteral("next_due_on"), QStringLiteral("2026-04-01")}});
    QVERIFY(id.ok());
    m_household = id.value();
    QVERIFY(tx.commit().ok());
}

Result<QString> TestFieldVisits::log(const VisitInput &visit, const CurrentUser &user)
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer(m_ws->sql(), user, m_ws->deviceId());
    writer.setClock([] { return Now; });
    auto id = FieldVisits::log(writer, visit);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

VisitInput TestFieldVisits::visit(QDate date, const QString &purpose) const
{
    VisitInput v;
    v.householdId = m_household;
    v.date = date;
    v.purpose = purpose;
    v.visitors = QStringLiteral("李明、王芳");
    v.present = QStringLiteral("户主及配偶");
    v.notes = QStringLiteral("屋顶漏雨，已联系社区。");
    return v;
}

QString TestFieldVisits::household(const char *column) const
{
    return scalar(m_ws->sql(),
                  QStringLiteral("SELECT %1 FROM households WHERE id = ?").arg(QLatin1String(column)),
                  m_household)
        .toString();
}

void TestFieldVisits::logsAuditedVisit()
{
    VisitInput v = visit(QDate(2026, 6, 14), QStringLiteral("follow_up"));
    v.latitude = 35.0532;
    v.longitude = 118.3764;
    v.attachments = {{QStringLiteral("门口.jpg"), QStringLiteral("image/jpeg"), photoBytes()}};
    const int auditBefore =
        scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    auto id = log(v, m_caseworker);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));

    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("SELECT household_id, visit_date, purpose, visitors, present, notes, "
                             "latitude, longitude, next_due_on, created_by FROM field_visits "
                             "WHERE id = ?"));
    q.addBindValue(id.value());
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), m_household);
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-06-14"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("follow_up"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("李明、王芳"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("户主及配偶"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("屋顶漏雨，已联系社区。"));
    QCOMPARE(q.value(6).toDouble(), 35.0532);
    QCOMPARE(q.value(7).toDouble(), 118.3764);
    QVERIFY(q.value(8).isNull());
    QCOMPARE(q.value(9).toString(), m_caseworker.id);

    // One entry for the visit and one for the attachment; a follow-up without
    // a due date leaves the household alone.
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
             auditBefore + 2);
    QCOMPARE(scalar(m_ws->sql(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'field_visits' "
                                   "AND row_id = ? AND action = 'insert'"),
                    id.value())
                 .toInt(),
             1);
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                                "'attachments' AND user_id = ?"),
                    m_caseworker.id)
                 .toInt(),
             1);
    QCOMPARE(household("next_due_on"), QStringLiteral("2026-04-01"));
    const auto chain = AuditLog::verify(m_ws->sql());
    QVERIFY(chain.ok() && chain->ok());
}

void TestFieldVisits::attachmentsRoundTrip()
{
    VisitInput v = visit(QDate(2026, 6, 14), QStringLiteral("first_survey"));
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(5000, '\0') + QByteArray("%%EOF");
    v.attachments = {{QStringLiteral("门口.jpg"), QStringLiteral("image/jpeg"), photoBytes()},
                     {QStringLiteral("低保证.pdf"), QStringLiteral("application/pdf"), pdf}};
    auto id = log(v, m_caseworker);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));

    auto rows = FieldVisits::list(m_ws->sql(), m_household);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    const VisitRow &row = rows->first();
    QCOMPARE(row.id, id.value());
    QCOMPARE(row.createdBy, QStringLiteral("李明"));
    QVERIFY(!row.latitude && !row.longitude);
    QCOMPARE(row.attachments.size(), 2);
    const AttachmentInfo &photo = row.attachments.at(0);
    QCOMPARE(photo.fileName, QStringLiteral("门口.jpg"));
    QCOMPARE(photo.mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(photo.docType, QStringLiteral("photo"));
    QCOMPARE(photo.sizeBytes, qint64(3000));
    QCOMPARE(photo.sha256, QString::fromLatin1(QCryptographicHash::hash(
                                                   photoBytes(), QCryptographicHash::Sha256)
                                                   .toHex()));
    QCOMPARE(photo.sha256.size(), 64);
    QCOMPARE(row.attachments.at(1).docType, QStringLiteral("other"));
    QCOMPARE(row.attachments.at(1).sizeBytes, qint64(pdf.size()));

    auto bytes = FieldVisits::attachmentBytes(m_ws->sql(), photo.id);
    QVERIFY(bytes.ok());
    QCOMPARE(bytes.value(), photoBytes());
    bytes = FieldVisits::attachmentBytes(m_ws->sql(), row.attachments.at(1).id);
    QVERIFY(bytes.ok());
    QCOMPARE(bytes.value(), pdf);
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT owner_table FROM attachments WHERE id = ?"),
                    photo.id)
                 .toString(),
             QStringLiteral("field_visits"));
}

void TestFieldVisits::damagedAttachmentIsRefused()
{
    VisitInput v = visit(QDate(2026, 6, 14), QStringLiteral("first_survey"));
    v.attachments = {{QStringLiteral("a.png"), QStringLiteral("image/png"), photoBytes()}};
    QVERIFY(log(v, m_caseworker).ok());
    const QString attachment =
        scalar(m_ws->sql(), QStringLiteral("SELECT id FROM attachments")).toString();
    // Damage the stored bytes behind the application's back (same length).
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("UPDATE attachments SET data = ? WHERE id = ?"));
    q.addBindValue(QByteArray(3000, 'x'));
    q.addBindValue(attachment);
    QVERIFY(q.exec());
    auto bytes = FieldVisits::attachmentBytes(m_ws->sql(), attachment);
    QVERIFY(!bytes.ok());
    QVERIFY2(bytes.error().message.contains(QStringLiteral("a.png")),
             qPrintable(bytes.error().message));
    QVERIFY(!FieldVisits::attachmentBytes(m_ws->sql(), QStringLiteral("nothing")).ok());
}

void TestFieldVisits::administratorCannotLog()
{
    VisitInput v = visit(QDate(2026, 6, 14), QStringLiteral("follow_up"));
    v.attachments = {{QStringLiteral("a.png"), QStringLiteral("image/png"), photoBytes()}};
    auto id = log(v, m_admin);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(QStringLiteral("may not")), qPrintable(id.error().message));
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM field_visits")).toInt(), 0);
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 0);
    // Outside a transaction nothing is written either.
    AuditedWriter writer(m_ws->sql(), m_caseworker, m_ws->deviceId());
    writer.setClock([] { return Now; });
    QVERIFY(!FieldVisits::log(writer, v).ok());
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM field_visits")).toInt(), 0);
}

void TestFieldVisits::reverificationRenewsDueDates()
{
    auto id = log(visit(QDate(2026, 5, 20), QStringLiteral("reverification")), m_caseworker);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
    QCOMPARE(household("last_verified_on"), QStringLiteral("2026-05-20"));
    QCOMPARE(household("next_due_on"), QStringLiteral("2027-05-20"));
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                                "'households' AND action = 'update'"))
                 .toInt(),
             1);
}

void TestFieldVisits::reverificationWithGivenDueDate()
{
    VisitInput v = visit(QDate(2026, 5, 20), QStringLiteral("reverification"));
    v.nextDueOn = QDate(2026, 11, 20);
    QVERIFY(log(v, m_caseworker).ok());
    QCOMPARE(household("last_verified_on"), QStringLiteral("2026-05-20"));
    QCOMPARE(household("next_due_on"), QStringLiteral("2026-11-20"));
    auto rows = FieldVisits::list(m_ws->sql(), m_household);
    QVERIFY(rows.ok());
    QCOMPARE(rows->first().nextDueOn, std::optional<QDate>(QDate(2026, 11, 20)));
}

void TestFieldVisits::followUpSetsNextDue()
{
    VisitInput v = visit(QDate(2026, 6, 1), QStringLiteral("follow_up"));
    v.nextDueOn = QDate(2026, 7, 1);
    QVERIFY(log(v, m_caseworker).ok());
    QCOMPARE(household("next_due_on"), QStringLiteral("2026-07-01"));
    QCOMPARE(household("last_verified_on"), QStringLiteral("2025-04-01"));
}

void TestFieldVisits::olderVisitDoesNotMoveDatesBack()
{
    QVERIFY(log(visit(QDate(2026, 5, 20), QStringLiteral("reverification")), m_caseworker).ok());
    // A visit from before the last verification, entered late.
    QVERIFY(log(visit(QDate(2025, 12, 1), QStringLiteral("reverification")), m_caseworker).ok());
    QCOMPARE(household("last_verified_on"), QStringLiteral("2026-05-20"));
    QCOMPARE(household("next_due_on"), QStringLiteral("2027-05-20"));
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM field_visits")).toInt(), 2);
}

void TestFieldVisits::refusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("future") << "future" << "in the future";
    QTest::newRow("no date") << "nodate" << "Enter the date";
    QTest::newRow("purpose") << "purpose" << "purpose";
    QTest::newRow("visitors") << "visitors" << "who made the visit";
    QTest::newRow("latitude only") << "latonly" << "both latitude and longitude";
    QTest::newRow("latitude range") << "lat" << "latitude must be";
    QTest::newRow("longitude range") << "lon" << "longitude must be";
    QTest::newRow("due before visit") << "due" << "before this visit";
    QTest::newRow("empty file") << "empty" << "is empty";
    QTest::newRow("too large") << "large" << "larger than 10 MB";
    QTest::newRow("no type") << "type" << "type of";
    QTest::newRow("household") << "household" << "does not exist";
}

void TestFieldVisits::refusals()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    VisitInput v = visit(QDate(2026, 6, 15), QStringLiteral("follow_up"));
    if (field == u"future")
        v.date = QDate(2026, 6, 16);
    else if (field == u"nodate")
        v.date = QDate();
    else if (field == u"purpose")
        v.purpose = QStringLiteral("chat");
    else if (field == u"visitors")
        v.visitors = QStringLiteral("  ");
    else if (field == u"latonly")
        v.latitude = 35.0;
    else if (field == u"lat")
        v.latitude = 90.5, v.longitude = 118.0;
    else if (field == u"lon")
        v.latitude = 35.0, v.longitude = -180.01;
    else if (field == u"due")
        v.nextDueOn = QDate(2026, 6, 14);
    else if (field == u"empty")
        v.attachments = {{QStringLiteral("空.jpg"), QStringLiteral("image/jpeg"), {}}};
    else if (field == u"large")
        v.attachments = {{QStringLiteral("大.tif"), QStringLiteral("image/tiff"),
                          QByteArray(FieldVisits::MaxAttachmentBytes + 1, 'a')}};
    else if (field == u"type")
        v.attachments = {{QStringLiteral("x.bin"), QString(), photoBytes()}};
    else if (field == u"household")
        v.householdId = QStringLiteral("no-such-household");
    auto id = log(v, m_caseworker);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(expected), qPrintable(id.error().message));
    QCOMPARE(scalar(m_ws->sql(), QStringLiteral("SELECT count(*) FROM field_visits")).toInt(), 0);
    // The same visit without the fault is accepted: the refusal was about that field.
    QVERIFY(log(visit(QDate(2026, 6, 15), QStringLiteral("follow_up")), m_caseworker).ok());
}

void TestFieldVisits::listIsNewestFirst()
{
    QVERIFY(log(visit(QDate(2026, 1, 5), QStringLiteral("follow_up")), m_caseworker).ok());
    QVERIFY(log(visit(QDate(2026, 6, 1), QStringLiteral("condolence")), m_caseworker).ok());
    QVERIFY(log(visit(QDate(2025, 4, 1), QStringLiteral("first_survey")), m_caseworker).ok());
    auto rows = FieldVisits::list(m_ws->sql(), m_household);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).date, QDate(2026, 6, 1));
    QCOMPARE(rows->at(1).date, QDate(2026, 1, 5));
    QCOMPARE(rows->at(2).purpose, QStringLiteral("first_survey"));
    auto none = FieldVisits::list(m_ws->sql(), QStringLiteral("other"));
    QVERIFY(none.ok() && none->isEmpty());
}

void TestFieldVisits::purposeLabels()
{
    QCOMPARE(FieldVisits::purposes().size(), 4);
    QCOMPARE(FieldVisits::purposeLabel(QStringLiteral("reverification")),
             QStringLiteral("Re-verification"));
    QCOMPARE(FieldVisits::purposeLabel(QStringLiteral("unknown")), QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TestFieldVisits)
#include "tst_fieldvisits.moc"

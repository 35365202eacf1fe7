// Mutual-aid enrolments: from the register or by name and ID number, the
// plan's contribution by default, one enrolment per plan and ID number (the
// refusal names the existing one), every field's checks, search, audit.
#include "auditlog.h"
#include "maenrolmentlistmodel.h"
#include "maenrolments.h"
#include "mutualaidfixture.h"

#include <QTest>

using Field = MaEnrolmentProblem::Field;

class TestMaEnrolments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }
    void enrolsByNameAndIdNumber();
    void enrolsFromTheRegister();
    void refusals_data();
    void refusals();
    void oneEnrolmentPerPlanAndIdNumber();
    void memberWithoutIdNumberIsRefused();
    void administratorMayNotEnrol();
    void updateChangesThePayment();
    void listAndSearch_data();
    void listAndSearch();
    void resolvesPlans();
    void listModelShowsEnrolments();

private:
    Result<QString> enrol(const MaEnrolmentInput &input, const QDate &day = QDate(2026, 1, 20));
    MaEnrolmentInput person() const;

    std::unique_ptr<MutualAidFixture> m_f;
};

void TestMaEnrolments::init()
{
    m_f = std::make_unique<MutualAidFixture>();
    QVERIFY(m_f->ok());
}

Result<QString> TestMaEnrolments::enrol(const MaEnrolmentInput &input, const QDate &day)
{
    Result<QString> id = Error{QString()};
    const Status s = m_f->write(
        m_f->caseworker,
        [&](AuditedWriter &w) -> Status {
            id = MaEnrolments::enrol(w, input);
            return id ? Status() : Status(id.error());
        },
        MutualAidFixture::at(day));
    return s ? id : Result<QString>(s.error());
}

MaEnrolmentInput TestMaEnrolments::person() const
{
    MaEnrolmentInput input;
    input.planId = m_f->planId;
    input.personName = QStringLiteral("王建军");
    input.idNumber = QStringLiteral(" 371312198506120310 ");
    input.workUnit = QStringLiteral("临沂鲁南机械厂");
    input.phone = QStringLiteral("137 0539 1234");
    input.paidOn = QDate(2025, 11, 15);
    input.receiptNo = QStringLiteral("HZ2026000002");
    return input;
}

void TestMaEnrolments::enrolsByNameAndIdNumber()
{
    auto id = enrol(person());
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    auto stored = MaEnrolments::load(m_f->sql(), id.value());
    QVERIFY(stored);
    QCOMPARE(stored->personName, QStringLiteral("王建军"));
    QCOMPARE(stored->idNumber, QStringLiteral("371312198506120310"));
    QCOMPARE(stored->planYear, 2026);
    QCOMPARE(stored->paidOn, QDate(2025, 11, 15));
    QCOMPARE(stored->receiptNo, QStringLiteral("HZ2026000002"));
    QCOMPARE(stored->contribution, Money::fromYuan(50)); // the plan's
    QVERIFY(stored->memberId.isEmpty());
    // Audited as the caseworker, in the same transaction.
    QCOMPARE(
        m_f->scalar(QStringLiteral("SELECT user_id FROM audit_log WHERE entity = 'ma_enrolments'"
                                   " AND action = 'insert' AND row_id = ?"),
                    {id.value()})
            .toString(),
        m_f->caseworker.id);
    QVERIFY(AuditLog::verify(m_f->sql())->ok());

    // A contribution given differs from the plan's; a lower-case x is normalised.
    MaEnrolmentInput other = person();
    other.personName = QStringLiteral("周丽娟");
    other.idNumber = QStringLiteral("37131219801128062x");
    other.receiptNo.clear();
    other.contribution = Money::fromYuan(30);
    auto second = enrol(other);
    QVERIFY(second);
    QCOMPARE(MaEnrolments::load(m_f->sql(), second.value())->idNumber,
             QStringLiteral("37131219801128062X"));
    QCOMPARE(MaEnrolments::load(m_f->sql(), second.value())->contribution, Money::fromYuan(30));
}

void TestMaEnrolments::enrolsFromTheRegister()
{
    MaEnrolmentInput input;
    input.planId = m_f->planId;
    input.memberId = m_f->memberId;
    input.personName = QStringLiteral("ignored");
    input.paidOn = QDate(2025, 12, 1);
    auto id = enrol(input);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    auto stored = MaEnrolments::load(m_f->sql(), id.value());
    QCOMPARE(stored->memberId, m_f->memberId);
    QCOMPARE(stored->personName, QStringLiteral("赵文海"));
    QCOMPARE(stored->idNumber, QStringLiteral("371312197203150112"));
    QCOMPARE(stored->phone, QStringLiteral("13905390001"));           // the member's
    QCOMPARE(stored->workUnit, QStringLiteral("临沂市河东区环卫处")); // the household's

    input.memberId = QStringLiteral("no-such-member");
    auto missing = enrol(input);
    QVERIFY(!missing);
    QCOMPARE(missing.error().where, MaEnrolments::fieldLabel(Field::Member));
}

void TestMaEnrolments::refusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << "name:" << int(Field::Name) << "Enter the name";
    QTest::newRow("no ID number") << "id:" << int(Field::IdNumber) << "Enter the ID number";
    QTest::newRow("bad check character")
        << "id:371312198506120311" << int(Field::IdNumber) << "Invalid ID number: check character";
    QTest::newRow("paid in the future")
        << "paid:2026-01-21" << int(Field::PaidOn) << "in the future";
    QTest::newRow("paid before the window")
        << "paid:2025-10-31" << int(Field::PaidOn)
        << "outside the plan's enrolment window (2025-11-01 to 2026-01-31)";
    QTest::newRow("negative contribution")
        << "contribution:-1" << int(Field::Contribution) << "cannot be negative";
    QTest::newRow("phone with letters") << "phone:call me" << int(Field::Phone) << "phone number";
    QTest::newRow("no plan") << "plan:nope" << int(Field::Plan) << "does not exist";
    QTest::newRow("receipt used") << "receipt:HZ2026000001" << int(Field::ReceiptNo)
                                  << "already used in this plan, by the enrolment of 赵文海";
}

void TestMaEnrolments::refusals()
{
    QFETCH(QString, change);
    QFETCH(int, field);
    QFETCH(QString, message);
    QVERIFY(!m_f->enrol(QStringLiteral("赵文海"), QStringLiteral("371312197203150112")).isEmpty());
    // enrolled with the receipt used by "receipt used"
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) {
        return w.update(Permission::EditClaims, QStringLiteral("ma_enrolments"),
                        m_f->scalar(QStringLiteral("SELECT id FROM ma_enrolments")).toString(),
                        {{QStringLiteral("receipt_no"), QStringLiteral("HZ2026000001")}});
    }));
    MaEnrolmentInput input = person();
    const QString key = change.section(u':', 0, 0);
    const QString value = change.section(u':', 1);
    if (key == QLatin1String("name"))
        input.personName = value;
    else if (key == QLatin1String("id"))
        input.idNumber = value;
    else if (key == QLatin1String("paid"))
        input.paidOn = QDate::fromString(value, Qt::ISODate);
    else if (key == QLatin1String("contribution"))
        input.contribution = Money::fromFen(value.toLongLong());
    else if (key == QLatin1String("phone"))
        input.phone = value;
    else if (key == QLatin1String("plan"))
        input.planId = value;
    else if (key == QLatin1String("receipt"))
        input.receiptNo = value;
    const qint64 before =
        m_f->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    auto id = enrol(input);
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(message), qPrintable(id.error().toString()));
    QCOMPARE(id.error().where, MaEnrolments::fieldLabel(Field(field)));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM ma_enrolments")).toInt(), 1);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), before);
}

void TestMaEnrolments::oneEnrolmentPerPlanAndIdNumber()
{
    QVERIFY(enrol(person()));
    MaEnrolmentInput again = person();
    again.personName = QStringLiteral("王建君"); // a typing mistake does not make another person
    again.receiptNo = QStringLiteral("HZ2026000099");
    auto twice = enrol(again);
    QVERIFY(!twice);
    QCOMPARE(twice.error().where, MaEnrolments::fieldLabel(Field::IdNumber));
    QCOMPARE(twice.error().message,
             QStringLiteral(
                 "王建军 (371312********0310) is already enrolled in 2026年度职工住院医疗互助 "
                 "(receipt HZ2026000002, paid on 2025-11-15)."));
    // The same person may join another plan (product) of the year.
    again.planId = m_f->diseasePlanId;
    QVERIFY(enrol(again));
}

void TestMaEnrolments::memberWithoutIdNumberIsRefused()
{
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) {
        return w.update(Permission::EditHouseholds, QStringLiteral("members"), m_f->memberId,
                        {{QStringLiteral("id_number"), QVariant()}});
    }));
    MaEnrolmentInput input;
    input.planId = m_f->planId;
    input.memberId = m_f->memberId;
    auto id = enrol(input);
    QVERIFY(!id);
    QCOMPARE(id.error().where, MaEnrolments::fieldLabel(Field::Member));
    QVERIFY(id.error().message.contains(QStringLiteral("no ID number")));
}

void TestMaEnrolments::administratorMayNotEnrol()
{
    const Status s = m_f->write(m_f->admin, [&](AuditedWriter &w) -> Status {
        auto id = MaEnrolments::enrol(w, person());
        return id ? Status() : Status(id.error());
    });
    QVERIFY(!s);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM ma_enrolments")).toInt(), 0);
}

void TestMaEnrolments::updateChangesThePayment()
{
    MaEnrolmentInput input = person();
    input.paidOn = QDate();
    input.receiptNo.clear();
    auto id = enrol(input);
    QVERIFY(id);
    QVERIFY(!MaEnrolments::load(m_f->sql(), id.value())->paidOn.isValid());
    input.paidOn = QDate(2026, 1, 10);
    input.receiptNo = QStringLiteral("HZ2026000010");
    input.personName = QStringLiteral("not changed");
    QVERIFY(m_f->write(
        m_f->caseworker,
        [&](AuditedWriter &w) { return MaEnrolments::update(w, id.value(), input); },
        MutualAidFixture::at(QDate(2026, 1, 20))));
    auto stored = MaEnrolments::load(m_f->sql(), id.value());
    QCOMPARE(stored->paidOn, QDate(2026, 1, 10));
    QCOMPARE(stored->receiptNo, QStringLiteral("HZ2026000010"));
    QCOMPARE(stored->personName, QStringLiteral("王建军"));
    // Its own receipt number and ID number are no duplicates of itself.
    QVERIFY(m_f->write(
        m_f->caseworker,
        [&](AuditedWriter &w) { return MaEnrolments::update(w, id.value(), input); },
        MutualAidFixture::at(QDate(2026, 1, 20))));
}

void TestMaEnrolments::listAndSearch_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("the year") << 2026 << ""
                              << QStringList{QStringLiteral("王建军"), QStringLiteral("赵文海")};
    QTest::newRow("another year") << 2025 << "" << QStringList{};
    QTest::newRow("Chinese name") << 0 << "文海" << QStringList{QStringLiteral("赵文海")};
    QTest::newRow("ID digits") << 0 << "0310" << QStringList{QStringLiteral("王建军")};
    QTest::newRow("receipt") << 0 << "hz2026000002" << QStringList{QStringLiteral("王建军")};
    QTest::newRow("pinyin of a register member")
        << 0 << "zwh" << QStringList{QStringLiteral("赵文海")};
    QTest::newRow("pinyin syllables") << 0 << "zhaowen" << QStringList{QStringLiteral("赵文海")};
    QTest::newRow("LIKE wildcards are text") << 0 << "%" << QStringList{};
}

void TestMaEnrolments::listAndSearch()
{
    QFETCH(int, year);
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QVERIFY(enrol(person()));
    MaEnrolmentInput member;
    member.planId = m_f->planId;
    member.memberId = m_f->memberId;
    member.paidOn = QDate(2025, 12, 1);
    QVERIFY(enrol(member));
    auto list = MaEnrolments::list(m_f->sql(), {year, QString(), text});
    QVERIFY(list);
    QStringList found;
    for (const MaEnrolment &e : list.value())
        found.append(e.personName);
    QCOMPARE(found, names);
}

void TestMaEnrolments::resolvesPlans()
{
    QCOMPARE(MaEnrolments::resolvePlan(m_f->sql(), m_f->planId).value(), m_f->planId);
    QCOMPARE(
        MaEnrolments::resolvePlan(m_f->sql(), QStringLiteral("2026:2026年度重大疾病互助")).value(),
        m_f->diseasePlanId);
    QVERIFY(!MaEnrolments::resolvePlan(m_f->sql(), QStringLiteral("2025:2026年度重大疾病互助")));
    QVERIFY(!MaEnrolments::resolvePlan(m_f->sql(), QStringLiteral("inpatient")));
}

void TestMaEnrolments::listModelShowsEnrolments()
{
    QVERIFY(enrol(person()));
    MaEnrolmentListModel model(m_f->sql());
    model.setQuery({2026, QString(), QString()});
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, MaEnrolmentListModel::IdNumber).data().toString(),
             QStringLiteral("371312********0310"));
    QCOMPARE(model.index(0, MaEnrolmentListModel::Contribution).data().toString(),
             QStringLiteral("50.00"));
    QCOMPARE(model.index(0, MaEnrolmentListModel::Contribution)
                 .data(MaEnrolmentListModel::FenRole)
                 .toLongLong(),
             5000);
    QCOMPARE(model.index(0, MaEnrolmentListModel::Claims).data().toInt(), 0);
    QVERIFY(!model.index(0, 0).data(MaEnrolmentListModel::IdRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestMaEnrolments)
#include "tst_maenrolments.moc"

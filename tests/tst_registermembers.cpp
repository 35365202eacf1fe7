// RegisterMembers::search, on the mutual-aid fixture's household (赵文海, head,
// with the household phone 0539-8000001) plus his wife 钱秀兰: a text that
// names a person finds that person only; a text that names the household (its
// phone) finds everyone in it; nothing typed finds nobody.
#include "mutualaidfixture.h"
#include "registermembers.h"

class TestRegisterMembers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void limitsHouseholds();

private:
    MutualAidFixture m_fx;
};

void TestRegisterMembers::initTestCase()
{
    QVERIFY(m_fx.ok());
    const Status s = m_fx.write(m_fx.caseworker, [&](AuditedWriter &w) -> Status {
        const QString household =
            m_fx.scalar(QStringLiteral("SELECT household_id FROM members WHERE id = ?"),
                        {m_fx.memberId})
                .toString();
        auto wife = w.insert(Permission::EditHouseholds, QStringLiteral("members"),
                             {{QStringLiteral("household_id"), household},
                              {QStringLiteral("position"), 1},
                              {QStringLiteral("name"), QStringLiteral("钱秀兰")},
                              {QStringLiteral("name_pinyin"), QStringLiteral("qian xiu lan")},
                              {QStringLiteral("name_initials"), QStringLiteral("qxl")},
                              {QStringLiteral("id_number"), QStringLiteral("371312197405210127")},
                              {QStringLiteral("relationship"), QStringLiteral("spouse")}});
        return wife ? Status() : Status(wife.error());
    });
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
}

void TestRegisterMembers::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    const QString zhao = QStringLiteral("赵文海");
    const QString qian = QStringLiteral("钱秀兰");
    QTest::newRow("chinese") << QStringLiteral("秀兰") << QStringList{qian};
    QTest::newRow("initials") << QStringLiteral("zwh") << QStringList{zhao};
    QTest::newRow("pinyin") << QStringLiteral("qian xiu") << QStringList{qian};
    QTest::newRow("id digits") << QStringLiteral("19740521") << QStringList{qian};
    QTest::newRow("member phone") << QStringLiteral("13905390001") << QStringList{zhao};
    QTest::newRow("household phone") << QStringLiteral("8000001") << QStringList{zhao, qian};
    QTest::newRow("nobody") << QStringLiteral("孙") << QStringList();
    QTest::newRow("empty") << QStringLiteral("  ") << QStringList();
}

void TestRegisterMembers::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    auto found = RegisterMembers::search(m_fx.sql(), text);
    QVERIFY(found.ok());
    QStringList got;
    for (const RegisterMember &m : found->members)
        got.append(m.name);
    QCOMPARE(got, names);
    QVERIFY(!found->truncated);
    if (!names.isEmpty())
        QVERIFY(found->members.constFirst().householdId.size() > 0);
}

void TestRegisterMembers::limitsHouseholds()
{
    auto found = RegisterMembers::search(m_fx.sql(), QStringLiteral("8000001"), 0);
    QVERIFY(found.ok());
    QVERIFY(found->members.isEmpty());
    QVERIFY(found->truncated);
}

QTEST_MAIN(TestRegisterMembers)
#include "tst_registermembers.moc"

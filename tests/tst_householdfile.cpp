// HouseholdFile: a household file saved and loaded with its members and dated
// surveys, the checks that stop a bad file, the duplicate-person check against
// other households, filing with a file number, and read-only closed files.
#include "householdexit.h"
#include "householdfile.h"
#include "testworkspace.h"

#include <QTest>

namespace {

const QString Jiuqu = QStringLiteral("371312001");
// Born 1980-01-01 (male, odd sequence) and 1982-05-06 (female, even sequence).
const QString HeadId = validIdNumber(QStringLiteral("37131219800101003"));
const QString WifeId = validIdNumber(QStringLiteral("37131219820506002"));
const QString ChildId = validIdNumber(QStringLiteral("37131220100910005"));

MemberRecord person(const QString &name, const QString &id, const QString &relationship,
                    const QString &work)
{
    MemberRecord m;
    m.name = name;
    m.idNumber = id;
    m.relationship = relationship;
    m.workStatus = work;
    m.health = QStringLiteral("healthy");
    m.disability = QStringLiteral("none");
    return m;
}

// 张涛 (unable to work, major illness) and his wife 王丽 (employed); 18,000
// yuan wages a year and 12,000 yuan of medical costs: (18,000 − 12,000) ÷ 12
// ÷ 2 = 250 yuan a person a month, far below the 990 yuan line.
HouseholdRecord zhangHousehold()
{
    HouseholdRecord r;
    r.divisionCode = Jiuqu;
    r.address = QStringLiteral("九曲街道青松社区 3 号楼 2 单元 101");
    r.phone = QStringLiteral("13905391234");
    r.housing = QStringLiteral("rented");
    r.mainCause = QStringLiteral("illness");
    r.secondaryCauses = {QStringLiteral("low_income")};
    MemberRecord head = person(QStringLiteral("张涛"), HeadId, QStringLiteral("self"),
                               QStringLiteral("unable"));
    head.health = QStringLiteral("major_illness");
    r.members = {head, person(QStringLiteral("王丽"), WifeId, QStringLiteral("spouse"),
                              QStringLiteral("employed"))};
    r.survey.income.wagesFen = 1800000;
    r.survey.expenditure.illnessFen = 1200000;
    return r;
}

SaveOptions filing()
{
    SaveOptions options;
    options.file = true;
    return options;
}

} // namespace

class TestHouseholdFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_t.reset(); }
    void savesNewHousehold();
    void filingGivesNumbersAndDueDate();
    void notEligibleCannotBeFiled();
    void duplicateElsewhereIsRefused();
    void problems_data();
    void problems();
    void editRoundTrip();
    void headChangesHands();
    void surveyHistory();
    void overrideKeepsReason();
    void closedFileIsReadOnly();
    void administratorMayNotEdit();
    void missingPovertyLine();

private:
    Result<QString> save(const HouseholdRecord &r, SaveOptions options = {},
                         QDate day = QDate(2026, 7, 1));
    std::unique_ptr<TestWorkspace> m_t;
};

void TestHouseholdFile::init()
{
    m_t = std::make_unique<TestWorkspace>();
    QVERIFY(m_t->ok());
}

Result<QString> TestHouseholdFile::save(const HouseholdRecord &r, SaveOptions options, QDate day)
{
    Result<QString> id = Error{QStringLiteral("not run")};
    const Status s = m_t->write(
        m_t->caseworker,
        [&](AuditedWriter &w) -> Status {
            options.today = day;
            id = HouseholdFile::save(w, m_t->workspace().pinyin(), r, options);
            return id ? Status() : Status(id.error());
        },
        QDateTime(day, QTime(9, 0), Qt::UTC));
    if (!s)
        return s.error();
    return id;
}

void TestHouseholdFile::savesNewHousehold()
{
    auto id = save(zhangHousehold());
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
    auto loaded = HouseholdFile::load(m_t->sql(), id.value());
    QVERIFY(loaded.ok());
    const HouseholdRecord &r = loaded.value();
    QCOMPARE(r.status, QStringLiteral("identified"));
    QVERIFY(r.fileNo.isEmpty());
    QCOMPARE(r.categoryProposed, QStringLiteral("deep")); // 250 yuan is below the 990 yuan line
    QVERIFY(r.category.isEmpty());                        // nothing chosen before filing
    QCOMPARE(r.secondaryCauses, QStringList{QStringLiteral("low_income")});
    QCOMPARE(r.members.size(), 2);
    QCOMPARE(r.members.at(0).name, QStringLiteral("张涛"));
    QCOMPARE(r.members.at(0).sex, QStringLiteral("male"));
    QCOMPARE(r.members.at(0).birthDate, QDate(1980, 1, 1));
    QCOMPARE(r.members.at(1).sex, QStringLiteral("female"));
    QCOMPARE(r.members.at(1).birthDate, QDate(1982, 5, 6));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT name_initials FROM members WHERE is_head = 1"))
                 .toString(),
             QStringLiteral("zt"));
    QCOMPARE(r.survey.date, QDate(2026, 7, 1));
    QCOMPARE(r.survey.income.wagesFen, 1800000);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT per_capita_monthly_fen FROM survey_records"))
                 .toLongLong(),
             25000);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT household_size FROM survey_records")).toInt(), 2);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT created_by FROM households")).toString(),
             m_t->caseworker.id);
}

void TestHouseholdFile::filingGivesNumbersAndDueDate()
{
    auto first = save(zhangHousehold(), filing());
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
    auto r = HouseholdFile::load(m_t->sql(), first.value());
    QVERIFY(r.ok());
    QCOMPARE(r->status, QStringLiteral("filed"));
    QCOMPARE(r->fileNo, QStringLiteral("HD-2026-000001"));
    QCOMPARE(r->category, QStringLiteral("deep"));
    QCOMPARE(r->filedOn, QDate(2026, 7, 1));
    QCOMPARE(r->lastVerifiedOn, QDate(2026, 7, 1));
    QCOMPARE(r->nextDueOn, QDate(2027, 7, 1));

    HouseholdRecord other = zhangHousehold();
    other.members = {person(QStringLiteral("李强"),
                            validIdNumber(QStringLiteral("37131219750303001")),
                            QStringLiteral("self"), QStringLiteral("unable"))};
    auto second = save(other, filing());
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
    QCOMPARE(HouseholdFile::load(m_t->sql(), second.value())->fileNo,
             QStringLiteral("HD-2026-000002"));
    // Saving a filed household again does not give it a new number.
    auto again = save(r.value(), filing());
    QVERIFY(again.ok());
    QCOMPARE(HouseholdFile::load(m_t->sql(), first.value())->fileNo,
             QStringLiteral("HD-2026-000001"));
}

void TestHouseholdFile::notEligibleCannotBeFiled()
{
    HouseholdRecord r = zhangHousehold();
    r.survey.income.wagesFen = 12000000; // 120,000 yuan a year: well above the line
    const int before = m_t->scalar(QStringLiteral("SELECT count(*) FROM households")).toInt();
    auto id = save(r, filing());
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(QStringLiteral("Only a household in hardship")),
             qPrintable(id.error().message));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM households")).toInt(), before);
    // It can still be kept as a surveyed household, assessed not eligible.
    auto kept = save(r);
    QVERIFY(kept.ok());
    QCOMPARE(HouseholdFile::load(m_t->sql(), kept.value())->categoryProposed,
             QStringLiteral("not_eligible"));
}

void TestHouseholdFile::duplicateElsewhereIsRefused()
{
    auto first = save(zhangHousehold(), filing());
    QVERIFY(first.ok());
    HouseholdRecord second = zhangHousehold();
    second.address = QStringLiteral("另一个地址");
    second.members[0].idNumber = validIdNumber(QStringLiteral("37131219750303001"));
    second.members[1].idNumber = WifeId.toLower(); // same person, typed differently
    auto found = HouseholdFile::registeredElsewhere(m_t->sql(), second);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().member, 1);
    QCOMPARE(found->first().householdId, first.value());
    QCOMPARE(found->first().fileNo, QStringLiteral("HD-2026-000001"));
    QCOMPARE(found->first().headName, QStringLiteral("张涛"));

    const int households = m_t->scalar(QStringLiteral("SELECT count(*) FROM households")).toInt();
    const int audit = m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    auto id = save(second);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(QStringLiteral("HD-2026-000001")),
             qPrintable(id.error().message));
    QVERIFY(!id.error().message.contains(WifeId)); // the number is masked in the message
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM households")).toInt(), households);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audit);

    // The household itself is not a duplicate of itself when saved again.
    auto own = HouseholdFile::load(m_t->sql(), first.value());
    QVERIFY(HouseholdFile::registeredElsewhere(m_t->sql(), own.value())->isEmpty());
}

void TestHouseholdFile::problems_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("member");
    QTest::newRow("no address") << 0 << "address" << -1;
    QTest::newRow("no division") << 1 << "division_code" << -1;
    QTest::newRow("no head") << 2 << "relationship" << -1;
    QTest::newRow("two heads") << 3 << "relationship" << -1;
    QTest::newRow("bad id") << 4 << "id_number" << 1;
    QTest::newRow("id twice") << 5 << "id_number" << 1;
    QTest::newRow("sex contradicts id") << 6 << "sex" << 0;
    QTest::newRow("secondary = main cause") << 7 << "secondary_causes" << -1;
    QTest::newRow("override without reason") << 8 << "category_override_reason" << -1;
    QTest::newRow("negative wages") << 9 << "income_wages_fen" << -1;
    QTest::newRow("head without id") << 10 << "id_number" << 0;
    QTest::newRow("no name") << 11 << "name" << 1;
    QTest::newRow("no members") << 12 << "members" << -1;
    QTest::newRow("bad phone") << 13 << "phone" << -1;
    QTest::newRow("birth in future") << 14 << "birth_date" << 1;
}

void TestHouseholdFile::problems()
{
    QFETCH(int, change);
    QFETCH(QString, field);
    QFETCH(int, member);
    HouseholdRecord r = zhangHousehold();
    QVERIFY(HouseholdFile::check(r, QDate(2026, 7, 1)).isEmpty());
    switch (change) {
    case 0: r.address = QStringLiteral("  "); break;
    case 1: r.divisionCode.clear(); break;
    case 2: r.members[0].relationship = QStringLiteral("spouse"); break;
    case 3: r.members[1].relationship = QStringLiteral("self"); break;
    case 4: r.members[1].idNumber = QStringLiteral("371312198205060021"); break;
    case 5: r.members[1].idNumber = HeadId; break;
    case 6: r.members[0].sex = QStringLiteral("female"); break;
    case 7: r.secondaryCauses = {QStringLiteral("illness")}; break;
    case 8:
        r.categoryProposed = QStringLiteral("deep");
        r.category = QStringLiteral("relative");
        break;
    case 9: r.survey.income.wagesFen = -1; break;
    case 10: r.members[0].idNumber.clear(); break;
    case 11: r.members[1].name = QStringLiteral(" "); break;
    case 12: r.members.clear(); break;
    case 13: r.phone = QStringLiteral("call me"); break;
    case 14:
        r.members[1].idNumber.clear();
        r.members[1].birthDate = QDate(2027, 1, 1);
        break;
    }
    const QList<FileProblem> problems = HouseholdFile::check(r, QDate(2026, 7, 1));
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().field, field);
    QCOMPARE(problems.first().member, member);
    QVERIFY(!problems.first().message.isEmpty());

    // save() refuses the same file and writes nothing; a sex that contradicts
    // the ID number is not a refusal there: save() takes it from the number.
    if (change == 6)
        return;
    const int audit = m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QVERIFY(!save(r).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audit);
}

void TestHouseholdFile::editRoundTrip()
{
    auto id = save(zhangHousehold(), filing());
    QVERIFY(id.ok());
    HouseholdRecord r = HouseholdFile::load(m_t->sql(), id.value()).value();
    r.address = QStringLiteral("九曲街道青松社区 5 号楼");
    r.housingAreaM2 = 48;
    r.bankName = QStringLiteral("临沂农商银行");
    r.bankAccount = QStringLiteral("6228480000123456789");
    r.bankAccountHolder = QStringLiteral("张涛");
    r.members[1].phone = QStringLiteral("13800000000");
    MemberRecord child = person(QStringLiteral("张小雨"), ChildId, QStringLiteral("child"),
                                QStringLiteral("student"));
    child.school = QStringLiteral("临沂第三中学");
    child.schoolStage = QStringLiteral("junior");
    r.members.append(child);
    QVERIFY(save(r, {}, QDate(2026, 7, 2)).ok());

    HouseholdRecord back = HouseholdFile::load(m_t->sql(), id.value()).value();
    QCOMPARE(back.address, r.address);
    QCOMPARE(back.housingAreaM2, std::optional<int>(48));
    QCOMPARE(back.bankAccount, r.bankAccount);
    QCOMPARE(back.members.size(), 3);
    QCOMPARE(back.members.at(1).phone, QStringLiteral("13800000000"));
    QCOMPARE(back.members.at(2).schoolStage, QStringLiteral("junior"));
    QCOMPARE(back.members.at(2).birthDate, QDate(2010, 9, 10));

    // Removing a member deletes that row (audited), the others stay.
    const QString wifeId = back.members.at(1).id;
    back.members.removeAt(1);
    QVERIFY(save(back, {}, QDate(2026, 7, 2)).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt(), 2);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'members' "
                                        "AND action = 'delete' AND row_id = ?"),
                         {wifeId})
                 .toInt(),
             1);
}

void TestHouseholdFile::headChangesHands()
{
    auto id = save(zhangHousehold());
    QVERIFY(id.ok());
    HouseholdRecord r = HouseholdFile::load(m_t->sql(), id.value()).value();
    r.members[0].relationship = QStringLiteral("spouse");
    r.members[1].relationship = QStringLiteral("self");
    auto saved = save(r);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));
    HouseholdRecord back = HouseholdFile::load(m_t->sql(), id.value()).value();
    QCOMPARE(back.members.first().name, QStringLiteral("王丽")); // the head comes first
}

void TestHouseholdFile::surveyHistory()
{
    auto id = save(zhangHousehold());
    QVERIFY(id.ok());
    auto surveys = [&] {
        return m_t->scalar(QStringLiteral("SELECT count(*) FROM survey_records")).toInt();
    };
    QCOMPARE(surveys(), 1);

    // Saved again unchanged, or with changes outside the survey: no new survey.
    HouseholdRecord r = HouseholdFile::load(m_t->sql(), id.value()).value();
    r.phone = QStringLiteral("13900000000");
    QVERIFY(save(r, {}, QDate(2026, 8, 1)).ok());
    QCOMPARE(surveys(), 1);

    // New figures on another day: a new dated survey; the old one stays.
    r = HouseholdFile::load(m_t->sql(), id.value()).value();
    r.survey.income.wagesFen = 2400000;
    QVERIFY(save(r, {}, QDate(2026, 9, 15)).ok());
    QCOMPARE(surveys(), 2);
    r = HouseholdFile::load(m_t->sql(), id.value()).value();
    QCOMPARE(r.survey.date, QDate(2026, 9, 15));
    QCOMPARE(r.survey.income.wagesFen, 2400000);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT income_wages_fen FROM survey_records "
                                        "WHERE survey_date = '2026-07-01'"))
                 .toLongLong(),
             1800000);

    // Corrected the same day: the day's survey is corrected in place.
    r.survey.expenditure.schoolingFen = 300000;
    QVERIFY(save(r, {}, QDate(2026, 9, 15)).ok());
    QCOMPARE(surveys(), 2);
    QCOMPARE(HouseholdFile::load(m_t->sql(), id.value())->survey.expenditure.schoolingFen, 300000);

    // A member more changes the household size: a new survey.
    r = HouseholdFile::load(m_t->sql(), id.value()).value();
    r.members.append(person(QStringLiteral("张小雨"), ChildId, QStringLiteral("child"),
                            QStringLiteral("student")));
    QVERIFY(save(r, {}, QDate(2026, 10, 1)).ok());
    QCOMPARE(surveys(), 3);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT household_size FROM survey_records "
                                        "WHERE survey_date = '2026-10-01'"))
                 .toInt(),
             3);

    // The file's survey history, newest first, in sums.
    auto history = HouseholdFile::surveys(m_t->sql(), id.value());
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).date, QDate(2026, 10, 1));
    QCOMPARE(history->at(0).householdSize, 3);
    QCOMPARE(history->at(1).date, QDate(2026, 9, 15));
    QCOMPARE(history->at(1).annualIncomeFen, 2400000);
    QCOMPARE(history->at(1).rigidExpenditureFen, 1500000); // 12,000 medical + 3,000 schooling
    QCOMPARE(history->at(1).perCapitaMonthlyFen, std::optional<qint64>(37500)); // 9,000 ÷ 12 ÷ 2
    QCOMPARE(history->at(2).date, QDate(2026, 7, 1));
    QCOMPARE(history->at(2).category, QStringLiteral("deep"));
    QVERIFY(history->at(2).visitPurpose.isEmpty());
}

void TestHouseholdFile::overrideKeepsReason()
{
    HouseholdRecord r = zhangHousehold();
    r.categoryProposed = QStringLiteral("deep");
    r.category = QStringLiteral("relative");
    r.overrideReason = QStringLiteral("妻子下月起有稳定工作");
    auto id = save(r, filing());
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
    HouseholdRecord back = HouseholdFile::load(m_t->sql(), id.value()).value();
    QCOMPARE(back.category, QStringLiteral("relative"));
    QCOMPARE(back.categoryProposed, QStringLiteral("deep"));
    QCOMPARE(back.overrideReason, r.overrideReason);

    // Back to the proposal: the reason goes.
    back.category = QStringLiteral("deep");
    QVERIFY(save(back).ok());
    QVERIFY(HouseholdFile::load(m_t->sql(), id.value())->overrideReason.isEmpty());
}

void TestHouseholdFile::closedFileIsReadOnly()
{
    auto id = save(zhangHousehold(), filing());
    QVERIFY(id.ok());
    QVERIFY(m_t->write(m_t->caseworker, [&](AuditedWriter &w) {
        return HouseholdExit::close(w, id.value(), QDate(2026, 7, 1),
                                    QStringLiteral("income_above_line"), {});
    }));
    HouseholdRecord r = HouseholdFile::load(m_t->sql(), id.value()).value();
    r.address = QStringLiteral("changed");
    auto saved = save(r);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(QStringLiteral("closed")),
             qPrintable(saved.error().message));
}

void TestHouseholdFile::administratorMayNotEdit()
{
    Result<QString> id = Error{QString()};
    const Status s = m_t->write(m_t->admin, [&](AuditedWriter &w) -> Status {
        id = HouseholdFile::save(w, m_t->workspace().pinyin(), zhangHousehold(), {});
        return id ? Status() : Status(id.error());
    });
    QVERIFY(!s.ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM households")).toInt(), 0);
}

void TestHouseholdFile::missingPovertyLine()
{
    HouseholdRecord r = zhangHousehold();
    r.survey.date = QDate(2024, 3, 1); // no line for 2024
    auto id = save(r);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(QStringLiteral("2024")), qPrintable(id.error().message));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM households")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestHouseholdFile)
#include "tst_householdfile.moc"

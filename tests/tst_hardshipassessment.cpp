// HardshipAssessment, pure computation: the per-capita figure in fen, the
// category boundaries, who is imputed the minimum wage and the explanation in
// words. (The poverty-line lookup and the audited override: tst_hardshiprecords.)
#include "hardshipassessment.h"
#include "hardshiptestdata.h"

#include <QTest>

class TestHardshipAssessment : public QObject
{
    Q_OBJECT

private slots:
    void ageOn_data();
    void ageOn();
    void categoryBoundaries_data();
    void categoryBoundaries();
    void imputation_data();
    void imputation();
    void refusesBadInput_data();
    void refusesBadInput();
    void explanationOfTheExample();
    void explanationLines_data();
    void explanationLines();
};

void TestHardshipAssessment::ageOn_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("at");
    QTest::addColumn<int>("age");
    QTest::newRow("birthday today") << QDate(1981, 6, 30) << SurveyDate << 45;
    QTest::newRow("birthday tomorrow") << QDate(1981, 7, 1) << SurveyDate << 44;
    QTest::newRow("born today") << SurveyDate << SurveyDate << 0;
    QTest::newRow("29 Feb, on 28 Feb of a common year")
        << QDate(2000, 2, 29) << QDate(2026, 2, 28) << 25;
    QTest::newRow("29 Feb, on 1 Mar of a common year")
        << QDate(2000, 2, 29) << QDate(2026, 3, 1) << 26;
    QTest::newRow("unknown") << QDate() << SurveyDate << -1;
    QTest::newRow("after the survey") << QDate(2026, 7, 1) << SurveyDate << -1;
}

void TestHardshipAssessment::ageOn()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, at);
    QFETCH(int, age);
    QCOMPARE(HardshipAssessment::ageOn(birth, at), age);
}

void TestHardshipAssessment::categoryBoundaries_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<qint64>("wagesFen");
    QTest::addColumn<qint64>("illnessFen");
    QTest::addColumn<qint64>("lossFen");
    QTest::addColumn<bool>("suddenEvent");
    QTest::addColumn<qint64>("figureFen");
    QTest::addColumn<QString>("category");

    const qint64 line = 99000; // ¥990.00
    const QString deep = HardshipAssessment::Deep, relative = HardshipAssessment::Relative,
                  accident = HardshipAssessment::Accident, none = HardshipAssessment::NotEligible;
    QTest::newRow("one fen below the line")
        << 1 << (line - 1) * 12 << 0LL << 0LL << false << line - 1 << deep;
    QTest::newRow("exactly at the line")
        << 1 << line * 12 << 0LL << 0LL << false << line << relative;
    // 98,999.91 fen rounds down to 98,999: still below, as the exact figure is.
    QTest::newRow("a fraction of a fen below the line")
        << 1 << line * 12 - 1 << 0LL << 0LL << false << line - 1 << deep;
    QTest::newRow("three people at the line")
        << 3 << line * 36 << 0LL << 0LL << false << line << relative;
    QTest::newRow("three people a fraction below")
        << 3 << line * 36 - 1 << 0LL << 0LL << false << line - 1 << deep;
    QTest::newRow("one fen below twice the line")
        << 1 << (2 * line - 1) * 12 << 0LL << 0LL << false << 2 * line - 1 << relative;
    QTest::newRow("exactly twice the line")
        << 1 << 2 * line * 12 << 0LL << 0LL << false << 2 * line << none;
    // Income 2,376,000 fen; 80% of it is 1,900,800: "more than" is strict.
    QTest::newRow("losses exactly 80%")
        << 1 << 2 * line * 12 << 0LL << 1900800LL << false << 2 * line << none;
    QTest::newRow("losses one fen over 80%")
        << 1 << 2 * line * 12 << 0LL << 1900801LL << false << 2 * line << accident;
    // Illness costs count towards the 80% too, and also lower the figure:
    // income 3,376,000 − illness 1,000,000 = twice the line a month; 80% is 2,700,800.
    QTest::newRow("illness and losses exactly 80%")
        << 1 << 3376000LL << 1000000LL << 1700800LL << false << 2 * line << none;
    QTest::newRow("illness and losses over 80%")
        << 1 << 3376000LL << 1000000LL << 1700801LL << false << 2 * line << accident;
    QTest::newRow("sudden event above twice the line")
        << 1 << 5000000LL << 0LL << 0LL << true << 416666LL << accident;
    // The income tiers come first: an accident does not lower a deep or relative household.
    QTest::newRow("sudden event below the line")
        << 1 << 12000LL << 0LL << 0LL << true << 1000LL << deep;
    QTest::newRow("losses over 80% below twice the line")
        << 1 << line * 12 << 0LL << 5000000LL << false << line << relative;
    QTest::newRow("negative figure") << 1 << 0LL << 1200LL << 0LL << false << -100LL << deep;
    // −1 fen ÷ 36 rounds toward negative infinity: −1 fen, not 0.
    QTest::newRow("negative fraction rounds down")
        << 3 << 0LL << 1LL << 0LL << false << -1LL << deep;
    QTest::newRow("no income at all") << 2 << 0LL << 0LL << 0LL << false << 0LL << deep;
}

void TestHardshipAssessment::categoryBoundaries()
{
    QFETCH(int, size);
    QFETCH(qint64, wagesFen);
    QFETCH(qint64, illnessFen);
    QFETCH(qint64, lossFen);
    QFETCH(bool, suddenEvent);
    QFETCH(qint64, figureFen);
    QFETCH(QString, category);

    AssessmentInput input = employedHousehold(size);
    input.income.wagesFen = wagesFen;
    input.expenditure.illnessFen = illnessFen;
    input.accidentLossFen = lossFen;
    input.suddenEvent = suddenEvent;
    auto a = HardshipAssessment::assess(input, testLine());
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().toString()));
    QCOMPARE(a->householdSize, size);
    QCOMPARE(a->imputedIncome.fen(), 0LL);
    QCOMPARE(a->annualIncome.fen(), wagesFen);
    QCOMPARE(a->rigidExpenditure.fen(), illnessFen);
    QCOMPARE(a->perCapitaMonthly.fen(), figureFen);
    QCOMPARE(a->proposedCategory, category);
}

void TestHardshipAssessment::imputation_data()
{
    QTest::addColumn<AssessmentMember>("person");
    QTest::addColumn<bool>("imputed");
    QTest::addColumn<QString>("note"); // the explanation's reason, empty when none is given

    const QString male = QStringLiteral("male"), female = QStringLiteral("female");
    auto person = [&](const QString &sex, const QDate &birth,
                      const QString &work = QStringLiteral("unemployed")) {
        return member(QStringLiteral("王强"), sex, birth, work);
    };
    QTest::newRow("unemployed man of 45") << person(male, QDate(1981, 1, 10)) << true << QString();
    QTest::newRow("man of 59") << person(male, QDate(1966, 7, 1)) << true << QString();
    QTest::newRow("man of 60") << person(male, QDate(1966, 6, 30)) << false
                               << QStringLiteral(
                                      "No minimum wage imputed for 王强 (unemployed, 60): "
                                      "above working age (men 16 to 59).");
    QTest::newRow("woman of 54") << person(female, QDate(1971, 7, 1)) << true << QString();
    QTest::newRow("woman of 55") << person(female, QDate(1971, 6, 30)) << false
                                 << QStringLiteral(
                                        "No minimum wage imputed for 王强 (unemployed, 55): "
                                        "above working age (women 16 to 54).");
    QTest::newRow("sex unknown, 57")
        << person(QString(), QDate(1969, 1, 1)) << false
        << QStringLiteral("sex unknown, above working age for women (16 to 54)");
    QTest::newRow("sex unknown, 40") << person(QString(), QDate(1986, 1, 1)) << true << QString();
    QTest::newRow("16 today") << person(male, QDate(2010, 6, 30)) << true << QString();
    QTest::newRow("16 tomorrow") << person(male, QDate(2010, 7, 1)) << false
                                 << QStringLiteral("younger than 16");
    QTest::newRow("birth date unknown")
        << person(male, QDate()) << false
        << QStringLiteral("No minimum wage imputed for 王强 (unemployed): "
                          "the birth date is unknown.");
    AssessmentMember student = person(male, QDate(2004, 3, 1));
    student.student = true;
    QTest::newRow("student flag") << student << false
                                  << QStringLiteral("(unemployed, 22): in school.");
    AssessmentMember university = person(female, QDate(2005, 3, 1));
    university.schoolStage = QStringLiteral("university");
    QTest::newRow("school stage") << university << false << QStringLiteral("in school");
    for (const char *grade : {"grade1", "grade2"}) {
        AssessmentMember disabled = person(male, QDate(1980, 1, 1));
        disabled.disability = QLatin1String(grade);
        QTest::addRow("disability %s", grade)
            << disabled << false
            << QStringLiteral("disability grade %1, not able to work").arg(QLatin1Char(grade[5]));
    }
    for (const char *grade : {"grade3", "grade4"}) {
        AssessmentMember mild = person(male, QDate(1980, 1, 1));
        mild.disability = QLatin1String(grade);
        QTest::addRow("disability %s works", grade) << mild << true << QString();
    }
    AssessmentMember ill = person(female, QDate(1980, 1, 1));
    ill.health = QStringLiteral("major_illness");
    QTest::newRow("major illness")
        << ill << false << QStringLiteral("major illness, not able to work");
    AssessmentMember serious = person(female, QDate(1980, 1, 1));
    serious.health = QStringLiteral("serious");
    QTest::newRow("serious but not major illness") << serious << true << QString();
    // Only "unemployed" is without work; nothing is said about the others.
    for (const char *work :
         {"employed", "flexible", "farming", "retired", "student", "preschool", "unable", ""})
        QTest::addRow("work status '%s'", work)
            << person(male, QDate(1980, 1, 1), QLatin1String(work)) << false << QString();
    QTest::newRow("retired at 50")
        << person(female, QDate(1976, 1, 1), QStringLiteral("retired")) << false << QString();
}

void TestHardshipAssessment::imputation()
{
    QFETCH(AssessmentMember, person);
    QFETCH(bool, imputed);
    QFETCH(QString, note);

    AssessmentInput input = employedHousehold(1);
    input.members.append(person);
    input.income.wagesFen = 3600000;
    auto a = HardshipAssessment::assess(input, testLine());
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().toString()));
    const qint64 annualMinWage = 2100 * 100 * 12;
    QCOMPARE(a->imputedIncome.fen(), imputed ? annualMinWage : 0);
    QCOMPARE(a->annualIncome.fen(), 3600000 + (imputed ? annualMinWage : 0));
    QCOMPARE(a->imputed.size(), qsizetype(imputed ? 1 : 0));
    const QString notes =
        a->explanation.filter(QStringLiteral("No minimum wage imputed")).join(u'\n');
    if (note.isEmpty())
        QVERIFY2(notes.isEmpty(), qPrintable(notes));
    else
        QVERIFY2(notes.contains(note), qPrintable(notes));
    if (imputed) {
        QCOMPARE(a->imputed.first().name, person.name);
        QCOMPARE(a->imputed.first().annual.fen(), annualMinWage);
        QVERIFY(a->explanation.first().contains(
            QStringLiteral(
                "imputed minimum wage for 王强 (unemployed, %1, able to work) ¥25,200.00")
                .arg(a->imputed.first().age)));
    }
}

void TestHardshipAssessment::refusesBadInput_data()
{
    QTest::addColumn<AssessmentInput>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("where");

    AssessmentInput noDate = employedHousehold(1);
    noDate.surveyDate = QDate();
    QTest::newRow("no survey date")
        << noDate << QStringLiteral("The survey has no date.") << QString();
    QTest::newRow("no members")
        << employedHousehold(0)
        << QStringLiteral("The household has no members; add them before the assessment.")
        << QString();
    AssessmentInput negative = employedHousehold(1);
    negative.expenditure.schoolingFen = -1;
    QTest::newRow("negative schooling") << negative
                                        << QStringLiteral("The amount must be between ¥0.00 and "
                                                          "¥10,000,000,000,000.00.")
                                        << QStringLiteral("schooling");
    AssessmentInput huge = employedHousehold(1);
    huge.accidentLossFen = std::numeric_limits<qint64>::max();
    QTest::newRow("overflowing loss") << huge
                                      << QStringLiteral("The amount must be between ¥0.00 and "
                                                        "¥10,000,000,000,000.00.")
                                      << QStringLiteral("accident losses");
}

void TestHardshipAssessment::refusesBadInput()
{
    QFETCH(AssessmentInput, input);
    QFETCH(QString, message);
    QFETCH(QString, where);
    auto a = HardshipAssessment::assess(input, testLine());
    QVERIFY(!a.ok());
    QCOMPARE(a.error().message, message);
    QCOMPARE(a.error().where, where);
}

// The example of the brief: 张伟 (45, unemployed, able to work) is imputed
// ¥2,100 × 12; (¥55,200 − ¥30,000) ÷ 12 ÷ 3 = ¥700 < ¥990.
void TestHardshipAssessment::explanationOfTheExample()
{
    AssessmentInput input;
    input.surveyDate = SurveyDate;
    input.divisionCode = Jiuqu;
    input.members = {member(QStringLiteral("张伟"), QStringLiteral("male"), QDate(1981, 3, 15),
                            QStringLiteral("unemployed")),
                     member(QStringLiteral("李娟"), QStringLiteral("female"), QDate(1983, 8, 2),
                            QStringLiteral("employed")),
                     member(QStringLiteral("张小明"), QStringLiteral("male"), QDate(2012, 9, 1),
                            QStringLiteral("student"))};
    input.members[2].schoolStage = QStringLiteral("junior");
    input.income.wagesFen = Money::fromYuan(24000).fen();
    input.income.pensionFen = Money::fromYuan(6000).fen();
    input.expenditure.illnessFen = Money::fromYuan(30000).fen();
    auto a = HardshipAssessment::assess(input, testLine());
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().toString()));
    QCOMPARE(a->perCapitaMonthly, Money::fromYuan(700));
    QCOMPARE(a->proposedCategory, HardshipAssessment::Deep);
    const QStringList expected = {
        QStringLiteral(
            "Annual income: wages ¥24,000.00 + pension ¥6,000.00 + imputed minimum wage for 张伟 "
            "(unemployed, 45, able to work) ¥25,200.00 = ¥55,200.00"),
        QStringLiteral("Minimum wage 2026: ¥2,100.00 per month × 12 = ¥25,200.00 a year for each "
                       "member imputed"),
        QStringLiteral("Rigid expenditure: illness ¥30,000.00"),
        QStringLiteral("Per person per month: (¥55,200.00 − ¥30,000.00) ÷ 12 ÷ 3 = ¥700.00"),
        QStringLiteral("低保 line 2026 for 九曲街道: ¥990.00 per month; ¥700.00 is below it: deep "
                       "hardship (深度困难)"),
    };
    QCOMPARE(a->explanation, expected);
}

void TestHardshipAssessment::explanationLines_data()
{
    QTest::addColumn<AssessmentInput>("input");
    QTest::addColumn<bool>("districtDefault");
    QTest::addColumn<QStringList>("tail"); // the last lines of the explanation

    AssessmentInput relative = employedHousehold(2);
    relative.income.wagesFen = 3000000;
    relative.income.maintenanceFen = 120000;
    relative.expenditure.schoolingFen = 500000;
    relative.expenditure.jobFen = 100001;
    QTest::newRow("relative, rounded, several expenses")
        << relative << false
        << QStringList{
               QStringLiteral(
                   "Annual income: wages ¥30,000.00 + maintenance ¥1,200.00 = ¥31,200.00"),
               QStringLiteral(
                   "Rigid expenditure: schooling ¥5,000.00 + necessary job costs ¥1,000.01 = "
                   "¥6,000.01"),
               QStringLiteral(
                   "Per person per month: (¥31,200.00 − ¥6,000.01) ÷ 12 ÷ 2 = ¥1,049.99, "
                   "rounded down to the fen"),
               QStringLiteral(
                   "低保 line 2026 for 九曲街道: ¥990.00 per month; ¥1,049.99 is not below it but "
                   "below twice the line (¥1,980.00): relative hardship (相对困难)")};

    AssessmentInput accident = employedHousehold(1);
    accident.income.businessFen = 5000000;
    accident.accidentLossFen = 4000001;
    QTest::newRow("accident by losses")
        << accident << true
        << QStringList{
               QStringLiteral("Rigid expenditure: none"),
               QStringLiteral("Per person per month: (¥50,000.00 − ¥0.00) ÷ 12 ÷ 1 = ¥4,166.66, "
                              "rounded down to the fen"),
               QStringLiteral(
                   "低保 line 2026 for 九曲街道 (district default): ¥990.00 per month; ¥4,166.66 "
                   "is not below twice the line (¥1,980.00)"),
               QStringLiteral(
                   "Accident losses ¥40,000.01 + illness costs ¥0.00 = ¥40,000.01, more than 80% "
                   "of the annual income ¥50,000.00: hardship from an accident (意外致困)")};

    AssessmentInput sudden = employedHousehold(1);
    sudden.income.compensationFen = 6000000;
    sudden.suddenEvent = true;
    QTest::newRow("accident by sudden event")
        << sudden << false
        << QStringList{QStringLiteral(
               "Accident losses ¥0.00 + illness costs ¥0.00 = ¥0.00, not more than 80% of "
               "the annual income ¥60,000.00, but a worker was injured, disabled or killed "
               "in a sudden event or major illness and is still in difficulty: hardship "
               "from an accident (意外致困)")};

    AssessmentInput neither = employedHousehold(1);
    neither.income.wagesFen = 6000000;
    neither.income.propertyFen = 100;
    neither.income.unemploymentFen = 200;
    neither.income.otherFen = 300;
    neither.expenditure.illnessFen = 2000000;
    neither.expenditure.disabilityFen = 100;
    neither.accidentLossFen = 1000000;
    QTest::newRow("not eligible")
        << neither << false
        << QStringList{
               QStringLiteral(
                   "Annual income: wages ¥60,000.00 + unemployment benefit ¥2.00 + interest and "
                   "rent ¥1.00 + other income ¥3.00 = ¥60,006.00"),
               QStringLiteral(
                   "Rigid expenditure: illness ¥20,000.00 + disability ¥1.00 = ¥20,001.00"),
               QStringLiteral(
                   "Per person per month: (¥60,006.00 − ¥20,001.00) ÷ 12 ÷ 1 = ¥3,333.75"),
               QStringLiteral(
                   "低保 line 2026 for 九曲街道: ¥990.00 per month; ¥3,333.75 is not below twice "
                   "the line (¥1,980.00)"),
               QStringLiteral(
                   "Accident losses ¥10,000.00 + illness costs ¥20,000.00 = ¥30,000.00, not more "
                   "than 80% of the annual income ¥60,006.00, and no worker is in difficulty "
                   "after a sudden event or major illness: not eligible")};

    AssessmentInput negative = employedHousehold(2);
    negative.expenditure.illnessFen = 2400000;
    QTest::newRow("negative figure")
        << negative << false
        << QStringList{
               QStringLiteral("Annual income: none"),
               QStringLiteral("Rigid expenditure: illness ¥24,000.00"),
               QStringLiteral("Per person per month: (¥0.00 − ¥24,000.00) ÷ 12 ÷ 2 = -¥1,000.00"),
               QStringLiteral(
                   "低保 line 2026 for 九曲街道: ¥990.00 per month; -¥1,000.00 is below it: deep "
                   "hardship (深度困难)")};
}

void TestHardshipAssessment::explanationLines()
{
    QFETCH(AssessmentInput, input);
    QFETCH(bool, districtDefault);
    QFETCH(QStringList, tail);
    PovertyLine line = testLine();
    line.districtDefault = districtDefault;
    auto a = HardshipAssessment::assess(input, line);
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().toString()));
    QVERIFY2(a->explanation.size() >= tail.size(), qPrintable(a->explanation.join(u'\n')));
    QCOMPARE(a->explanation.mid(a->explanation.size() - tail.size()), tail);
}

QTEST_GUILESS_MAIN(TestHardshipAssessment)
#include "tst_hardshipassessment.moc"

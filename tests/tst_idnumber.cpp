// Resident ID numbers (GB 11643-1999): every rejection reason, derived birth
// date and sex, masking. Check characters of the 371312... numbers were
// computed independently (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, table
// 1 0 X 9 8 7 6 5 4 3 2, from shared/reference/README.md), not with the code
// under test.
#include "idnumber.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void todayIsNotFuture();
    void checkCharacter_data();
    void checkCharacter();
    void mask_data();
    void mask();
};

namespace {

// A fixed "today" so the tests do not depend on the clock.
const QDate today(2024, 6, 1);

} // namespace

void TestIdNumber::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<bool>("male");

    // Public examples from the reference.
    QTest::newRow("public example, X")
        << u"11010519491231002X"_s << u"11010519491231002X"_s << QDate(1949, 12, 31) << false;
    QTest::newRow("public example, 1880")
        << u"440524188001010014"_s << u"440524188001010014"_s << QDate(1880, 1, 1) << true;
    QTest::newRow("lower-case x") << u"11010519491231002x"_s << u"11010519491231002X"_s
                                  << QDate(1949, 12, 31) << false;
    QTest::newRow("spaces around")
        << u"  440524188001010014\t"_s << u"440524188001010014"_s << QDate(1880, 1, 1) << true;
    QTest::newRow("grouped with spaces") << u"110105 19491231 002x"_s << u"11010519491231002X"_s
                                         << QDate(1949, 12, 31) << false;
    QTest::newRow("full-width digits") << u"３７１３１２１９８５０３１２００１６"_s
                                       << u"371312198503120016"_s << QDate(1985, 3, 12) << true;
    QTest::newRow("hedong male 1")
        << u"371312198503120016"_s << u"371312198503120016"_s << QDate(1985, 3, 12) << true;
    QTest::newRow("hedong female 2")
        << u"371312199001010022"_s << u"371312199001010022"_s << QDate(1990, 1, 1) << false;
    QTest::newRow("leap day 2000")
        << u"371312200002290033"_s << u"371312200002290033"_s << QDate(2000, 2, 29) << true;
    QTest::newRow("hedong female 4")
        << u"371312196207150043"_s << u"371312196207150043"_s << QDate(1962, 7, 15) << false;
    QTest::newRow("hedong male 5")
        << u"371312197811300057"_s << u"371312197811300057"_s << QDate(1978, 11, 30) << true;
    QTest::newRow("hedong female 6")
        << u"371312201008080066"_s << u"371312201008080066"_s << QDate(2010, 8, 8) << false;
    QTest::newRow("hedong male 7")
        << u"371312195601010079"_s << u"371312195601010079"_s << QDate(1956, 1, 1) << true;
    QTest::newRow("hedong female 8")
        << u"371312199912310085"_s << u"371312199912310085"_s << QDate(1999, 12, 31) << false;
    QTest::newRow("hedong male 9")
        << u"371312197001010197"_s << u"371312197001010197"_s << QDate(1970, 1, 1) << true;
    QTest::newRow("hedong check X")
        << u"37131219700101004x"_s << u"37131219700101004X"_s << QDate(1970, 1, 1) << false;
    QTest::newRow("check 0") << u"371312197001010090"_s << u"371312197001010090"_s
                             << QDate(1970, 1, 1) << true;
    QTest::newRow("earliest year 1800")
        << u"371312180001010014"_s << u"371312180001010014"_s << QDate(1800, 1, 1) << true;
    QTest::newRow("born today") << u"371312202406010017"_s << u"371312202406010017"_s
                                << QDate(2024, 6, 1) << true;
}

void TestIdNumber::parseValid()
{
    QFETCH(QString, input);
    QFETCH(QString, number);
    QFETCH(QDate, birthDate);
    QFETCH(bool, male);

    const Result<IdNumberInfo> r = IdNumber::parse(input, today);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->number, number);
    QCOMPARE(r->areaCode, number.left(6));
    QCOMPARE(r->birthDate, birthDate);
    QCOMPARE(r->sex == Sex::Male, male);
}

void TestIdNumber::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << u"ID number is empty"_s;
    QTest::newRow("blank") << u"   "_s << u"ID number is empty"_s;
    QTest::newRow("old 15-digit")
        << u"110105491231002"_s
        << u"old 15-digit ID numbers are not accepted; enter the 18-digit number"_s;
    QTest::newRow("15 with a letter")
        << u"11010549123100X"_s << u"ID number should have 18 characters, not 15"_s;
    QTest::newRow("17") << u"11010519491231002"_s
                        << u"ID number should have 18 characters, not 17"_s;
    QTest::newRow("19") << u"11010519491231002X1"_s
                        << u"ID number should have 18 characters, not 19"_s;
    QTest::newRow("space inside, digit missing") << u"110105 1949123102X"_s
                                                 << u"ID number should have 18 characters, not 17"_s;
    QTest::newRow("letter first") << u"A1010519491231002X"_s
                                  << u"character 1 (\"A\") should be a digit"_s;
    QTest::newRow("letter 17th") << u"1101051949123100AX"_s
                                 << u"character 17 (\"A\") should be a digit"_s;
    QTest::newRow("x not last") << u"110105194912310X21"_s
                                << u"character 16 (\"X\") should be a digit"_s;
    QTest::newRow("last Y") << u"11010519491231002Y"_s
                            << u"last character (\"Y\") should be a digit or X"_s;
    QTest::newRow("last dash") << u"11010519491231002-"_s
                               << u"last character (\"-\") should be a digit or X"_s;
    QTest::newRow("area 000000") << u"000000194912310027"_s << u"area code 000000 is not valid"_s;
    QTest::newRow("area 012345") << u"01234519491231002X"_s << u"area code 012345 is not valid"_s;
    QTest::newRow("month 13") << u"371312198513010013"_s
                              << u"birth date 19851301 is not a real date"_s;
    QTest::newRow("month 00") << u"371312198500010014"_s
                              << u"birth date 19850001 is not a real date"_s;
    QTest::newRow("day 00") << u"371312198501000014"_s
                            << u"birth date 19850100 is not a real date"_s;
    QTest::newRow("1900 not leap")
        << u"371312190002290010"_s << u"birth date 19000229 is not a real date"_s;
    QTest::newRow("30 February") << u"371312202402300017"_s
                                 << u"birth date 20240230 is not a real date"_s;
    QTest::newRow("year 0000") << u"371312000001010014"_s
                               << u"birth date 00000101 is not a real date"_s;
    QTest::newRow("before 1800") << u"37131217991231001X"_s << u"birth year 1799 is before 1800"_s;
    QTest::newRow("far future") << u"371312209901010016"_s
                                << u"birth date 2099-01-01 is in the future"_s;
    QTest::newRow("tomorrow") << u"371312202406020012"_s
                              << u"birth date 2024-06-02 is in the future"_s;
    QTest::newRow("check should be X")
        << u"110105194912310021"_s << u"check character should be X"_s;
    QTest::newRow("check should be 4")
        << u"440524188001010015"_s << u"check character should be 4"_s;
    QTest::newRow("check should be 6")
        << u"371312198503120017"_s << u"check character should be 6"_s;
    QTest::newRow("check should be 0")
        << u"37131219700101009X"_s << u"check character should be 0"_s;
    QTest::newRow("swapped digits") << u"371312198503120106"_s << u"check character should be 4"_s;
}

void TestIdNumber::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, message);

    const Result<IdNumberInfo> r = IdNumber::parse(input, today);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, message);
    QVERIFY(r.error().where.isEmpty());
}

void TestIdNumber::todayIsNotFuture()
{
    // The default "today" is the clock's: a number born today is valid, one
    // born tomorrow is not.
    const QDate now = QDate::currentDate();
    const QString first17 = u"371312"_s + now.toString(u"yyyyMMdd"_s) + u"001"_s;
    QVERIFY(IdNumber::parse(first17 + IdNumber::checkCharacter(first17)).ok());

    const QString tomorrow17 = u"371312"_s + now.addDays(1).toString(u"yyyyMMdd"_s) + u"001"_s;
    const Result<IdNumberInfo> r =
        IdNumber::parse(tomorrow17 + IdNumber::checkCharacter(tomorrow17));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"is in the future"_s));
}

void TestIdNumber::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("X") << u"11010519491231002"_s << QChar(u'X');
    QTest::newRow("4") << u"44052418800101001"_s << QChar(u'4');
    QTest::newRow("0") << u"37131219700101009"_s << QChar(u'0');
    QTest::newRow("1") << u"37131219700101003"_s << QChar(u'1');
    QTest::newRow("2") << u"37131219700101008"_s << QChar(u'2');
    QTest::newRow("3") << u"37131219700101002"_s << QChar(u'3');
    QTest::newRow("5") << u"37131219700101001"_s << QChar(u'5');
    QTest::newRow("6") << u"37131219850312001"_s << QChar(u'6');
    QTest::newRow("7") << u"37131219700101019"_s << QChar(u'7');
    QTest::newRow("8") << u"37131219700101005"_s << QChar(u'8');
    QTest::newRow("9") << u"37131219700101018"_s << QChar(u'9');
    QTest::newRow("too short") << u"1234"_s << QChar();
    QTest::newRow("too long") << u"110105194912310021"_s << QChar();
    QTest::newRow("not digits") << u"1101051949123100A"_s << QChar();
}

void TestIdNumber::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(IdNumber::checkCharacter(first17), expected);
}

void TestIdNumber::mask_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");

    QTest::newRow("reference example") << u"371312198503120016"_s << u"371312********0016"_s;
    QTest::newRow("X") << u"11010519491231002X"_s << u"110105********002X"_s;
    QTest::newRow("lower-case x") << u"11010519491231002x"_s << u"110105********002X"_s;
    QTest::newRow("spaces") << u" 440524188001010014 "_s << u"440524********0014"_s;
    QTest::newRow("15 digits") << u"110105491231002"_s << u"***********1002"_s;
    QTest::newRow("5 characters") << u"12345"_s << u"*2345"_s;
    QTest::newRow("4 characters") << u"1234"_s << u"****"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestIdNumber::mask()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(IdNumber::mask(input), masked);
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"

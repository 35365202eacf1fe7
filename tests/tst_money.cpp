// Money: strict parsing with a reason for every rejection, display with
// separators, and Chinese capitals (人民币大写) both ways. The capitals follow
// the central bank's rules and published examples in shared/reference/README.md.
#include "money.h"

#include <limits>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void toString_data();
    void toString();
    void stringRoundTrip();
    void arithmetic();
    void capitals_data();
    void capitals();
    void capitalsRoundTripSweep();
    void parseCapitalsAlternatives_data();
    void parseCapitalsAlternatives();
    void parseCapitalsInvalid_data();
    void parseCapitalsInvalid();
};

namespace {

constexpr qint64 yuan(qint64 y)
{
    return y * 100;
}

} // namespace

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("grouped, 2 decimals") << u"1,234.50"_s << qint64(123450);
    QTest::newRow("1 decimal") << u"1234.5"_s << qint64(123450);
    QTest::newRow("yen sign") << u"¥1234"_s << qint64(123400);
    QTest::newRow("full-width yen, grouped") << u"￥1,234.00"_s << qint64(123400);
    QTest::newRow("negative") << u"-12.30"_s << qint64(-1230);
    QTest::newRow("negative before sign") << u"-¥12.30"_s << qint64(-1230);
    QTest::newRow("negative after sign") << u"¥-12.30"_s << qint64(-1230);
    QTest::newRow("space after sign") << u"¥ 1,234.5"_s << qint64(123450);
    QTest::newRow("spaces around") << u"  88  "_s << qint64(8800);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("zero with decimals") << u"0.00"_s << qint64(0);
    QTest::newRow("negative zero") << u"-0"_s << qint64(0);
    QTest::newRow("five fen") << u"0.05"_s << qint64(5);
    QTest::newRow("half a yuan") << u"0.5"_s << qint64(50);
    QTest::newRow("plain") << u"999"_s << qint64(99900);
    QTest::newRow("millions") << u"1,234,567.89"_s << qint64(123456789);
    QTest::newRow("three-digit first group") << u"123,456"_s << qint64(12345600);
    QTest::newRow("full-width digits") << u"１２３４.５"_s << qint64(123450);
    QTest::newRow("full-width comma and point") << u"１，２３４．５０"_s << qint64(123450);
    QTest::newRow("maximum") << u"10000000000000"_s << yuan(Money::maxYuan);
    QTest::newRow("maximum grouped") << u"10,000,000,000,000.00"_s << yuan(Money::maxYuan);
    QTest::newRow("minimum") << u"-10000000000000"_s << -yuan(Money::maxYuan);
    QTest::newRow("just under maximum") << u"9999999999999.99"_s << yuan(Money::maxYuan) - 1;
}

void TestMoney::parseValid()
{
    QFETCH(QString, input);
    QFETCH(qint64, fen);

    const Result<Money> r = Money::parse(input);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->fen(), fen);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString empty = u"amount is empty"_s;
    const QString noDigits = u"amount has no digits"_s;
    const QString decimals = u"amount has more than two decimal places"_s;
    const QString tooLarge = u"amount is too large (at most 10,000,000,000,000 yuan)"_s;
    const QString leadingZero = u"amount should not start with 0 (write 123.00, not 0123.00)"_s;
    const auto letters = [](const QString &c) {
        return u"letters are not allowed in an amount (\"%1\")"_s.arg(c);
    };
    const auto unexpected = [](const QString &c) {
        return u"unexpected character \"%1\" in the amount"_s.arg(c);
    };
    const auto misplaced = [](const QString &part) {
        return u"thousands separators in \"%1\" are misplaced (write 1,234,567.00)"_s.arg(part);
    };

    QTest::newRow("empty") << QString() << empty;
    QTest::newRow("blank") << u"   "_s << empty;
    QTest::newRow("3 decimals") << u"12.345"_s << decimals;
    QTest::newRow("4 decimals, grouped") << u"1,234.5678"_s << decimals;
    QTest::newRow("trailing letter") << u"12a"_s << letters(u"a"_s);
    QTest::newRow("only letters") << u"abc"_s << letters(u"a"_s);
    QTest::newRow("exponent") << u"1e5"_s << letters(u"e"_s);
    QTest::newRow("currency word") << u"12 yuan"_s << unexpected(u" "_s);
    QTest::newRow("Chinese number") << u"十块"_s << letters(u"十"_s);
    QTest::newRow("bare point") << u"."_s << noDigits;
    QTest::newRow("bare sign") << u"¥"_s << noDigits;
    QTest::newRow("bare minus") << u"-"_s << noDigits;
    QTest::newRow("only comma") << u","_s << noDigits;
    QTest::newRow("1,23.00") << u"1,23.00"_s << misplaced(u"1,23"_s);
    QTest::newRow("12,34") << u"12,34"_s << misplaced(u"12,34"_s);
    QTest::newRow("leading comma") << u",123"_s << misplaced(u",123"_s);
    QTest::newRow("first group of 4") << u"1234,567"_s << misplaced(u"1234,567"_s);
    QTest::newRow("double comma") << u"1,,234"_s << misplaced(u"1,,234"_s);
    QTest::newRow("trailing comma") << u"123,"_s << misplaced(u"123,"_s);
    QTest::newRow("group of 4 later") << u"1,2345"_s << misplaced(u"1,2345"_s);
    QTest::newRow("1.2.3") << u"1.2.3"_s << u"amount has more than one decimal point"_s;
    QTest::newRow("no digit before point")
        << u".5"_s << u"write a digit before the decimal point (for example 0.50)"_s;
    QTest::newRow("no digit after point")
        << u"5."_s << u"write the digits after the decimal point, or leave the decimal point out"_s;
    QTest::newRow("comma after point")
        << u"1.2,3"_s << u"thousands separators are only allowed before the decimal point"_s;
    QTest::newRow("leading zero") << u"0123"_s << leadingZero;
    QTest::newRow("leading zeros with point") << u"00.50"_s << leadingZero;
    QTest::newRow("leading zero grouped") << u"0,123"_s << leadingZero;
    QTest::newRow("over maximum by a fen") << u"10000000000000.01"_s << tooLarge;
    QTest::newRow("over maximum by a yuan") << u"-10000000000001"_s << tooLarge;
    QTest::newRow("beyond qint64") << u"99999999999999999999"_s << tooLarge;
    QTest::newRow("double minus") << u"--5"_s << unexpected(u"-"_s);
    QTest::newRow("minus in the middle") << u"5-3"_s << unexpected(u"-"_s);
    QTest::newRow("plus") << u"+5"_s << unexpected(u"+"_s);
    QTest::newRow("space inside") << u"1 234"_s << unexpected(u" "_s);
    QTest::newRow("ideographic full stop") << u"12。50"_s << unexpected(u"。"_s);
    QTest::newRow("two yen signs") << u"¥¥12"_s << unexpected(u"¥"_s);
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, message);

    const Result<Money> r = Money::parse(input);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? QString::number(r->fen()) : QString()));
    QCOMPARE(r.error().message, message);
}

void TestMoney::toString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("withSymbol");

    QTest::newRow("zero") << qint64(0) << u"0.00"_s << u"¥0.00"_s;
    QTest::newRow("five fen") << qint64(5) << u"0.05"_s << u"¥0.05"_s;
    QTest::newRow("half") << qint64(50) << u"0.50"_s << u"¥0.50"_s;
    QTest::newRow("999.99") << qint64(99999) << u"999.99"_s << u"¥999.99"_s;
    QTest::newRow("1,000.00") << qint64(100000) << u"1,000.00"_s << u"¥1,000.00"_s;
    QTest::newRow("1,234.50") << qint64(123450) << u"1,234.50"_s << u"¥1,234.50"_s;
    QTest::newRow("negative") << qint64(-1230) << u"-12.30"_s << u"-¥12.30"_s;
    QTest::newRow("negative grouped")
        << qint64(-123456789) << u"-1,234,567.89"_s << u"-¥1,234,567.89"_s;
    QTest::newRow("maximum") << yuan(Money::maxYuan) << u"10,000,000,000,000.00"_s
                             << u"¥10,000,000,000,000.00"_s;
    QTest::newRow("qint64 minimum")
        << std::numeric_limits<qint64>::min() << u"-92,233,720,368,547,758.08"_s
        << u"-¥92,233,720,368,547,758.08"_s;
}

void TestMoney::toString()
{
    QFETCH(qint64, fen);
    QFETCH(QString, plain);
    QFETCH(QString, withSymbol);

    QCOMPARE(Money::fromFen(fen).toString(), plain);
    QCOMPARE(Money::fromFen(fen).toStringWithSymbol(), withSymbol);
}

void TestMoney::stringRoundTrip()
{
    QRandomGenerator random(20240601);
    for (int i = 0; i < 2000; ++i) {
        const qint64 fen = random.bounded(qint64(-yuan(Money::maxYuan)), yuan(Money::maxYuan));
        const Money m = Money::fromFen(fen);
        const Result<Money> plain = Money::parse(m.toString());
        QVERIFY2(plain.ok() && plain.value() == m, qPrintable(m.toString()));
        const Result<Money> symbol = Money::parse(m.toStringWithSymbol());
        QVERIFY2(symbol.ok() && symbol.value() == m, qPrintable(m.toStringWithSymbol()));
    }
}

void TestMoney::arithmetic()
{
    Money total = Money::fromYuan(12);
    total += Money::fromFen(34);
    QCOMPARE(total.fen(), qint64(1234));
    total -= Money::fromFen(1300);
    QCOMPARE(total.fen(), qint64(-66));
    QCOMPARE((-total).fen(), qint64(66));
    QVERIFY(Money::fromFen(1) > Money::fromFen(0));
    QCOMPARE(Money::fromYuan(3) + Money::fromFen(5) - Money::fromFen(105), Money::fromYuan(2));
}

void TestMoney::capitals_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("capitals");

    // Published examples (shared/reference/README.md).
    QTest::newRow("1409.50") << qint64(140950) << u"人民币壹仟肆佰零玖元伍角"_s;
    QTest::newRow("6007.14") << qint64(600714) << u"人民币陆仟零柒元壹角肆分"_s;
    QTest::newRow("325.04") << qint64(32504) << u"人民币叁佰贰拾伍元零肆分"_s;
    // Optional 零 not written (our documented choice).
    QTest::newRow("1680.32") << qint64(168032) << u"人民币壹仟陆佰捌拾元叁角贰分"_s;
    QTest::newRow("107000.53") << qint64(10700053) << u"人民币壹拾万柒仟元伍角叁分"_s;
    QTest::newRow("1000.50") << qint64(100050) << u"人民币壹仟元伍角"_s;
    QTest::newRow("10.10") << qint64(1010) << u"人民币壹拾元壹角"_s;
    QTest::newRow("1007000") << yuan(1007000) << u"人民币壹佰万柒仟元整"_s;
    QTest::newRow("100001000") << yuan(100001000) << u"人民币壹亿壹仟元整"_s;
    QTest::newRow("1050000000") << yuan(1050000000) << u"人民币壹拾亿伍仟万元整"_s;
    // 角 is 0 and 分 is not: 零 after 元 is required.
    QTest::newRow("16409.02") << qint64(1640902) << u"人民币壹万陆仟肆佰零玖元零贰分"_s;
    QTest::newRow("1000.05") << qint64(100005) << u"人民币壹仟元零伍分"_s;
    QTest::newRow("200.01") << qint64(20001) << u"人民币贰佰元零壹分"_s;
    // Zeros and 整.
    QTest::newRow("zero") << qint64(0) << u"人民币零元整"_s;
    QTest::newRow("0.50") << qint64(50) << u"人民币伍角"_s;
    QTest::newRow("0.05") << qint64(5) << u"人民币伍分"_s;
    QTest::newRow("0.55") << qint64(55) << u"人民币伍角伍分"_s;
    QTest::newRow("1") << yuan(1) << u"人民币壹元整"_s;
    QTest::newRow("10 keeps 壹") << yuan(10) << u"人民币壹拾元整"_s;
    QTest::newRow("15") << yuan(15) << u"人民币壹拾伍元整"_s;
    QTest::newRow("110") << yuan(110) << u"人民币壹佰壹拾元整"_s;
    QTest::newRow("1001") << yuan(1001) << u"人民币壹仟零壹元整"_s;
    QTest::newRow("1010") << yuan(1010) << u"人民币壹仟零壹拾元整"_s;
    QTest::newRow("10000") << yuan(10000) << u"人民币壹万元整"_s;
    QTest::newRow("100000") << yuan(100000) << u"人民币壹拾万元整"_s;
    QTest::newRow("1000100") << yuan(1000100) << u"人民币壹佰万零壹佰元整"_s;
    QTest::newRow("10050000") << yuan(10050000) << u"人民币壹仟零伍万元整"_s;
    QTest::newRow("100000001") << yuan(100000001) << u"人民币壹亿零壹元整"_s;
    QTest::newRow("100010000") << yuan(100010000) << u"人民币壹亿零壹万元整"_s;
    QTest::newRow("101000000") << yuan(101000000) << u"人民币壹亿零壹佰万元整"_s;
    QTest::newRow("110000000") << yuan(110000000) << u"人民币壹亿壹仟万元整"_s;
    QTest::newRow("10^12") << yuan(1000000000000) << u"人民币壹万亿元整"_s;
    QTest::newRow("10^12 + 5") << yuan(1000000000005) << u"人民币壹万亿零伍元整"_s;
    QTest::newRow("10001 亿") << yuan(1000100000000) << u"人民币壹万零壹亿元整"_s;
    QTest::newRow("maximum") << yuan(Money::maxYuan) << u"人民币壹拾万亿元整"_s;
    QTest::newRow("all sections")
        << qint64(123456789012345)
        << u"人民币壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分"_s;
    QTest::newRow("negative") << yuan(-1) << u"人民币负壹元整"_s;
    QTest::newRow("negative with fen") << qint64(-32504) << u"人民币负叁佰贰拾伍元零肆分"_s;
}

void TestMoney::capitals()
{
    QFETCH(qint64, fen);
    QFETCH(QString, capitals);

    QCOMPARE(Money::fromFen(fen).toCapitals(), capitals);
    const Result<Money> back = Money::parseCapitals(capitals);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->fen(), fen);
}

void TestMoney::capitalsRoundTripSweep()
{
    // Every amount up to 10,000.00 with a stride that visits all digit and
    // zero patterns of the lower places, then random amounts across the range.
    for (qint64 fen = 0; fen <= 1000000; fen += 7) {
        const QString text = Money::fromFen(fen).toCapitals();
        const Result<Money> back = Money::parseCapitals(text);
        QVERIFY2(back.ok() && back->fen() == fen, qPrintable(text));
    }
    QRandomGenerator random(1409);
    for (int i = 0; i < 20000; ++i) {
        // Random digits with many zeros, so that runs of zeros cross 万 and 亿.
        qint64 fen = 0;
        const int digits = int(random.bounded(1, 16));
        for (int d = 0; d < digits; ++d)
            fen = fen * 10 + (random.bounded(3) == 0 ? random.bounded(1, 10) : 0);
        const QString text = Money::fromFen(fen).toCapitals();
        const Result<Money> back = Money::parseCapitals(text);
        QVERIFY2(back.ok() && back->fen() == fen, qPrintable(QString::number(fen) + u' ' + text));
    }
}

void TestMoney::parseCapitalsAlternatives_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("零 before 角 written") << u"人民币壹仟陆佰捌拾元零叁角贰分"_s << qint64(168032);
    QTest::newRow("no prefix") << u"壹仟陆佰捌拾元叁角贰分"_s << qint64(168032);
    QTest::newRow("零 at 万, published") << u"人民币壹拾万零柒仟元伍角叁分"_s << qint64(10700053);
    QTest::newRow("零 before 角, published")
        << u"人民币壹拾万柒仟元零伍角叁分"_s << qint64(10700053);
    QTest::newRow("both optional 零") << u"壹拾万零柒仟元零伍角叁分"_s << qint64(10700053);
    QTest::newRow("零 at 亿") << u"人民币壹亿零壹仟元整"_s << yuan(100001000);
    QTest::newRow("零 at 万 before 仟") << u"人民币壹佰万零柒仟元整"_s << yuan(1007000);
    QTest::newRow("正 for 整") << u"人民币壹元正"_s << yuan(1);
    QTest::newRow("整 left out") << u"壹元"_s << yuan(1);
    QTest::newRow("整 after 角") << u"人民币壹仟肆佰零玖元伍角整"_s << qint64(140950);
    QTest::newRow("正 after 角") << u"壹仟肆佰零玖元伍角正"_s << qint64(140950);
    QTest::newRow("圆 for 元") << u"壹拾圆整"_s << yuan(10);
    QTest::newRow("零元 before 角") << u"人民币零元伍角"_s << qint64(50);
    QTest::newRow("零元 left out") << u"零元"_s << qint64(0);
    QTest::newRow("负 before prefix") << u"负人民币壹元整"_s << yuan(-1);
    QTest::newRow("spaces") << u" 人民币 壹仟 元整 "_s << yuan(1000);
}

void TestMoney::parseCapitalsAlternatives()
{
    QFETCH(QString, input);
    QFETCH(qint64, fen);

    const Result<Money> r = Money::parseCapitals(input);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->fen(), fen);
}

void TestMoney::parseCapitalsInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const auto expected = [](const QString &input, const QString &canonical) {
        return u"\"%1\" is not written correctly; expected \"%2\""_s.arg(input, canonical);
    };
    const QString ending = u"amount in capitals should end with 元, 角 or 分 (and 整 after 元)"_s;

    QTest::newRow("empty") << QString() << u"amount in capitals is empty"_s;
    QTest::newRow("prefix only") << u"人民币"_s << u"amount in capitals is empty"_s;
    QTest::newRow("整 after 分") << u"壹元伍分整"_s << u"整 is never written after 分"_s;
    QTest::newRow("正 after 分") << u"叁佰贰拾伍元零肆分正"_s << u"整 is never written after 分"_s;
    QTest::newRow("整 twice") << u"壹佰元整整"_s << u"整 is written only after 元 or 角"_s;
    QTest::newRow("missing 零") << u"壹仟柒元整"_s << expected(u"壹仟柒元整"_s, u"壹仟零柒元整"_s);
    QTest::newRow("two 零") << u"壹仟零零柒元整"_s
                            << expected(u"壹仟零零柒元整"_s, u"壹仟零柒元整"_s);
    QTest::newRow("零 where none may be")
        << u"壹元零伍角"_s << expected(u"壹元零伍角"_s, u"壹元伍角"_s);
    QTest::newRow("missing 零 before 分")
        << u"叁佰贰拾伍元肆分"_s << expected(u"叁佰贰拾伍元肆分"_s, u"叁佰贰拾伍元零肆分"_s);
    QTest::newRow("units out of order")
        << u"壹佰壹仟元整"_s << expected(u"壹佰壹仟元整"_s, u"壹仟壹佰元整"_s);
    QTest::newRow("trailing 零") << u"壹拾零元整"_s << expected(u"壹拾零元整"_s, u"壹拾元整"_s);
    QTest::newRow("零 before 分 of 0.05")
        << u"人民币零伍分"_s << expected(u"人民币零伍分"_s, u"伍分"_s);
    QTest::newRow("拾 without 壹") << u"拾元整"_s << u"\"拾\" is not after a digit"_s;
    QTest::newRow("万 without digit") << u"万元整"_s << u"\"万\" is not after a digit"_s;
    QTest::newRow("two digits") << u"壹贰元整"_s
                                << u"\"贰\" follows another digit without a unit"_s;
    QTest::newRow("no 元") << u"壹仟贰"_s << ending;
    QTest::newRow("digit after 元") << u"壹仟元伍"_s << ending;
    QTest::newRow("units only") << u"壹佰"_s << ending;
    QTest::newRow("no digits") << u"元整"_s << u"amount in capitals has no digits"_s;
    QTest::newRow("lower-case numerals")
        << u"一千元整"_s << u"\"一\" is not a capital digit or unit"_s;
    QTest::newRow("整 in the middle")
        << u"壹元整伍角"_s << u"\"整\" is not a capital digit or unit"_s;
    QTest::newRow("元 after 角") << u"伍角元"_s << u"\"元\" is misplaced"_s;
    QTest::newRow("角 twice") << u"伍角伍角"_s << u"\"角\" is misplaced"_s;
    QTest::newRow("角 without 元") << u"壹佰伍角"_s << u"\"角\" is misplaced"_s;
    QTest::newRow("分 before 角") << u"壹元伍分伍角"_s << u"\"角\" is misplaced"_s;
    QTest::newRow("亿 twice") << u"壹亿壹亿元整"_s << u"\"亿\" is misplaced"_s;
    QTest::newRow("too large") << u"壹拾万亿零壹元整"_s << u"amount is too large"_s;
    QTest::newRow("too long") << QString(70, u'壹') << u"amount in capitals is too long"_s;
}

void TestMoney::parseCapitalsInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, message);

    const Result<Money> r = Money::parseCapitals(input);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? QString::number(r->fen()) : QString()));
    QCOMPARE(r.error().message, message);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"

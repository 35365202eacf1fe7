// Pinyin of names through ICU's Han-Latin/Names (readings as ICU 72 gives
// them, checked by hand) and search-box matching.
#include "pinyin.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPinyin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void name_data();
    void name();
    void matches_data();
    void matches();
    void manyNames();

private:
    std::unique_ptr<Pinyin> m_pinyin;
};

void TestPinyin::initTestCase()
{
    m_pinyin = std::make_unique<Pinyin>();
    QVERIFY2(m_pinyin->isValid(), "ICU has no Han-Latin/Names transliterator");
}

void TestPinyin::name_data()
{
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");

    QTest::newRow("张涛") << u"张涛"_s << u"zhang tao"_s << u"zt"_s;
    QTest::newRow("李秀英") << u"李秀英"_s << u"li xiu ying"_s << u"lxy"_s;
    // Surname readings (the issue requires 单 and 曾).
    QTest::newRow("单 shan") << u"单雄信"_s << u"shan xiong xin"_s << u"sxx"_s;
    QTest::newRow("曾 zeng") << u"曾国藩"_s << u"zeng guo fan"_s << u"zgf"_s;
    QTest::newRow("解 xie") << u"解缙"_s << u"xie jin"_s << u"xj"_s;
    QTest::newRow("区 ou") << u"区伟"_s << u"ou wei"_s << u"ow"_s;
    QTest::newRow("仇 qiu") << u"仇英"_s << u"qiu ying"_s << u"qy"_s;
    QTest::newRow("查 zha") << u"查良镛"_s << u"zha liang yong"_s << u"zly"_s;
    QTest::newRow("乐 yue") << u"乐嘉"_s << u"yue jia"_s << u"yj"_s;
    QTest::newRow("翟 zhai") << u"翟志刚"_s << u"zhai zhi gang"_s << u"zzg"_s;
    QTest::newRow("单 alone") << u"单"_s << u"shan"_s << u"s"_s;
    // Only the surname position gets the surname reading.
    QTest::newRow("单 in given name") << u"王单"_s << u"wang dan"_s << u"wd"_s;
    QTest::newRow("单单") << u"单单"_s << u"shan dan"_s << u"sd"_s;
    // Compound surnames.
    QTest::newRow("欧阳") << u"欧阳修"_s << u"ou yang xiu"_s << u"oyx"_s;
    QTest::newRow("尉迟") << u"尉迟恭"_s << u"yu chi gong"_s << u"ycg"_s;
    QTest::newRow("诸葛") << u"诸葛亮"_s << u"zhu ge liang"_s << u"zgl"_s;
    // ü loses its dots.
    QTest::newRow("吕") << u"吕布"_s << u"lu bu"_s << u"lb"_s;
    QTest::newRow("女") << u"女娲"_s << u"nu wa"_s << u"nw"_s;
    QTest::newRow("traditional") << u"張濤"_s << u"zhang tao"_s << u"zt"_s;
    QTest::newRow("middle dot") << u"阿依古丽·买买提"_s << u"a yi gu li mai mai ti"_s
                                << u"ayglmmt"_s;
    QTest::newRow("spaces") << u"  张 涛 "_s << u"zhang tao"_s << u"zt"_s;
    QTest::newRow("Latin") << u"Tom张"_s << u"tom zhang"_s << u"tz"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestPinyin::name()
{
    QFETCH(QString, chinese);
    QFETCH(QString, full);
    QFETCH(QString, initials);

    const PinyinName p = m_pinyin->name(chinese);
    QCOMPARE(p.full, full);
    QCOMPARE(p.initials, initials);
}

void TestPinyin::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<bool>("found");

    const QString zt = u"张涛"_s;
    QTest::newRow("zt") << u"zt"_s << zt << true;
    QTest::newRow("ZT") << u"ZT"_s << zt << true;
    QTest::newRow("zhangt") << u"zhangt"_s << zt << true;
    QTest::newRow("zhang t") << u"zhang t"_s << zt << true;
    QTest::newRow("zhang tao") << u"zhang tao"_s << zt << true;
    QTest::newRow("zhangtao") << u"zhangtao"_s << zt << true;
    QTest::newRow("Zhang Tao") << u"Zhang Tao"_s << zt << true;
    QTest::newRow("zhta") << u"zhta"_s << zt << true;
    QTest::newRow("z") << u"z"_s << zt << true;
    QTest::newRow("zhan") << u"zhan"_s << zt << true;
    QTest::newRow("given name tao") << u"tao"_s << zt << true;
    QTest::newRow("spaces around") << u"  zt  "_s << zt << true;
    QTest::newRow("张") << u"张"_s << zt << true;
    QTest::newRow("涛") << u"涛"_s << zt << true;
    QTest::newRow("张涛") << u"张涛"_s << zt << true;
    QTest::newRow("empty") << QString() << zt << true;
    QTest::newRow("blank") << u"   "_s << zt << true;
    QTest::newRow("zx") << u"zx"_s << zt << false;
    QTest::newRow("zhangx") << u"zhangx"_s << zt << false;
    QTest::newRow("zhang x") << u"zhang x"_s << zt << false;
    QTest::newRow("ztt") << u"ztt"_s << zt << false;
    QTest::newRow("zhangtaox") << u"zhangtaox"_s << zt << false;
    QTest::newRow("tz reversed") << u"tz"_s << zt << false;
    QTest::newRow("inside a syllable") << u"ang"_s << zt << false;
    QTest::newRow("a") << u"a"_s << zt << false;
    QTest::newRow("李") << u"李"_s << zt << false;
    QTest::newRow("张三") << u"张三"_s << zt << false;
    QTest::newRow("digits") << u"12"_s << zt << false;
    // Surname readings.
    QTest::newRow("shan finds 单") << u"shan"_s << u"单雄信"_s << true;
    QTest::newRow("sxx") << u"sxx"_s << u"单雄信"_s << true;
    QTest::newRow("dan misses 单") << u"dan"_s << u"单雄信"_s << false;
    QTest::newRow("zeng finds 曾") << u"zeng"_s << u"曾国藩"_s << true;
    QTest::newRow("ceng misses 曾") << u"ceng"_s << u"曾国藩"_s << false;
    QTest::newRow("xie j") << u"xie j"_s << u"解缙"_s << true;
    QTest::newRow("ouyang") << u"ouyang"_s << u"欧阳修"_s << true;
    QTest::newRow("oyx") << u"oyx"_s << u"欧阳修"_s << true;
    // ü typed as v or u.
    QTest::newRow("lv") << u"lv"_s << u"吕布"_s << true;
    QTest::newRow("lvbu") << u"lvbu"_s << u"吕布"_s << true;
    QTest::newRow("lubu") << u"lubu"_s << u"吕布"_s << true;
    // Apostrophes separate syllables.
    QTest::newRow("xi'an") << u"xi'an"_s << u"西安"_s << true;
    QTest::newRow("xian") << u"xian"_s << u"西安"_s << true;
    // Longer names and later syllables.
    QTest::newRow("aygl") << u"aygl"_s << u"阿依古丽·买买提"_s << true;
    QTest::newRow("maimaiti") << u"maimaiti"_s << u"阿依古丽·买买提"_s << true;
    QTest::newRow("买买提") << u"买买提"_s << u"阿依古丽·买买提"_s << true;
    QTest::newRow("xiuying") << u"xiuying"_s << u"李秀英"_s << true;
    QTest::newRow("lxy") << u"lxy"_s << u"李秀英"_s << true;
    QTest::newRow("lxyz") << u"lxyz"_s << u"李秀英"_s << false;
}

void TestPinyin::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, chinese);
    QFETCH(bool, found);

    QCOMPARE(Pinyin::matches(query, chinese, m_pinyin->name(chinese)), found);
}

void TestPinyin::manyNames()
{
    // 175,000 names (the size of a large district's register), searched three
    // ways. The counts are known from how the list is built.
    const QStringList surnames = {u"张"_s, u"王"_s, u"李"_s, u"赵"_s, u"单"_s};
    const QStringList given = {u"涛"_s, u"秀英"_s, u"伟"_s, u"芳"_s, u"建国"_s, u"天"_s, u"婷"_s};
    struct Entry
    {
        QString name;
        PinyinName pinyin;
    };
    std::vector<Entry> distinct;
    for (const QString &s : surnames) {
        for (const QString &g : given)
            distinct.push_back({s + g, m_pinyin->name(s + g)});
    }
    constexpr int total = 175000; // a multiple of the 35 distinct names
    QCOMPARE(total % int(distinct.size()), 0);
    const int copies = total / int(distinct.size());

    QElapsedTimer timer;
    timer.start();
    int zt = 0, shan = 0, ting = 0;
    for (int i = 0; i < total; ++i) {
        const Entry &e = distinct[size_t(i) % distinct.size()];
        zt += Pinyin::matches(u"zt"_s, e.name, e.pinyin);
        shan += Pinyin::matches(u"shan"_s, e.name, e.pinyin);
        ting += Pinyin::matches(u"ting"_s, e.name, e.pinyin);
    }
    qInfo("3 x %d matches() calls took %lld ms", total, qlonglong(timer.elapsed()));
    // zt: 张涛, 张天, 张婷, 赵涛, 赵天, 赵婷; shan: the 7 names surnamed 单;
    // ting: the 5 names with 婷.
    QCOMPARE(zt, 6 * copies);
    QCOMPARE(shan, 7 * copies);
    QCOMPARE(ting, 5 * copies);
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"

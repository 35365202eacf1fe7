#include "demonames.h"

namespace {

QStringList words(QStringView text)
{
    QStringList list;
    for (QStringView word : text.split(u' ', Qt::SkipEmptyParts))
        list.append(word.toString());
    return list;
}

// Surnames with rough relative frequencies per 10,000 people, leaning towards
// Shandong (more 王, 张, 李, 刘, 孙, 于, 高 than the national figures).
struct WeightedSurname
{
    const char16_t *name;
    int weight;
};
constexpr WeightedSurname Surnames[] = {
    {u"王", 760}, {u"李", 720}, {u"张", 720}, {u"刘", 560}, {u"陈", 280}, {u"杨", 290},
    {u"赵", 230}, {u"黄", 110}, {u"周", 150}, {u"吴", 120}, {u"徐", 170}, {u"孙", 210},
    {u"朱", 130}, {u"马", 140}, {u"胡", 90},  {u"郭", 120}, {u"林", 50},  {u"何", 50},
    {u"高", 150}, {u"梁", 70},  {u"郑", 80},  {u"罗", 40},  {u"宋", 120}, {u"谢", 40},
    {u"唐", 50},  {u"韩", 90},  {u"曹", 80},  {u"许", 60},  {u"邓", 30},  {u"萧", 8},
    {u"冯", 70},  {u"曾", 12},  {u"程", 50},  {u"蔡", 30},  {u"彭", 30},  {u"潘", 30},
    {u"袁", 40},  {u"于", 110}, {u"董", 80},  {u"余", 15},  {u"苏", 40},  {u"叶", 15},
    {u"吕", 50},  {u"魏", 60},  {u"蒋", 25},  {u"田", 60},  {u"杜", 60},  {u"丁", 50},
    {u"沈", 20},  {u"姜", 80},  {u"范", 40},  {u"江", 15},  {u"傅", 20},  {u"钟", 12},
    {u"卢", 40},  {u"汪", 12},  {u"戴", 20},  {u"崔", 60},  {u"任", 50},  {u"陆", 12},
    {u"廖", 8},   {u"姚", 30},  {u"方", 25},  {u"金", 25},  {u"邱", 20},  {u"夏", 20},
    {u"谭", 12},  {u"韦", 8},   {u"贾", 40},  {u"邹", 20},  {u"石", 40},  {u"熊", 12},
    {u"孟", 50},  {u"秦", 30},  {u"阎", 25},  {u"薛", 30},  {u"侯", 30},  {u"雷", 12},
    {u"白", 25},  {u"龙", 8},   {u"段", 25},  {u"郝", 25},  {u"孔", 30},  {u"邵", 25},
    {u"史", 25},  {u"毛", 20},  {u"常", 25},  {u"万", 12},  {u"顾", 12},  {u"赖", 4},
    {u"武", 30},  {u"康", 20},  {u"贺", 15},  {u"严", 12},  {u"尹", 15},  {u"钱", 8},
    {u"施", 8},   {u"牛", 20},  {u"洪", 8},   {u"龚", 8},   {u"单", 12},
};

// Given names by the fashion of the birth decades: before 1965, 1965–1989, 1990 on.
constexpr const char16_t *MaleNames[] = {
    u"建国 建华 国庆 卫东 振华 志强 德胜 玉山 长春 树林 广田 永年 福生 立新 保国 金山 庆祥 学文 "
    u"明德 成 海 林 忠 义 勇 贵 德 富 福 全 德明 洪亮 宝山 文彬 连生",
    u"伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 波 斌 峰 亮 海涛 志刚 建军 晓东 立强 文斌 海波 "
    u"永强 卫国 红涛 振宇 庆华 宏伟 国强 俊峰 春雷 金龙 学军 新民 士杰 洪涛 传义",
    u"浩 宇 轩 博 鑫 睿 凯 子豪 浩然 宇轩 梓轩 俊杰 一鸣 子墨 浩宇 博文 家豪 明轩 文博 思远 "
    u"天佑 皓轩 晨阳 泽宇 嘉豪 梓豪 奕辰 锦程 昊天 子骞",
};
constexpr const char16_t *FemaleNames[] = {
    u"秀英 桂英 玉兰 桂兰 秀兰 凤英 淑珍 玉梅 秀珍 桂芳 素芬 翠花 兰英 玉珍 春梅 秀云 凤兰 "
    u"淑华 英 兰 芳 珍 桂荣 秀荣 玉芝 淑英",
    u"丽 静 敏 燕 艳 娟 霞 芳 红 玲 丽娟 秀梅 晓燕 海燕 红梅 春燕 丽华 美玲 晓红 雪梅 翠萍 "
    u"秀丽 慧敏 玉洁 凤霞 晓丽 桂香 丽萍 艳红 金凤",
    u"婷 悦 琳 雪 萱 欣怡 子涵 雨涵 梓涵 诗涵 可馨 思琪 佳怡 雨桐 梦瑶 语桐 一诺 欣妍 若汐 "
    u"婉清 紫萱 晨曦 佳琪 晓雪 雅琪 诗雨 嘉欣 梓萱",
};

// Invented place-name stems; the demo marks every community it makes as invented.
constexpr const char16_t *CommunityStems =
    u"沂河 滨河 花园 光明 新华 和平 东兴 丰收 幸福 祥和 安居 东城 南坊 北园 翠湖 锦绣 青年 "
    u"府前 站前 桃园 柳青 兴华 文化 育才 金桥 银河 康乐 泰和 永安 广德 福泰 聚贤 春晖 绿洲 "
    u"明珠 龙湾 建设 振兴 前进 团结 惠民 怡景 丽苑 清河 书香 和谐 南湖 北城 西苑 东岳";
constexpr const char16_t *VillagePatterns =
    u"%1家庄 %1庄 %1官庄 前%1庄 后%1庄 东%1庄 西%1庄 %1家岭 %1家沟 %1家屯 %1家埠 %1家楼 "
    u"大%1庄 小%1庄 %1家湖 %1家洼 %1家圈";
constexpr const char16_t *VillageSurnames =
    u"王 李 张 刘 陈 杨 赵 孙 徐 高 宋 于 马 郭 韩 姜 董 朱 周 吴 崔 魏 田 杜 孟 孔 薛 侯 石 贾";

constexpr const char16_t *TradeNames =
    u"华盛 金源 宏达 恒信 泰和 顺发 新元 鑫诚 鲁南 沂蒙 瑞丰 永泰 广源 兴业 天成 联合 东方 "
    u"恒通 润达 九州";
constexpr const char16_t *Industries =
    u"纺织 物流 机械 食品 建材 木业 五金 商贸 电子 塑料 陶瓷 服装 家具 印刷 板材 包装";

constexpr const char16_t *Universities =
    u"临沂大学 山东师范大学 曲阜师范大学 青岛大学 山东农业大学 济南大学 山东理工大学 山东科技大学";
constexpr const char16_t *Colleges =
    u"临沂职业学院 临沂科技职业学院 山东医学高等专科学校 日照职业技术学院";
constexpr const char16_t *Hospitals =
    u"临沂市人民医院 临沂市中医医院 临沂市河东区人民医院 临沂市肿瘤医院 临沂市中心医院 "
    u"临沂市妇幼保健院 山东大学齐鲁医院";
constexpr const char16_t *Diagnoses =
    u"肺炎 腰椎间盘突出症 冠心病 脑梗死 急性阑尾炎 股骨颈骨折 2型糖尿病 高血压3级 "
    u"慢性阻塞性肺疾病急性加重 胆囊结石伴胆囊炎 乳腺癌术后化疗 肺癌 慢性肾衰竭（尿毒症期） "
    u"白内障 子宫肌瘤 胃癌 肝硬化失代偿期 急性心肌梗死 膝关节骨性关节炎";
constexpr const char16_t *MajorIllnesses =
    u"尿毒症 肺癌 乳腺癌 胃癌 白血病 脑梗死后遗症 肝硬化 系统性红斑狼疮 再生障碍性贫血 重症肌无力 "
    u"帕金森病 股骨头坏死 冠心病（支架术后） 精神分裂症";

// Banks with a branch in the district and the card prefix (BIN) of their debit cards.
struct Bank
{
    const char16_t *name;
    const char *prefix;
};
constexpr Bank Banks[] = {
    {u"中国农业银行临沂河东支行", "622848"}, {u"中国工商银行临沂河东支行", "621226"},
    {u"中国建设银行临沂河东支行", "621700"}, {u"中国邮政储蓄银行临沂市河东区支行", "621799"},
    {u"临沂河东农村商业银行", "623166"},
};

int eraOf(int birthYear)
{
    return birthYear < 1965 ? 0 : birthYear < 1990 ? 1 : 2;
}

QString digits(DemoRandom &rng, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + int(rng.bounded(10))));
    return text;
}

} // namespace

DemoNames::DemoNames(QString areaCode)
    : m_areaCode(std::move(areaCode)), m_communityStems(words(CommunityStems)),
      m_villagePatterns(words(VillagePatterns)), m_villageSurnames(words(VillageSurnames)),
      m_tradeNames(words(TradeNames)), m_industries(words(Industries)),
      m_universities(words(Universities)), m_colleges(words(Colleges)),
      m_hospitals(words(Hospitals)), m_diagnoses(words(Diagnoses)),
      m_majorIllnesses(words(MajorIllnesses)),
      m_mobilePrefixes(words(u"130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 "
                             u"159 177 180 182 183 185 186 187 188 189 199")),
      m_numerals(words(u"一 二 三 四 五 六 七 八 九"))
{
    for (const auto &s : Surnames) {
        m_surnames.append(QString::fromUtf16(s.name));
        m_surnameWeights.append(s.weight);
    }
    for (const char16_t *list : MaleNames)
        m_maleNames.append(words(list));
    for (const char16_t *list : FemaleNames)
        m_femaleNames.append(words(list));
}

QString DemoNames::surname(DemoRandom &rng) const
{
    return m_surnames.at(rng.weighted(m_surnameWeights));
}

QString DemoNames::givenName(DemoRandom &rng, Sex sex, int birthYear) const
{
    return rng.pick((sex == Sex::Male ? m_maleNames : m_femaleNames).at(eraOf(birthYear)));
}

QString DemoNames::idNumber(DemoRandom &rng, const QDate &birth, Sex sex)
{
    const QString prefix = m_areaCode + birth.toString(QStringLiteral("yyyyMMdd"));
    while (true) {
        // Sequence numbers are odd for men and even for women.
        int sequence = int(rng.bounded(500)) * 2 + (sex == Sex::Male ? 1 : 0);
        if (sequence == 0)
            sequence = 2;
        const QString first17 =
            prefix + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        const QString number = first17 + IdNumber::checkCharacter(first17);
        if (!m_usedIds.contains(number)) {
            m_usedIds.insert(number);
            return number;
        }
    }
}

QString DemoNames::mobile(DemoRandom &rng) const
{
    return rng.pick(m_mobilePrefixes) + digits(rng, 8);
}

DemoBankAccount DemoNames::bankAccount(DemoRandom &rng) const
{
    const Bank &bank = Banks[rng.bounded(std::size(Banks))];
    const QString body = QLatin1String(bank.prefix) + digits(rng, 12);
    return {QString::fromUtf16(bank.name), body + luhnCheckDigit(body)};
}

QString DemoNames::communityName(DemoRandom &rng, bool village)
{
    // The stem lists allow hundreds of names; a district's worth is a few dozen.
    for (int attempt = 0; attempt < 10000; ++attempt) {
        const QString name = village
                                 ? rng.pick(m_villagePatterns).arg(rng.pick(m_villageSurnames)) +
                                       QStringLiteral("村")
                                 : rng.pick(m_communityStems) + QStringLiteral("社区");
        if (!m_usedPlaces.contains(name)) {
            m_usedPlaces.insert(name);
            return name;
        }
    }
    // Unreachable with the lists above and a district's worth of places; a
    // number keeps names unique even so.
    const QString name = (village ? QStringLiteral("新建%1村") : QStringLiteral("新建%1社区"))
                             .arg(m_usedPlaces.size());
    m_usedPlaces.insert(name);
    return name;
}

QString DemoNames::workUnit(DemoRandom &rng) const
{
    const QString city = rng.percent(60) ? QStringLiteral("临沂") : QStringLiteral("河东区");
    return city + rng.pick(m_tradeNames) + rng.pick(m_industries) + QStringLiteral("有限公司");
}

QString DemoNames::school(DemoRandom &rng, const QString &stage, const QString &divisionName) const
{
    QString place = divisionName;
    if (place.endsWith(QStringLiteral("街道")))
        place.chop(2);
    else if (place.endsWith(u'镇'))
        place.chop(1);
    if (stage == QLatin1String("preschool"))
        return place + QStringLiteral("中心幼儿园");
    if (stage == QLatin1String("primary"))
        return rng.percent(60) ? place + QStringLiteral("中心小学")
                               : QStringLiteral("河东区第%1实验小学").arg(rng.pick(m_numerals));
    if (stage == QLatin1String("junior"))
        return QStringLiteral("河东区第%1中学").arg(rng.pick(m_numerals));
    if (stage == QLatin1String("senior"))
        return QStringLiteral("临沂第%1中学").arg(rng.pick(m_numerals));
    if (stage == QLatin1String("vocational"))
        return QStringLiteral("临沂市河东区职业中等专业学校");
    if (stage == QLatin1String("college"))
        return rng.pick(m_colleges);
    return rng.pick(m_universities);
}

QString DemoNames::hospital(DemoRandom &rng) const
{
    return rng.pick(m_hospitals);
}

QString DemoNames::diagnosis(DemoRandom &rng) const
{
    return rng.pick(m_diagnoses);
}

QString DemoNames::majorIllness(DemoRandom &rng) const
{
    return rng.pick(m_majorIllnesses);
}

QChar luhnCheckDigit(const QString &digits)
{
    // Double every second digit from the right, counting the check digit to come.
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

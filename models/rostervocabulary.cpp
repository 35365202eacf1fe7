#include "rostervocabulary.h"

#include <QChar>

namespace {

struct Word
{
    const char16_t *text;
    const char *code;
    bool main; ///< Listed in error messages; the others are accepted variants.
};

// 与户主关系. The household register (户口簿) writes the precise relation
// (长子, 岳母); union rosters often write the group (子女, 岳父母).
constexpr Word Relationships[] = {
    {u"户主", "self", true},        {u"本人", "self", false},
    {u"配偶", "spouse", true},      {u"妻", "spouse", false},        {u"妻子", "spouse", false},
    {u"夫", "spouse", false},       {u"丈夫", "spouse", false},      {u"爱人", "spouse", false},
    {u"子女", "child", true},       {u"子", "child", false},         {u"女", "child", false},
    {u"儿子", "child", false},      {u"女儿", "child", false},       {u"长子", "child", false},
    {u"次子", "child", false},      {u"长女", "child", false},       {u"次女", "child", false},
    {u"独生子", "child", false},    {u"独生女", "child", false},     {u"养子", "child", false},
    {u"养女", "child", false},      {u"继子", "child", false},       {u"继女", "child", false},
    {u"父母", "parent", true},      {u"父亲", "parent", false},      {u"母亲", "parent", false},
    {u"父", "parent", false},       {u"母", "parent", false},
    {u"岳父母", "parent_in_law", true}, {u"公婆", "parent_in_law", true},
    {u"岳父", "parent_in_law", false},  {u"岳母", "parent_in_law", false},
    {u"公公", "parent_in_law", false},  {u"婆婆", "parent_in_law", false},
    {u"孙子女", "grandchild", true},    {u"孙子", "grandchild", false},
    {u"孙女", "grandchild", false},     {u"外孙子女", "grandchild", false},
    {u"外孙", "grandchild", false},     {u"外孙女", "grandchild", false},
    {u"祖父母", "grandparent", true},   {u"祖父", "grandparent", false},
    {u"祖母", "grandparent", false},    {u"外祖父母", "grandparent", false},
    {u"外祖父", "grandparent", false},  {u"外祖母", "grandparent", false},
    {u"兄弟姐妹", "sibling", true},     {u"兄", "sibling", false},       {u"弟", "sibling", false},
    {u"姐", "sibling", false},          {u"妹", "sibling", false},       {u"哥哥", "sibling", false},
    {u"弟弟", "sibling", false},        {u"姐姐", "sibling", false},     {u"妹妹", "sibling", false},
    {u"其他", "other", true},           {u"其它", "other", false},
};

// 健康状况: 重病 is a serious condition that is not one of the major illnesses
// (大病) that mutual-aid plans and the hardship rules name separately.
constexpr Word Health[] = {
    {u"健康", "healthy", true},         {u"良好", "healthy", false},     {u"正常", "healthy", false},
    {u"慢性病", "chronic", true},       {u"患慢性病", "chronic", false}, {u"长期慢性病", "chronic", false},
    {u"重病", "serious", true},         {u"患重病", "serious", false},   {u"体弱多病", "serious", false},
    {u"大病", "major_illness", true},   {u"重大疾病", "major_illness", false},
    {u"患大病", "major_illness", false},
};

// 残疾等级: grades of the disabled person's certificate (残疾人证), 一级 the most severe.
constexpr Word Disabilities[] = {
    {u"无", "none", true},       {u"否", "none", false},      {u"无残疾", "none", false},
    {u"健全", "none", false},
    {u"一级", "grade1", true},   {u"1级", "grade1", false},   {u"一级残疾", "grade1", false},
    {u"残疾一级", "grade1", false}, {u"1", "grade1", false},
    {u"二级", "grade2", true},   {u"2级", "grade2", false},   {u"二级残疾", "grade2", false},
    {u"残疾二级", "grade2", false}, {u"2", "grade2", false},
    {u"三级", "grade3", true},   {u"3级", "grade3", false},   {u"三级残疾", "grade3", false},
    {u"残疾三级", "grade3", false}, {u"3", "grade3", false},
    {u"四级", "grade4", true},   {u"4级", "grade4", false},   {u"四级残疾", "grade4", false},
    {u"残疾四级", "grade4", false}, {u"4", "grade4", false},
};

constexpr Word WorkStatuses[] = {
    {u"在职", "employed", true},      {u"就业", "employed", false},   {u"在岗", "employed", false},
    {u"务工", "employed", false},
    {u"灵活就业", "flexible", true},
    {u"失业", "unemployed", true},    {u"无业", "unemployed", false}, {u"待业", "unemployed", false},
    {u"退休", "retired", true},       {u"离退休", "retired", false},
    {u"在校", "student", true},       {u"学生", "student", false},    {u"在校生", "student", false},
    {u"在读", "student", false},
    {u"学龄前", "preschool", true},   {u"学龄前儿童", "preschool", false},
    {u"丧失劳动能力", "unable", true}, {u"无劳动能力", "unable", false},
    {u"务农", "farming", true},       {u"农业", "farming", false},
};

template <std::size_t N>
QString lookup(const Word (&words)[N], const QString &text)
{
    const QString key = RosterVocabulary::folded(text);
    if (key.isEmpty())
        return {};
    for (const Word &w : words) {
        if (key == QStringView(w.text) || key.compare(QLatin1String(w.code), Qt::CaseInsensitive) == 0)
            return QLatin1String(w.code);
    }
    return {};
}

template <std::size_t N>
QStringList mainWords(const Word (&words)[N])
{
    QStringList list;
    for (const Word &w : words) {
        if (w.main)
            list.append(QString::fromUtf16(w.text));
    }
    return list;
}

} // namespace

namespace RosterVocabulary {

QString folded(const QString &text)
{
    QString result;
    const QString normal = text.normalized(QString::NormalizationForm_KC);
    result.reserve(normal.size());
    for (const QChar c : normal) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QString relationship(const QString &text)
{
    return lookup(Relationships, text);
}

QString health(const QString &text)
{
    return lookup(Health, text);
}

QString disability(const QString &text)
{
    return lookup(Disabilities, text);
}

QString workStatus(const QString &text)
{
    return lookup(WorkStatuses, text);
}

QStringList relationshipWords()
{
    return mainWords(Relationships);
}

QStringList healthWords()
{
    return mainWords(Health);
}

QStringList disabilityWords()
{
    return mainWords(Disabilities);
}

QStringList workStatusWords()
{
    return mainWords(WorkStatuses);
}

} // namespace RosterVocabulary

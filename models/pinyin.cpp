// Pinyin of personal names through ICU, and the search-box matching on top.
#include "pinyin.h"

#include <QMutex>
#include <QMutexLocker>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace {

// ICU 72's CLDR "Han-Latin/Names" reads the first character of a name as a
// surname (单 shan, 曾 zeng, 解 xie, 区 ou, 仇 qiu, 尉迟 yu chi); Latin-ASCII
// drops the tone marks and ü (吕 → lu); Lower folds Latin input.
constexpr const char *transformId = "Han-Latin/Names; Latin-ASCII; Lower";

// Longest query (letters only) and most syllables matches() looks at; a name
// has a few syllables, and a query longer than any name cannot match.
constexpr qsizetype maxQuery = 128;
constexpr int maxSyllables = 32;

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c - u'A' + u'a') : c;
}

// One space between syllables, whatever separators the input or ICU left
// ("阿依古丽·买买提" gives "a yi gu li· mai mai ti").
PinyinName tidy(const QString &latin)
{
    PinyinName out;
    bool inToken = false;
    for (QChar c : latin) {
        if (c.isLetterOrNumber()) {
            if (!inToken) {
                if (!out.full.isEmpty())
                    out.full += u' ';
                out.initials += c.toLower();
                inToken = true;
            }
            out.full += c.toLower();
        } else {
            inToken = false;
        }
    }
    return out;
}

struct Syllables
{
    QStringView items[maxSyllables];
    int count = 0;
};

// Whether q[qi..] can be spelled by a prefix (at least one letter) of each of
// the syllables from si on, in order; the query may end inside a syllable.
bool matchFrom(QStringView q, qsizetype qi, const Syllables &syl, int si)
{
    if (qi == q.size())
        return true;
    if (si == syl.count)
        return false;
    const QStringView s = syl.items[si];
    qsizetype common = 0;
    while (common < s.size() && qi + common < q.size()) {
        const char16_t want = s[common].unicode();
        const char16_t got = q[qi + common].unicode();
        // 'v' stands for ü on Chinese keyboards ("lv" for 吕), which
        // Latin-ASCII has turned into 'u'.
        if (got != want && !(got == u'v' && want == u'u'))
            break;
        ++common;
    }
    for (qsizetype k = common; k >= 1; --k) {
        if (matchFrom(q, qi + k, syl, si + 1))
            return true;
    }
    return false;
}

} // namespace

struct Pinyin::Impl
{
    std::unique_ptr<icu::Transliterator> transliterator;
    // ICU documents transliterators as not safe for concurrent use.
    QMutex mutex;
};

Pinyin::Pinyin() : d(std::make_unique<Impl>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->transliterator.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(transformId), UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        d->transliterator.reset();
}

Pinyin::~Pinyin() = default;

bool Pinyin::isValid() const
{
    return d->transliterator != nullptr;
}

PinyinName Pinyin::name(const QString &chineseName) const
{
    if (!d->transliterator)
        return tidy(chineseName);
    // UTF-16 on both sides: copy the code units, no UTF-8 round trip.
    icu::UnicodeString text(reinterpret_cast<const UChar *>(chineseName.constData()),
                            int32_t(chineseName.size()));
    {
        QMutexLocker lock(&d->mutex);
        d->transliterator->transliterate(text);
    }
    return tidy(QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length()));
}

bool Pinyin::matches(const QString &query, const QString &chineseName, const PinyinName &pinyin)
{
    const QStringView trimmed = QStringView(query).trimmed();
    if (trimmed.isEmpty())
        return true;

    // Anything beyond ASCII is taken as (part of) the name itself: "张", "涛".
    char16_t buffer[maxQuery];
    qsizetype length = 0;
    for (QChar c : trimmed) {
        const char16_t u = c.unicode();
        if (u > 0x7f)
            return QStringView(chineseName).contains(trimmed, Qt::CaseInsensitive);
        if (!isAsciiAlnum(u))
            continue; // spaces and apostrophes only mark syllable boundaries
        if (length == maxQuery)
            return false;
        buffer[length++] = asciiLower(u);
    }
    if (length == 0)
        return true;
    const QStringView q(buffer, length);

    Syllables syl;
    const QStringView full(pinyin.full);
    qsizetype start = 0;
    while (start < full.size() && syl.count < maxSyllables) {
        qsizetype end = full.indexOf(u' ', start);
        if (end < 0)
            end = full.size();
        if (end > start)
            syl.items[syl.count++] = full.mid(start, end - start);
        start = end + 1;
    }

    // The query may start at any syllable, so "tao" finds 张涛 too.
    for (int first = 0; first < syl.count; ++first) {
        if (matchFrom(q, 0, syl, first))
            return true;
    }
    return false;
}

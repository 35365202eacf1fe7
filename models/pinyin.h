// Pinyin: full pinyin and initials of Chinese personal names, via ICU's
// "Han-Latin/Names" transliterator (which knows surname readings such as
// 单 = shan, 曾 = zeng), and matching of what a caseworker types in a search box.
#pragma once

#include <QString>

#include <memory>

struct PinyinName
{
    QString full;      ///< "zhang tao": lower-case, no tones, one syllable per character, space-separated.
    QString initials;  ///< "zt"
};

class Pinyin
{
public:
    /// Creating the ICU transliterator is costly: make one per workspace and pass it down.
    Pinyin();
    ~Pinyin();
    Pinyin(const Pinyin &) = delete;
    Pinyin &operator=(const Pinyin &) = delete;

    /// Whether ICU provided the transliterator; if not, name() returns the input lower-cased.
    bool isValid() const;

    /// "张涛" → {"zhang tao", "zt"}; surname readings apply to the first character
    /// (of each run of Han characters). Thread-safe; about 10 µs per character,
    /// so store the result rather than recomputing it for every search.
    PinyinName name(const QString &chineseName) const;

    /// True when \a query finds the name: a part of the Chinese name ("张"),
    /// the initials ("zt"), the full pinyin with or without spaces ("zhangtao",
    /// "zhang tao"), or full syllables followed by a prefix ("zhangt", "zhang t").
    /// In general: consecutive syllables, each given by a prefix of at least one
    /// letter, starting at any syllable ("tao" finds 张涛 too). Case-insensitive;
    /// spaces and apostrophes in \a query are ignored, 'v' may stand for ü
    /// ("lv" finds 吕). An empty query matches every name. Allocates nothing;
    /// \a pinyin is name(\a chineseName), computed once and kept.
    static bool matches(const QString &query, const QString &chineseName, const PinyinName &pinyin);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

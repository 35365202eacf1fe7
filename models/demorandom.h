// DemoRandom: the one source of randomness for demo data. A seeded
// std::mt19937_64 (whose output sequence the C++ standard fixes) with our own
// bounded draws, because std::uniform_int_distribution differs between
// standard libraries: the same seed must give the same database everywhere.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <random>

class DemoRandom
{
public:
    /// A generator for one \a stream of the demo (households, aid ...), so that
    /// changing how one part draws numbers does not reshuffle the others.
    DemoRandom(quint32 seed, quint32 stream);

    quint64 next() { return m_engine(); }
    /// Uniform in [0, n); n must be > 0.
    quint64 bounded(quint64 n);
    /// Uniform in [low, high], both inclusive.
    qint64 range(qint64 low, qint64 high);
    /// True with probability \a percent / 100.
    bool percent(int percent) { return bounded(100) < quint64(percent); }
    /// Index chosen with the given relative weights (all >= 0, sum > 0).
    int weighted(const QList<int> &weights);

    template <typename T> const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(bounded(quint64(items.size()))));
    }

    /// A version-4 UUID built from 128 drawn bits (QUuid::createUuid() would not be repeatable).
    QUuid uuid();
    /// uuid() as lower-case text without braces, the form stored in the database.
    QString id() { return uuid().toString(QUuid::WithoutBraces); }

    /// A date in [from, to]; \a from if the range is empty.
    QDate date(const QDate &from, const QDate &to);
    /// "yyyy-MM-ddTHH:mm:ss.zzzZ" on \a day during Chinese office hours (08:30–17:30
    /// Beijing time, i.e. 00:30–09:30 UTC).
    QString timestamp(const QDate &day);

private:
    std::mt19937_64 m_engine;
};

/// "yyyy-MM-dd".
QString isoDate(const QDate &date);

#include "demorandom.h"

#include <limits>
#include <QByteArray>
#include <QTime>

DemoRandom::DemoRandom(quint32 seed, quint32 stream)
{
    std::seed_seq sequence{seed, stream, 0x42414e47u /* "BANG" */};
    m_engine.seed(sequence);
}

quint64 DemoRandom::bounded(quint64 n)
{
    Q_ASSERT(n > 0);
    // Rejection sampling: plain modulo would favour small values slightly.
    const quint64 limit =
        std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % n;
    quint64 value;
    do
        value = m_engine();
    while (value >= limit);
    return value % n;
}

qint64 DemoRandom::range(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + qint64(bounded(quint64(high - low) + 1));
}

int DemoRandom::weighted(const QList<int> &weights)
{
    qint64 total = 0;
    for (int w : weights)
        total += w;
    Q_ASSERT(total > 0);
    qint64 draw = qint64(bounded(quint64(total)));
    for (int i = 0; i < weights.size(); ++i) {
        if (draw < weights.at(i))
            return i;
        draw -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

QUuid DemoRandom::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 high = m_engine();
    const quint64 low = m_engine();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char((high >> (8 * i)) & 0xff);
        bytes[8 + i] = char((low >> (8 * i)) & 0xff);
    }
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x40); // version 4 (random)
    bytes[8] = char((bytes.at(8) & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

QDate DemoRandom::date(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to);
    return days <= 0 ? from : from.addDays(range(0, days));
}

QString DemoRandom::timestamp(const QDate &day)
{
    const int seconds = int(range(30 * 60, 9 * 3600 + 30 * 60));
    const int millis = int(bounded(1000));
    const QTime time = QTime(0, 0).addSecs(seconds).addMSecs(millis);
    return day.toString(QStringLiteral("yyyy-MM-dd")) + u'T' +
           time.toString(QStringLiteral("HH:mm:ss.zzz")) + u'Z';
}

QString isoDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

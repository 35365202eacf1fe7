#include "migration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Migrations {

Result<MigrationSet> builtin()
{
    return loadFrom(QStringLiteral(":/migrations"));
}

Result<MigrationSet> loadFrom(const QString &dir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    MigrationSet set;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            return Error{QCoreApplication::translate("Migrations",
                                                     "Migration file name must look like "
                                                     "0001_name.sql"),
                         name};
        QFile file(dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return Error{file.errorString(), file.fileName()};
        const int version = match.captured(1).toInt();
        if (version != set.size() + 1)
            return Error{QCoreApplication::translate("Migrations",
                                                     "Migration number %1 is out of sequence; "
                                                     "expected %2")
                             .arg(version)
                             .arg(set.size() + 1),
                         name};
        set.append({version, name, QString::fromUtf8(file.readAll())});
    }
    return set;
}

int latestVersion(const MigrationSet &set)
{
    return set.isEmpty() ? 0 : set.last().version;
}

} // namespace Migrations

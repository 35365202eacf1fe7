// DistrictSettings: reads the synced, district-wide settings (the union's name
// printed on sheets, thresholds ...) stored in the settings table. Writing
// them goes through the repository layer with the accounts issue.
#pragma once

#include "auditedwriter.h"
#include "error.h"

#include <QSqlDatabase>
#include <QString>

namespace DistrictSettings {

/// Key of the trade union's name, printed on sheets and summaries.
inline const QString UnionName = QStringLiteral("union_name");

/// Key of the minutes without use before the screen locks, for the whole office.
inline const QString LockMinutes = QStringLiteral("lock_minutes");
constexpr int DefaultLockMinutes = 10;
constexpr int MinLockMinutes = 1;   ///< the lock cannot be switched off
constexpr int MaxLockMinutes = 60;

/// The value stored under \a key, or \a fallback when there is none.
Result<QString> value(const QSqlDatabase &db, const QString &key, const QString &fallback = {});

/// Stores \a value under \a key through \a writer (administrators only,
/// Permission::ManageSettings), inside the caller's transaction.
Status setValue(AuditedWriter &writer, const QString &key, const QString &value);

/// Minutes before the screen locks: the stored value within 1-60, else the default.
Result<int> lockMinutes(const QSqlDatabase &db);

} // namespace DistrictSettings

// DistrictSettings: reads the synced, district-wide settings (the union's name
// printed on sheets, thresholds ...) stored in the settings table. Writing
// them goes through the repository layer with the accounts issue.
#pragma once

#include "error.h"

#include <QSqlDatabase>
#include <QString>

namespace DistrictSettings {

/// Key of the trade union's name, printed on sheets and summaries.
inline const QString UnionName = QStringLiteral("union_name");

/// The value stored under \a key, or \a fallback when there is none.
Result<QString> value(const QSqlDatabase &db, const QString &key, const QString &fallback = {});

} // namespace DistrictSettings

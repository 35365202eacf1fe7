// Devices: this installation's own row in the devices table (its id goes on
// every row it writes and every audit entry). Its keys, fingerprint and
// pairing: devicekeys.h.
#pragma once

#include "error.h"

#include <QSqlDatabase>
#include <QString>

namespace Devices {

/// The id of this installation, creating its row (named after the computer,
/// role \a role: "office" or "laptop") if the database has none yet, and
/// its key pairs if it has none (DeviceKeys::ensureSelfKeys).
Result<QString> ensureSelf(const QSqlDatabase &db, const QString &role = QStringLiteral("office"));

/// The id of this installation, or an empty string if it has no row yet.
Result<QString> selfId(const QSqlDatabase &db);

} // namespace Devices

// DemoData: fills a new database with a realistic, invented Hedong district —
// communities, hardship households with their members, visits and surveys over
// the last years, mutual-aid plans (with the published Yueyang plan of 2014)
// and claims, aid and disbursements, demo accounts — for `bangfu-cli init
// --demo`, screenshots and trying the app out.
// Every synced row is written through AuditedWriter as the demo account that
// would have written it (caseworkers file, supervisors decide, the
// administrator sets up), at the time it would have, so the audit log is
// complete and verifies. The same seed, household count and day give the same
// content and audit entries; only the password hashes (random Argon2id salts)
// and this installation's device id differ, and with them the audit hashes.
#pragma once

#include "error.h"

#include <QDate>
#include <QStringList>

class Database;
class Pinyin;

struct DemoOptions
{
    quint32 seed = 20261129;
    int households = 600;
    /// The demo's "now": visits, surveys and claims lie before it, some files are overdue after it.
    QDate today = QDate::currentDate();
};

namespace DemoData {

/// Password of every demo account.
QString password();
/// Demo account names: admin (administrator), zhangli and wangfang (supervisors),
/// liming and chenjing (caseworkers).
QStringList usernames();

/// The published Yueyang plan of 2014 as compiled in (a Qt resource path): the
/// file tests/data/plans/yueyang-2014.json, which the demo imports.
QString yueyangPlanFile();

/// Loads the built-in reference divisions into \a db in their own transaction;
/// every new database needs them, demo or not. Same as Divisions::load(), which
/// also takes a CSV path or a QIODevice.
Status loadDivisions(Database &db);
/// Same, from the CSV file at \a csvPath; a malformed line gives an Error naming it.
Status loadDivisions(Database &db, const QString &csvPath);

/// Writes the demo into \a db in one transaction: nothing is written if anything
/// fails. Loads the reference divisions first if the database has none. Refuses
/// a database that already holds households or accounts. Creates this
/// installation's devices row first if missing (Devices::ensureSelf, its own
/// transaction) and names it after the demo office.
Status generate(Database &db, const Pinyin &pinyin, const DemoOptions &options);

} // namespace DemoData

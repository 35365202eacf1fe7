#include "databasecheck.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

void integrity(const Database &db, CheckReport &report)
{
    ++report.checksRun;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems.append(QCoreApplication::translate("DatabaseCheck", "The integrity check could not run: %1").arg(q.lastError().text()));
        return;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QStringLiteral("ok"))
            report.problems.append(QCoreApplication::translate("DatabaseCheck", "Integrity: %1").arg(line));
    }
}

void foreignKeys(const Database &db, CheckReport &report)
{
    ++report.checksRun;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT \"table\", rowid, parent, fkid FROM pragma_foreign_key_check"))) {
        report.problems.append(QCoreApplication::translate("DatabaseCheck", "The foreign-key check could not run: %1").arg(q.lastError().text()));
        return;
    }
    while (q.next()) {
        report.problems.append(QCoreApplication::translate("DatabaseCheck", "Table %1, row %2 refers to a missing row in %3.")
                                   .arg(q.value(0).toString(), q.value(1).toString(),
                                        q.value(2).toString()));
    }
}

} // namespace

namespace DatabaseCheck {

CheckReport run(const Database &db)
{
    CheckReport report;
    integrity(db, report);
    foreignKeys(db, report);
    return report;
}

} // namespace DatabaseCheck

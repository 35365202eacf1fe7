#include "databasecheck.h"

#include "auditlog.h"
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

// Someone who edits the file behind the application's back can change rows
// but not make the audit chain fit again without its entries showing it.
void auditChain(const Database &db, CheckReport &report)
{
    ++report.checksRun;
    auto chain = AuditLog::verify(db.sql());
    if (!chain) {
        report.problems.append(QCoreApplication::translate("DatabaseCheck", "The audit log could not be read: %1").arg(chain.error().message));
        return;
    }
    report.auditEntries = chain->entries;
    report.auditFirstBroken = chain->firstBroken;
    if (!chain->ok()) {
        report.problems.append(QCoreApplication::translate("DatabaseCheck", "The audit log is broken at entry %1: %2")
                                   .arg(chain->firstBroken)
                                   .arg(chain->problem));
        return;
    }
    report.auditHeadHash = chain->headHash;
}

} // namespace

namespace DatabaseCheck {

CheckReport run(const Database &db)
{
    CheckReport report;
    integrity(db, report);
    foreignKeys(db, report);
    auditChain(db, report);
    return report;
}

} // namespace DatabaseCheck

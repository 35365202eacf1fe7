// HouseholdExit: closing a hardship file (解困脱困) when the household no
// longer needs help — income above the line, death, retirement, transfer, or
// another reason written out. A closed file stays in the register, searchable
// and printable, but read-only: files are kept for years after exit and are
// never deleted.
//
// Only a filed household can be closed. An identified household (found in a
// survey or a roster, never filed) has no file to close; the schema also
// requires a file number for every household that is not "identified".
//
// Read-only is enforced by refuseIfExited(): every code that changes a
// household, its members or their attachments must call it inside its write
// transaction before writing, and return its error.
#pragma once

#include "auditedwriter.h"
#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class HouseholdExit
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdExit)

public:
    /// The exit reason codes households.exit_reason allows, in display order.
    /// FieldLabels::exitReason() names them.
    static QStringList reasonCodes();

    /// Closes the file of \a householdId as of \a date, through \a writer in
    /// the caller's transaction (needs Permission::EditHouseholds). Sets the
    /// status to exited, exited_on, exit_reason, and clears next_due_on so no
    /// more visits fall due. \a reasonCode is one of reasonCodes(); "other"
    /// needs \a text. A non-empty \a text is appended to households.notes as a
    /// dated line ("2026-05-12 File closed (Death): ..."), so the reason in
    /// words stays in the file and in the audit entry of the change.
    /// Refused: an unknown household, one that is not filed (identified or
    /// already exited), a date in the future (by the writer's clock, local
    /// time) or before the household was filed.
    static Status close(AuditedWriter &writer, const QString &householdId, QDate date,
                        const QString &reasonCode, const QString &text);

    /// Whether a household with status \a status is read-only (exited).
    static bool isReadOnly(const QString &status);

    /// An error when \a householdId does not exist or its file is closed;
    /// edits of households, members and their attachments call this before
    /// writing, in the same transaction.
    static Status refuseIfExited(const QSqlDatabase &db, const QString &householdId);
};

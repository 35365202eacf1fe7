#include "householdexit.h"

#include "fieldlabels.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

struct HouseholdState
{
    bool found = false;
    QString status;
    QString fileNo;
    QDate filedOn;
    QString notes;
};

Result<HouseholdState> readState(const QSqlDatabase &db, const QString &householdId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status, file_no, filed_on, notes FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    HouseholdState state;
    if (q.next()) {
        state.found = true;
        state.status = q.value(0).toString();
        state.fileNo = q.value(1).toString();
        state.filedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        state.notes = q.value(3).toString();
    }
    return state;
}

} // namespace

QStringList HouseholdExit::reasonCodes()
{
    return {QStringLiteral("income_above_line"), QStringLiteral("death"),
            QStringLiteral("retirement"), QStringLiteral("transfer"), QStringLiteral("other")};
}

bool HouseholdExit::isReadOnly(const QString &status)
{
    return status == QStringLiteral("exited");
}

Status HouseholdExit::refuseIfExited(const QSqlDatabase &db, const QString &householdId)
{
    auto state = readState(db, householdId);
    if (!state)
        return state.error();
    if (!state->found)
        return Error{tr("The household does not exist in this database.")};
    if (isReadOnly(state->status))
        return Error{tr("The file %1 is closed and can no longer be changed.").arg(state->fileNo)};
    return {};
}

Status HouseholdExit::close(AuditedWriter &writer, const QString &householdId, QDate date,
                            const QString &reasonCode, const QString &text)
{
    // Refuse before reading anything, so the message names the real obstacle.
    if (Status s = writer.require(Permission::EditHouseholds); !s)
        return s;
    if (reasonCode.isEmpty())
        return Error{tr("Choose why the file is closed.")};
    if (!reasonCodes().contains(reasonCode))
        return Error{tr("%1 is not a reason for closing a file.").arg(reasonCode)};
    const QString words = text.trimmed();
    if (reasonCode == QStringLiteral("other") && words.isEmpty())
        return Error{tr("Describe the reason for closing the file.")};
    if (!date.isValid())
        return Error{tr("Enter the date the file is closed.")};
    const QDate today = writer.now().toLocalTime().date();
    if (date > today)
        return Error{tr("The closing date %1 is in the future.").arg(date.toString(Qt::ISODate))};

    auto state = readState(writer.database(), householdId);
    if (!state)
        return state.error();
    if (!state->found)
        return Error{tr("The household does not exist in this database.")};
    if (isReadOnly(state->status))
        return Error{tr("The file %1 is already closed.").arg(state->fileNo)};
    if (state->status != QStringLiteral("filed"))
        return Error{tr("Only a filed household can be closed; this household was identified "
                        "but never filed.")};
    if (state->filedOn.isValid() && date < state->filedOn)
        return Error{tr("The closing date %1 is before the household was filed on %2.")
                         .arg(date.toString(Qt::ISODate), state->filedOn.toString(Qt::ISODate))};

    RowValues changes = {{QStringLiteral("status"), QStringLiteral("exited")},
                         {QStringLiteral("exited_on"), date.toString(Qt::ISODate)},
                         {QStringLiteral("exit_reason"), reasonCode},
                         {QStringLiteral("next_due_on"), QVariant(QMetaType(QMetaType::QString))}};
    if (!words.isEmpty()) {
        QString notes = state->notes;
        if (!notes.isEmpty() && !notes.endsWith(u'\n'))
            notes += u'\n';
        notes += tr("%1 File closed (%2): %3")
                     .arg(date.toString(Qt::ISODate), FieldLabels::exitReason(reasonCode),
                          QString(words).replace(u'\n', u' '));
        changes.append({QStringLiteral("notes"), notes});
    }
    return writer.update(Permission::EditHouseholds, QStringLiteral("households"), householdId,
                         changes);
}

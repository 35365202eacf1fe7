// WritePolicy: which permission a write of a table (and, where it matters,
// of a column or a value) needs. The AuditedWriter asks it before every
// write, so naming a convenient permission cannot get round the rules: a
// caseworker's "propose aid" can never set a request to approved, and
// "change own password" can never touch a role.
#pragma once

#include "auditedwriter.h"
#include "permissions.h"

#include <QList>
#include <QString>

namespace WritePolicy {

/// The permissions, any one of which allows writing \a values into \a table
/// (row \a rowId of an update, empty for an insert or a delete) by the user
/// \a userId. Empty: no permission may write it.
QList<Permission> accepted(const QString &table, const RowValues &values, const QString &rowId,
                           const QString &userId);

/// Columns that say who decided or printed something: only the writer's own
/// user may stand there, so no decision can be put in someone else's name.
bool isActorColumn(const QString &table, const QString &column);

} // namespace WritePolicy

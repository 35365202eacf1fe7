// HouseholdMembers: the people of one household as the households area lists
// them next to the file — read-only; edits go through AuditedWriter. The ID
// number is returned in full: the screen masks it and reveals it only on
// request, which is audited.
#pragma once

#include "error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct MemberSummary
{
    QString id;
    QString name;
    QString relationship; ///< stored code: "self", "spouse" ...
    QString idNumber;     ///< full number or empty; show IdNumber::mask() unless revealed
    bool isHead = false;
};

namespace HouseholdMembers {

/// Members of \a householdId, the head first, then in file order.
Result<QList<MemberSummary>> list(const QSqlDatabase &db, const QString &householdId);

} // namespace HouseholdMembers

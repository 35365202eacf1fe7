// RegisterMembers: finding a person in the household register to do something
// for them elsewhere — enrol them in mutual aid, for instance. The households
// are found as the register's search box finds them (HouseholdFilter: name,
// pinyin or initials, ID number, phone, file number); of each, the members the
// text names are returned, or all of them when the text named the household
// itself (its file number or phone).
#pragma once

#include "error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct RegisterMember
{
    QString memberId;
    QString householdId;
    QString name;
    QString idNumber;     ///< full number or empty; show IdNumber::mask()
    QString relationship; ///< stored code: "self", "spouse" ...
    QString fileNo;       ///< the household's file number; empty while only identified
    bool isHead = false;
};

struct RegisterMemberSearch
{
    QList<RegisterMember> members; ///< by file number, then in file order
    bool truncated = false;        ///< more households matched than were read
};

namespace RegisterMembers {

/// Members of the households matching \a text, at most \a maxHouseholds
/// households. Empty text finds nobody.
Result<RegisterMemberSearch> search(const QSqlDatabase &db, const QString &text,
                                    int maxHouseholds = 50);

} // namespace RegisterMembers

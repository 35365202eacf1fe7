// Communities: the communities (社区) and villages (村) of each sub-district or
// town, kept by an administrator. Roster import matches household addresses
// against them and coverage compares their expected household counts with the
// households found, so they must exist before a survey starts. Writes go
// through AuditedWriter (Permission::ManageSettings) in the caller's
// transaction; a community that a household refers to is never removed.
//
//     Session::write(workspace, [&](AuditedWriter &w) {
//         auto id = Communities::add(w, u"371312001"_s, {u"幸福社区"_s, u"community"_s, 1200});
//         return id ? Status() : Status(id.error());
//     });
#pragma once

#include "auditedwriter.h"
#include "error.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// One community or village as the administration lists it.
struct CommunityRow
{
    QString id;
    QString divisionCode;
    QString name;
    QString kind;                             ///< "community" or "village"
    bool invented = false;                    ///< made up for the demo database
    std::optional<qint64> expectedHouseholds; ///< from a roster count; empty when unknown
    qint64 households = 0; ///< households registered in it, whatever their status
};

/// What an administrator enters for a community or village.
struct CommunityInput
{
    QString name;                             ///< trimmed before it is stored
    QString kind;                             ///< one of Communities::kinds()
    std::optional<qint64> expectedHouseholds; ///< ≥ 0, or empty when unknown
};

class Communities
{
    Q_DECLARE_TR_FUNCTIONS(Communities)

public:
    /// "community", "village": the codes communities.kind stores.
    static QStringList kinds();
    /// "Community", "Village", translated; an unknown code is returned unchanged.
    static QString kindLabel(const QString &code);

    /// The communities of \a divisionCode by name, with their household counts.
    static Result<QList<CommunityRow>> list(const QSqlDatabase &db, const QString &divisionCode);

    /// Adds a community to the sub-district or town \a divisionCode; returns its id.
    /// Refused: no ManageSettings permission, an unknown division, an empty
    /// name, a name the division already has (compared without spaces and
    /// with full-width letters folded, as roster import matches them), an
    /// unknown kind, a negative expected count.
    static Result<QString> add(AuditedWriter &writer, const QString &divisionCode,
                               const CommunityInput &input);

    /// Renames community \a id, changes its kind or expected households; its
    /// division stays. Refused as add() is, and when the community is gone.
    static Status change(AuditedWriter &writer, const QString &id, const CommunityInput &input);

    /// Removes community \a id, refused while a household is registered in it.
    static Status remove(AuditedWriter &writer, const QString &id);
};

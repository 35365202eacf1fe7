#include "communities.h"

#include "rostervocabulary.h"
#include "divisions.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Table = QStringLiteral("communities");

struct Kind
{
    const char *code;
    const char *text;
};

const Kind Kinds[] = {
    {"community", QT_TRANSLATE_NOOP("Communities", "Community")},
    {"village", QT_TRANSLATE_NOOP("Communities", "Village")},
};

QVariant optionalCount(const std::optional<qint64> &count)
{
    return count ? QVariant(*count) : QVariant(QMetaType(QMetaType::LongLong));
}

// Checks \a input for community \a selfId (empty for a new one) of \a divisionCode.
Status check(const QSqlDatabase &db, const QString &divisionCode, const QString &selfId,
             const CommunityInput &input)
{
    auto division = Divisions::subdivisionName(db, divisionCode);
    if (!division)
        return division.error();
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return Error{Communities::tr("Enter the name of the community or village."),
                     QStringLiteral("name")};
    if (!Communities::kinds().contains(input.kind))
        return Error{
            Communities::tr("Unknown kind \"%1\": choose community or village.").arg(input.kind),
            QStringLiteral("kind")};
    if (input.expectedHouseholds && *input.expectedHouseholds < 0)
        return Error{Communities::tr("The expected number of households cannot be negative."),
                     QStringLiteral("expected_households")};
    // Roster import finds a community by its name with spaces removed and
    // full-width characters folded, so two names that fold alike would be
    // ambiguous there even though the schema sees them as different.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name FROM communities WHERE division_code = ?"));
    q.addBindValue(divisionCode);
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    const QString key = RosterVocabulary::folded(name);
    while (q.next()) {
        if (q.value(0).toString() != selfId &&
            RosterVocabulary::folded(q.value(1).toString()) == key)
            return Error{Communities::tr("%1 already has a community or village named %2.")
                             .arg(division.value(), q.value(1).toString()),
                         QStringLiteral("name")};
    }
    return {};
}

} // namespace

QStringList Communities::kinds()
{
    QStringList codes;
    for (const Kind &k : Kinds)
        codes.append(QLatin1String(k.code));
    return codes;
}

QString Communities::kindLabel(const QString &code)
{
    for (const Kind &k : Kinds) {
        if (code == QLatin1String(k.code))
            return tr(k.text);
    }
    return code;
}

Result<QList<CommunityRow>> Communities::list(const QSqlDatabase &db, const QString &divisionCode)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.division_code, c.name, c.kind, c.invented, c.expected_households,"
        "       (SELECT count(*) FROM households h WHERE h.community_id = c.id)"
        "  FROM communities c WHERE c.division_code = ? ORDER BY c.name, c.id"));
    q.addBindValue(divisionCode);
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    QList<CommunityRow> rows;
    while (q.next()) {
        CommunityRow row;
        row.id = q.value(0).toString();
        row.divisionCode = q.value(1).toString();
        row.name = q.value(2).toString();
        row.kind = q.value(3).toString();
        row.invented = q.value(4).toInt() != 0;
        if (!q.value(5).isNull())
            row.expectedHouseholds = q.value(5).toLongLong();
        row.households = q.value(6).toLongLong();
        rows.append(row);
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError(), Table);
    return rows;
}

Result<QString> Communities::add(AuditedWriter &writer, const QString &divisionCode,
                                 const CommunityInput &input)
{
    if (Status s = writer.require(Permission::ManageSettings); !s)
        return s.error();
    if (Status s = check(writer.database(), divisionCode, {}, input); !s)
        return s.error();
    return writer.insert(
        Permission::ManageSettings, Table,
        {{QStringLiteral("division_code"), divisionCode},
         {QStringLiteral("name"), input.name.trimmed()},
         {QStringLiteral("kind"), input.kind},
         {QStringLiteral("invented"), 0},
         {QStringLiteral("expected_households"), optionalCount(input.expectedHouseholds)}});
}

Status Communities::change(AuditedWriter &writer, const QString &id, const CommunityInput &input)
{
    if (Status s = writer.require(Permission::ManageSettings); !s)
        return s;
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT division_code FROM communities WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    if (!q.next())
        return Error{tr("This community or village no longer exists; it may have been removed.")};
    if (Status s = check(writer.database(), q.value(0).toString(), id, input); !s)
        return s;
    return writer.update(
        Permission::ManageSettings, Table, id,
        {{QStringLiteral("name"), input.name.trimmed()},
         {QStringLiteral("kind"), input.kind},
         {QStringLiteral("expected_households"), optionalCount(input.expectedHouseholds)}});
}

Status Communities::remove(AuditedWriter &writer, const QString &id)
{
    if (Status s = writer.require(Permission::ManageSettings); !s)
        return s;
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT c.name, (SELECT count(*) FROM households h"
                             " WHERE h.community_id = c.id) FROM communities c WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), Table);
    if (!q.next())
        return Error{tr("This community or village no longer exists; it may have been removed.")};
    // Household files are never deleted, so a community in use stays; the
    // writer would refuse too, but could only say "remove them first".
    if (const qint64 n = q.value(1).toLongLong(); n > 0)
        return Error{
            tr("%1 cannot be removed: %n household(s) are registered in it.", nullptr, int(n))
                .arg(q.value(0).toString())};
    return writer.remove(Permission::ManageSettings, Table, id);
}

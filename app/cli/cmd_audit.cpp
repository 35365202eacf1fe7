// bangfu-cli audit: the audit log, oldest first — who (user name), when (local
// time), on which device, what (action, table, row) and the changed fields as
// "field: old → new"; or every stored field as JSON, hashes included, for
// tools that check or archive the log.
#include "auditlog.h"
#include "clicommand.h"
#include "database.h"
#include "sqlerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

const QString None = QStringLiteral("—");

// id -> name of one small table (users or devices); the log stores only ids.
Result<QHash<QString, QString>> namesById(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), db.databaseName());
    QHash<QString, QString> names;
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return None;
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                               : QJsonDocument(value.toObject()))
                                     .toJson(QJsonDocument::Compact));
    }
}

// "field: old → new, ..." for writes; "key: value" for the details of other actions.
QString changesText(const QJsonObject &changes)
{
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isArray() && v.toArray().size() == 2)
            parts.append(QStringLiteral("%1: %2 → %3")
                             .arg(it.key(), valueText(v.toArray().at(0)),
                                  valueText(v.toArray().at(1))));
        else
            parts.append(QStringLiteral("%1: %2").arg(it.key(), valueText(v)));
    }
    return parts.join(QStringLiteral(", "));
}

QJsonValue nameOrNull(const QHash<QString, QString> &names, const QString &id)
{
    const auto it = names.constFind(id);
    return it == names.constEnd() ? QJsonValue() : QJsonValue(*it);
}

} // namespace

int runAudit(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List audit log entries, oldest first: number, local time, user, device, action, "
                "table, row and the changed fields (old → new). Secrets such as password hashes "
                "are never recorded; they show as (hidden)."));
    parser.addOption(databaseOption());
    const QCommandLineOption entity(QStringLiteral("entity"),
                                    Cli::tr("Only entries about this table, e.g. households."),
                                    Cli::tr("TABLE"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Cli::tr("Only entries from this day on (local time)."),
                                   Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption row(QStringLiteral("row"), Cli::tr("Only entries about this row id."),
                                 Cli::tr("ID"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Cli::tr("At most N entries (the oldest matching ones)."),
                                   Cli::tr("N"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        Cli::tr("Print a JSON array with every field of each entry, hashes included."));
    parser.addOptions({entity, since, row, limit, json});
    const QString command = args.value(0);
    if (int code = parseCommandLine(parser, args, io,
                                    QStringLiteral("audit --db FILE [--entity TABLE] [--since "
                                                   "YYYY-MM-DD] [--row ID] [--limit N] [--json]"));
        code >= 0)
        return code;

    AuditFilter filter;
    filter.entity = parser.value(entity);
    filter.rowId = parser.value(row);
    int maximum = -1;
    if (parser.isSet(limit)) {
        bool ok = false;
        maximum = parser.value(limit).toInt(&ok);
        if (!ok || maximum < 0)
            return usageError(io, command, Cli::tr("--limit must be a whole number from 0."));
    }
    // The log keeps UTC; a day given here is a local day, which may begin on
    // the UTC day before. Ask for that UTC day and drop what lies before.
    QDateTime start;
    if (parser.isSet(since)) {
        const QDate day = QDate::fromString(parser.value(since), QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid())
            return usageError(io, command,
                              Cli::tr("--since needs a date written YYYY-MM-DD, e.g. 2026-03-01."));
        start = day.startOfDay(QTimeZone::systemTimeZone());
        filter.since = start.toUTC().date();
    } else {
        filter.limit = maximum;
    }

    auto db = openExisting(parser, io);
    if (!db)
        return ExitUserError;
    auto entries = AuditLog::entries(db->sql(), filter);
    if (!entries)
        return fail(io, entries.error());
    auto users = namesById(db->sql(), QStringLiteral("SELECT id, username FROM users"));
    if (!users)
        return fail(io, users.error());
    auto devices = namesById(db->sql(), QStringLiteral("SELECT id, name FROM devices"));
    if (!devices)
        return fail(io, devices.error());

    QList<AuditEntry> shown;
    for (const AuditEntry &e : entries.value()) {
        if (start.isValid() && e.at < start)
            continue;
        if (maximum >= 0 && shown.size() >= maximum)
            break;
        shown.append(e);
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AuditEntry &e : shown)
            array.append(QJsonObject{
                {QStringLiteral("seq"), e.seq},
                {QStringLiteral("at"), AuditLog::timestamp(e.at)},
                {QStringLiteral("local_time"), e.at.toLocalTime().toString(Qt::ISODate)},
                {QStringLiteral("user_id"), e.userId.isEmpty() ? QJsonValue() : QJsonValue(e.userId)},
                {QStringLiteral("user"), nameOrNull(users.value(), e.userId)},
                {QStringLiteral("device_id"),
                 e.deviceId.isEmpty() ? QJsonValue() : QJsonValue(e.deviceId)},
                {QStringLiteral("device"), nameOrNull(devices.value(), e.deviceId)},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("entity"), e.entity},
                {QStringLiteral("row_id"), e.rowId.isEmpty() ? QJsonValue() : QJsonValue(e.rowId)},
                {QStringLiteral("changes"), AuditLog::maskedChanges(e.changes)},
                {QStringLiteral("prev_hash"), e.prevHash},
                {QStringLiteral("hash"), e.hash}});
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        io.out.flush();
        return ExitOk;
    }

    if (shown.isEmpty()) {
        io.out << Cli::tr("No audit entries match.") << Qt::endl;
        return ExitOk;
    }
    // Seven aligned columns, then the changes, which vary too much to align.
    QList<QStringList> table{{Cli::tr("No."), Cli::tr("Time"), Cli::tr("User"), Cli::tr("Device"),
                              Cli::tr("Action"), Cli::tr("Table"), Cli::tr("Row"),
                              Cli::tr("Changes")}};
    for (const AuditEntry &e : shown)
        table.append({QString::number(e.seq),
                      e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      users->value(e.userId, None), devices->value(e.deviceId, None), e.action,
                      e.entity, e.rowId.isEmpty() ? None : e.rowId,
                      changesText(AuditLog::maskedChanges(e.changes))});
    QList<qsizetype> widths(7, 0);
    for (const QStringList &line : table)
        for (int c = 0; c < 7; ++c)
            widths[c] = std::max(widths[c], displayWidth(line.at(c)));
    for (const QStringList &line : table) {
        QString text;
        for (int c = 0; c < 7; ++c)
            text += padded(line.at(c), widths[c] + 2);
        io.out << (text + line.at(7)).trimmed() << "\n";
    }
    io.out.flush();
    return ExitOk;
}

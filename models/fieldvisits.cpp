#include "fieldvisits.h"

#include "attachmentstore.h"
#include "householdexit.h"
#include "sqlerror.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace {

struct Purpose
{
    const char *code;
    const char *text;
};

const Purpose Purposes[] = {
    {"first_survey", QT_TRANSLATE_NOOP("FieldVisits", "First survey")},
    {"reverification", QT_TRANSLATE_NOOP("FieldVisits", "Re-verification")},
    {"follow_up", QT_TRANSLATE_NOOP("FieldVisits", "Follow-up")},
    {"condolence", QT_TRANSLATE_NOOP("FieldVisits", "Condolence visit")},
};

QVariant optionalDate(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> numberOrNothing(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

QStringList FieldVisits::purposes()
{
    QStringList codes;
    for (const Purpose &p : Purposes)
        codes.append(QLatin1String(p.code));
    return codes;
}

QString FieldVisits::purposeLabel(const QString &code)
{
    for (const Purpose &p : Purposes) {
        if (code == QLatin1String(p.code))
            return tr(p.text);
    }
    return code;
}

QString FieldVisits::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status FieldVisits::check(const VisitInput &visit, QDate today)
{
    if (!visit.date.isValid())
        return Error{tr("Enter the date of the visit.")};
    if (visit.date > today)
        return Error{tr("The visit date %1 is in the future.").arg(visit.date.toString(Qt::ISODate))};
    if (!purposes().contains(visit.purpose))
        return Error{tr("Choose the purpose of the visit.")};
    if (visit.visitors.trimmed().isEmpty())
        return Error{tr("Enter who made the visit.")};
    if (visit.latitude.has_value() != visit.longitude.has_value())
        return Error{tr("Enter both latitude and longitude, or neither.")};
    if (visit.latitude && !(std::isfinite(*visit.latitude) && std::abs(*visit.latitude) <= 90.0))
        return Error{tr("The latitude must be between -90 and 90 degrees.")};
    if (visit.longitude && !(std::isfinite(*visit.longitude) && std::abs(*visit.longitude) <= 180.0))
        return Error{tr("The longitude must be between -180 and 180 degrees.")};
    if (visit.nextDueOn && (!visit.nextDueOn->isValid() || *visit.nextDueOn < visit.date))
        return Error{tr("The next visit cannot be due before this visit.")};
    for (const VisitAttachment &file : visit.attachments)
        if (Status s = AttachmentStore::check(file); !s)
            return s;
    return {};
}

Result<QString> FieldVisits::log(AuditedWriter &writer, const VisitInput &visit)
{
    if (Status s = writer.require(Permission::EditVisits); !s)
        return s.error();
    if (Status s = check(visit, writer.now().toLocalTime().date()); !s)
        return s.error();
    if (Status s = HouseholdExit::refuseIfExited(writer.database(), visit.householdId); !s)
        return s.error();

    auto visitId = writer.insert(
        Permission::EditVisits, QStringLiteral("field_visits"),
        {{QStringLiteral("household_id"), visit.householdId},
         {QStringLiteral("visit_date"), visit.date.toString(Qt::ISODate)},
         {QStringLiteral("purpose"), visit.purpose},
         {QStringLiteral("visitors"), visit.visitors.trimmed()},
         {QStringLiteral("present"), visit.present.trimmed()},
         {QStringLiteral("notes"), visit.notes.trimmed()},
         {QStringLiteral("latitude"), optionalNumber(visit.latitude)},
         {QStringLiteral("longitude"), optionalNumber(visit.longitude)},
         {QStringLiteral("next_due_on"), optionalDate(visit.nextDueOn)}});
    if (!visitId)
        return visitId;

    for (const VisitAttachment &file : visit.attachments) {
        auto stored = AttachmentStore::store(writer, Permission::EditVisits,
                                             QStringLiteral("field_visits"), visitId.value(),
                                             AttachmentStore::defaultDocType(file.mimeType), file);
        if (!stored)
            return stored.error();
    }

    if (Status s = updateHousehold(writer, visit); !s)
        return s.error();
    return visitId;
}

Status FieldVisits::updateHousehold(AuditedWriter &writer, const VisitInput &visit)
{
    const bool reverifies = visit.purpose == QStringLiteral("reverification");
    if (!reverifies && !visit.nextDueOn)
        return {};
    QSqlQuery q(writer.database());
    q.prepare(QStringLiteral("SELECT last_verified_on FROM households WHERE id = ?"));
    q.addBindValue(visit.householdId);
    if (!q.exec())
        return sqlError(q.lastError(), writer.database().databaseName());
    if (!q.next())
        return Error{tr("The household does not exist in this database.")};
    const QDate lastVerified = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    // Entering an old visit late must not undo a newer verification.
    if (lastVerified.isValid() && visit.date < lastVerified)
        return {};

    RowValues changes;
    if (reverifies)
        changes.append({QStringLiteral("last_verified_on"), visit.date.toString(Qt::ISODate)});
    // Files are re-verified at least once a year (shared/reference/README.md).
    const QDate nextDue = visit.nextDueOn ? *visit.nextDueOn : visit.date.addYears(1);
    changes.append({QStringLiteral("next_due_on"), nextDue.toString(Qt::ISODate)});
    return writer.update(Permission::EditHouseholds, QStringLiteral("households"), visit.householdId,
                         changes);
}

Result<QList<VisitRow>> FieldVisits::list(const QSqlDatabase &db, const QString &householdId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT v.id, v.visit_date, v.purpose, v.visitors, v.present, v.notes, v.latitude, "
        "v.longitude, v.next_due_on, coalesce(u.display_name, '') "
        "FROM field_visits v LEFT JOIN users u ON u.id = v.created_by "
        "WHERE v.household_id = ? ORDER BY v.visit_date DESC, v.created_at DESC, v.id"));
    q.addBindValue(householdId);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    QList<VisitRow> rows;
    QHash<QString, qsizetype> rowOf;
    while (q.next()) {
        VisitRow row;
        row.id = q.value(0).toString();
        row.householdId = householdId;
        row.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        row.purpose = q.value(2).toString();
        row.visitors = q.value(3).toString();
        row.present = q.value(4).toString();
        row.notes = q.value(5).toString();
        row.latitude = numberOrNothing(q.value(6));
        row.longitude = numberOrNothing(q.value(7));
        if (!q.value(8).isNull())
            row.nextDueOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        row.createdBy = q.value(9).toString();
        rowOf.insert(row.id, rows.size());
        rows.append(row);
    }

    QSqlQuery a(db);
    a.prepare(QStringLiteral(
        "SELECT a.owner_id, a.id, a.file_name, a.mime_type, a.doc_type, a.size_bytes, a.sha256 "
        "FROM attachments a JOIN field_visits v ON v.id = a.owner_id "
        "WHERE a.owner_table = 'field_visits' AND v.household_id = ? "
        "ORDER BY a.created_at, a.rowid"));
    a.addBindValue(householdId);
    if (!a.exec())
        return sqlError(a.lastError(), db.databaseName());
    while (a.next()) {
        const auto it = rowOf.constFind(a.value(0).toString());
        if (it == rowOf.constEnd())
            continue;
        AttachmentInfo info;
        info.id = a.value(1).toString();
        info.fileName = a.value(2).toString();
        info.mimeType = a.value(3).toString();
        info.docType = a.value(4).toString();
        info.sizeBytes = a.value(5).toLongLong();
        info.sha256 = a.value(6).toString();
        rows[*it].attachments.append(info);
    }
    return rows;
}

Result<QByteArray> FieldVisits::attachmentBytes(const QSqlDatabase &db, const QString &attachmentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT file_name, sha256, data FROM attachments WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    if (!q.next())
        return Error{tr("The attachment does not exist in this database.")};
    const QByteArray bytes = q.value(2).toByteArray();
    if (sha256Hex(bytes) != q.value(1).toString().toLower())
        return Error{tr("%1 is damaged: its content no longer matches its checksum.")
                         .arg(q.value(0).toString())};
    return bytes;
}

#include "devicekeys.h"

#include "auditedwriter.h"
#include "auditlog.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QUuid>
#include <sodium.h>

namespace {

Status sodiumReady()
{
    if (sodium_init() < 0)
        return Error{DeviceKeys::tr("The cryptography library could not start.")};
    return {};
}

QByteArray canonical(const QJsonObject &payload)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

struct SelfKeys
{
    QString id, name, role;
    QByteArray signPublic, signSecret, boxPublic;
};

Result<SelfKeys> selfKeys(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, role, sign_public_key, sign_secret_key, "
                               "box_public_key FROM devices WHERE is_self = 1")))
        return sqlError(q.lastError(), db.databaseName());
    if (!q.next())
        return Error{DeviceKeys::tr("This database has no device of its own yet.")};
    SelfKeys k{q.value(0).toString(),    q.value(1).toString(),    q.value(2).toString(),
               q.value(3).toByteArray(), q.value(4).toByteArray(), q.value(5).toByteArray()};
    if (k.signPublic.size() != crypto_sign_PUBLICKEYBYTES ||
        k.signSecret.size() != crypto_sign_SECRETKEYBYTES ||
        k.boxPublic.size() != crypto_box_PUBLICKEYBYTES)
        return Error{DeviceKeys::tr("This device has no valid keys; open the database for "
                                    "writing once to create them.")};
    return k;
}

} // namespace

Status DeviceKeys::ensureSelfKeys(const QSqlDatabase &db, const QString &selfId)
{
    if (Status s = sodiumReady(); !s)
        return s;
    QSqlQuery check(db);
    check.prepare(QStringLiteral("SELECT sign_secret_key IS NULL OR box_secret_key IS NULL "
                                 "FROM devices WHERE id = ? AND is_self = 1"));
    check.addBindValue(selfId);
    if (!check.exec())
        return sqlError(check.lastError(), db.databaseName());
    if (!check.next() || !check.value(0).toBool())
        return {};
    check.finish();

    QByteArray signPublic(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray signSecret(crypto_sign_SECRETKEYBYTES, '\0');
    QByteArray boxPublic(crypto_box_PUBLICKEYBYTES, '\0');
    QByteArray boxSecret(crypto_box_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(signPublic.data()),
                        reinterpret_cast<unsigned char *>(signSecret.data()));
    crypto_box_keypair(reinterpret_cast<unsigned char *>(boxPublic.data()),
                       reinterpret_cast<unsigned char *>(boxSecret.data()));

    // This installation's own row is local: its keys are not a change that is
    // audited or synced, like the row itself (Devices::ensureSelf).
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE devices SET sign_public_key = ?, sign_secret_key = ?, "
                             "box_public_key = ?, box_secret_key = ?, updated_at = ? "
                             "WHERE id = ? AND is_self = 1 AND sign_secret_key IS NULL"));
    q.addBindValue(signPublic);
    q.addBindValue(signSecret);
    q.addBindValue(boxPublic);
    q.addBindValue(boxSecret);
    q.addBindValue(AuditLog::timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(selfId);
    const bool ok = q.exec();
    sodium_memzero(signSecret.data(), size_t(signSecret.size()));
    sodium_memzero(boxSecret.data(), size_t(boxSecret.size()));
    if (!ok)
        return sqlError(q.lastError(), db.databaseName());
    return tx.commit();
}

QString DeviceKeys::fingerprint(const QByteArray &signPublicKey, const QByteArray &boxPublicKey)
{
    const QByteArray digest =
        QCryptographicHash::hash(signPublicKey + boxPublicKey, QCryptographicHash::Sha256);
    const quint64 n = qFromBigEndian<quint64>(digest.constData());
    const QString digits = QStringLiteral("%1").arg(n, 20, 10, QLatin1Char('0'));
    return QStringList{digits.mid(0, 5), digits.mid(5, 5), digits.mid(10, 5), digits.mid(15, 5)}
        .join(QLatin1Char('-'));
}

Result<QByteArray> DeviceKeys::pairingFile(const QSqlDatabase &db)
{
    if (Status s = sodiumReady(); !s)
        return s.error();
    auto self = selfKeys(db);
    if (!self)
        return self.error();
    const QJsonObject payload{
        {QStringLiteral("format"), QLatin1String(PairingFormat)},
        {QStringLiteral("version"), PairingVersion},
        {QStringLiteral("device_id"), self->id},
        {QStringLiteral("name"), self->name},
        {QStringLiteral("role"), self->role},
        {QStringLiteral("sign_public_key"), QString::fromLatin1(self->signPublic.toBase64())},
        {QStringLiteral("box_public_key"), QString::fromLatin1(self->boxPublic.toBase64())},
        {QStringLiteral("created_at"), AuditLog::timestamp(QDateTime::currentDateTimeUtc())}};
    const QByteArray message = canonical(payload);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(self->signSecret.constData()));
    sodium_memzero(self->signSecret.data(), size_t(self->signSecret.size()));
    const QJsonObject file{
        {QStringLiteral("payload"), payload},
        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<PairingInfo> DeviceKeys::readPairingFile(const QByteArray &bytes)
{
    if (Status s = sodiumReady(); !s)
        return s.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error{tr("This is not a pairing file: it is not readable JSON (%1).")
                         .arg(parseError.errorString())};
    const QJsonObject file = doc.object();
    const QJsonObject payload = file.value(QStringLiteral("payload")).toObject();
    if (!file.value(QStringLiteral("payload")).isObject() ||
        !file.value(QStringLiteral("signature")).isString())
        return Error{tr("This is not a pairing file: it has no payload and signature.")};
    if (payload.value(QStringLiteral("format")).toString() != QLatin1String(PairingFormat))
        return Error{tr("This is not a Bangfu pairing file (format \"%1\").")
                         .arg(payload.value(QStringLiteral("format")).toString())};
    const QJsonValue version = payload.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != PairingVersion)
        return Error{tr("Pairing file version %1 is not supported; this program reads version %2.")
                         .arg(version.toVariant().toString())
                         .arg(PairingVersion)};
    PairingInfo info;
    info.deviceId = payload.value(QStringLiteral("device_id")).toString();
    info.name = payload.value(QStringLiteral("name")).toString();
    info.role = payload.value(QStringLiteral("role")).toString();
    info.createdAt = payload.value(QStringLiteral("created_at")).toString();
    if (QUuid::fromString(info.deviceId).isNull() || info.name.trimmed().isEmpty())
        return Error{tr("The pairing file has no valid device id or name.")};
    if (info.role != QStringLiteral("office") && info.role != QStringLiteral("laptop"))
        return Error{tr("The pairing file names an unknown device role \"%1\".").arg(info.role)};
    const auto decode = [&](const char *key, QByteArray *out) {
        auto r =
            QByteArray::fromBase64Encoding(payload.value(QLatin1String(key)).toString().toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
        *out = r.decoded;
        return r.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    };
    if (!decode("sign_public_key", &info.signPublicKey) ||
        info.signPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return Error{tr("The pairing file's signing key is damaged (not %1 bytes of base64).")
                         .arg(crypto_sign_PUBLICKEYBYTES)};
    if (!decode("box_public_key", &info.boxPublicKey) ||
        info.boxPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return Error{tr("The pairing file's encryption key is damaged (not %1 bytes of base64).")
                         .arg(crypto_box_PUBLICKEYBYTES)};
    auto signature = QByteArray::fromBase64Encoding(
        file.value(QStringLiteral("signature")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray message = canonical(payload);
    if (signature.decodingStatus != QByteArray::Base64DecodingStatus::Ok ||
        signature.decoded.size() != crypto_sign_BYTES ||
        crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char *>(signature.decoded.constData()),
            reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
            reinterpret_cast<const unsigned char *>(info.signPublicKey.constData())) != 0)
        return Error{tr("The pairing file's signature does not match its contents: the file was "
                        "damaged or altered. Ask for a new one.")};
    return info;
}

Status DeviceKeys::enrol(AuditedWriter &writer, const PairingInfo &info)
{
    if (Status s = writer.require(Permission::ManageDevices); !s)
        return s;
    const QSqlDatabase db = writer.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT is_self, sign_public_key, box_public_key FROM devices "
                             "WHERE id = ? OR (is_self = 1 AND sign_public_key = ?) "
                             "ORDER BY is_self DESC"));
    q.addBindValue(info.deviceId);
    q.addBindValue(info.signPublicKey);
    if (!q.exec())
        return sqlError(q.lastError(), db.databaseName());
    if (q.next()) {
        if (q.value(0).toBool())
            return Error{tr("This pairing file is this device's own; enrol it on the other "
                            "device.")};
        if (q.value(1).toByteArray() == info.signPublicKey &&
            q.value(2).toByteArray() == info.boxPublicKey)
            return {}; // Already paired with these keys.
        return Error{tr("A device with the id %1 is already paired, with other keys. This file "
                        "may come from an impostor; it was not enrolled.")
                         .arg(info.deviceId)};
    }
    q.finish();

    // Devices are not a synced table, so not written through the writer's
    // insert (which stamps created_by and the like); the row and its audit
    // entry are written here, in one transaction, with the same checks. The
    // audit entry carries public keys by size only, and no secret at all.
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QString at = AuditLog::timestamp(writer.now());
    const RowValues values = {{QStringLiteral("name"), info.name},
                              {QStringLiteral("role"), info.role},
                              {QStringLiteral("is_self"), 0},
                              {QStringLiteral("sign_public_key"), info.signPublicKey},
                              {QStringLiteral("box_public_key"), info.boxPublicKey},
                              {QStringLiteral("paired_at"), at},
                              {QStringLiteral("paired_by"), writer.user()->id},
                              {QStringLiteral("created_at"), at},
                              {QStringLiteral("updated_at"), at}};
    QStringList columns{QStringLiteral("id")};
    QJsonObject changes;
    QSqlQuery insert(db);
    for (const auto &[column, value] : values) {
        columns.append(column);
        changes.insert(column, QJsonArray{QJsonValue::Null,
                                          auditValue(QStringLiteral("devices"), column, value)});
    }
    insert.prepare(
        QStringLiteral("INSERT INTO devices(%1) VALUES (%2)")
            .arg(columns.join(QLatin1Char(',')),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    insert.addBindValue(info.deviceId);
    for (const auto &[column, value] : values)
        insert.addBindValue(value);
    if (!insert.exec())
        return sqlError(insert.lastError(), db.databaseName());
    AuditEntry entry;
    entry.at = writer.now();
    entry.userId = writer.user()->id;
    entry.deviceId = writer.deviceId();
    entry.action = QStringLiteral("insert");
    entry.entity = QStringLiteral("devices");
    entry.rowId = info.deviceId;
    entry.changes = changes;
    if (Status s = AuditLog::append(db, entry); !s)
        return s;
    return tx.commit();
}

Result<QList<DeviceInfo>> DeviceKeys::list(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT d.id, d.name, d.role, d.is_self, d.sign_public_key, "
                               "d.box_public_key, d.paired_at, u.display_name "
                               "FROM devices d LEFT JOIN users u ON u.id = d.paired_by "
                               "ORDER BY d.is_self DESC, d.name, d.id")))
        return sqlError(q.lastError(), db.databaseName());
    QList<DeviceInfo> devices;
    while (q.next()) {
        DeviceInfo d;
        d.id = q.value(0).toString();
        d.name = q.value(1).toString();
        d.role = q.value(2).toString();
        d.isSelf = q.value(3).toBool();
        const QByteArray sign = q.value(4).toByteArray();
        const QByteArray box = q.value(5).toByteArray();
        if (!sign.isEmpty() && !box.isEmpty())
            d.fingerprint = fingerprint(sign, box);
        d.pairedAt = q.value(6).toString();
        d.pairedByName = q.value(7).toString();
        devices.append(d);
    }
    return devices;
}

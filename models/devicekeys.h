// DeviceKeys: this installation's signing (Ed25519) and encryption (X25519)
// keys, the short fingerprint people compare when pairing, the signed pairing
// file a device hands to the other, and enrolling (pairing) another device
// from such a file. Secret keys stay in this database's own devices row; no
// function here returns or writes them anywhere else. See docs/sync.md.
#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class AuditedWriter;

/// What a pairing file says about its device (verified by readPairingFile).
struct PairingInfo
{
    QString deviceId;
    QString name;
    QString role;             ///< "office" or "laptop"
    QByteArray signPublicKey; ///< Ed25519, 32 bytes
    QByteArray boxPublicKey;  ///< X25519, 32 bytes
    QString createdAt;        ///< ISO UTC time the file was written
};

/// A device as listed: this installation first, then the paired ones.
struct DeviceInfo
{
    QString id;
    QString name;
    QString role;
    bool isSelf = false;
    QString fingerprint;  ///< empty when the row has no keys
    QString pairedAt;     ///< empty for this installation
    QString pairedByName; ///< display name of the administrator who paired it
};

class DeviceKeys
{
    Q_DECLARE_TR_FUNCTIONS(DeviceKeys)

public:
    /// Format name and version written into (and required of) a pairing file.
    static constexpr char PairingFormat[] = "bangfu-pairing";
    static constexpr int PairingVersion = 1;

    /// Gives this installation's row (\a selfId) new key pairs if it has none
    /// (databases made before keys existed). Nothing happens if it has keys.
    static Status ensureSelfKeys(const QSqlDatabase &db, const QString &selfId);

    /// The fingerprint of a device's public keys: the first 8 bytes of
    /// SHA-256(signPublicKey || boxPublicKey) as a big-endian unsigned number,
    /// written as 20 decimal digits in four groups of five ("04821-09375-51233-06117").
    /// Digits are easy to read aloud and compare in any language.
    static QString fingerprint(const QByteArray &signPublicKey, const QByteArray &boxPublicKey);

    /// This installation's pairing file (JSON, signed with its Ed25519 key).
    static Result<QByteArray> pairingFile(const QSqlDatabase &db);

    /// Reads and verifies a pairing file: format, version, fields, key lengths
    /// and the signature. The Error says what is wrong.
    static Result<PairingInfo> readPairingFile(const QByteArray &bytes);

    /// Enrols (pairs) the device of \a info: inserts it with its public keys,
    /// paired now by the writer's user (Permission::ManageDevices). Refuses this
    /// installation itself and a known device id with other keys; the same
    /// device with the same keys again changes nothing and succeeds.
    static Status enrol(AuditedWriter &writer, const PairingInfo &info);

    /// This installation first, then the other devices by name.
    static Result<QList<DeviceInfo>> list(const QSqlDatabase &db);
};

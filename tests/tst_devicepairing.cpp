// Devices and pairing: every installation has its key pairs, a fingerprint
// both sides agree on, a signed pairing file that refuses any alteration, and
// enrolling that only an administrator may do, never of itself or of an
// impostor, and never with a secret key in the audit log.
#include "devicekeys.h"
#include "devices.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sodium.h>

class TestDevicePairing : public QObject
{
    Q_OBJECT

private:
    static int deviceCount(TestWorkspace &ws)
    {
        return ws.scalar(QStringLiteral("SELECT count(*) FROM devices")).toInt();
    }
    static Status enrol(TestWorkspace &ws, const PairingInfo &info, const CurrentUser &user)
    {
        return ws.write(user, [&](AuditedWriter &w) { return DeviceKeys::enrol(w, info); });
    }
    /// \a file with its payload changed by \a change (signature left as it was).
    static QByteArray altered(const QByteArray &file,
                              const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject root = QJsonDocument::fromJson(file).object();
        QJsonObject payload = root.value(QStringLiteral("payload")).toObject();
        change(payload);
        root.insert(QStringLiteral("payload"), payload);
        return QJsonDocument(root).toJson();
    }

private slots:
    void keysExist()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QCOMPARE(ws.scalar(QStringLiteral(
                               "SELECT length(sign_public_key) FROM devices WHERE is_self = 1"))
                     .toInt(),
                 int(crypto_sign_PUBLICKEYBYTES));
        QCOMPARE(ws.scalar(QStringLiteral(
                               "SELECT length(sign_secret_key) FROM devices WHERE is_self = 1"))
                     .toInt(),
                 int(crypto_sign_SECRETKEYBYTES));
        QCOMPARE(ws.scalar(QStringLiteral(
                               "SELECT length(box_public_key) FROM devices WHERE is_self = 1"))
                     .toInt(),
                 int(crypto_box_PUBLICKEYBYTES));
        QCOMPARE(ws.scalar(QStringLiteral(
                               "SELECT length(box_secret_key) FROM devices WHERE is_self = 1"))
                     .toInt(),
                 int(crypto_box_SECRETKEYBYTES));
    }

    void keysCreatedForOldDatabases()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QSqlQuery q(ws.sql());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE devices SET sign_public_key = NULL, sign_secret_key = NULL, "
                           "box_public_key = NULL, box_secret_key = NULL")));
        QVERIFY(!DeviceKeys::pairingFile(ws.sql()));
        auto id = Devices::ensureSelf(ws.sql());
        QVERIFY(id);
        QCOMPARE(id.value(), ws.workspace().deviceId());
        QCOMPARE(ws.scalar(QStringLiteral(
                               "SELECT length(sign_secret_key) FROM devices WHERE is_self = 1"))
                     .toInt(),
                 int(crypto_sign_SECRETKEYBYTES));
        QVERIFY(DeviceKeys::pairingFile(ws.sql()));
    }

    void fingerprintFormat()
    {
        const QString f = DeviceKeys::fingerprint(QByteArray(32, 'a'), QByteArray(32, 'b'));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d{5}-\\d{5}-\\d{5}-\\d{5}$")).match(f).hasMatch(),
            qPrintable(f));
        QCOMPARE(DeviceKeys::fingerprint(QByteArray(32, 'a'), QByteArray(32, 'b')), f);
        QVERIFY(DeviceKeys::fingerprint(QByteArray(32, 'a'), QByteArray(32, 'c')) != f);
    }

    void pairBothWays()
    {
        TestWorkspace office;
        TestWorkspace laptop;
        QVERIFY(office.ok() && laptop.ok());
        QSqlQuery q(laptop.sql());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE devices SET role = 'laptop', name = '笔记本一号' WHERE is_self = 1")));

        auto officeFile = DeviceKeys::pairingFile(office.sql());
        auto laptopFile = DeviceKeys::pairingFile(laptop.sql());
        QVERIFY(officeFile && laptopFile);
        auto laptopInfo = DeviceKeys::readPairingFile(*laptopFile);
        QVERIFY2(laptopInfo, laptopInfo ? "" : qPrintable(laptopInfo.error().message));
        QCOMPARE(laptopInfo->deviceId, laptop.workspace().deviceId());
        QCOMPARE(laptopInfo->role, QStringLiteral("laptop"));
        QCOMPARE(laptopInfo->name, QStringLiteral("笔记本一号"));
        auto officeInfo = DeviceKeys::readPairingFile(*officeFile);
        QVERIFY(officeInfo);

        Status s = enrol(office, *laptopInfo, office.admin);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        s = enrol(laptop, *officeInfo, laptop.admin);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        // The same keys again: nothing new, no error.
        const int entries = office.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        QVERIFY(enrol(office, *laptopInfo, office.admin));
        QCOMPARE(deviceCount(office), 2);
        QCOMPARE(office.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), entries);

        auto officeList = DeviceKeys::list(office.sql());
        auto laptopList = DeviceKeys::list(laptop.sql());
        QVERIFY(officeList && laptopList);
        QCOMPARE(officeList->size(), 2);
        QCOMPARE(laptopList->size(), 2);
        QVERIFY(officeList->at(0).isSelf);
        QCOMPARE(officeList->at(0).id, office.workspace().deviceId());
        QCOMPARE(officeList->at(1).id, laptop.workspace().deviceId());
        QCOMPARE(officeList->at(1).role, QStringLiteral("laptop"));
        QCOMPARE(officeList->at(1).pairedByName, QStringLiteral("管理员"));
        QVERIFY(!officeList->at(1).pairedAt.isEmpty());
        // Both sides show the same fingerprint for the same device.
        QCOMPARE(officeList->at(1).fingerprint, laptopList->at(0).fingerprint);
        QCOMPARE(laptopList->at(1).fingerprint, officeList->at(0).fingerprint);
        QVERIFY(officeList->at(0).fingerprint != laptopList->at(0).fingerprint);

        // No secret key, in any spelling, in either audit log.
        for (TestWorkspace *ws : {&office, &laptop}) {
            QSqlQuery keys(ws->sql());
            QVERIFY(keys.exec(QStringLiteral(
                "SELECT sign_secret_key, box_secret_key FROM devices WHERE is_self = 1")));
            QVERIFY(keys.next());
            for (int i = 0; i < 2; ++i) {
                const QByteArray secret = keys.value(i).toByteArray();
                QVERIFY(!secret.isEmpty());
                for (const QByteArray &spelling :
                     {secret.toBase64(), secret.toHex(), secret.toHex().toUpper(),
                      secret.toBase64().left(20)}) {
                    QCOMPARE(ws->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                       "instr(changes, ?) > 0"),
                                        {QString::fromLatin1(spelling)})
                                 .toInt(),
                             0);
                }
            }
        }
    }

    void alteredFilesRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << "name"
                              << "Impostor"
                              << "signature";
        QTest::newRow("role") << "role"
                              << "laptop"
                              << "signature";
        QTest::newRow("device id") << "device_id"
                                   << "0b3c8a52-0a1c-4d7e-9a35-4d8c0d3e7a11"
                                   << "signature";
        QTest::newRow("format") << "format"
                                << "bangfu-bundle"
                                << "not a Bangfu pairing file";
    }

    void alteredFilesRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        TestWorkspace office;
        TestWorkspace laptop;
        QVERIFY(office.ok() && laptop.ok());
        auto file = DeviceKeys::pairingFile(laptop.sql());
        QVERIFY(file);
        QVERIFY(DeviceKeys::readPairingFile(*file));
        const QByteArray bad = altered(*file, [&](QJsonObject &p) { p.insert(field, value); });
        auto read = DeviceKeys::readPairingFile(bad);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
        QCOMPARE(deviceCount(office), 1);
    }

    void changedKeyByteRefused()
    {
        TestWorkspace laptop;
        QVERIFY(laptop.ok());
        auto file = DeviceKeys::pairingFile(laptop.sql());
        QVERIFY(file);
        for (const char *key : {"sign_public_key", "box_public_key"}) {
            const QByteArray bad = altered(*file, [&](QJsonObject &p) {
                QByteArray raw =
                    QByteArray::fromBase64(p.value(QLatin1String(key)).toString().toLatin1());
                raw[5] = char(raw[5] ^ 0x01);
                p.insert(QLatin1String(key), QString::fromLatin1(raw.toBase64()));
            });
            auto read = DeviceKeys::readPairingFile(bad);
            QVERIFY2(!read, key);
            QVERIFY2(read.error().message.contains(QStringLiteral("signature")),
                     qPrintable(read.error().message));
        }
        // One changed byte anywhere in the signature, too.
        QJsonObject root = QJsonDocument::fromJson(*file).object();
        QByteArray sig =
            QByteArray::fromBase64(root.value(QStringLiteral("signature")).toString().toLatin1());
        sig[0] = char(sig[0] ^ 0x80);
        root.insert(QStringLiteral("signature"), QString::fromLatin1(sig.toBase64()));
        QVERIFY(!DeviceKeys::readPairingFile(QJsonDocument(root).toJson()));
    }

    void malformedFilesRefused()
    {
        TestWorkspace laptop;
        QVERIFY(laptop.ok());
        auto file = DeviceKeys::pairingFile(laptop.sql());
        QVERIFY(file);
        QVERIFY(!DeviceKeys::readPairingFile(file->left(file->size() / 2)));
        QVERIFY(!DeviceKeys::readPairingFile(QByteArray()));
        QVERIFY(!DeviceKeys::readPairingFile(QByteArrayLiteral("\x00\x01garbage")));
        QVERIFY(!DeviceKeys::readPairingFile(QByteArrayLiteral("[1, 2, 3]")));
        QVERIFY(!DeviceKeys::readPairingFile(QByteArrayLiteral("{\"payload\": {}}")));
        auto v2 = DeviceKeys::readPairingFile(
            altered(*file, [](QJsonObject &p) { p.insert(QStringLiteral("version"), 2); }));
        QVERIFY(!v2);
        QVERIFY2(v2.error().message.contains(QStringLiteral("version 2")),
                 qPrintable(v2.error().message));
        auto shortKey = DeviceKeys::readPairingFile(altered(*file, [](QJsonObject &p) {
            p.insert(QStringLiteral("sign_public_key"), QStringLiteral("AAAA"));
        }));
        QVERIFY(!shortKey);
        QVERIFY2(shortKey.error().message.contains(QStringLiteral("signing key")),
                 qPrintable(shortKey.error().message));
    }

    void enrolRefusals()
    {
        TestWorkspace office;
        TestWorkspace laptop;
        TestWorkspace other;
        QVERIFY(office.ok() && laptop.ok() && other.ok());
        auto own = DeviceKeys::readPairingFile(*DeviceKeys::pairingFile(office.sql()));
        QVERIFY(own);
        Status s = enrol(office, *own, office.admin);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("own")), qPrintable(s.error().message));
        QCOMPARE(deviceCount(office), 1);

        auto info = DeviceKeys::readPairingFile(*DeviceKeys::pairingFile(laptop.sql()));
        QVERIFY(info);
        // A caseworker may not pair devices.
        s = enrol(office, *info, office.caseworker);
        QVERIFY(!s);
        QCOMPARE(deviceCount(office), 1);

        QVERIFY(enrol(office, *info, office.admin));
        QCOMPARE(deviceCount(office), 2);
        // The same id with other keys: an impostor, refused.
        auto otherInfo = DeviceKeys::readPairingFile(*DeviceKeys::pairingFile(other.sql()));
        QVERIFY(otherInfo);
        PairingInfo impostor = *otherInfo;
        impostor.deviceId = info->deviceId;
        s = enrol(office, impostor, office.admin);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("impostor")),
                 qPrintable(s.error().message));
        QCOMPARE(office
                     .scalar(QStringLiteral("SELECT sign_public_key FROM devices WHERE id = ?"),
                             {info->deviceId})
                     .toByteArray(),
                 info->signPublicKey);
        QCOMPARE(
            office.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'devices'"))
                .toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestDevicePairing)
#include "tst_devicepairing.moc"

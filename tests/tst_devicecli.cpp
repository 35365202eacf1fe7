// bangfu-cli device and init --office/--laptop: the role chosen at init shows
// in `device show`, both flags together are a usage error, and a pairing file
// written by one database and enrolled in another lists the device there with
// the fingerprint it shows for itself.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestDeviceCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static CliRun::Result run(const QStringList &args)
    {
        return CliRun::run(args, CliRun::passwords(QStringLiteral("admin-pass-1")));
    }
    static QJsonObject show(const QString &db)
    {
        const CliRun::Result r =
            CliRun::run({QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("--db"),
                         db, QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CliRun::Result r = run({QStringLiteral("init"), QStringLiteral("--db"),
                                path(QStringLiteral("office.sqlite")), QStringLiteral("--admin"),
                                QStringLiteral("admin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("init"), QStringLiteral("--db"),
                 path(QStringLiteral("laptop.sqlite")), QStringLiteral("--admin"),
                 QStringLiteral("admin"), QStringLiteral("--laptop")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void roles()
    {
        QCOMPARE(
            show(path(QStringLiteral("office.sqlite"))).value(QStringLiteral("role")).toString(),
            QStringLiteral("office"));
        const QJsonObject laptop = show(path(QStringLiteral("laptop.sqlite")));
        QCOMPARE(laptop.value(QStringLiteral("role")).toString(), QStringLiteral("laptop"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{5}-\\d{5}-\\d{5}-\\d{5}$"))
                    .match(laptop.value(QStringLiteral("fingerprint")).toString())
                    .hasMatch());
        QCOMPARE(laptop.value(QStringLiteral("paired")).toArray().size(), 0);
    }

    void bothRolesIsUsageError()
    {
        const QString db = path(QStringLiteral("both.sqlite"));
        const CliRun::Result r = run({QStringLiteral("init"), QStringLiteral("--db"), db,
                                      QStringLiteral("--office"), QStringLiteral("--laptop")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--laptop")));
        QVERIFY(!QFile::exists(db));
    }

    void pairAcross()
    {
        const QString office = path(QStringLiteral("office.sqlite"));
        const QString laptop = path(QStringLiteral("laptop.sqlite"));
        const QString file = path(QStringLiteral("laptop.pairing"));
        CliRun::Result r = run({QStringLiteral("device"), QStringLiteral("pairing-file"),
                                QStringLiteral("--db"), laptop, QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(file));
        const QJsonObject laptopSelf = show(laptop);
        const QString fingerprint = laptopSelf.value(QStringLiteral("fingerprint")).toString();
        QVERIFY(r.out.contains(fingerprint));

        // Without --user: usage error, nothing written.
        r = run({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--db"), office,
                 file});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--db"), office,
                 QStringLiteral("--user"), QStringLiteral("admin"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(fingerprint), qPrintable(r.out));

        const QJsonArray paired = show(office).value(QStringLiteral("paired")).toArray();
        QCOMPARE(paired.size(), 1);
        const QJsonObject device = paired.at(0).toObject();
        QCOMPARE(device.value(QStringLiteral("id")).toString(),
                 laptopSelf.value(QStringLiteral("id")).toString());
        QCOMPARE(device.value(QStringLiteral("role")).toString(), QStringLiteral("laptop"));
        QCOMPARE(device.value(QStringLiteral("fingerprint")).toString(), fingerprint);
        QCOMPARE(device.value(QStringLiteral("paired_by")).toString(), QStringLiteral("admin"));

        // A damaged file is refused and changes nothing.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        const QString name = laptopSelf.value(QStringLiteral("name")).toString();
        bytes.replace(QByteArray("\"name\": \"") + name.toUtf8(),
                      QByteArray("\"name\": \"X") + name.toUtf8());
        const QString bad = path(QStringLiteral("bad.pairing"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(bytes);
        b.close();
        r = run({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--db"), laptop,
                 QStringLiteral("--user"), QStringLiteral("admin"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("signature")), qPrintable(r.err));
        QCOMPARE(show(laptop).value(QStringLiteral("paired")).toArray().size(), 0);
    }

    void textShow()
    {
        const CliRun::Result r =
            CliRun::run({QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("--db"),
                         path(QStringLiteral("office.sqlite"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Fingerprint:")));
        QVERIFY(r.out.contains(QStringLiteral("Paired devices:")));
    }
};

QTEST_GUILESS_MAIN(TestDeviceCli)
#include "tst_devicecli.moc"

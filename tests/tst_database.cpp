// Opening, creating, refusing and migrating Bangfu database files.
#include "database.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs SQL on a file with plain SQLite, behind Bangfu's back.
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString message = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void writeMigration(const QString &dir, const QString &name, const QByteArray &sql)
{
    writeFile(QDir(dir).filePath(name), sql);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsNewDatabaseWithPragmas();
    void reopensWithoutBackup();
    void refusesWithoutTouching_data();
    void refusesWithoutTouching();
    void refusesNewerVersionUnchanged();
    void migratesOlderDatabaseAfterBackup();
    void failedMigrationIsRolledBack();
    void failedCreationLeavesNoFile();
    void migrationFilesMustBeNumberedInSequence();
    void backupCopyOpensAndRefusesOverwrite();
    void foreignKeysAreEnforced();
    void lockedDatabaseSaysSo();
    void refusesTruncatedEmptyAndFolder();
    void readOnlyModeChangesNothing();
    void transactionsNestAsSavepoints();
    void commitAfterRollbackIsAnError();
    void lockedOnOpenSaysLockedNotForeign();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsNewDatabaseWithPragmas()
{
    const QString file = path(QStringLiteral("sub/dir/new.sqlite"));
    auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    const QSqlDatabase sql = db.value()->sql();
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion(Migrations::builtin().value()));
    QVERIFY(db.value()->schemaVersion() >= 1);
    QCOMPARE(scalar(sql, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QCOMPARE(scalar(sql, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(sql, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(sql, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(scalar(sql, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'households'"))
                 .toInt(),
             1);
    QVERIFY(db.value()->migrationBackups().isEmpty());
    QVERIFY(QFile::exists(file));
}

void TestDatabase::reopensWithoutBackup()
{
    const QString file = path(QStringLiteral("a.sqlite"));
    QVERIFY(Database::open(file).ok());
    auto again = Database::open(file);
    QVERIFY(again.ok());
    QVERIFY(again.value()->migrationBackups().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}).size(), 0);
}

void TestDatabase::refusesWithoutTouching_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("text file") << QByteArray("name,id\n张涛,371312\n") << QByteArray();
    QTest::newRow("short binary") << QByteArray("SQLite format 3") << QByteArray();
    QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << QByteArray();
    QTest::newRow("other sqlite app") << QByteArray()
                                      << QByteArray("CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    QTest::newRow("sqlite with our version but no id")
        << QByteArray() << QByteArray("CREATE TABLE households(x); PRAGMA user_version = 1;");
}

void TestDatabase::refusesWithoutTouching()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, sql);
    const QString file = path(QStringLiteral("other.db"));
    if (sql.isEmpty())
        writeFile(file, content);
    else
        rawExec(file, sql.constData());
    const QByteArray before = fileHash(file);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    auto db = Database::open(file);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("not a Bangfu database")),
             qPrintable(db.error().message));
    QCOMPARE(db.error().where, file);
    QCOMPARE(fileHash(file), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::refusesNewerVersionUnchanged()
{
    const QString file = path(QStringLiteral("future.sqlite"));
    QVERIFY(Database::open(file).ok());
    rawExec(file, "PRAGMA user_version = 999;");
    const QByteArray before = fileHash(file);

    auto db = Database::open(file);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("newer version")),
             qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("999")));
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestDatabase::migratesOlderDatabaseAfterBackup()
{
    const QString dir1 = path(QStringLiteral("m1"));
    const QString dir2 = path(QStringLiteral("m2"));
    QDir().mkpath(dir1);
    QDir().mkpath(dir2);
    writeMigration(dir1, QStringLiteral("0001_base.sql"), "CREATE TABLE a(x INTEGER);");
    writeMigration(dir2, QStringLiteral("0001_base.sql"), "CREATE TABLE a(x INTEGER);");
    writeMigration(dir2, QStringLiteral("0002_more.sql"),
                   "ALTER TABLE a ADD COLUMN y TEXT; UPDATE a SET y = 'migrated';");
    const QString file = path(QStringLiteral("old.sqlite"));
    {
        auto db = Database::open(file, Migrations::loadFrom(dir1).value());
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), 1);
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO a(x) VALUES (42)")));
    }
    auto db = Database::open(file, Migrations::loadFrom(dir2).value());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), 2);
    QCOMPARE(scalar(db.value()->sql(), QStringLiteral("SELECT y FROM a WHERE x = 42")).toString(),
             QStringLiteral("migrated"));

    const QStringList backups = db.value()->migrationBackups();
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().contains(QStringLiteral(".v1-")));
    auto copy = Database::open(backups.first(), Migrations::loadFrom(dir1).value());
    QVERIFY(copy.ok());
    QCOMPARE(copy.value()->schemaVersion(), 1);
    QCOMPARE(scalar(copy.value()->sql(), QStringLiteral("SELECT x FROM a")).toInt(), 42);
}

void TestDatabase::failedMigrationIsRolledBack()
{
    const QString dir = path(QStringLiteral("m"));
    QDir().mkpath(dir);
    writeMigration(dir, QStringLiteral("0001_base.sql"), "CREATE TABLE a(x INTEGER);");
    const QString file = path(QStringLiteral("db.sqlite"));
    QVERIFY(Database::open(file, Migrations::loadFrom(dir).value()).ok());
    writeMigration(dir, QStringLiteral("0002_broken.sql"),
                   "CREATE TABLE b(y); INSERT INTO no_such_table VALUES (1);");

    auto db = Database::open(file, Migrations::loadFrom(dir).value());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("0002_broken.sql")),
             qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("no_such_table")));

    QFile::remove(dir + QStringLiteral("/0002_broken.sql"));
    auto reopened = Database::open(file, Migrations::loadFrom(dir).value());
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->schemaVersion(), 1);
    QCOMPARE(scalar(reopened.value()->sql(),
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'"))
                 .toInt(),
             0);
}

void TestDatabase::failedCreationLeavesNoFile()
{
    const QString dir = path(QStringLiteral("m"));
    QDir().mkpath(dir);
    writeMigration(dir, QStringLiteral("0001_broken.sql"), "CREATE TABLE a(; ");
    const QString file = path(QStringLiteral("never.sqlite"));
    QVERIFY(!Database::open(file, Migrations::loadFrom(dir).value()).ok());
    QVERIFY(!QFile::exists(file));
}

void TestDatabase::migrationFilesMustBeNumberedInSequence()
{
    const QString dir = path(QStringLiteral("gap"));
    QDir().mkpath(dir);
    writeMigration(dir, QStringLiteral("0001_a.sql"), "SELECT 1;");
    writeMigration(dir, QStringLiteral("0003_c.sql"), "SELECT 1;");
    auto set = Migrations::loadFrom(dir);
    QVERIFY(!set.ok());
    QCOMPARE(set.error().where, QStringLiteral("0003_c.sql"));

    const QString bad = path(QStringLiteral("badname"));
    QDir().mkpath(bad);
    writeMigration(bad, QStringLiteral("1_Initial.sql"), "SELECT 1;");
    QVERIFY(!Migrations::loadFrom(bad).ok());
}

void TestDatabase::backupCopyOpensAndRefusesOverwrite()
{
    auto db = Database::open(path(QStringLiteral("main.sqlite")));
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO divisions(code, name, kind) VALUES "
                                  "('371312', '河东区', '区')")));
    const QString copy = path(QStringLiteral("copy.sqlite"));
    QVERIFY(db.value()->backupTo(copy).ok());
    QVERIFY(!db.value()->backupTo(copy).ok());
    auto opened = Database::open(copy);
    QVERIFY(opened.ok());
    QCOMPARE(scalar(opened.value()->sql(), QStringLiteral("SELECT name FROM divisions")).toString(),
             QStringLiteral("河东区"));
}

void TestDatabase::foreignKeysAreEnforced()
{
    auto db = Database::open(path(QStringLiteral("fk.sqlite")));
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->sql());
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO members(id, household_id, name, relationship, created_at, updated_at) "
        "VALUES ('m1', 'no-such-household', '张涛', 'self', '2026-01-01', '2026-01-01')")));
}

void TestDatabase::lockedDatabaseSaysSo()
{
    const QString file = path(QStringLiteral("locked.sqlite"));
    auto first = Database::open(file);
    QVERIFY(first.ok());
    auto second = Database::open(file);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    QSqlQuery q(second.value()->sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 100")));

    Transaction holder(first.value()->sql());
    QVERIFY(holder.begun().ok());
    Transaction blocked(second.value()->sql());
    QVERIFY(!blocked.begun().ok());
    QVERIFY2(blocked.begun().error().message.contains(QStringLiteral("locked")),
             qPrintable(blocked.begun().error().message));
    QCOMPARE(blocked.begun().error().where, file);
}

void TestDatabase::refusesTruncatedEmptyAndFolder()
{
    const QString file = path(QStringLiteral("full.sqlite"));
    {
        auto db = Database::open(file);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler(x)")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                      "WHERE i < 3000) INSERT INTO filler SELECT randomblob(100) FROM n")));
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    f.close();
    const QString cut = path(QStringLiteral("cut.sqlite"));
    writeFile(cut, whole.left(whole.size() / 2));
    const QByteArray before = fileHash(cut);
    auto truncated = Database::open(cut);
    QVERIFY(!truncated.ok());
    QVERIFY2(truncated.error().message.contains(QStringLiteral("incomplete")),
             qPrintable(truncated.error().message));
    QCOMPARE(fileHash(cut), before);

    const QString empty = path(QStringLiteral("empty.sqlite"));
    writeFile(empty, QByteArray());
    QVERIFY(!Database::open(empty).ok());
    QCOMPARE(QFileInfo(empty).size(), 0);

    auto folder = Database::open(m_dir->path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(QStringLiteral("folder")));
}

void TestDatabase::readOnlyModeChangesNothing()
{
    const QString dir = path(QStringLiteral("m"));
    QDir().mkpath(dir);
    writeMigration(dir, QStringLiteral("0001_base.sql"), "CREATE TABLE a(x INTEGER);");
    const QString file = path(QStringLiteral("ro.sqlite"));
    QVERIFY(Database::open(file, Migrations::loadFrom(dir).value()).ok());
    const QByteArray before = fileHash(file);

    writeMigration(dir, QStringLiteral("0002_more.sql"), "CREATE TABLE b(y);");
    auto db = Database::open(file, Migrations::loadFrom(dir).value(), Database::Mode::ReadOnly);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    QVERIFY(db.value()->isReadOnly());
    QCOMPARE(db.value()->schemaVersion(), 1);
    QSqlQuery q(db.value()->sql());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO a VALUES (1)")));
    db.value().reset();
    QCOMPARE(fileHash(file), before);
    QVERIFY(!Database::open(path(QStringLiteral("missing.sqlite")), Database::Mode::ReadOnly).ok());
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite"))));
}

void TestDatabase::transactionsNestAsSavepoints()
{
    auto db = Database::open(path(QStringLiteral("tx.sqlite")));
    QVERIFY(db.ok());
    const QSqlDatabase sql = db.value()->sql();
    QSqlQuery q(sql);
    {
        Transaction outer(sql);
        QVERIFY(outer.begun().ok());
        QVERIFY(!outer.isNested());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO divisions(code, name, kind) VALUES ('371312', 'A', '区')")));
        {
            Transaction inner(sql);
            QVERIFY(inner.begun().ok());
            QVERIFY(inner.isNested());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO divisions(code, name, kind) VALUES ('371313', 'B', '区')")));
        } // inner rolled back
        {
            Transaction inner(sql);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO divisions(code, name, kind) VALUES ('371314', 'C', '区')")));
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(scalar(sql, QStringLiteral("SELECT group_concat(name, '') FROM (SELECT name FROM divisions ORDER BY name)"))
                 .toString(),
             QStringLiteral("AC"));
}

void TestDatabase::commitAfterRollbackIsAnError()
{
    auto db = Database::open(path(QStringLiteral("tx2.sqlite")));
    QVERIFY(db.ok());
    Transaction tx(db.value()->sql());
    tx.rollback();
    QVERIFY(!tx.commit().ok());
}

void TestDatabase::lockedOnOpenSaysLockedNotForeign()
{
    const QString file = path(QStringLiteral("held.sqlite"));
    QVERIFY(Database::open(file).ok());
    rawExec(file, "PRAGMA journal_mode = DELETE;");
    sqlite3 *holder = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &holder), SQLITE_OK);
    QCOMPARE(sqlite3_exec(holder, "BEGIN EXCLUSIVE; INSERT INTO divisions(code, name, kind) VALUES "
                                  "('371312', 'x', 'y');",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    auto db = Database::open(file); // waits out the 5 s busy timeout
    sqlite3_exec(holder, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("locked")), qPrintable(db.error().message));
    QCOMPARE(db.error().where, file);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

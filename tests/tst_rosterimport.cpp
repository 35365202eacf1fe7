// Roster import: UTF-8 and GB18030 files read the same; every kind of problem
// is reported with the spreadsheet's row and the column; nothing is written
// unless every row is valid; imports are audited and need EditHouseholds;
// bangfu-cli import households end to end with its exit codes.
#include "clirun.h"
#include "accounts.h"
#include "auditlog.h"
#include "idnumber.h"
#include "rostercsv.h"
#include "rosterimport.h"
#include "transaction.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AdminPassword = QStringLiteral("admin-pass-1");
const QString CaseworkerPassword = QStringLiteral("liming-pass-1");

QString dataPath(const char *name)
{
    return QStringLiteral(BANGFU_TEST_DATA "/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The sample as a table of cells, to change one cell per test.
QList<QStringList> sampleTable()
{
    auto records = RosterCsv::records(QString::fromUtf8(readAll(dataPath("roster-sample.csv"))));
    QList<QStringList> table;
    if (records)
        for (const CsvRecord &r : records.value())
            table.append(r.fields);
    return table;
}

QByteArray toCsv(const QList<QStringList> &table)
{
    QString text;
    for (const QStringList &row : table) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n');
            cells.append(quote ? u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"'
                               : cell);
        }
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

int count(const QSqlDatabase &db, const char *table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt();
}

QString problemsText(const RosterReport &report)
{
    QStringList lines;
    for (const RosterProblem &p : report.problems)
        lines.append(RosterImport::describe(p));
    return lines.join(u'\n');
}

using Run = CliRun::Result;

Run cli(const QStringList &args, const QString &password = {})
{
    return CliRun::run(args, CliRun::passwords(password));
}

} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void sampleIdNumbersAreValid();
    void utf8AndGb18030ReadTheSame();
    void bomLfAndSynonymsAccepted();
    void importWritesAuditedHouseholds();
    void administratorMayNotImport();
    void reportsEveryProblem_data();
    void reportsEveryProblem();
    void rowNumbersCountSpreadsheetRows();
    void allProblemsAtOnce();
    void unreadableFiles_data();
    void unreadableFiles();
    void alreadyRegisteredIsNamed();
    void oneBadRowWritesNothing();
    void applyChecksAgain();
    void cliEndToEnd();

private:
    QString setUpDatabase();
    void signIn(const QString &name, const QString &password);
    Result<RosterResult> importAsCurrentUser(const RosterPlan &plan);

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_ws;
};

// A database with an administrator, the caseworker liming and the sample's
// (invented) communities, which an administrator adds before any import.
QString TestRosterImport::setUpDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_counter));
    auto ws = Workspace::open(path);
    if (!ws) {
        qWarning("%s", qPrintable(ws.error().toString()));
        return {};
    }
    m_ws = std::move(ws).value();
    auto admin = Accounts::createFirstAdministrator(
        m_ws->sql(), m_ws->deviceId(),
        {QStringLiteral("admin"), QStringLiteral("系统管理员"), Role::Administrator, AdminPassword});
    if (!admin)
        return {};
    m_ws->setUser(admin.value());
    Transaction tx(m_ws->sql());
    AuditedWriter writer = m_ws->writer();
    if (!Accounts::create(writer, {QStringLiteral("liming"), QStringLiteral("李明"),
                                   Role::Caseworker, CaseworkerPassword}))
        return {};
    const std::pair<const char *, const char16_t *> communities[] = {
        {"371312001", u"青松社区"}, {"371312104", u"东岭村"}, {"371312009", u"柳园社区"}};
    for (const auto &[division, name] : communities) {
        const QString n = QString::fromUtf16(name);
        if (!writer.insert(Permission::ManageSettings, QStringLiteral("communities"),
                           {{QStringLiteral("division_code"), QLatin1String(division)},
                            {QStringLiteral("name"), n},
                            {QStringLiteral("kind"), n.endsWith(u'村') ? QStringLiteral("village")
                                                                       : QStringLiteral("community")},
                            {QStringLiteral("invented"), 1}}))
            return {};
    }
    if (!tx.commit())
        return {};
    return path;
}

void TestRosterImport::signIn(const QString &name, const QString &password)
{
    auto user = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), name, password);
    QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().toString()));
    m_ws->setUser(user.value());
}

Result<RosterResult> TestRosterImport::importAsCurrentUser(const RosterPlan &plan)
{
    Transaction tx(m_ws->sql());
    AuditedWriter writer = m_ws->writer();
    auto result = RosterImport::apply(writer, m_ws->pinyin(), plan);
    if (!result)
        return result;
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

void TestRosterImport::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!setUpDatabase().isEmpty());
}

void TestRosterImport::sampleIdNumbersAreValid()
{
    const QList<QStringList> table = sampleTable();
    QCOMPARE(table.size(), 9);
    QCOMPARE(table.first().at(2), QStringLiteral("身份证号码"));
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QString number = table.at(r).at(2);
        QVERIFY2(number.startsWith(QStringLiteral("371312")), qPrintable(number));
        QCOMPARE(IdNumber::checkCharacter(QStringView(number).left(17)), number.at(17));
        QVERIFY(IdNumber::parse(number).ok());
    }
}

void TestRosterImport::utf8AndGb18030ReadTheSame()
{
    const QByteArray utf8 = readAll(dataPath("roster-sample.csv"));
    const QByteArray gb = readAll(dataPath("roster-gb18030.csv"));
    QVERIFY(!utf8.isEmpty() && !gb.isEmpty());
    QVERIFY(utf8 != gb); // really two encodings of the same text
    QCOMPARE(QStringEncoder("GB18030").encode(QString::fromUtf8(utf8)), gb);

    const RosterPlan a = RosterImport::check(m_ws->sql(), utf8);
    const RosterPlan b = RosterImport::check(m_ws->sql(), gb);
    QVERIFY2(a.report.ok(), qPrintable(problemsText(a.report)));
    QVERIFY2(b.report.ok(), qPrintable(problemsText(b.report)));
    QCOMPARE(a.report.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(b.report.encoding, QStringLiteral("GB18030"));
    for (const RosterPlan *plan : {&a, &b}) {
        QCOMPARE(plan->report.rows, 8);
        QCOMPARE(plan->report.households, 3);
        QCOMPARE(plan->report.members, 8);
    }
    QCOMPARE(a.households.size(), b.households.size());
    for (qsizetype i = 0; i < a.households.size(); ++i) {
        const RosterHousehold &x = a.households.at(i);
        const RosterHousehold &y = b.households.at(i);
        QCOMPARE(y.key, x.key);
        QCOMPARE(y.divisionCode, x.divisionCode);
        QCOMPARE(y.communityId, x.communityId);
        QCOMPARE(y.address, x.address);
        QCOMPARE(y.members.size(), x.members.size());
        for (qsizetype k = 0; k < x.members.size(); ++k) {
            QCOMPARE(y.members.at(k).name, x.members.at(k).name);
            QCOMPARE(y.members.at(k).idNumber, x.members.at(k).idNumber);
            QCOMPARE(y.members.at(k).relationship, x.members.at(k).relationship);
            QCOMPARE(y.members.at(k).school, x.members.at(k).school);
        }
    }
    const RosterHousehold &third = a.households.at(2);
    QCOMPARE(third.key, QStringLiteral("H003"));
    QCOMPARE(third.divisionCode, QStringLiteral("371312009"));
    QVERIFY(!third.communityId.isEmpty());
    QCOMPARE(third.address, QStringLiteral("芝麻墩街道柳园社区8号楼1单元302室, 西户"));
    QCOMPARE(third.members.first().name, QStringLiteral("周丽娟"));
    QCOMPARE(third.members.first().monthlyIncomeFen, 265050);
    QCOMPARE(a.households.at(1).members.first().monthlyIncomeFen, 120000);
    QCOMPARE(a.households.at(1).members.first().disability, QStringLiteral("grade2"));
    QCOMPARE(a.households.at(1).members.at(1).relationship, QStringLiteral("parent"));
    QCOMPARE(a.households.at(1).members.at(1).workStatus, QStringLiteral("unable"));
}

void TestRosterImport::bomLfAndSynonymsAccepted()
{
    QList<QStringList> table = sampleTable();
    table[0][2] = QStringLiteral("身份证号");
    table[0][11] = QStringLiteral("月收入（元）");
    table[0][1] = QStringLiteral("*姓名");
    for (qsizetype r = 0; r < table.size(); ++r)
        table[r].prepend(QString::number(r));
    table[0][0] = QStringLiteral("序号");
    table[3][5] = QStringLiteral("九曲"); // the name without 街道, repeated on a member row
    table[1][4] = QStringLiteral("本人"); // 户主 by another word
    table[8][4] = QStringLiteral("父亲");
    QByteArray bytes = "\xEF\xBB\xBF" + toCsv(table);
    bytes.replace("\r\n", "\n");
    const RosterPlan plan = RosterImport::check(m_ws->sql(), bytes);
    QVERIFY2(plan.report.ok(), qPrintable(problemsText(plan.report)));
    QCOMPARE(plan.report.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(plan.report.ignoredColumns, QStringList{QStringLiteral("序号")});
    QCOMPARE(plan.report.members, 8);
    QCOMPARE(plan.households.first().members.first().name, QStringLiteral("赵文海"));
    QCOMPARE(plan.households.at(2).members.at(2).relationship, QStringLiteral("parent"));
}

void TestRosterImport::importWritesAuditedHouseholds()
{
    signIn(QStringLiteral("liming"), CaseworkerPassword);
    const RosterPlan plan = RosterImport::check(m_ws->sql(), readAll(dataPath("roster-gb18030.csv")));
    QVERIFY2(plan.report.ok(), qPrintable(problemsText(plan.report)));
    auto result = importAsCurrentUser(plan);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->householdIds.size(), 3);
    QCOMPARE(result->members, 8);

    const QSqlDatabase db = m_ws->sql();
    QCOMPARE(count(db, "households"), 3);
    QCOMPARE(count(db, "members"), 8);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM households WHERE status = 'identified' "
                                       "AND file_no IS NULL AND community_id IS NOT NULL"))
                 .toInt(),
             3);
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral(
        "SELECT m.name_pinyin, m.name_initials, m.sex, m.birth_date, m.is_head, m.position, "
        "       m.health, m.work_status, m.monthly_income_fen, h.division_code, h.address, h.phone, "
        "       m.created_by "
        "FROM members m JOIN households h ON h.id = m.household_id WHERE m.name = :name")));
    q.bindValue(QStringLiteral(":name"), QStringLiteral("赵文海"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("zhao wen hai"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("zwh"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("male"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("1972-03-15"));
    QCOMPARE(q.value(4).toInt(), 1);
    QCOMPARE(q.value(5).toInt(), 0);
    QCOMPARE(q.value(6).toString(), QStringLiteral("chronic"));
    QCOMPARE(q.value(7).toString(), QStringLiteral("flexible"));
    QCOMPARE(q.value(8).toLongLong(), 180000);
    QCOMPARE(q.value(9).toString(), QStringLiteral("371312001"));
    QCOMPARE(q.value(10).toString(), QStringLiteral("九曲街道青松社区3号楼2单元501室"));
    QCOMPARE(q.value(11).toString(), QStringLiteral("13905390001"));
    QCOMPARE(q.value(12).toString(), m_ws->user()->id);

    // Every row has its audit entry, by the caseworker, and the chain holds.
    auto entries = AuditLog::entries(db, AuditFilter{QStringLiteral("members"), {}, {}, -1});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 8);
    for (const AuditEntry &e : entries.value()) {
        QCOMPARE(e.action, QStringLiteral("insert"));
        QCOMPARE(e.userId, m_ws->user()->id);
    }
    auto households = AuditLog::entries(db, AuditFilter{QStringLiteral("households"), {}, {}, -1});
    QVERIFY(households.ok());
    QCOMPARE(households->size(), 3);
    auto chain = AuditLog::verify(db);
    QVERIFY(chain.ok());
    QCOMPARE(chain->firstBroken, 0);
}

void TestRosterImport::administratorMayNotImport()
{
    signIn(QStringLiteral("admin"), AdminPassword);
    const RosterPlan plan = RosterImport::check(m_ws->sql(), readAll(dataPath("roster-sample.csv")));
    QVERIFY(plan.report.ok());
    auto result = importAsCurrentUser(plan);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("edit household")),
             qPrintable(result.error().message));
    QCOMPARE(count(m_ws->sql(), "households"), 0);
    QCOMPARE(count(m_ws->sql(), "members"), 0);
}

void TestRosterImport::reportsEveryProblem_data()
{
    QTest::addColumn<int>("row");      // spreadsheet row of the changed cell
    QTest::addColumn<int>("column");   // 0-based column of the changed cell
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("problemRow");
    QTest::addColumn<QString>("problemColumn");
    QTest::addColumn<QString>("message");

    const QString id3 = sampleTable().at(2).at(2);
    QString badCheck = id3;
    badCheck[17] = badCheck.at(17) == u'0' ? u'1' : u'0';
    QTest::newRow("check character") << 3 << 2 << badCheck << 3 << QStringLiteral("身份证号码")
                                     << QStringLiteral("Invalid ID number: check character should be");
    QTest::newRow("short id") << 4 << 2 << QStringLiteral("37131219800101") << 4
                              << QStringLiteral("身份证号码")
                              << QStringLiteral("should have 18 characters, not 14");
    QTest::newRow("scientific") << 6 << 2 << QStringLiteral("3.71312E+17") << 6
                                << QStringLiteral("身份证号码")
                                << QStringLiteral("Format the column as text");
    QTest::newRow("duplicate person") << 9 << 2 << id3 << 9 << QStringLiteral("身份证号码")
                                      << QStringLiteral("The same person as on row 3");
    QTest::newRow("unknown division") << 5 << 4 << QStringLiteral("兰山街道") << 5
                                      << QStringLiteral("街道/镇")
                                      << QStringLiteral("Unknown sub-district or town \"兰山街道\"");
    QTest::newRow("member differs") << 3 << 4 << QStringLiteral("汤河镇") << 3
                                    << QStringLiteral("街道/镇")
                                    << QStringLiteral("Differs from the head of household's row 2");
    QTest::newRow("unknown community") << 7 << 5 << QStringLiteral("不存在社区") << 7
                                       << QStringLiteral("社区/村")
                                       << QStringLiteral("no community or village \"不存在社区\" in "
                                                         "芝麻墩街道");
    QTest::newRow("unknown relationship") << 4 << 3 << QStringLiteral("邻居") << 4
                                          << QStringLiteral("与户主关系")
                                          << QStringLiteral("Unknown relationship \"邻居\"");
    QTest::newRow("two heads") << 3 << 3 << QStringLiteral("户主") << 3
                               << QStringLiteral("与户主关系")
                               << QStringLiteral("Household H001 already has its head (户主) on row 2");
    QTest::newRow("no head") << 5 << 3 << QStringLiteral("其他") << 5
                             << QStringLiteral("与户主关系")
                             << QStringLiteral("Household H002 has no head");
    QTest::newRow("amount") << 6 << 11 << QStringLiteral("12.345") << 6 << QStringLiteral("月收入")
                            << QStringLiteral("Unreadable amount \"12.345\": amount has more than two "
                                              "decimal places");
    QTest::newRow("negative amount") << 6 << 11 << QStringLiteral("-5") << 6
                                     << QStringLiteral("月收入")
                                     << QStringLiteral("cannot be negative");
    QTest::newRow("missing name") << 8 << 1 << QString() << 8 << QStringLiteral("姓名")
                                  << QStringLiteral("must not be empty");
    QTest::newRow("missing key") << 8 << 0 << QString() << 8 << QStringLiteral("户编号")
                                 << QStringLiteral("must not be empty");
    QTest::newRow("missing address") << 5 << 6 << QString() << 5 << QStringLiteral("地址")
                                     << QStringLiteral("must give the address");
    QTest::newRow("health") << 4 << 8 << QStringLiteral("很好") << 4 << QStringLiteral("健康状况")
                            << QStringLiteral("Unknown state of health \"很好\"");
    QTest::newRow("disability") << 4 << 9 << QStringLiteral("五级") << 4
                                << QStringLiteral("残疾等级")
                                << QStringLiteral("Unknown disability grade \"五级\"");
    QTest::newRow("work") << 4 << 10 << QStringLiteral("上班") << 4 << QStringLiteral("就业状况")
                          << QStringLiteral("Unknown work status \"上班\"");
    QTest::newRow("phone") << 2 << 7 << QStringLiteral("无") << 2 << QStringLiteral("联系电话")
                           << QStringLiteral("phone number may hold only digits");
    QTest::newRow("missing column") << 1 << 2 << QStringLiteral("证件") << 1
                                    << QStringLiteral("身份证号码")
                                    << QStringLiteral("The column is missing");
    QTest::newRow("twice the same column") << 1 << 12 << QStringLiteral("学校") << 1
                                           << QStringLiteral("学校")
                                           << QStringLiteral("The same column as \"就读学校\"");
}

void TestRosterImport::reportsEveryProblem()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(int, problemRow);
    QFETCH(QString, problemColumn);
    QFETCH(QString, message);

    QList<QStringList> table = sampleTable();
    table[row - 1][column] = value;
    if (QByteArray(QTest::currentDataTag()) == "twice the same column") {
        table[0][12] = QStringLiteral("就读学校");
        table[0].append(value);
    }
    const RosterPlan plan = RosterImport::check(m_ws->sql(), toCsv(table));
    QCOMPARE(plan.report.problems.size(), 1);
    const RosterProblem &p = plan.report.problems.first();
    QVERIFY2(p.message.contains(message), qPrintable(p.message));
    QCOMPARE(p.row, problemRow);
    QCOMPARE(p.column, problemColumn);
    QVERIFY(plan.households.isEmpty());
    QVERIFY(RosterImport::describe(p).startsWith(QStringLiteral("row %1, ").arg(problemRow)));
}

void TestRosterImport::rowNumbersCountSpreadsheetRows()
{
    // An address over two lines is still one spreadsheet row, a cleared row
    // and an empty line still count: the bad ID number is on row 6 of the sheet.
    QList<QStringList> table = sampleTable();
    table[1][6] = QStringLiteral("九曲街道青松社区\n3号楼2单元501室");
    table.insert(2, QStringList(13, QString()));
    table[5][2] = QStringLiteral("371312196501010317");
    QByteArray bytes = toCsv(table);
    bytes.replace("\r\nH002", "\r\n\r\nH002");
    const RosterPlan plan = RosterImport::check(m_ws->sql(), bytes);
    QCOMPARE(plan.report.problems.size(), 1);
    QCOMPARE(plan.report.problems.first().row, 7);
    QCOMPARE(plan.report.rows, 8);
}

void TestRosterImport::allProblemsAtOnce()
{
    QList<QStringList> table = sampleTable();
    table[8][3] = QStringLiteral("邻居");
    table[2][11] = QStringLiteral("abc");
    table[4][4] = QStringLiteral("兰山街道");
    const RosterPlan plan = RosterImport::check(m_ws->sql(), toCsv(table));
    QCOMPARE(plan.report.problems.size(), 3);
    QCOMPARE(plan.report.problems.at(0).row, 3);
    QCOMPARE(plan.report.problems.at(1).row, 5);
    QCOMPARE(plan.report.problems.at(2).row, 9);
    QCOMPARE(plan.report.households, 3);
}

void TestRosterImport::unreadableFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE\x37\x62", 4) << 0 << QStringLiteral("UTF-16");
    QTest::newRow("neither") << QByteArray("\xE6\x88\xB7,\x80\x80\n") << 0
                             << QStringLiteral("neither UTF-8 nor GB18030");
    QTest::newRow("open quote") << QStringLiteral("户编号,姓名\nH1,\"张三\n").toUtf8() << 2
                                << QStringLiteral("no closing quote");
    QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("column headers");
    QTest::newRow("header only") << readAll(dataPath("roster-sample.csv")).left(
                                        readAll(dataPath("roster-sample.csv")).indexOf('\n') + 1)
                                 << 0 << QStringLiteral("no rows of people");
}

void TestRosterImport::unreadableFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, row);
    QFETCH(QString, message);
    const RosterPlan plan = RosterImport::check(m_ws->sql(), bytes);
    QCOMPARE(plan.report.problems.size(), 1);
    QVERIFY2(plan.report.problems.first().message.contains(message),
             qPrintable(plan.report.problems.first().message));
    QCOMPARE(plan.report.problems.first().row, row);
}

void TestRosterImport::alreadyRegisteredIsNamed()
{
    signIn(QStringLiteral("liming"), CaseworkerPassword);
    QVERIFY(importAsCurrentUser(RosterImport::check(m_ws->sql(),
                                                    readAll(dataPath("roster-sample.csv"))))
                .ok());
    // Give H002 a file number, as filing does.
    {
        Transaction tx(m_ws->sql());
        AuditedWriter writer = m_ws->writer();
        const QString h2 = scalar(m_ws->sql(),
                                  QStringLiteral("SELECT household_id FROM members WHERE name = '孙建国'"))
                               .toString();
        QVERIFY(writer.update(Permission::EditHouseholds, QStringLiteral("households"), h2,
                              {{QStringLiteral("file_no"), QStringLiteral("HD-2024-0007")}})
                    .ok());
        QVERIFY(tx.commit().ok());
    }
    QList<QStringList> table = sampleTable();
    table[0].append(QStringLiteral("备注"));
    // New keys, same people: the wife of H001 and the mother of H002.
    QList<QStringList> roster{table.at(0)};
    QStringList a = table.at(2);
    a[0] = QStringLiteral("N1");
    a[3] = QStringLiteral("户主");
    a[4] = QStringLiteral("九曲街道");
    a[6] = QStringLiteral("别处1号");
    QStringList b = table.at(5);
    b[0] = QStringLiteral("N2");
    b[3] = QStringLiteral("户主");
    b[4] = QStringLiteral("汤河镇");
    b[6] = QStringLiteral("别处2号");
    roster << a << b;
    const RosterPlan plan = RosterImport::check(m_ws->sql(), toCsv(roster));
    QCOMPARE(plan.report.problems.size(), 2);
    QCOMPARE(plan.report.ignoredColumns, QStringList{QStringLiteral("备注")});
    const RosterProblem &first = plan.report.problems.at(0);
    QCOMPARE(first.row, 2);
    QCOMPARE(first.column, QStringLiteral("身份证号码"));
    QVERIFY2(first.message.contains(QStringLiteral("household of 赵文海 at 九曲街道青松社区3号楼"
                                                   "2单元501室 (not filed yet)")),
             qPrintable(first.message));
    const RosterProblem &second = plan.report.problems.at(1);
    QCOMPARE(second.row, 3);
    QVERIFY2(second.message.contains(QStringLiteral("file number HD-2024-0007")),
             qPrintable(second.message));
}

void TestRosterImport::oneBadRowWritesNothing()
{
    signIn(QStringLiteral("liming"), CaseworkerPassword);
    QList<QStringList> table = sampleTable();
    table[7][2] = QStringLiteral("371312201203040150");
    const RosterPlan plan = RosterImport::check(m_ws->sql(), toCsv(table));
    QCOMPARE(plan.report.problems.size(), 1);
    QCOMPARE(plan.report.problems.first().row, 8);
    const int auditBefore = count(m_ws->sql(), "audit_log");
    auto result = importAsCurrentUser(plan);
    QVERIFY(!result.ok());
    QCOMPARE(count(m_ws->sql(), "households"), 0);
    QCOMPARE(count(m_ws->sql(), "members"), 0);
    QCOMPARE(count(m_ws->sql(), "audit_log"), auditBefore);
}

void TestRosterImport::applyChecksAgain()
{
    signIn(QStringLiteral("liming"), CaseworkerPassword);
    const RosterPlan plan = RosterImport::check(m_ws->sql(), readAll(dataPath("roster-sample.csv")));
    QVERIFY(importAsCurrentUser(plan).ok());
    // The same checked plan again, as if the preview had stayed open meanwhile.
    auto again = importAsCurrentUser(plan);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QStringLiteral("already registered")),
             qPrintable(again.error().message));
    QCOMPARE(again.error().where, QStringLiteral("row 2"));
    QCOMPARE(count(m_ws->sql(), "households"), 3);
    QCOMPARE(count(m_ws->sql(), "members"), 8);
}

void TestRosterImport::cliEndToEnd()
{
    const QString db = m_ws->database().path();
    m_ws.reset(); // the CLI opens the file itself
    const QString sample = dataPath("roster-gb18030.csv");
    auto households = [&] {
        const Run r = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("households")).toInt(-1);
    };
    auto auditCount = [&] {
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array().size();
    };
    const QStringList importArgs{QStringLiteral("import"), QStringLiteral("households"),
                                 QStringLiteral("--db"), db};

    // Usage errors: 2.
    QCOMPARE(cli(importArgs).exitCode, 2);
    QCOMPARE(cli(importArgs + QStringList{sample}, CaseworkerPassword).exitCode, 2); // no --user
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("people")}).exitCode, 2);
    QCOMPARE(cli(importArgs + QStringList{QStringLiteral("--bogus"), sample}).exitCode, 2);

    // Dry run: reports, writes nothing (not even a sign-in).
    const int auditBefore = auditCount();
    QVERIFY(auditBefore > 0);
    Run r = cli(importArgs + QStringList{QStringLiteral("--dry-run"), sample});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("GB18030")) && r.out.contains(QStringLiteral("3 household")) &&
                 r.out.contains(QStringLiteral("8 member")) &&
                 r.out.contains(QStringLiteral("Nothing was written")),
             qPrintable(r.out));
    QCOMPARE(households(), 0);
    QCOMPARE(auditCount(), auditBefore);

    // A bad row: 1, every problem on stderr with file, row and column; nothing written.
    QList<QStringList> table = sampleTable();
    table[3][2] = QStringLiteral("371312200809100131");
    table[5][4] = QStringLiteral("兰山街道");
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringEncoder("GB18030").encode(QString::fromUtf8(toCsv(table))));
    }
    const QStringList asLiming{QStringLiteral("--user"), QStringLiteral("liming")};
    for (const QStringList &extra : {QStringList{QStringLiteral("--dry-run")}, asLiming}) {
        r = cli(importArgs + extra + QStringList{bad}, CaseworkerPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad + QStringLiteral(", row 4, 身份证号码: Invalid ID number")) &&
                     r.err.contains(QStringLiteral("row 6, 街道/镇: Unknown sub-district")) &&
                     r.err.contains(QStringLiteral("nothing was imported")),
                 qPrintable(r.err));
    }
    QCOMPARE(households(), 0);

    // The administrator may not; the caseworker may; then the same people again are refused.
    r = cli(importArgs + QStringList{QStringLiteral("--user"), QStringLiteral("admin"), sample},
            AdminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("may not edit household")), qPrintable(r.err));
    QCOMPARE(households(), 0);
    r = cli(importArgs + asLiming + QStringList{sample}, QStringLiteral("wrong-password"));
    QCOMPARE(r.exitCode, 1);
    r = cli(importArgs + asLiming + QStringList{sample}, CaseworkerPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Imported 3 household")) &&
                 r.out.contains(QStringLiteral("liming")),
             qPrintable(r.out));
    QCOMPARE(households(), 3);
    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                           QStringLiteral("--entity"), QStringLiteral("members")});
    const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    QCOMPARE(entries.size(), 8);
    for (const QJsonValue &e : entries)
        QCOMPARE(e[QStringLiteral("user")].toString(), QStringLiteral("liming"));

    r = cli(importArgs + asLiming + QStringList{dataPath("roster-sample.csv")}, CaseworkerPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already registered")), qPrintable(r.err));
    QCOMPARE(households(), 3);
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"

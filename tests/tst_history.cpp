// The history panel and the reveal of ID numbers: RecordHistory tells audit
// entries in plain words (names looked up, codes translated, ID numbers
// masked, secrets hidden, newest first); the households area shows members
// with masked ID numbers, and "Show full ID number" records a 'reveal' entry
// that the history panel then shows in words — refused when nobody is signed in.
#include "fieldlabels.h"
#include "auditlog.h"
#include "demodata.h"
#include "guitest.h"
#include "historypanel.h"
#include "householddetailpanel.h"
#include "householdsview.h"
#include "recordhistory.h"
#include "session.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace GuiTest;

namespace {

const QString HeadId = QStringLiteral("371312198001010016");
const QString SpouseId = QStringLiteral("11010519491231002X");

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sentences();
    void everyFileColumnHasALabel_data();
    void everyFileColumnHasALabel();
    void revealIsRecordedAndShown();
    void householdsViewShowsDetail();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    CurrentUser m_caseworker;
    QString m_household;
    QString m_spouse;
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ws = withAdmin(m_dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_ws);
    QVERIFY(DemoData::loadDivisions(m_ws->database()));
    // An administrator adds the caseworker 张丽, who files a household of two
    // and later closes the file; each step at a fixed time.
    QString caseworkerId;
    QVERIFY(Session::write(*m_ws, [&](AuditedWriter &writer) -> Status {
        auto id = Accounts::create(writer, {QStringLiteral("zhangli"), QStringLiteral("张丽"),
                                            Role::Caseworker, QStringLiteral("caseworker-pw")});
        if (!id)
            return id.error();
        caseworkerId = id.value();
        return {};
    }));
    m_caseworker = {caseworkerId, QStringLiteral("zhangli"), QStringLiteral("张丽"),
                    Role::Caseworker};
    m_ws->setUser(m_caseworker);
    const QDateTime filed(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    const Status written = Session::write(*m_ws, [&](AuditedWriter &writer) -> Status {
        writer.setClock([filed] { return filed; });
        auto household =
            writer.insert(Permission::EditHouseholds, QStringLiteral("households"),
                          {{QStringLiteral("division_code"), QStringLiteral("371312001")},
                           {QStringLiteral("file_no"), QStringLiteral("HD-0001")},
                           {QStringLiteral("status"), QStringLiteral("filed")},
                           {QStringLiteral("category"), QStringLiteral("deep")}});
        if (!household)
            return household.error();
        m_household = household.value();
        for (const auto &[name, relationship, idNumber] :
             {std::tuple{QStringLiteral("王强"), QStringLiteral("self"), HeadId},
              std::tuple{QStringLiteral("王红"), QStringLiteral("spouse"), SpouseId}}) {
            auto member = writer.insert(
                Permission::EditHouseholds, QStringLiteral("members"),
                {{QStringLiteral("household_id"), m_household},
                 {QStringLiteral("is_head"), relationship == QLatin1String("self") ? 1 : 0},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("relationship"), relationship},
                 {QStringLiteral("id_number"), idNumber}});
            if (!member)
                return member.error();
            if (relationship == QLatin1String("spouse"))
                m_spouse = member.value();
        }
        writer.setClock([filed] { return filed.addDays(27).addSecs(4 * 3600 + 32 * 60); });
        return writer.update(Permission::EditHouseholds, QStringLiteral("households"), m_household,
                             {{QStringLiteral("status"), QStringLiteral("exited")},
                              {QStringLiteral("exited_on"), QStringLiteral("2026-11-29")},
                              {QStringLiteral("exit_reason"), QStringLiteral("death")}});
    });
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
}

void TestHistory::sentences()
{
    RecordHistory history(m_ws->sql());
    history.setTimeZone(QTimeZone(8 * 3600)); // China Standard Time
    auto records = history.householdRecords(m_household);
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    auto lines = history.lines(records.value());
    QVERIFY2(lines, qPrintable(lines ? QString() : lines.error().toString()));
    QCOMPARE(lines->size(), 4);
    // Newest first; local time; the person by name and user name; codes in words.
    QCOMPARE(lines->at(0).text,
             QStringLiteral("2026-11-29 22:02 张丽 (zhangli) changed exit reason from — to Death; "
                            "exited on from — to 2026-11-29; status from Filed to Exited"));
    QCOMPARE(lines->at(1).text,
             QStringLiteral("2026-11-02 17:30 张丽 (zhangli) added member 王红: "
                            "ID number 110105********002X; head of household no; "
                            "name 王红; relationship Spouse"));
    QVERIFY(!lines->at(1).text.contains(SpouseId));
    QCOMPARE(lines->at(3).text,
             QStringLiteral("2026-11-02 17:30 张丽 (zhangli) created the household file: "
                            "hardship category Deep hardship; sub-district or town 371312001; "
                            "file number HD-0001; status Filed"));

    // Password hashes are never shown, and a failed sign-in is nobody's act.
    auto admin = AuditLog::entries(m_ws->sql(), {QStringLiteral("users"), m_caseworker.id, {}, -1});
    QVERIFY(admin);
    const QString created = history.describe(admin->constFirst());
    QVERIFY2(created.contains(QStringLiteral("管理员 (admin) created the account zhangli: ")) &&
                 created.contains(QStringLiteral("password hidden")) &&
                 created.contains(QStringLiteral("role Caseworker")),
             qPrintable(created));
    AuditEntry failed;
    failed.at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    failed.userId = m_caseworker.id;
    failed.action = QStringLiteral("login_failed");
    failed.entity = QStringLiteral("users");
    failed.changes = {{QStringLiteral("username"), QStringLiteral("zhangli")}};
    QCOMPARE(history.describe(failed),
             QStringLiteral("2026-01-01 08:00 Someone failed to sign in as zhangli"));
}

void TestHistory::everyFileColumnHasALabel_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    const QStringList skipped = {QStringLiteral("id"), QStringLiteral("created_at"),
                                 QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                 QStringLiteral("updated_by"), QStringLiteral("updated_device")};
    for (const QString &table : {QStringLiteral("households"), QStringLiteral("members"),
                                 QStringLiteral("users")}) {
        QSqlQuery q(m_ws->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
        while (q.next()) {
            const QString column = q.value(0).toString();
            if (!skipped.contains(column))
                QTest::addRow("%s.%s", qPrintable(table), qPrintable(column)) << table << column;
        }
    }
}

void TestHistory::everyFileColumnHasALabel()
{
    // The history reads a household file's changes to people in words.
    QFETCH(QString, table);
    QFETCH(QString, column);
    QVERIFY(FieldLabels::hasLabel(table, column));
}

void TestHistory::revealIsRecordedAndShown()
{
    HouseholdDetailPanel panel(*m_ws);
    panel.resize(520, 600);
    panel.setHousehold(m_household);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *members = panel.findChild<QTableWidget *>(QStringLiteral("membersTable"));
    auto *reveal = panel.findChild<QPushButton *>(QStringLiteral("revealButton"));
    auto *message = panel.findChild<QLabel *>(QStringLiteral("revealMessage"));
    QVERIFY(members && reveal && message);
    QCOMPARE(members->rowCount(), 2);
    QCOMPARE(members->item(0, 0)->text(), QStringLiteral("王强"));
    QCOMPARE(members->item(0, 1)->text(), QStringLiteral("Self"));
    QCOMPARE(members->item(0, 2)->text(), QStringLiteral("371312********0016"));
    QCOMPARE(members->item(1, 2)->text(), QStringLiteral("110105********002X"));
    QVERIFY(!reveal->isEnabled());

    auto reveals = [&] {
        auto entries =
            AuditLog::entries(m_ws->sql(), {QStringLiteral("members"), m_spouse, {}, -1});
        int count = 0;
        for (const AuditEntry &e : entries.value())
            count += e.action == QLatin1String("reveal");
        return count;
    };

    // Nobody signed in: refused, nothing shown, nothing recorded.
    members->selectRow(1);
    QVERIFY(reveal->isEnabled());
    m_ws->setUser(std::nullopt);
    reveal->click();
    QCOMPARE(message->text(),
             QStringLiteral("Nobody is signed in: sign in to see full ID numbers."));
    QCOMPARE(members->item(1, 2)->text(), QStringLiteral("110105********002X"));
    QCOMPARE(reveals(), 0);

    m_ws->setUser(m_caseworker);
    reveal->click();
    QCOMPARE(message->text(), QString());
    QCOMPARE(members->item(1, 2)->text(), SpouseId);
    QCOMPARE(members->item(0, 2)->text(), QStringLiteral("371312********0016"));
    QVERIFY(!reveal->isEnabled());
    QCOMPARE(reveals(), 1);
    auto entries = AuditLog::entries(m_ws->sql(), {QStringLiteral("members"), m_spouse, {}, -1});
    const AuditEntry &last = entries->constLast();
    QCOMPARE(last.action, QStringLiteral("reveal"));
    QCOMPARE(last.userId, m_caseworker.id);
    QCOMPARE(last.changes.value(QStringLiteral("revealed")).toString(),
             QStringLiteral("id_number"));

    const QStringList lines = panel.history()->lines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.constFirst().endsWith(
                 QStringLiteral(" 张丽 (zhangli) viewed the full ID number of 王红")),
             qPrintable(lines.constFirst()));
    saveScreenshot(&panel, QStringLiteral("household-detail"));
    QVERIFY(AuditLog::verify(m_ws->sql())->ok());
}

void TestHistory::householdsViewShowsDetail()
{
    HouseholdsView view(*m_ws);
    view.resize(1100, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("tableView"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);
    // The panel always shows the table's current row (the view may make the first one current).
    QCOMPARE(view.detail()->household(),
             table->selectionModel()->currentIndex().isValid() ? m_household : QString());
    table->selectRow(0);
    QCOMPARE(view.detail()->household(), m_household);
    auto *members = view.detail()->findChild<QTableWidget *>(QStringLiteral("membersTable"));
    QCOMPARE(members->rowCount(), 2);
    QVERIFY(view.detail()->history()->lines().size() >= 4);
    saveScreenshot(&view, QStringLiteral("households-detail"));
    // After a reload the panel follows whatever row the table makes current.
    view.refresh();
    QCoreApplication::processEvents();
    const QModelIndex current = table->selectionModel()->currentIndex();
    QCOMPARE(view.detail()->household(), current.isValid() ? m_household : QString());
    table->selectRow(0);
    QCOMPARE(view.detail()->household(), m_household);
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"

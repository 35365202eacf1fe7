// Enrolling one person, offscreen with real widgets on a demo district, as the
// caseworker liming: by name and ID number; from the household register
// (searched by ID number, shown masked with the file number); a person
// enrolled already is refused with the message at the field and nothing
// written; every problem shows under its field at once; an enrolment's payment
// and receipt are corrected. With BANGFU_SCREENSHOT_DIR set, each state is saved.
#include "enroldialog.h"
#include "enrolmenttestdb.h"
#include "guitest.h"
#include "maenrolments.h"
#include "moneyedit.h"
#include "planproblemmarks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace GuiTest;
using Field = MaEnrolmentProblem::Field;

namespace {

// In the 2026 plan's enrolment window (2025-11-01 to 2026-01-31).
const QDate PaidOn(2026, 1, 15);

template <typename T> T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

void clickOk(EnrolDialog &dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

// Fills the "by name and ID number" side of the form, paid in the window.
void typePerson(EnrolDialog &dialog, const QString &name, const QString &idNumber,
                const QString &receipt)
{
    child<QRadioButton>(dialog, "typedRadio")->click();
    QVERIFY(type(&dialog, "nameEdit", name));
    QVERIFY(type(&dialog, "idNumberEdit", idNumber));
    QVERIFY(type(&dialog, "receiptEdit", receipt));
    child<QCheckBox>(dialog, "paidCheck")->setChecked(true);
    child<QDateEdit>(dialog, "paidOnEdit")->setDate(PaidOn);
}

int enrolmentCount(Workspace &ws)
{
    return EnrolmentTestDb::count(ws.sql(), "ma_enrolments");
}

int auditCount(Workspace &ws)
{
    return EnrolmentTestDb::count(ws.sql(), "audit_log");
}

} // namespace

class TestEnrolDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ws.reset(); }
    void enrolByNameAndIdNumber();
    void enrolFromTheRegister();
    void duplicateIsRefused_data();
    void duplicateIsRefused();
    void everyProblemAtItsField();
    void editPaymentAndReceipt();

private:
    void show(EnrolDialog &dialog);

    EnrolmentTestDb m_db;
    std::unique_ptr<Workspace> m_ws;
    QString m_plan;
};

void TestEnrolDialog::initTestCase()
{
    screenshotLanguage();
    QVERIFY(m_db.prepare());
}

void TestEnrolDialog::init()
{
    m_ws = m_db.open();
    QVERIFY(m_ws);
    m_plan = EnrolmentTestDb::planOf(m_ws->sql(), 2026);
    QVERIFY(!m_plan.isEmpty());
}

void TestEnrolDialog::show(EnrolDialog &dialog)
{
    dialog.setTypingDelay(1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}

void TestEnrolDialog::enrolByNameAndIdNumber()
{
    // Born 1984-03-07 in Hedong district; no demo person has this number.
    const QString number = EnrolmentTestDb::idNumber(QStringLiteral("37131219840307551"));
    QVERIFY(MaEnrolments::find(m_ws->sql(), m_plan, number).value() == std::nullopt);
    EnrolDialog dialog(*m_ws);
    dialog.setPlan(m_plan);
    show(dialog);
    QCOMPARE(child<QComboBox>(dialog, "planCombo")->currentData().toString(), m_plan);
    // The plan's contribution, 50 yuan, until someone types another.
    QCOMPARE(child<MoneyEdit>(dialog, "contributionEdit")->fen(), 5000);

    typePerson(dialog, QStringLiteral("孙立新"), number, QStringLiteral("HZ2026990001"));
    QVERIFY(type(&dialog, "workUnitEdit", QStringLiteral("临沂市河东区供电所")));
    QVERIFY(type(&dialog, "phoneEdit", QStringLiteral("13805391111")));
    saveScreenshot(&dialog, QStringLiteral("enrol-typed"));
    const int before = enrolmentCount(*m_ws);
    clickOk(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QCOMPARE(enrolmentCount(*m_ws), before + 1);

    auto stored = MaEnrolments::load(m_ws->sql(), dialog.enrolmentId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->planId, m_plan);
    QCOMPARE(stored->personName, QStringLiteral("孙立新"));
    QCOMPARE(stored->idNumber, number);
    QVERIFY(stored->memberId.isEmpty());
    QCOMPARE(stored->paidOn, PaidOn);
    QCOMPARE(stored->receiptNo, QStringLiteral("HZ2026990001"));
    QCOMPARE(stored->contribution.fen(), 5000);
    QCOMPARE(stored->workUnit, QStringLiteral("临沂市河东区供电所"));
}

void TestEnrolDialog::enrolFromTheRegister()
{
    // A filed household's member with an ID number, not enrolled in 2026.
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral(
        "SELECT m.id, m.name, m.id_number, h.file_no FROM members m"
        " JOIN households h ON h.id = m.household_id"
        " WHERE h.file_no IS NOT NULL AND m.id_number IS NOT NULL"
        "   AND NOT EXISTS (SELECT 1 FROM ma_enrolments e"
        "   WHERE e.plan_id = ? AND e.id_number = m.id_number) ORDER BY m.id LIMIT 1"));
    q.addBindValue(m_plan);
    QVERIFY(q.exec() && q.next());
    const QString memberId = q.value(0).toString();
    const QString name = q.value(1).toString();
    const QString number = q.value(2).toString();
    const QString fileNo = q.value(3).toString();

    EnrolDialog dialog(*m_ws);
    dialog.setPlan(m_plan);
    show(dialog);
    QVERIFY(child<QRadioButton>(dialog, "registerRadio")->isChecked());
    QTest::keyClicks(child<QLineEdit>(dialog, "memberSearchEdit"), number);
    auto *table = child<QTableWidget>(dialog, "memberTable");
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), name);
    QCOMPARE(table->item(0, 1)->text(), IdNumber::mask(number)); // never in full
    QCOMPARE(table->item(0, 2)->text(), fileNo);
    QVERIFY(table->item(0, 0)->isSelected()); // the one person found
    type(&dialog, "receiptEdit", QStringLiteral("HZ2026990002"));
    child<QDateEdit>(dialog, "paidOnEdit")->setDate(PaidOn);
    saveScreenshot(&dialog, QStringLiteral("enrol-register"));

    clickOk(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted,
             qPrintable(dialog.problemText(Field::Member) + dialog.errorText()));
    auto stored = MaEnrolments::load(m_ws->sql(), dialog.enrolmentId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->memberId, memberId);
    QCOMPARE(stored->personName, name);
    QCOMPARE(stored->idNumber, number);
}

void TestEnrolDialog::duplicateIsRefused_data()
{
    QTest::addColumn<bool>("fromRegister");
    QTest::newRow("typed") << false;
    QTest::newRow("register") << true;
}

void TestEnrolDialog::duplicateIsRefused()
{
    QFETCH(bool, fromRegister);
    // Someone of the register enrolled in 2026 already.
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("SELECT e.id FROM ma_enrolments e WHERE e.plan_id = ?"
                             " AND e.member_id IS NOT NULL ORDER BY e.id LIMIT 1"));
    q.addBindValue(m_plan);
    QVERIFY(q.exec() && q.next());
    auto existing = MaEnrolments::load(m_ws->sql(), q.value(0).toString());
    QVERIFY(existing.ok());

    EnrolDialog dialog(*m_ws);
    dialog.setPlan(m_plan);
    show(dialog);
    if (fromRegister) {
        QTest::keyClicks(child<QLineEdit>(dialog, "memberSearchEdit"), existing->idNumber);
        QTRY_COMPARE(child<QTableWidget>(dialog, "memberTable")->rowCount(), 1);
        child<QDateEdit>(dialog, "paidOnEdit")->setDate(PaidOn);
    } else {
        typePerson(dialog, existing->personName, existing->idNumber, QString());
    }
    const int enrolments = enrolmentCount(*m_ws);
    const int audit = auditCount(*m_ws);
    clickOk(dialog);
    QVERIFY(dialog.isVisible()); // nothing closes on a problem
    QVERIFY(dialog.result() != QDialog::Accepted);
    const QString shown = dialog.problemText(fromRegister ? Field::Member : Field::IdNumber);
    QVERIFY2(shown.contains(MaEnrolments::alreadyEnrolled(existing.value())), qPrintable(shown));
    QVERIFY(PlanProblemMarks::isMarked(
        fromRegister ? static_cast<QWidget *>(child<QTableWidget>(dialog, "memberTable"))
                     : child<QLineEdit>(dialog, "idNumberEdit")));
    QCOMPARE(enrolmentCount(*m_ws), enrolments);
    QCOMPARE(auditCount(*m_ws), audit);
    saveScreenshot(
        &dialog, QStringLiteral("enrol-duplicate-%1").arg(QLatin1String(QTest::currentDataTag())));
}

void TestEnrolDialog::everyProblemAtItsField()
{
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("SELECT receipt_no FROM ma_enrolments WHERE plan_id = ?"
                             " AND receipt_no IS NOT NULL LIMIT 1"));
    q.addBindValue(m_plan);
    QVERIFY(q.exec() && q.next());
    const QString usedReceipt = q.value(0).toString();

    EnrolDialog dialog(*m_ws);
    dialog.setPlan(m_plan);
    show(dialog);
    QString wrongCheck = EnrolmentTestDb::idNumber(QStringLiteral("37131219840307552"));
    wrongCheck[17] = wrongCheck.at(17) == u'1' ? u'2' : u'1';
    typePerson(dialog, QString(), wrongCheck, usedReceipt);
    child<QDateEdit>(dialog, "paidOnEdit")->setDate(QDate(2026, 3, 1)); // after the window
    QVERIFY(type(&dialog, "phoneEdit", QStringLiteral("call me")));
    const int enrolments = enrolmentCount(*m_ws);
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    for (Field field :
         {Field::Name, Field::IdNumber, Field::PaidOn, Field::ReceiptNo, Field::Phone})
        QVERIFY2(!dialog.problemText(field).isEmpty(), qPrintable(MaEnrolments::fieldLabel(field)));
    QVERIFY(dialog.problemText(Field::Plan).isEmpty());
    QVERIFY(dialog.problemText(Field::Contribution).isEmpty());
    QVERIFY(child<QLabel>(dialog, "receiptProblem")->isVisible());
    QVERIFY(!child<QLabel>(dialog, "contributionProblem")->isVisible());
    QVERIFY(PlanProblemMarks::isMarked(child<QLineEdit>(dialog, "receiptEdit")));
    QCOMPARE(enrolmentCount(*m_ws), enrolments);
    saveScreenshot(&dialog, QStringLiteral("enrol-problems"));

    // Corrected, the same form goes through; the old problems are gone.
    QVERIFY(type(&dialog, "nameEdit", QStringLiteral("孙立新")));
    QVERIFY(type(&dialog, "idNumberEdit",
                 EnrolmentTestDb::idNumber(QStringLiteral("37131219840307552"))));
    QVERIFY(type(&dialog, "receiptEdit", QStringLiteral("HZ2026990003")));
    QVERIFY(type(&dialog, "phoneEdit", QStringLiteral("0539-8123456")));
    child<QDateEdit>(dialog, "paidOnEdit")->setDate(PaidOn);
    clickOk(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QCOMPARE(enrolmentCount(*m_ws), enrolments + 1);
}

void TestEnrolDialog::editPaymentAndReceipt()
{
    QSqlQuery q(m_ws->sql());
    q.prepare(QStringLiteral("SELECT id FROM ma_enrolments WHERE plan_id = ? ORDER BY id LIMIT 1"));
    q.addBindValue(m_plan);
    QVERIFY(q.exec() && q.next());
    const QString id = q.value(0).toString();
    auto before = MaEnrolments::load(m_ws->sql(), id);
    QVERIFY(before.ok());

    EnrolDialog dialog(*m_ws, id);
    show(dialog);
    QVERIFY(dialog.isEditing());
    QVERIFY(!child<QComboBox>(dialog, "planCombo")->isEnabled());
    QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    QCOMPARE(child<QLineEdit>(dialog, "idNumberEdit")->text(), IdNumber::mask(before->idNumber));
    QCOMPARE(child<QLineEdit>(dialog, "receiptEdit")->text(), before->receiptNo);
    QVERIFY(type(&dialog, "receiptEdit", QStringLiteral("HZ2026990004")));
    child<QCheckBox>(dialog, "paidCheck")->setChecked(false); // recorded by mistake
    saveScreenshot(&dialog, QStringLiteral("enrol-edit"));
    clickOk(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));

    auto after = MaEnrolments::load(m_ws->sql(), id);
    QVERIFY(after.ok());
    QCOMPARE(after->receiptNo, QStringLiteral("HZ2026990004"));
    QVERIFY(!after->paidOn.isValid());
    QCOMPARE(after->idNumber, before->idNumber);
    QCOMPARE(after->contribution.fen(), before->contribution.fen());
}

QTEST_MAIN(TestEnrolDialog)
#include "tst_enroldialog.moc"

// Proposing aid with real widgets, offscreen: a caseworker picks a programme
// (its default amount filled in), gives a reason and saves a draft; a second
// proposal of the same programme in the same year must answer the
// "received this year" warning before Submit is enabled, and the answer is
// stored with the proposal; a programme paid for a student blocks submission
// until the student is chosen; a returned proposal shows the supervisor's
// comment; the administrator's programmes dialog adds a programme from the
// form while a caseworker is refused; the household pane lists what was paid.
#include "aiddecisions.h"
#include "aidprogrammesdialog.h"
#include "aidproposaldialog.h"
#include "aidproposals.h"
#include "guitest.h"
#include "householdaidpanel.h"
#include "householddetailpanel.h"
#include "householdfile.h"
#include "moneyedit.h"
#include "session.h"
#include "testworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>

using namespace GuiTest;

namespace {

const QString HeadId = validIdNumber(QStringLiteral("37131219800101003"));
const QString ChildId = validIdNumber(QStringLiteral("37131220100910005"));

MemberRecord person(const QString &name, const QString &id, const QString &relationship,
                    const QString &work)
{
    MemberRecord m;
    m.name = name;
    m.idNumber = id;
    m.relationship = relationship;
    m.workStatus = work;
    m.health = QStringLiteral("healthy");
    m.disability = QStringLiteral("none");
    return m;
}

bool selectData(QComboBox *combo, const QString &data)
{
    const int index = combo ? combo->findData(data) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

QStringList codes(const QList<AidWarning> &warnings)
{
    QStringList list;
    for (const AidWarning &w : warnings)
        list.append(w.code);
    return list;
}

} // namespace

class TestAidProposalDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_t.reset(); }
    void draftThenSecondProposalAnswersWarning();
    void studentProgrammeNeedsStudent();
    void returnedProposalShowsComment();
    void programmesDialogAddsProgramme();
    void programmesDialogRefusesCaseworker();
    void householdPaneListsAid();

private:
    /// Writes as \a user with the wall clock, as the dialogs do.
    Status now(const CurrentUser &user, const std::function<Status(AuditedWriter &)> &work)
    {
        return m_t->write(user, work, QDateTime::currentDateTimeUtc());
    }
    QString saveProgramme(AidProgramme p);
    AidProposalDialog *showDialog(AidProposalDialog &dialog);

    std::unique_ptr<TestWorkspace> m_t;
    CurrentUser m_supervisor;
    QString m_household;
    QString m_child;
    QString m_warmth;
    QString m_school;
};

void TestAidProposalDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    screenshotLanguage();
}

QString TestAidProposalDialog::saveProgramme(AidProgramme p)
{
    QString id;
    const Status s = now(m_t->admin, [&](AuditedWriter &w) -> Status {
        auto saved = AidProgrammes::save(w, p);
        if (!saved)
            return saved.error();
        id = saved.value();
        return {};
    });
    if (!s)
        qWarning() << s.error().toString();
    return id;
}

void TestAidProposalDialog::init()
{
    m_t = std::make_unique<TestWorkspace>();
    QVERIFY(m_t->ok());
    const QDate today = QDate::currentDate();
    // The household is filed today, so that no re-verification is ever overdue.
    QVERIFY(now(m_t->admin, [&](AuditedWriter &w) -> Status {
                auto id = Accounts::create(w, {QStringLiteral("wangfang"), QStringLiteral("王芳"),
                                               Role::Supervisor, QStringLiteral("supervisor-pw")});
                if (!id)
                    return id.error();
                m_supervisor = {id.value(), QStringLiteral("wangfang"), QStringLiteral("王芳"),
                                Role::Supervisor};
                if (today.year() == 2026)
                    return {};
                auto line = w.insert(Permission::ManageSettings, QStringLiteral("poverty_lines"),
                                     {{QStringLiteral("year"), today.year()},
                                      {QStringLiteral("dibao_monthly_fen"), 99000},
                                      {QStringLiteral("min_wage_monthly_fen"), 210000}});
                return line ? Status() : Status(line.error());
            }).ok());

    HouseholdRecord r;
    r.divisionCode = QStringLiteral("371312001");
    r.address = QStringLiteral("九曲街道青松社区 3 号楼 2 单元 101");
    r.housing = QStringLiteral("rented");
    r.mainCause = QStringLiteral("illness");
    MemberRecord head =
        person(QStringLiteral("张涛"), HeadId, QStringLiteral("self"), QStringLiteral("unable"));
    head.health = QStringLiteral("major_illness");
    MemberRecord child = person(QStringLiteral("张小明"), ChildId, QStringLiteral("child"),
                                QStringLiteral("student"));
    child.schoolStage = QStringLiteral("senior");
    r.members = {head, child};
    r.survey.expenditure.illnessFen = 1200000;
    const Status filed = now(m_t->caseworker, [&](AuditedWriter &w) -> Status {
        SaveOptions options;
        options.file = true;
        options.today = today;
        auto id = HouseholdFile::save(w, m_t->workspace().pinyin(), r, options);
        if (!id)
            return id.error();
        m_household = id.value();
        return {};
    });
    QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().toString()));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT status FROM households")).toString(),
             QStringLiteral("filed"));
    m_child = m_t->scalar(QStringLiteral("SELECT id FROM members WHERE is_head = 0")).toString();

    AidProgramme warmth;
    warmth.code = QStringLiteral("warmth");
    warmth.name = QStringLiteral("送温暖");
    warmth.defaultAmount = Money::fromYuan(500);
    warmth.maxCountPerYear = 2;
    m_warmth = saveProgramme(warmth);
    AidProgramme school;
    school.code = QStringLiteral("autumn_school");
    school.name = QStringLiteral("金秋助学");
    school.defaultAmount = Money::fromYuan(2000);
    school.requiresStudent = true;
    m_school = saveProgramme(school);
    QVERIFY(!m_warmth.isEmpty() && !m_school.isEmpty());
    m_t->workspace().setUser(m_t->caseworker);
}

AidProposalDialog *TestAidProposalDialog::showDialog(AidProposalDialog &dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return nullptr;
    return &dialog;
}

void TestAidProposalDialog::draftThenSecondProposalAnswersWarning()
{
    // A first proposal: the programme's amount is filled in; a draft is saved.
    QString first;
    {
        AidProposalDialog dialog(m_t->workspace(), {}, m_household);
        QVERIFY(!dialog.loadError());
        QVERIFY(showDialog(dialog));
        QVERIFY(!dialog.isReadOnly());
        auto *programme = dialog.findChild<QComboBox *>(QStringLiteral("programmeCombo"));
        auto *amount = dialog.findChild<MoneyEdit *>(QStringLiteral("amountEdit"));
        auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        auto *capitals = dialog.findChild<QLabel *>(QStringLiteral("capitalsLabel"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submitButton"));
        QVERIFY(programme && amount && reason && capitals && save && submit);
        QVERIFY(!save->autoDefault() && !submit->autoDefault());
        QVERIFY(!submit->isEnabled()); // no programme yet
        QVERIFY(dialog.problems().contains(QStringLiteral("Choose the aid programme.")));
        QVERIFY(selectData(programme, m_warmth));
        QCOMPARE(amount->text(), QStringLiteral("500.00"));
        QCOMPARE(capitals->text(), QStringLiteral("人民币伍佰元整"));
        QVERIFY(dialog.warnings().isEmpty());
        QVERIFY(!submit->isEnabled()); // no reason yet
        QTest::keyClicks(reason, QStringLiteral("Heating for the winter; the head is ill."));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        QVERIFY(submit->isEnabled());
        // Enter in the amount never submits.
        amount->setFocus();
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM aid_requests")).toInt(), 0);

        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(!dialog.proposalId().isEmpty(), qPrintable(dialog.messageText()));
        QVERIFY(dialog.isVisible()); // documents can be added now
        first = dialog.proposalId();
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT status FROM aid_requests WHERE id = ?"), {first})
                .toString(),
            QStringLiteral("draft"));
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT amount_fen FROM aid_requests WHERE id = ?"), {first})
                .toLongLong(),
            50000);

        // A supporting document, stored with its hash, and read back.
        const QString path = m_t->path() + QStringLiteral(".bill.pdf");
        QFile bill(path);
        QVERIFY(bill.open(QIODevice::WriteOnly));
        bill.write("%PDF-1.4 hospital bill");
        bill.close();
        QVERIFY(dialog.attachFile(path).ok());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("attachmentsList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT owner_table || ':' || owner_id FROM "
                                            "attachments"))
                     .toString(),
                 QStringLiteral("aid_requests:") + first);
        const QString attachment =
            m_t->scalar(QStringLiteral("SELECT id FROM attachments")).toString();
        auto copy = dialog.attachmentCopy(attachment);
        QVERIFY(copy.ok());
        QFile copied(copy.value());
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), QByteArray("%PDF-1.4 hospital bill"));
        QCoreApplication::processEvents();
        saveScreenshot(&dialog, QStringLiteral("aidproposal-draft"));

        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT status FROM aid_requests WHERE id = ?"), {first})
                .toString(),
            QStringLiteral("submitted"));
    }

    // The second of the year must say why the aid is still needed.
    AidProposalDialog dialog(m_t->workspace(), {}, m_household);
    QVERIFY(showDialog(dialog));
    auto *programme = dialog.findChild<QComboBox *>(QStringLiteral("programmeCombo"));
    auto *amount = dialog.findChild<MoneyEdit *>(QStringLiteral("amountEdit"));
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submitButton"));
    // An amount typed first is kept when the programme is chosen.
    QTest::keyClicks(amount, QStringLiteral("300"));
    QVERIFY(selectData(programme, m_warmth));
    QCOMPARE(amount->text(), QStringLiteral("300"));
    reason->setPlainText(QStringLiteral("炉子坏了，需要买煤。"));
    QCOMPARE(codes(dialog.warnings()), QStringList{QStringLiteral("received_this_year")});
    auto *answer = dialog.findChild<QLineEdit *>(QStringLiteral("answerEdit_received_this_year"));
    QVERIFY(answer && answer->isVisible());
    QCOMPARE(answer->placeholderText(), QStringLiteral("Why is the aid still needed?"));
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(!submit->isEnabled());
    // No programme, no warnings; the same programme again asks again.
    QVERIFY(selectData(programme, QString()));
    QVERIFY(dialog.warnings().isEmpty());
    QVERIFY(selectData(programme, m_warmth));
    answer = dialog.findChild<QLineEdit *>(QStringLiteral("answerEdit_received_this_year"));
    QVERIFY(answer);
    QTest::keyClicks(answer, QStringLiteral("The stove broke in December."));
    QVERIFY(submit->isEnabled());
    QCoreApplication::processEvents();
    saveScreenshot(&dialog, QStringLiteral("aidproposal-warning"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString second = dialog.proposalId();
    QVERIFY(!second.isEmpty() && second != first);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT status FROM aid_requests WHERE id = ?"), {second})
                 .toString(),
             QStringLiteral("submitted"));
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT amount_fen FROM aid_requests WHERE id = ?"), {second})
            .toLongLong(),
        30000);
    const QJsonArray stored =
        QJsonDocument::fromJson(
            m_t->scalar(QStringLiteral("SELECT warnings FROM aid_requests WHERE id = ?"), {second})
                .toByteArray())
            .array();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("received_this_year"));
    QCOMPARE(stored.at(0).toObject().value(QLatin1String("answer")).toString(),
             QStringLiteral("The stove broke in December."));

    // Opened again it is read-only, with the answer shown.
    AidProposalDialog again(m_t->workspace(), second, {});
    QVERIFY(showDialog(again));
    QVERIFY(again.isReadOnly());
    QVERIFY(again.findChild<QPushButton *>(QStringLiteral("saveButton"))->isHidden());
    QVERIFY(again.findChild<QPushButton *>(QStringLiteral("submitButton"))->isHidden());
    QVERIFY(again.findChild<QPushButton *>(QStringLiteral("withdrawButton"))->isVisible());
    auto *shown = again.findChild<QLineEdit *>(QStringLiteral("answerEdit_received_this_year"));
    QVERIFY(shown && shown->isReadOnly());
    QCOMPARE(shown->text(), QStringLiteral("The stove broke in December."));
    QVERIFY(again.withdraw(QStringLiteral("Paid from another fund.")).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT status FROM aid_requests WHERE id = ?"), {second})
                 .toString(),
             QStringLiteral("cancelled"));
}

void TestAidProposalDialog::studentProgrammeNeedsStudent()
{
    AidProposalDialog dialog(m_t->workspace(), {}, m_household);
    QVERIFY(showDialog(dialog));
    auto *programme = dialog.findChild<QComboBox *>(QStringLiteral("programmeCombo"));
    auto *student = dialog.findChild<QComboBox *>(QStringLiteral("studentCombo"));
    auto *amount = dialog.findChild<MoneyEdit *>(QStringLiteral("amountEdit"));
    auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submitButton"));
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    QVERIFY(programme && student && amount && submit && problems);
    QVERIFY(selectData(programme, m_warmth));
    QVERIFY(!student->isVisible());
    QVERIFY(selectData(programme, m_school));
    QVERIFY(student->isVisible());
    QCOMPARE(amount->text(), QStringLiteral("2,000.00")); // the default follows the programme
    QCOMPARE(student->count(), 2);                        // "choose" and the one member in school
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))
        ->setPlainText(QStringLiteral("School fees for senior high school."));
    const QString missing =
        QStringLiteral("金秋助学 is paid for a student: choose the member in school.");
    QVERIFY2(dialog.problems() == QStringList{missing}, qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(missing.toHtmlEscaped()));
    QVERIFY(!submit->isEnabled());
    QCoreApplication::processEvents();
    saveScreenshot(&dialog, QStringLiteral("aidproposal-student"));
    QVERIFY(!dialog.submit().ok()); // the model refuses it as well, said in the dialog
    QVERIFY2(dialog.messageText().contains(missing), qPrintable(dialog.messageText()));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM aid_requests")).toInt(), 0);

    QVERIFY(selectData(student, m_child));
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(!problems->isVisible());
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT member_id FROM aid_requests")).toString(), m_child);
}

void TestAidProposalDialog::returnedProposalShowsComment()
{
    AidProposal p;
    p.householdId = m_household;
    p.programmeId = m_warmth;
    p.amount = Money::fromYuan(500);
    p.reason = QStringLiteral("Winter heating.");
    QString id;
    QVERIFY(now(m_t->caseworker, [&](AuditedWriter &w) -> Status {
                auto saved = AidProposals::save(w, p);
                if (!saved)
                    return saved.error();
                id = saved.value();
                return AidProposals::submit(w, id, {});
            }).ok());
    const Status returned = now(m_supervisor, [&](AuditedWriter &w) {
        return AidDecisions::decide(w, id, AidDecision::Kind::Return,
                                    QStringLiteral("Attach the heating bill, please."));
    });
    QVERIFY2(returned.ok(), returned.ok() ? "" : qPrintable(returned.error().toString()));

    AidProposalDialog dialog(m_t->workspace(), id, {});
    QVERIFY(showDialog(dialog));
    QVERIFY(!dialog.isReadOnly());
    auto *banner = dialog.findChild<QLabel *>(QStringLiteral("returnedLabel"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Attach the heating bill, please.")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("王芳")));
    auto *decisions = dialog.findChild<QTableWidget *>(QStringLiteral("decisionsTable"));
    QVERIFY(decisions && decisions->isVisible());
    QCOMPARE(decisions->rowCount(), 1);
    QCOMPARE(decisions->item(0, 2)->text(), QStringLiteral("Returned for changes"));
    QCoreApplication::processEvents();
    saveScreenshot(&dialog, QStringLiteral("aidproposal-returned"));
    // Submitted again as round 2.
    QVERIFY(dialog.submit().ok());
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT status || ' ' || round FROM aid_requests")).toString(),
        QStringLiteral("submitted 2"));
}

void TestAidProposalDialog::programmesDialogAddsProgramme()
{
    m_t->workspace().setUser(m_t->admin);
    AidProgrammesDialog dialog(m_t->workspace());
    dialog.resize(860, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("programmesTable"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *newButton = dialog.findChild<QPushButton *>(QStringLiteral("newButton"));
    auto *count = dialog.findChild<QSpinBox *>(QStringLiteral("maxCountSpin"));
    auto *accident = dialog.findChild<QCheckBox *>(QStringLiteral("accidentCheck"));
    auto *second = dialog.findChild<QCheckBox *>(QStringLiteral("secondApprovalCheck"));
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    QVERIFY(table && save && newButton && count && accident && second && code);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(count->text(), QStringLiteral("No limit"));
    QCOMPARE(accident->text(), QStringLiteral("Hardship from an accident"));

    // Problems are shown in the dialog, nothing is written.
    QTest::mouseClick(newButton, Qt::LeftButton);
    QVERIFY(type(&dialog, "codeEdit", QStringLiteral("Medical")));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Enter the programme's name.")),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QStringLiteral("The code must start with")));
    QCOMPARE(AidProgrammes::list(m_t->sql())->size(), 2);

    QVERIFY(type(&dialog, "nameEdit", QStringLiteral("医疗救助")));
    QVERIFY(type(&dialog, "codeEdit", QStringLiteral("medical")));
    QVERIFY(type(&dialog, "defaultAmountEdit", QStringLiteral("3000")));
    count->setValue(2);
    QVERIFY(type(&dialog, "maxAmountEdit", QStringLiteral("10,000")));
    accident->setChecked(false);
    second->setChecked(true);
    QVERIFY(type(&dialog, "secondApprovalEdit", QStringLiteral("5000")));
    QCoreApplication::processEvents();
    saveScreenshot(&dialog, QStringLiteral("aidprogrammes-form"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(code->isReadOnly()); // saved: the code stays

    std::optional<AidProgramme> medical;
    const auto all = AidProgrammes::list(m_t->sql());
    QVERIFY(all.ok());
    for (const AidProgramme &p : all.value())
        if (p.code == QLatin1String("medical"))
            medical = p;
    QVERIFY(medical);
    QCOMPARE(medical->name, QStringLiteral("医疗救助"));
    QCOMPARE(medical->defaultAmount, Money::fromYuan(3000));
    QCOMPARE(medical->maxCountPerYear, 2);
    QCOMPARE(medical->maxAmountPerYear, Money::fromYuan(10000));
    QCOMPARE(medical->eligibleCategories,
             (QStringList{QStringLiteral("deep"), QStringLiteral("relative")}));
    QVERIFY(!medical->requiresStudent);
    QCOMPARE(medical->secondApprovalAbove, std::optional<Money>(Money::fromYuan(5000)));
    QVERIFY(medical->active);

    // Changing it: retired, no second approval.
    QVERIFY(dialog.select(medical->id));
    dialog.findChild<QCheckBox *>(QStringLiteral("activeCheck"))->setChecked(false);
    second->setChecked(false);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    auto changed = AidProgrammes::load(m_t->sql(), medical->id);
    QVERIFY(changed.ok());
    QVERIFY(!changed->active);
    QVERIFY(!changed->secondApprovalAbove);
    QCOMPARE(changed->code, QStringLiteral("medical"));
    QCOMPARE(AidProgrammes::list(m_t->sql(), true)->size(), 2);
    QCoreApplication::processEvents();
    saveScreenshot(&dialog, QStringLiteral("aidprogrammes-list"));
}

void TestAidProposalDialog::programmesDialogRefusesCaseworker()
{
    AidProgrammesDialog dialog(m_t->workspace()); // as liming
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(type(&dialog, "nameEdit", QStringLiteral("Heating")));
    QVERIFY(type(&dialog, "codeEdit", QStringLiteral("heating")));
    QVERIFY(type(&dialog, "defaultAmountEdit", QStringLiteral("200")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY2(dialog.errorText().contains(Permissions::describe(Permission::ManageProgrammes)),
             qPrintable(dialog.errorText()));
    QCOMPARE(AidProgrammes::list(m_t->sql())->size(), 2);
}

void TestAidProposalDialog::householdPaneListsAid()
{
    // Paid on a sheet last month, and a proposal waiting.
    const QDate paidOn = QDate::currentDate().addDays(-1);
    QVERIFY(now(m_supervisor, [&](AuditedWriter &w) -> Status {
                auto line =
                    w.insert(Permission::ManageDisbursements, QStringLiteral("disbursements"),
                             {{QStringLiteral("programme_id"), m_warmth},
                              {QStringLiteral("household_id"), m_household},
                              {QStringLiteral("recipient_name"), QStringLiteral("张涛")},
                              {QStringLiteral("amount_fen"), 50000},
                              {QStringLiteral("status"), QStringLiteral("paid")},
                              {QStringLiteral("paid_on"), paidOn.toString(Qt::ISODate)},
                              {QStringLiteral("payment_reference"), QStringLiteral("signed")}});
                return line ? Status() : Status(line.error());
            }).ok());
    AidProposal p;
    p.householdId = m_household;
    p.programmeId = m_warmth;
    p.amount = Money::fromYuan(300);
    QString draft;
    const Status saved = now(m_t->caseworker, [&](AuditedWriter &w) -> Status {
        auto id = AidProposals::save(w, p);
        if (id)
            draft = id.value();
        return id ? Status() : Status(id.error());
    });
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));

    HouseholdDetailPanel panel(m_t->workspace());
    panel.resize(700, 820);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setHousehold(m_household);
    HouseholdAidPanel *aid = panel.aid();
    QVERIFY(aid && aid->isVisible());
    QCOMPARE(aid->history().total(), Money::fromYuan(500));
    QCOMPARE(aid->history().years.size(), 1);
    QCOMPARE(aid->history().years.first().year, paidOn.year());
    const QString totals = aid->totalsText();
    QVERIFY2(totals.contains(QString::number(paidOn.year())) &&
                 totals.contains(QStringLiteral("¥500.00")),
             qPrintable(totals));
    auto *entries = aid->findChild<QTableWidget *>(QStringLiteral("aidEntriesTable"));
    QVERIFY(entries);
    QCOMPARE(entries->rowCount(), 1);
    QCOMPARE(entries->item(0, 1)->text(), QStringLiteral("送温暖"));
    QCOMPARE(entries->item(0, 3)->text(), QStringLiteral("¥500.00"));
    QCOMPARE(entries->item(0, 4)->text(), QStringLiteral("Paid"));
    auto *proposals = aid->findChild<QTableWidget *>(QStringLiteral("aidProposalsTable"));
    QVERIFY(proposals);
    QCOMPARE(proposals->rowCount(), 1);
    QCOMPARE(proposals->item(0, 3)->text(), QStringLiteral("Draft"));
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("proposeAidButton"));
    QVERIFY(button && button->isEnabled());
    QCoreApplication::processEvents();
    saveScreenshot(&panel, QStringLiteral("household-aid"));

    // A double-click opens the proposal; "Propose aid…" a new one.
    QString opened;
    auto watch = onNextModal<AidProposalDialog>([&](AidProposalDialog *dialog) {
        opened = dialog->proposalId();
        dialog->reject();
    });
    aid->openProposal(proposals->item(0, 0)->data(Qt::UserRole + 1).toString());
    QCOMPARE(opened, draft);
    bool fresh = false;
    watch = onNextModal<AidProposalDialog>([&](AidProposalDialog *dialog) {
        fresh = dialog->proposalId().isEmpty() && !dialog->isReadOnly();
        dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(fresh);
    panel.setHousehold({});
    QVERIFY(!button->isEnabled());
    m_t->workspace().setUser(m_t->admin); // administrators do not propose aid
    panel.setHousehold(m_household);
    QVERIFY(!button->isEnabled());
    QCOMPARE(aid->history().total(), Money::fromYuan(500));
    panel.setHousehold({});
    QCOMPARE(aid->history().total(), Money());
}

QTEST_MAIN(TestAidProposalDialog)
#include "tst_aidproposaldialog.moc"

// The household file form as a caseworker uses it: a new household with two
// members typed in, sex and birth date taken from the ID numbers, undo and
// redo, filing, then finding it by pinyin initials, logging a visit and
// seeing the visit in coverage; a person already registered elsewhere stops
// the save with a link to that file; a closed file opens read-only.
#include "coveragemodel.h"
#include "coverageview.h"
#include "demodata.h"
#include "fieldvisits.h"
#include "guitest.h"
#include "householddetailpanel.h"
#include "householdexit.h"
#include "householdfile.h"
#include "householdfiledialog.h"
#include "householdlistmodel.h"
#include "idnumber.h"
#include "householdsearchbar.h"
#include "householdsview.h"
#include "membertablemodel.h"
#include "moneyedit.h"
#include "session.h"
#include "undoproxymodel.h"
#include "visitdialog.h"
#include "visitsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

namespace {

const QString Jiuqu = QStringLiteral("371312001");

QString validId(const QString &first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

// Today's people: a head born 1979-03-15 and his wife born 1981-11-02, with
// sequence numbers well away from the demo's.
const QString HeadId = validId(QStringLiteral("37131219790315931"));
const QString WifeId = validId(QStringLiteral("37131219811102942"));

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Brings the tab holding \a name to the front, as the user clicking it.
void showTab(QWidget *dialog, const char *name)
{
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(dialog->findChild<QWidget *>(QString::fromLatin1(name)));
}

bool chooseCode(QComboBox *combo, const QString &code)
{
    const int i = combo->findData(code);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    emit combo->activated(i);
    return true;
}

// Types \a text into cell (row, column) of the members table as a user does:
// opens the editor, types, and presses Enter.
void typeInCell(QTableView *view, int row, int column, const QString &text)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    // "Add member" leaves an editor open in the new row's name; use it if open.
    if (!view->indexWidget(index))
        view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY2(editor, "no line editor opened");
    editor->selectAll();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(editor, text);
    else
        editor->setText(text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the cell in a queued call, as after a real key press.
    QCoreApplication::processEvents();
    QVERIFY2(!view->indexWidget(index), "the cell editor is still open");
}

} // namespace

class TestHouseholdFileDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entersFilesFindsVisitsAndCovers();
    void visitUpdatesTheSurvey();
    void undoAndRedo();
    void duplicatePersonLinksToTheFile();
    void problemIsShownAtItsField();
    void closedFileIsReadOnly();
    void idNumbersMaskedUntilRevealed();

private:
    void enterZhangHousehold(HouseholdFileDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestHouseholdFileDialog::initTestCase()
{
    GuiTest::screenshotLanguage();
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("file-dialog.sqlite")));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    QVERIFY(DemoData::generate(m_ws->database(), m_ws->pinyin(),
                               DemoOptions{5, 40, QDate::currentDate()})
                .ok());
    auto liming = Accounts::signIn(m_ws->sql(), m_ws->deviceId(), QStringLiteral("liming"),
                                   DemoData::password());
    QVERIFY(liming.ok());
    m_ws->setUser(liming.value());
}

// Fills the form of a new household: 九曲街道, an address, 张伟 (head) and 王芳
// (spouse) with their ID numbers, wages and medical costs, illness as the cause.
void TestHouseholdFileDialog::enterZhangHousehold(HouseholdFileDialog &dialog)
{
    {
        QVERIFY(chooseCode(child<QComboBox>(&dialog, "divisionCombo"), Jiuqu));
        QVERIFY(GuiTest::type(&dialog, "addressEdit", QStringLiteral("九曲街道测试路 8 号")));
        QTest::keyClick(child<QLineEdit>(&dialog, "addressEdit"), Qt::Key_Tab);
        QVERIFY(GuiTest::type(&dialog, "phoneEdit", QStringLiteral("13905390001")));
        QTest::keyClick(child<QLineEdit>(&dialog, "phoneEdit"), Qt::Key_Tab);

        showTab(&dialog, "membersTab");
        auto *add = child<QPushButton>(&dialog, "addMemberButton");
        auto *view = child<QTableView>(&dialog, "membersView");
        QTest::mouseClick(add, Qt::LeftButton);
        typeInCell(view, 0, MemberTableModel::Name, QStringLiteral("张伟"));
        typeInCell(view, 0, MemberTableModel::IdCard, HeadId);
        QTest::mouseClick(add, Qt::LeftButton);
        typeInCell(view, 1, MemberTableModel::Name, QStringLiteral("王芳"));
        typeInCell(view, 1, MemberTableModel::IdCard, WifeId.toLower());
        QVERIFY(dialog.membersModel()->setData(
            dialog.membersModel()->index(1, MemberTableModel::Relationship),
            QStringLiteral("spouse")));
        QVERIFY(dialog.membersModel()->setData(
            dialog.membersModel()->index(0, MemberTableModel::WorkStatus),
            QStringLiteral("unable")));
        QVERIFY(dialog.membersModel()->setData(
            dialog.membersModel()->index(1, MemberTableModel::WorkStatus),
            QStringLiteral("employed")));

        showTab(&dialog, "surveyTab");
        auto *wages = child<MoneyEdit>(&dialog, "wagesEdit");
        wages->setFocus();
        QTest::keyClicks(wages, QStringLiteral("18000"));
        QTest::keyClick(wages, Qt::Key_Tab);
        auto *illness = child<MoneyEdit>(&dialog, "illnessEdit");
        illness->setFocus();
        QTest::keyClicks(illness, QStringLiteral("12,000.00"));
        QTest::keyClick(illness, Qt::Key_Tab);
        showTab(&dialog, "assessmentTab");
        QVERIFY(chooseCode(child<QComboBox>(&dialog, "mainCauseCombo"),
                           QStringLiteral("illness")));
    }
}

void TestHouseholdFileDialog::entersFilesFindsVisitsAndCovers()
{
    HouseholdsView households(*m_ws);
    households.resize(1280, 800);
    households.show();
    QVERIFY(QTest::qWaitForWindowExposed(&households));

    // New household… opens the empty form; the caseworker enters and files it.
    bool filled = false;
    const auto watch = GuiTest::onNextModal<HouseholdFileDialog>([&](HouseholdFileDialog *d) {
        QVERIFY(QTest::qWaitForWindowActive(d));
        enterZhangHousehold(*d);
        const HouseholdRecord r = d->record();
        QCOMPARE(r.members.size(), 2);
        QCOMPARE(r.members.at(0).sex, QStringLiteral("male"));
        QCOMPARE(r.members.at(0).birthDate, QDate(1979, 3, 15));
        QCOMPARE(r.members.at(1).idNumber, WifeId); // normalised to upper-case X
        QCOMPARE(r.members.at(1).sex, QStringLiteral("female"));
        QCOMPARE(r.survey.income.wagesFen, 1800000);
        QCOMPARE(r.survey.expenditure.illnessFen, 1200000);
        auto *proposal = child<QLabel>(d, "proposalValue");
        QTRY_VERIFY2(!proposal->text().isEmpty() && proposal->text() != QStringLiteral("—"),
                 qPrintable(d->findChild<QTextBrowser *>(QStringLiteral("explanationView"))
                                ->toPlainText()));
        auto *explanation = d->findChild<QTextBrowser *>(QStringLiteral("explanationView"));
        QTRY_VERIFY2(explanation->toPlainText().contains(QStringLiteral("18,000")),
                     qPrintable(explanation->toPlainText()));
        auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("tabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            GuiTest::saveScreenshot(d, QStringLiteral("household-file-%1").arg(i + 1));
        }
        if (qEnvironmentVariableIsEmpty("BANGFU_SCREENSHOT_LANG"))
            QVERIFY(d->undoStack()->undoText().contains(QStringLiteral("main cause")));
        filled = true;
        QTest::mouseClick(child<QPushButton>(d, "fileButton"), Qt::LeftButton);
        if (d->isVisible()) {
            qWarning() << d->messageText();
            d->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(&households, "newHouseholdButton"), Qt::LeftButton);
    QVERIFY(filled);

    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT h.id, h.status, h.file_no, h.created_by, count(m.id) FROM households h"
        " JOIN members m ON m.household_id = h.id WHERE h.address = '九曲街道测试路 8 号'"
        " GROUP BY h.id")));
    QVERIFY(q.next());
    const QString id = q.value(0).toString();
    QCOMPARE(q.value(1).toString(), QStringLiteral("filed"));
    QVERIFY(q.value(2).toString().startsWith(QStringLiteral("HD-%1-").arg(QDate::currentDate().year())));
    QCOMPARE(q.value(3).toString(), m_ws->user()->id);
    QCOMPARE(q.value(4).toInt(), 2);
    QVERIFY(!q.next());

    // Search by the head's pinyin initials "zw" finds it (with other 张伟-like names maybe).
    auto *search = child<QLineEdit>(&households, "searchEdit");
    QVERIFY(search);
    households.searchBar()->setTypingDelay(0);
    QTest::keyClicks(search, QStringLiteral("zw"));
    QTRY_VERIFY(households.searchBar()->filter().text == QStringLiteral("zw"));
    auto *table = child<QTableView>(&households, "tableView");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    int found = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(HouseholdListModel::IdRole).toString() == id)
            found = row;
    }
    QVERIFY2(found >= 0, "the new household is not found by its initials");

    // Log a re-verification visit from the panel; the survey is not updated this time.
    table->selectRow(found);
    QTRY_COMPARE(households.detail()->household(), id);
    const auto visitWatch = GuiTest::onNextModal<VisitDialog>([](VisitDialog *d) {
        auto *purpose = child<QComboBox>(d, "purposeCombo");
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("reverification")));
        child<QCheckBox>(d, "updateSurveyCheck")->setChecked(false);
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(child<QPushButton>(households.detail(), "visitButton"), Qt::LeftButton);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM field_visits WHERE household_id = '%1'")
                       .arg(id)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // Coverage counts the visit in 九曲街道 this year.
    VisitsView visits(*m_ws);
    visits.show();
    auto *tree = visits.findChild<QTreeView *>(QStringLiteral("coverageTree"));
    QVERIFY(tree);
    const QAbstractItemModel *model = tree->model();
    qint64 visited = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CoverageModel::IdRole).toString() == Jiuqu)
            visited = model->index(row, CoverageModel::Visited)
                          .data(CoverageModel::CountRole)
                          .toLongLong();
    }
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(DISTINCT v.household_id) FROM field_visits v JOIN households h"
        " ON h.id = v.household_id WHERE h.division_code = '%1' AND v.visit_date >= '%2-01-01'")
                       .arg(Jiuqu)
                       .arg(QDate::currentDate().year())) &&
            q.next());
    QVERIFY(q.value(0).toLongLong() >= 1);
    QCOMPARE(visited, q.value(0).toLongLong());
}

void TestHouseholdFileDialog::visitUpdatesTheSurvey()
{
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT household_id FROM members WHERE id_number = '%1'")
                       .arg(HeadId)) &&
            q.next());
    const QString id = q.value(0).toString();
    HouseholdsView households(*m_ws);
    households.show();
    households.showHousehold(id);

    // A re-verification visit with "update the income and expenditure" ticked
    // opens the file form; the new wages are the survey of that visit.
    const auto visitWatch = GuiTest::onNextModal<VisitDialog>([](VisitDialog *d) {
        auto *purpose = child<QComboBox>(d, "purposeCombo");
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("reverification")));
        QVERIFY(child<QCheckBox>(d, "updateSurveyCheck")->isChecked());
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    bool opened = false;
    const auto fileWatch = GuiTest::onNextModal<HouseholdFileDialog>([&](HouseholdFileDialog *d) {
        opened = true;
        QCOMPARE(d->householdId(), id);
        QVERIFY(QTest::qWaitForWindowActive(d));
        showTab(d, "surveyTab");
        auto *wages = child<MoneyEdit>(d, "wagesEdit");
        wages->setFocus();
        wages->selectAll();
        QTest::keyClicks(wages, QStringLiteral("21600"));
        QTest::keyClick(wages, Qt::Key_Tab);
        QCOMPARE(d->record().survey.income.wagesFen, 2160000);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        if (d->isVisible()) {
            qWarning() << d->messageText();
            d->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(households.detail(), "visitButton"), Qt::LeftButton);
    QVERIFY(opened);
    QVERIFY(q.exec(QStringLiteral(
                "SELECT s.income_wages_fen, s.visit_id, v.purpose FROM survey_records s"
                " JOIN field_visits v ON v.id = s.visit_id WHERE s.household_id = '%1'"
                " ORDER BY s.survey_date DESC, s.updated_at DESC LIMIT 1")
                       .arg(id)) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), 2160000);
    QCOMPARE(q.value(2).toString(), QStringLiteral("reverification"));

    // The file lists its surveys with the visit each was taken on.
    HouseholdFileDialog again(*m_ws, id);
    auto *history = child<QTableWidget>(&again, "surveyHistoryView");
    QVERIFY(history->rowCount() >= 1);
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("21,600.00"));
    QCOMPARE(history->item(0, 6)->text(), FieldVisits::purposeLabel(QStringLiteral("reverification")));
}

void TestHouseholdFileDialog::undoAndRedo()
{
    HouseholdFileDialog dialog(*m_ws, {}, Jiuqu);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QUndoStack *undo = dialog.undoStack();
    QCOMPARE(undo->count(), 0);

    auto *address = child<QLineEdit>(&dialog, "addressEdit");
    address->setFocus();
    QVERIFY(GuiTest::type(&dialog, "addressEdit", QStringLiteral("first")));
    QTest::keyClick(address, Qt::Key_Tab);
    QVERIFY(GuiTest::type(&dialog, "addressEdit", QStringLiteral("second")));
    QTest::keyClick(address, Qt::Key_Tab);
    QCOMPARE(dialog.record().address, QStringLiteral("second"));

    // Ctrl+Z takes back one field edit at a time, and the field shows it.
    QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dialog.record().address, QStringLiteral("first"));
    QCOMPARE(address->text(), QStringLiteral("first"));
    undo->redo();
    QCOMPARE(address->text(), QStringLiteral("second"));

    // A member added, its ID typed (sex and birth date follow), then undone step by step.
    showTab(&dialog, "membersTab");
    auto *view = child<QTableView>(&dialog, "membersView");
    QTest::mouseClick(child<QPushButton>(&dialog, "addMemberButton"), Qt::LeftButton);
    QCOMPARE(dialog.record().members.size(), 1);
    typeInCell(view, 0, MemberTableModel::IdCard, HeadId);
    QCOMPARE(dialog.record().members.at(0).birthDate, QDate(1979, 3, 15));
    undo->undo();
    QCOMPARE(dialog.record().members.at(0).idNumber, QString());
    QVERIFY(!dialog.record().members.at(0).birthDate.isValid());
    QVERIFY(dialog.record().members.at(0).sex.isEmpty());
    undo->undo();
    QCOMPARE(dialog.record().members.size(), 0);
    undo->redo();
    undo->redo();
    QCOMPARE(dialog.record().members.size(), 1);
    QCOMPARE(dialog.record().members.at(0).sex, QStringLiteral("male"));

    // Removing is undoable too.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(&dialog, "removeMemberButton"), Qt::LeftButton);
    QCOMPARE(dialog.record().members.size(), 0);
    undo->undo();
    QCOMPARE(dialog.record().members.size(), 1);
    QCOMPARE(dialog.record().members.at(0).idNumber, HeadId);

    // Money: an amount typed and undone.
    showTab(&dialog, "surveyTab");
    auto *wages = child<MoneyEdit>(&dialog, "wagesEdit");
    wages->setFocus();
    QTest::keyClicks(wages, QStringLiteral("2500.5"));
    QTest::keyClick(wages, Qt::Key_Tab);
    QCOMPARE(dialog.record().survey.income.wagesFen, 250050);
    QCOMPARE(wages->text(), QStringLiteral("2,500.50"));
    undo->undo();
    QCOMPARE(dialog.record().survey.income.wagesFen, 0);
    QCOMPARE(wages->fen(), 0);
}

void TestHouseholdFileDialog::duplicatePersonLinksToTheFile()
{
    // The household entered in the first test holds HeadId; a second one may not.
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT h.id, h.file_no FROM members m JOIN households h ON "
                                  "h.id = m.household_id WHERE m.id_number = '%1'")
                       .arg(HeadId)) &&
            q.next());
    const QString existing = q.value(0).toString();
    const QString fileNo = q.value(1).toString();

    HouseholdFileDialog dialog(*m_ws, {}, Jiuqu);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(GuiTest::type(&dialog, "addressEdit", QStringLiteral("别处 1 号")));
    QTest::keyClick(child<QLineEdit>(&dialog, "addressEdit"), Qt::Key_Tab);
    showTab(&dialog, "membersTab");
    auto *view = child<QTableView>(&dialog, "membersView");
    QTest::mouseClick(child<QPushButton>(&dialog, "addMemberButton"), Qt::LeftButton);
    typeInCell(view, 0, MemberTableModel::Name, QStringLiteral("张伟"));
    typeInCell(view, 0, MemberTableModel::IdCard, HeadId);

    // Warned as soon as the number is typed, and stopped at Save.
    auto *message = child<QLabel>(&dialog, "messageLabel");
    QVERIFY2(dialog.messageText().contains(fileNo), qPrintable(dialog.messageText()));
    const int before = [&] {
        QSqlQuery c(m_ws->sql());
        c.exec(QStringLiteral("SELECT count(*) FROM households"));
        c.next();
        return c.value(0).toInt();
    }();
    QVERIFY(!dialog.save(false).ok());
    QVERIFY(dialog.isVisible());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM households")) && q.next());
    QCOMPARE(q.value(0).toInt(), before);

    // The link opens the existing file.
    QSignalSpy open(&dialog, &HouseholdFileDialog::openHousehold);
    QVERIFY(message->text().contains(QStringLiteral("household:%1").arg(existing)));
    emit message->linkActivated(QStringLiteral("household:%1").arg(existing));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), existing);
    QVERIFY(!dialog.isVisible());
}

void TestHouseholdFileDialog::problemIsShownAtItsField()
{
    HouseholdFileDialog dialog(*m_ws, {}, Jiuqu);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    tabs->setCurrentIndex(2);
    const Status s = dialog.save(false);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where, QStringLiteral("address"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("householdTab"));
    QVERIFY(dialog.messageText().contains(QStringLiteral("address")));
}

void TestHouseholdFileDialog::closedFileIsReadOnly()
{
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM households WHERE status = 'exited' LIMIT 1")) &&
            q.next());
    HouseholdFileDialog dialog(*m_ws, q.value(0).toString());
    QVERIFY(!dialog.loadError());
    dialog.show();
    QVERIFY(dialog.isReadOnly());
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "addressEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "addMemberButton")->isEnabled());
    QVERIFY(!dialog.membersModel()->setData(dialog.membersModel()->index(0, 0),
                                            QStringLiteral("改名")));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("read-only")));
}

void TestHouseholdFileDialog::idNumbersMaskedUntilRevealed()
{
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT m.household_id, m.id, m.id_number FROM members m"
                                  " JOIN households h ON h.id = m.household_id"
                                  " WHERE h.status = 'filed' AND m.is_head = 1 LIMIT 1")) &&
            q.next());
    const QString household = q.value(0).toString();
    const QString member = q.value(1).toString();
    const QString number = q.value(2).toString();
    HouseholdFileDialog dialog(*m_ws, household);
    dialog.show();
    const QModelIndex cell = dialog.membersModel()->index(0, MemberTableModel::IdCard);
    QCOMPARE(cell.data().toString(), IdNumber::mask(number));
    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    auto *reveal = child<QPushButton>(&dialog, "revealButton");
    QVERIFY(!reveal->isEnabled());
    child<QTableView>(&dialog, "membersView")->setCurrentIndex(cell);
    QVERIFY(reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(cell.data().toString(), number);
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND "
                                  "row_id = '%1' AND user_id = '%2'")
                       .arg(member, m_ws->user()->id)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_MAIN(TestHouseholdFileDialog)
#include "tst_householdfiledialog.moc"

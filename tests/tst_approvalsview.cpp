// The approvals area as supervisors use it, clicked on the real widgets: a
// caseworker's two proposals (300 yuan, and 6,000 yuan above the programme's
// 5,000-yuan threshold) in supervisor A's inbox; the small one approved at
// once, the big one waiting after A's approval and greyed for A until
// supervisor B gives the second; two approved together after the
// confirmation listing them (Enter does not confirm); a bulk approval refused
// as a whole when one of the proposals was decided meanwhile; a rejection
// that needs its reason and a return for changes; a caseworker with no
// decision buttons, refused by the model anyway. The line about mutual-aid
// claims waiting in the Claims area.
#include "aiddecisiondialog.h"
#include "aiddecisions.h"
#include "aidinboxmodel.h"
#include "aidprogramme.h"
#include "aidproposals.h"
#include "approvalsview.h"
#include "guitest.h"
#include "mutualaidfixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// The caseworker's proposals are submitted a minute apart, so the inbox
// (oldest first) lists them in the order they were made.
QDateTime minute(int n)
{
    return QDateTime(QDate(2026, 7, 1), QTime(9, 0).addSecs(60 * n), Qt::UTC);
}

} // namespace

using GuiTest::onNextModal;

class TestApprovalsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsWhatIsWaiting();
    void approvesSmallAtOnce();
    void bigNeedsSecondSupervisor();
    void approvesSelectedTogether();
    void bulkIsAllOrNothing();
    void rejectNeedsReason();
    void returnsForChanges();
    void caseworkerCannotDecide();

private:
    QString addHousehold(const QString &fileNo, const QString &head);
    QString propose(const QString &household, qint64 yuan, const QString &reason);
    QString status(const QString &id) const;
    void signIn(const CurrentUser &user);
    void clickRow(const QString &id, Qt::KeyboardModifiers modifiers = {});
    QPushButton *button(const char *name) { return child<QPushButton>(m_view.get(), name); }

    MutualAidFixture m_fx;
    // A message box nobody expected (a refused decision) is closed and fails the test.
    QTimer m_watch;
    QStringList m_unexpected;
    bool m_expectBox = false;
    std::unique_ptr<ApprovalsView> m_view;
    QString m_programme;
    QString m_household1;
    QString m_household2;
    QString m_small;
    QString m_big;
    int m_minute = 0;
};

void TestApprovalsView::initTestCase()
{
    GuiTest::screenshotLanguage();
    m_watch.setInterval(300);
    connect(&m_watch, &QTimer::timeout, this, [this] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && !m_expectBox) {
            m_unexpected.append(box->text() + QLatin1Char(' ') + box->informativeText());
            box->reject();
        }
    });
    QVERIFY(m_fx.ok());
    const Status programme = m_fx.write(m_fx.admin, [&](AuditedWriter &w) -> Status {
        AidProgramme p;
        p.code = QStringLiteral("warmth");
        p.name = QStringLiteral("送温暖");
        p.defaultAmount = Money::fromYuan(500);
        p.secondApprovalAbove = Money::fromYuan(5000);
        auto id = AidProgrammes::save(w, p);
        if (!id)
            return id.error();
        m_programme = id.value();
        return {};
    });
    QVERIFY2(programme.ok(), programme.ok() ? "" : qPrintable(programme.error().toString()));
    m_household1 = addHousehold(QStringLiteral("HD-0101"), QStringLiteral("张涛"));
    m_household2 = addHousehold(QStringLiteral("HD-0102"), QStringLiteral("李娜"));
    QVERIFY(!m_household1.isEmpty() && !m_household2.isEmpty());
    m_small = propose(m_household1, 300, QStringLiteral("冬季取暖费困难"));
    // The second of the year for the same household: the caseworker answers the warning.
    m_big = propose(m_household1, 6000, QStringLiteral("妻子住院，手术费自付部分高"));
    QVERIFY(!m_small.isEmpty() && !m_big.isEmpty());

    // One mutual-aid claim waits in the Claims area.
    const QString enrolment =
        m_fx.enrol(QStringLiteral("赵文海"), QStringLiteral("371312197203150112"));
    QVERIFY(!enrolment.isEmpty());
    const QString claim =
        m_fx.create(MutualAidFixture::claim(enrolment, {500000}), m_fx.caseworker);
    QVERIFY(!claim.isEmpty());
    QVERIFY(m_fx.submit(claim, m_fx.caseworker).ok());

    signIn(m_fx.supervisor);
    m_view = std::make_unique<ApprovalsView>(m_fx.workspace());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestApprovalsView::init()
{
    m_unexpected.clear();
    m_expectBox = false;
    m_watch.start();
}

void TestApprovalsView::cleanup()
{
    m_watch.stop();
    QVERIFY2(m_unexpected.isEmpty(), qPrintable(m_unexpected.join(u'\n')));
}

QString TestApprovalsView::addHousehold(const QString &fileNo, const QString &head)
{
    QString id;
    const Status s = m_fx.write(m_fx.caseworker, [&](AuditedWriter &w) -> Status {
        auto household = w.insert(Permission::EditHouseholds, QStringLiteral("households"),
                                  {{QStringLiteral("division_code"), QStringLiteral("371312001")},
                                   {QStringLiteral("file_no"), fileNo},
                                   {QStringLiteral("status"), QStringLiteral("filed")},
                                   {QStringLiteral("category"), QStringLiteral("deep")},
                                   {QStringLiteral("filed_on"), QStringLiteral("2026-03-01")}});
        if (!household)
            return household.error();
        auto member = w.insert(Permission::EditHouseholds, QStringLiteral("members"),
                               {{QStringLiteral("household_id"), household.value()},
                                {QStringLiteral("is_head"), 1},
                                {QStringLiteral("name"), head},
                                {QStringLiteral("relationship"), QStringLiteral("self")}});
        if (!member)
            return member.error();
        id = household.value();
        return {};
    });
    if (!s)
        qWarning("%s", qPrintable(s.error().toString()));
    return id;
}

QString TestApprovalsView::propose(const QString &household, qint64 yuan, const QString &reason)
{
    QString id;
    const Status s = m_fx.write(
        m_fx.caseworker,
        [&](AuditedWriter &w) -> Status {
            AidProposal p;
            p.programmeId = m_programme;
            p.householdId = household;
            p.amount = Money::fromYuan(yuan);
            p.reason = reason;
            auto saved = AidProposals::save(w, p);
            if (!saved)
                return saved.error();
            p.id = saved.value();
            auto warnings = AidProposals::warnings(w.database(), p, AidProposals::today(w));
            if (!warnings)
                return warnings.error();
            QList<AidWarning> answers = warnings.value();
            for (AidWarning &answer : answers)
                answer.answer = QStringLiteral("家中又有新的困难，仍需帮扶");
            if (Status submitted = AidProposals::submit(w, p.id, answers); !submitted)
                return submitted;
            id = p.id;
            return {};
        },
        minute(m_minute++));
    if (!s)
        qWarning("%s", qPrintable(s.error().toString()));
    return id;
}

QString TestApprovalsView::status(const QString &id) const
{
    return m_fx.scalar(QStringLiteral("SELECT status FROM aid_requests WHERE id = ?"), {id})
        .toString();
}

void TestApprovalsView::signIn(const CurrentUser &user)
{
    m_fx.workspace().setUser(user);
    if (m_view)
        m_view->refresh();
}

void TestApprovalsView::clickRow(const QString &id, Qt::KeyboardModifiers modifiers)
{
    auto *table = child<QTableView>(m_view.get(), "inboxTable");
    const int row = m_view->model()->rowOf(id);
    QVERIFY2(row >= 0, qPrintable(id));
    const QModelIndex index = table->model()->index(row, AidInboxModel::Programme);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                      table->visualRect(index).center());
}

void TestApprovalsView::listsWhatIsWaiting()
{
    AidInboxModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(m_small), 0);
    QCOMPARE(model->rowOf(m_big), 1);
    const auto cell = [&](const QString &id, int column, int role = Qt::DisplayRole) {
        return model->index(model->rowOf(id), column).data(role);
    };
    QCOMPARE(cell(m_small, AidInboxModel::Amount).toString(), QStringLiteral("¥300.00"));
    QCOMPARE(cell(m_small, AidInboxModel::Amount, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(cell(m_small, AidInboxModel::Household).toString(), QStringLiteral("张涛 (HD-0101)"));
    QCOMPARE(cell(m_small, AidInboxModel::Programme).toString(), QStringLiteral("送温暖"));
    QCOMPARE(cell(m_small, AidInboxModel::Proposer).toString(), QStringLiteral("李明"));
    QCOMPARE(cell(m_small, AidInboxModel::Submitted).toString(), QStringLiteral("2026-07-01"));
    QCOMPARE(cell(m_small, AidInboxModel::Stage).toString(), QStringLiteral("1st approval"));
    QCOMPARE(cell(m_small, AidInboxModel::Warnings).toString(), QString());
    QCOMPARE(cell(m_big, AidInboxModel::Warnings).toString(), QStringLiteral("1"));
    QVERIFY(!cell(m_big, AidInboxModel::Category).toString().isEmpty());
    QVERIFY2(cell(m_big, 0, AidInboxModel::MayDecideRole).toBool(),
             qPrintable(cell(m_big, AidInboxModel::WhyNot).toString()));

    auto *claims = child<QLabel>(m_view.get(), "claimsLabel");
    QVERIFY2(claims->text().startsWith(QStringLiteral("1 mutual-aid claim")),
             qPrintable(claims->text()));

    // Search by name and by file number.
    auto *search = child<QLineEdit>(m_view.get(), "searchEdit");
    QVERIFY(GuiTest::type(m_view.get(), "searchEdit", QStringLiteral("HD-0102")));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(GuiTest::type(m_view.get(), "searchEdit", QStringLiteral("张涛")));
    QCOMPARE(model->rowCount(), 2);
    search->clear();
    QCOMPARE(model->rowCount(), 2);

    // The big one in full: amount in capitals, the warning with the answer, the history.
    clickRow(m_big);
    QCOMPARE(m_view->currentProposal(), m_big);
    const QString detail = child<QTextBrowser>(m_view.get(), "detailView")->toPlainText();
    for (const QString &expected :
         {QStringLiteral("人民币陆仟元整"), QStringLiteral("妻子住院，手术费自付部分高"),
          QStringLiteral("家中又有新的困难，仍需帮扶"), QStringLiteral("张涛 (file no. HD-0101)"),
          QStringLiteral("李明"), QStringLiteral("¥5,000.00"), QStringLiteral("No decision yet.")})
        QVERIFY2(detail.contains(expected), qPrintable(expected + QStringLiteral("\n") + detail));
    // Highlighted answers: the HTML carries the background.
    QVERIFY(child<QTextBrowser>(m_view.get(), "detailView")
                ->toHtml()
                .contains(QStringLiteral("#fff3bf")));
    GuiTest::saveScreenshot(m_view.get(), QStringLiteral("approvals-inbox"));
}

void TestApprovalsView::approvesSmallAtOnce()
{
    clickRow(m_small);
    QCOMPARE(m_view->selectedProposals(), QStringList{m_small});
    QVERIFY(button("approveButton")->isEnabled());
    QVERIFY(button("rejectButton")->isEnabled());
    QVERIFY(button("returnButton")->isEnabled());
    QTest::mouseClick(button("approveButton"), Qt::LeftButton);
    QCOMPARE(status(m_small), QStringLiteral("approved"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM aid_approvals WHERE request_id = ?"
                                        " AND stage = 1 AND decided_by = ?"),
                         {m_small, m_fx.supervisor.id})
                 .toInt(),
             1);
    // Gone from the inbox; the next proposal is chosen instead.
    QCOMPARE(m_view->model()->rowOf(m_small), -1);
    QCOMPARE(m_view->currentProposal(), m_big);
    QVERIFY(
        child<QLabel>(m_view.get(), "messageLabel")->text().contains(QStringLiteral("¥300.00")));
}

void TestApprovalsView::bigNeedsSecondSupervisor()
{
    clickRow(m_big);
    QTest::mouseClick(button("approveButton"), Qt::LeftButton);
    QCOMPARE(status(m_big), QStringLiteral("submitted"));
    QCOMPARE(
        m_fx.scalar(QStringLiteral("SELECT stage FROM aid_approvals WHERE request_id = ?"), {m_big})
            .toInt(),
        1);
    QVERIFY(child<QLabel>(m_view.get(), "messageLabel")->text().contains(QStringLiteral("second")));
    // A may not give the second: not listed while only decidable ones are shown ...
    QCOMPARE(m_view->model()->rowOf(m_big), -1);
    QCOMPARE(m_view->currentProposal(), QString());
    QVERIFY(!button("approveButton")->isEnabled());
    // ... and greyed, with the reason, when all are shown.
    auto *only = child<QCheckBox>(m_view.get(), "onlyDecidableCheck");
    QVERIFY(only->isChecked());
    auto *table = child<QTableView>(m_view.get(), "inboxTable");
    QVERIFY(table->isColumnHidden(AidInboxModel::WhyNot));
    QTest::mouseClick(only, Qt::LeftButton);
    QVERIFY(!only->isChecked());
    QVERIFY(!table->isColumnHidden(AidInboxModel::WhyNot));
    AidInboxModel *model = m_view->model();
    const int row = model->rowOf(m_big);
    QVERIFY(row >= 0);
    QVERIFY(!model->index(row, 0).data(AidInboxModel::MayDecideRole).toBool());
    QVERIFY(model->index(row, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model->index(row, AidInboxModel::Stage).data().toString(),
             QStringLiteral("2nd approval"));
    const QString whyNot = model->index(row, AidInboxModel::WhyNot).data().toString();
    QVERIFY2(whyNot.contains(QStringLiteral("second")), qPrintable(whyNot));
    QCOMPARE(model->index(row, AidInboxModel::Amount).data(Qt::ToolTipRole).toString(), whyNot);
    clickRow(m_big);
    QCOMPARE(m_view->currentProposal(), m_big);
    for (const char *name :
         {"approveButton", "rejectButton", "returnButton", "approveSelectedButton"})
        QVERIFY2(!button(name)->isEnabled(), name);
    QCOMPARE(button("approveButton")->toolTip(), whyNot);
    QVERIFY(child<QTextBrowser>(m_view.get(), "detailView")
                ->toPlainText()
                .contains(m_fx.supervisor.displayName));
    // Whatever the buttons show, the model refuses A's second approval.
    QVERIFY(!m_view->approve().ok());
    QCOMPARE(status(m_big), QStringLiteral("submitted"));
    QTest::mouseClick(only, Qt::LeftButton);
    QVERIFY(only->isChecked());

    // B gives the second approval.
    signIn(m_fx.supervisor2);
    QVERIFY(model->rowOf(m_big) >= 0);
    QVERIFY(model->index(model->rowOf(m_big), 0).data(AidInboxModel::MayDecideRole).toBool());
    clickRow(m_big);
    QVERIFY(button("approveButton")->isEnabled());
    QTest::mouseClick(button("approveButton"), Qt::LeftButton);
    QCOMPARE(status(m_big), QStringLiteral("approved"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT decided_by FROM aid_approvals WHERE request_id = ?"
                                        " AND stage = 2"),
                         {m_big})
                 .toString(),
             m_fx.supervisor2.id);
    QCOMPARE(model->rowCount(), 0);
}

void TestApprovalsView::approvesSelectedTogether()
{
    const QString first = propose(m_household2, 400, QStringLiteral("子女学费"));
    const QString second = propose(m_household1, 500, QStringLiteral("春节慰问"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    m_view->refresh();
    QCOMPARE(m_view->model()->rowCount(), 2);
    clickRow(first);
    clickRow(second, Qt::ControlModifier);
    QCOMPARE(m_view->selectedProposals(), (QStringList{first, second}));
    // One at a time only with one chosen; together with several.
    QVERIFY(!button("approveButton")->isEnabled());
    QVERIFY(button("approveSelectedButton")->isEnabled());
    QVERIFY(
        child<QLabel>(m_view.get(), "selectionLabel")->text().contains(QStringLiteral("¥900.00")));

    bool checked = false;
    auto confirm = onNextModal<AidDecisionDialog>([&](AidDecisionDialog *dialog) {
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        auto *table = child<QTableWidget>(dialog, "proposalsTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("李娜 (HD-0102)"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("¥400.00"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("送温暖"));
        QVERIFY(child<QLabel>(dialog, "totalLabel")->text().contains(QStringLiteral("¥900.00")));
        QVERIFY(!child<QLabel>(dialog, "noteLabel")->isVisible());
        // Enter confirms nothing: not from the comment, not from the buttons.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTest::keyClick(dialog->okButton(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(status(first), QStringLiteral("submitted"));
        QVERIFY(dialog->okButton()->isEnabled()); // the comment is optional
        child<QPlainTextEdit>(dialog, "commentEdit")->setPlainText(QStringLiteral("同意"));
        GuiTest::saveScreenshot(dialog, QStringLiteral("approvals-bulk-confirm"));
        checked = true;
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(button("approveSelectedButton"), Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(status(first), QStringLiteral("approved"));
    QCOMPARE(status(second), QStringLiteral("approved"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM aid_approvals WHERE request_id IN"
                                        " (?, ?) AND comment = '同意' AND decided_by = ?"),
                         {first, second, m_fx.supervisor2.id})
                 .toInt(),
             2);
    QCOMPARE(m_view->model()->rowCount(), 0);
}

void TestApprovalsView::bulkIsAllOrNothing()
{
    const QString keep = propose(m_household2, 200, QStringLiteral("临时困难"));
    const QString gone = propose(m_household2, 250, QStringLiteral("临时困难"));
    m_view->refresh();
    clickRow(keep);
    clickRow(gone, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedProposals(), (QStringList{keep, gone}));
    // Meanwhile supervisor A rejects one of them.
    QVERIFY(m_fx.write(m_fx.supervisor,
                       [&](AuditedWriter &w) {
                           return AidDecisions::decide(w, gone, AidDecision::Kind::Reject,
                                                       QStringLiteral("已有其他帮扶"));
                       })
                .ok());

    QString refusal;
    m_expectBox = true;
    auto confirm = onNextModal<AidDecisionDialog>(
        [](AidDecisionDialog *dialog) { QTest::mouseClick(dialog->okButton(), Qt::LeftButton); });
    auto error = onNextModal<QMessageBox>([&](QMessageBox *box) {
        refusal = box->text() + QLatin1Char('\n') + box->informativeText();
        box->accept();
    });
    QTest::mouseClick(button("approveSelectedButton"), Qt::LeftButton);
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("¥250.00")) &&
                 refusal.contains(QStringLiteral("李娜")),
             qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("No proposal was approved")), qPrintable(refusal));
    // Nothing applied: the other one still waits, with no decision.
    QCOMPARE(status(keep), QStringLiteral("submitted"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM aid_approvals WHERE request_id = ?"),
                         {keep})
                 .toInt(),
             0);
    QCOMPARE(status(gone), QStringLiteral("rejected"));
    // The list shows what is true now.
    QVERIFY(m_view->model()->rowOf(keep) >= 0);
    QCOMPARE(m_view->model()->rowOf(gone), -1);
}

void TestApprovalsView::rejectNeedsReason()
{
    const QString id = propose(m_household1, 350, QStringLiteral("房屋修缮"));
    m_view->refresh();
    clickRow(id);
    QCOMPARE(m_view->selectedProposals(), QStringList{id});
    // What the household received this year: the approved proposals, not paid yet.
    const QString detail = child<QTextBrowser>(m_view.get(), "detailView")->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("¥6,800.00")), qPrintable(detail));
    GuiTest::saveScreenshot(m_view.get(), QStringLiteral("approvals-history"));
    bool checked = false;
    auto answer = onNextModal<AidDecisionDialog>([&](AidDecisionDialog *dialog) {
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(dialog->mode(), AidDecisionDialog::Mode::Reject);
        auto *comment = child<QPlainTextEdit>(dialog, "commentEdit");
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(comment, QStringLiteral("   "));
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClick(comment, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        comment->setPlainText(QStringLiteral("本年度已享受同类帮扶"));
        QVERIFY(dialog->okButton()->isEnabled());
        GuiTest::saveScreenshot(dialog, QStringLiteral("approvals-reject"));
        checked = true;
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(button("rejectButton"), Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(status(id), QStringLiteral("rejected"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT comment FROM aid_approvals WHERE request_id = ?"
                                        " AND decision = 'reject'"),
                         {id})
                 .toString(),
             QStringLiteral("本年度已享受同类帮扶"));
    // Without a reason the model refuses too.
    const QString other = propose(m_household1, 360, QStringLiteral("房屋修缮"));
    m_view->refresh();
    m_view->selectProposals({other});
    QVERIFY(!m_view->reject(QStringLiteral("  ")).ok());
    QCOMPARE(status(other), QStringLiteral("submitted"));
    // Cancelling the dialog decides nothing.
    auto cancel = onNextModal<AidDecisionDialog>([](AidDecisionDialog *dialog) {
        child<QPlainTextEdit>(dialog, "commentEdit")->setPlainText(QStringLiteral("x"));
        dialog->reject();
    });
    QTest::mouseClick(button("rejectButton"), Qt::LeftButton);
    QCOMPARE(status(other), QStringLiteral("submitted"));
}

void TestApprovalsView::returnsForChanges()
{
    const QString id = m_view->model()->item(0).id;
    clickRow(id);
    auto answer = onNextModal<AidDecisionDialog>([](AidDecisionDialog *dialog) {
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(dialog->mode(), AidDecisionDialog::Mode::Return);
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "commentEdit"),
                         QStringLiteral("Add receipts"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(button("returnButton"), Qt::LeftButton);
    QCOMPARE(status(id), QStringLiteral("returned"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT comment FROM aid_approvals WHERE request_id = ?"
                                        " AND decision = 'return'"),
                         {id})
                 .toString(),
             QStringLiteral("Add receipts"));
}

void TestApprovalsView::caseworkerCannotDecide()
{
    const QString id = propose(m_household2, 300, QStringLiteral("临时困难"));
    signIn(m_fx.caseworker);
    AidInboxModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 0); // nothing they may decide
    QVERIFY(model->totalCount() > 0);
    QTest::mouseClick(child<QCheckBox>(m_view.get(), "onlyDecidableCheck"), Qt::LeftButton);
    QVERIFY(model->rowOf(id) >= 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, 0).data(AidInboxModel::MayDecideRole).toBool());
    clickRow(id);
    QCOMPARE(m_view->currentProposal(), id);
    for (const char *name :
         {"approveButton", "rejectButton", "returnButton", "approveSelectedButton"})
        QVERIFY2(!button(name)->isEnabled(), name);
    QVERIFY(button("approveButton")->toolTip().contains(QStringLiteral("supervisor")));
    // The model refuses whatever the buttons show.
    const Status direct = m_fx.write(m_fx.caseworker, [&](AuditedWriter &w) {
        return AidDecisions::decide(w, id, AidDecision::Kind::Approve, {});
    });
    QVERIFY(!direct.ok());
    QVERIFY(!m_view->approve().ok());
    QVERIFY(!m_view->approveMany({id}, {}).ok());
    QCOMPARE(status(id), QStringLiteral("submitted"));
    QTest::mouseClick(child<QCheckBox>(m_view.get(), "onlyDecidableCheck"), Qt::LeftButton);
}

QTEST_MAIN(TestApprovalsView)
#include "tst_approvalsview.moc"

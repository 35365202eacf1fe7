// The visit and exit dialogs with real widgets: a caseworker logs a
// re-verification with a photo picked through the file dialog, the visit and
// its attachment are in the database; an exit needs a reason (and words for
// "other"), and a closed file refuses further visits.
#include "exitdialog.h"
#include "fieldvisits.h"
#include "guitest.h"
#include "householddetailpanel.h"
#include "transaction.h"
#include "visitdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QImage>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

QString householdValue(const QSqlDatabase &db, const QString &id, const char *column)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM households WHERE id = ?").arg(QLatin1String(column)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
}

bool selectData(QComboBox *combo, const QString &code)
{
    const int index = combo ? combo->findData(code) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestVisitDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void logsVisitWithPhoto();
    void refusesLargeAndRepeatedFiles();
    void administratorIsRefused();
    void exitNeedsReasonThenRefusesVisits();
    void panelButtonLogsVisitAndRefreshes();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_ws;
    CurrentUser m_admin;
    CurrentUser m_caseworker;
    QString m_household;
};

void TestVisitDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_ws = GuiTest::withAdmin(m_dir.filePath(QStringLiteral("v%1.sqlite").arg(++m_counter)));
    QVERIFY(m_ws);
    m_admin = *m_ws->user();
    Transaction tx(m_ws->sql());
    {
        AuditedWriter writer = m_ws->writer();
        auto id = Accounts::create(writer, {QStringLiteral("liming"), QStringLiteral("李明"),
                                            Role::Caseworker, QStringLiteral("bangfu-demo")});
        QVERIFY(id.ok());
        m_caseworker = {id.value(), QStringLiteral("liming"), QStringLiteral("李明"),
                        Role::Caseworker};
    }
    m_ws->setUser(m_caseworker);
    AuditedWriter writer = m_ws->writer();
    const QDate filed = QDate::currentDate().addYears(-1);
    auto id = writer.insert(Permission::EditHouseholds, QStringLiteral("households"),
                            {{QStringLiteral("division_code"), QStringLiteral("371312001")},
                             {QStringLiteral("status"), QStringLiteral("filed")},
                             {QStringLiteral("file_no"), QStringLiteral("HD-TEST-0001")},
                             {QStringLiteral("filed_on"), filed.toString(Qt::ISODate)},
                             {QStringLiteral("next_due_on"), filed.addYears(1).toString(Qt::ISODate)}});
    QVERIFY(id.ok());
    m_household = id.value();
    QVERIFY(tx.commit().ok());
}

void TestVisitDialog::logsVisitWithPhoto()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    const QString photo = m_dir.filePath(QStringLiteral("门口照片.png"));
    QVERIFY(image.save(photo, "PNG"));
    QFile file(photo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    VisitDialog dialog(*m_ws, m_household);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("visitorsEdit"))->text(),
             QStringLiteral("李明"));
    QVERIFY(selectData(dialog.findChild<QComboBox *>(QStringLiteral("purposeCombo")),
                       QStringLiteral("reverification")));
    QVERIFY(GuiTest::type(&dialog, "visitorsEdit", QStringLiteral("李明、王芳")));
    QVERIFY(GuiTest::type(&dialog, "presentEdit", QStringLiteral("户主张涛")));
    auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    QVERIFY(notes);
    notes->setPlainText(QStringLiteral("收入无变化，继续帮扶。"));
    dialog.findChild<QGroupBox *>(QStringLiteral("gpsGroup"))->setChecked(true);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("latitudeSpin"))->setValue(35.061234);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("longitudeSpin"))->setValue(118.401234);

    // Added as the file picker adds each chosen file (driving the picker
    // itself hangs offscreen while it gathers the folder's file list).
    const Status added = dialog.addFile(photo);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
    QCOMPARE(dialog.attachments().size(), 1);
    QCOMPARE(dialog.attachments().first().mimeType, QStringLiteral("image/png"));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("filesList"))->count(), 1);
    GuiTest::saveScreenshot(&dialog, QStringLiteral("visitdialog"));

    clickOk(&dialog);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.visitId().isEmpty());

    auto rows = FieldVisits::list(m_ws->sql(), m_household);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    const VisitRow &row = rows->first();
    QCOMPARE(row.id, dialog.visitId());
    QCOMPARE(row.date, QDate::currentDate());
    QCOMPARE(row.purpose, QStringLiteral("reverification"));
    QCOMPARE(row.visitors, QStringLiteral("李明、王芳"));
    QCOMPARE(row.present, QStringLiteral("户主张涛"));
    QCOMPARE(row.notes, QStringLiteral("收入无变化，继续帮扶。"));
    QVERIFY(row.latitude && qAbs(*row.latitude - 35.061234) < 1e-9);
    QVERIFY(row.longitude && qAbs(*row.longitude - 118.401234) < 1e-9);
    QCOMPARE(row.attachments.size(), 1);
    QCOMPARE(row.attachments.first().fileName, QStringLiteral("门口照片.png"));
    QCOMPARE(row.attachments.first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    auto stored = FieldVisits::attachmentBytes(m_ws->sql(), row.attachments.first().id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), bytes);
    QCOMPARE(householdValue(m_ws->sql(), m_household, "last_verified_on"),
             QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(householdValue(m_ws->sql(), m_household, "next_due_on"),
             QDate::currentDate().addYears(1).toString(Qt::ISODate));
}

void TestVisitDialog::refusesLargeAndRepeatedFiles()
{
    const QString large = m_dir.filePath(QStringLiteral("large.pdf"));
    {
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(FieldVisits::MaxAttachmentBytes + 1));
    }
    const QString small = m_dir.filePath(QStringLiteral("scan.pdf"));
    {
        QFile file(small);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    }
    VisitDialog dialog(*m_ws, m_household);
    Status s = dialog.addFile(large);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("10 MB")), qPrintable(s.error().message));
    QVERIFY(dialog.addFile(small).ok());
    QCOMPARE(dialog.attachments().first().mimeType, QStringLiteral("application/pdf"));
    s = dialog.addFile(small);
    QVERIFY(!s.ok());
    QVERIFY(!dialog.addFile(m_dir.filePath(QStringLiteral("missing.jpg"))).ok());
    QCOMPARE(dialog.attachments().size(), 1);

    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("filesList"));
    list->setCurrentRow(0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeFileButton")),
                      Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(dialog.attachments().isEmpty());
}

void TestVisitDialog::administratorIsRefused()
{
    m_ws->setUser(m_admin);
    VisitDialog dialog(*m_ws, m_household);
    dialog.show();
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("may not")), qPrintable(dialog.errorText()));
    auto rows = FieldVisits::list(m_ws->sql(), m_household);
    QVERIFY(rows.ok() && rows->isEmpty());
}

void TestVisitDialog::exitNeedsReasonThenRefusesVisits()
{
    ExitDialog exit(*m_ws, m_household);
    exit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exit));
    clickOk(&exit);
    QVERIFY(exit.isVisible());
    QVERIFY(!exit.errorText().isEmpty());

    auto *reason = exit.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    QVERIFY(selectData(reason, QStringLiteral("other")));
    QCOMPARE(reason->currentText(), QStringLiteral("Other"));
    clickOk(&exit);
    QVERIFY(exit.isVisible());
    QVERIFY2(exit.errorText().contains(QStringLiteral("Describe")), qPrintable(exit.errorText()));
    QCOMPARE(householdValue(m_ws->sql(), m_household, "status"), QStringLiteral("filed"));

    exit.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
        ->setPlainText(QStringLiteral("全家迁往外省"));
    GuiTest::saveScreenshot(&exit, QStringLiteral("exitdialog"));
    clickOk(&exit);
    QVERIFY2(exit.errorText().isEmpty(), qPrintable(exit.errorText()));
    QCOMPARE(exit.result(), int(QDialog::Accepted));
    QCOMPARE(householdValue(m_ws->sql(), m_household, "status"), QStringLiteral("exited"));
    QCOMPARE(householdValue(m_ws->sql(), m_household, "exit_reason"), QStringLiteral("other"));
    QCOMPARE(householdValue(m_ws->sql(), m_household, "exited_on"),
             QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(householdValue(m_ws->sql(), m_household, "next_due_on"), QString());
    QVERIFY(householdValue(m_ws->sql(), m_household, "notes").endsWith(QStringLiteral("全家迁往外省")));

    VisitDialog visit(*m_ws, m_household);
    visit.show();
    clickOk(&visit);
    QVERIFY(visit.isVisible());
    QVERIFY2(visit.errorText().contains(QStringLiteral("HD-TEST-0001")), qPrintable(visit.errorText()));
    auto rows = FieldVisits::list(m_ws->sql(), m_household);
    QVERIFY(rows.ok() && rows->isEmpty());
}

void TestVisitDialog::panelButtonLogsVisitAndRefreshes()
{
    HouseholdDetailPanel panel(*m_ws);
    QSignalSpy changed(&panel, &HouseholdDetailPanel::householdChanged);
    auto *visit = panel.findChild<QPushButton *>(QStringLiteral("visitButton"));
    auto *exit = panel.findChild<QPushButton *>(QStringLiteral("exitButton"));
    QVERIFY(visit && exit);
    QVERIFY(!visit->isEnabled() && !exit->isEnabled());
    panel.setHousehold(m_household);
    panel.show();
    QVERIFY(visit->isEnabled() && exit->isEnabled());
    const auto watch = GuiTest::onNextModal<VisitDialog>([](VisitDialog *dialog) {
        QVERIFY(selectData(dialog->findChild<QComboBox *>(QStringLiteral("purposeCombo")),
                           QStringLiteral("follow_up")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    visit->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), m_household);
    QSqlQuery q(m_ws->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM field_visits")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_MAIN(TestVisitDialog)
#include "tst_visitdialog.moc"

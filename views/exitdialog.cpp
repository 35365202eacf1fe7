#include "exitdialog.h"

#include "dialogfit.h"
#include "fieldlabels.h"
#include "householdexit.h"
#include "session.h"
#include "ui_exitdialog.h"
#include "workspace.h"

#include <QEvent>
#include <QPushButton>

ExitDialog::ExitDialog(Workspace &workspace, QString householdId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExitDialog>()), m_workspace(workspace),
      m_householdId(std::move(householdId))
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExitDialog::reject);
    fillReasons();
}

ExitDialog::~ExitDialog() = default;

void ExitDialog::fillReasons()
{
    const int current = m_ui->reasonCombo->currentIndex();
    m_ui->reasonCombo->clear();
    // No reason is chosen at first: closing a file is a decision to make, not a default.
    m_ui->reasonCombo->addItem(tr("Choose a reason…"), QString());
    for (const QString &code : HouseholdExit::reasonCodes())
        m_ui->reasonCombo->addItem(FieldLabels::exitReason(code), code);
    m_ui->reasonCombo->setCurrentIndex(current >= 0 ? current : 0);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Close file"));
}

QString ExitDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ExitDialog::showError(const QString &message, QWidget *field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    fitHeightToContents(this);
    if (field)
        field->setFocus();
}

void ExitDialog::accept()
{
    m_ui->errorLabel->hide();
    const QString reason = m_ui->reasonCombo->currentData().toString();
    const QString text = m_ui->textEdit->toPlainText();
    if (reason.isEmpty())
        return showError(tr("Choose why the file is closed."), m_ui->reasonCombo);
    if (reason == QStringLiteral("other") && text.trimmed().isEmpty())
        return showError(tr("Describe the reason for closing the file."), m_ui->textEdit);
    const QDate date = m_ui->dateEdit->date();
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return HouseholdExit::close(writer, m_householdId, date, reason, text);
    });
    if (!s)
        return showError(s.error().message, nullptr);
    QDialog::accept();
}

void ExitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillReasons();
    }
    QDialog::changeEvent(event);
}

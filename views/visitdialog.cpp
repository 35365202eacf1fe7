#include "visitdialog.h"

#include "attachmentfile.h"

#include "dialogfit.h"
#include "session.h"
#include "ui_visitdialog.h"
#include "workspace.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>

VisitDialog::VisitDialog(Workspace &workspace, QString householdId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VisitDialog>()), m_workspace(workspace),
      m_householdId(std::move(householdId))
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    m_ui->errorLabel->hide();
    const QDate today = QDate::currentDate();
    m_ui->dateEdit->setDate(today);
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->nextDueEdit->setDate(today.addMonths(1));
    m_ui->nextDueEdit->setEnabled(false);
    if (m_workspace.user())
        m_ui->visitorsEdit->setText(m_workspace.user()->displayName);
    connect(m_ui->nextDueCheck, &QCheckBox::toggled, m_ui->nextDueEdit, &QWidget::setEnabled);
    connect(m_ui->addFileButton, &QPushButton::clicked, this, &VisitDialog::pickFiles);
    connect(m_ui->removeFileButton, &QPushButton::clicked, this, &VisitDialog::removeSelectedFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
    fillPurposes();
    // A survey visit usually brings new figures; a condolence visit does not.
    auto suggestSurvey = [this] {
        const QString purpose = m_ui->purposeCombo->currentData().toString();
        m_ui->updateSurveyCheck->setChecked(purpose == QLatin1String("first_survey") ||
                                            purpose == QLatin1String("reverification"));
    };
    connect(m_ui->purposeCombo, &QComboBox::currentIndexChanged, this, suggestSurvey);
    suggestSurvey();
}

VisitDialog::~VisitDialog() = default;

QDate VisitDialog::visitDate() const
{
    return m_ui->dateEdit->date();
}

bool VisitDialog::updateSurvey() const
{
    return m_ui->updateSurveyCheck->isChecked();
}

void VisitDialog::fillPurposes()
{
    const int current = m_ui->purposeCombo->currentIndex();
    m_ui->purposeCombo->clear();
    for (const QString &code : FieldVisits::purposes())
        m_ui->purposeCombo->addItem(FieldVisits::purposeLabel(code), code);
    m_ui->purposeCombo->setCurrentIndex(current >= 0 ? current : 0);
}

QString VisitDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void VisitDialog::showError(const QString &message, QWidget *field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    fitHeightToContents(this);
    if (field)
        field->setFocus();
}

Status VisitDialog::addFile(const QString &path)
{
    auto attachment = AttachmentFile::read(path);
    if (!attachment)
        return attachment.error();
    for (const VisitAttachment &added : std::as_const(m_attachments)) {
        if (added.bytes == attachment->bytes)
            return Error{tr("%1 has already been added.").arg(attachment->fileName)};
    }
    m_ui->filesList->addItem(tr("%1 (%2)").arg(attachment->fileName,
                                                 locale().formattedDataSize(attachment->bytes.size())));
    m_attachments.append(attachment.value());
    return {};
}

void VisitDialog::pickFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add photo or scan"), QString(),
        tr("Photos and scans (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)"));
    QStringList problems;
    for (const QString &path : paths) {
        if (Status s = addFile(path); !s)
            problems.append(s.error().message);
    }
    if (!problems.isEmpty())
        showError(problems.join(u'\n'), nullptr);
    else if (!paths.isEmpty())
        m_ui->errorLabel->hide();
}

void VisitDialog::removeSelectedFile()
{
    const int row = m_ui->filesList->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    delete m_ui->filesList->takeItem(row);
    m_attachments.removeAt(row);
}

void VisitDialog::accept()
{
    m_ui->errorLabel->hide();
    VisitInput visit;
    visit.householdId = m_householdId;
    visit.date = m_ui->dateEdit->date();
    visit.purpose = m_ui->purposeCombo->currentData().toString();
    visit.visitors = m_ui->visitorsEdit->text().trimmed();
    visit.present = m_ui->presentEdit->text().trimmed();
    visit.notes = m_ui->notesEdit->toPlainText().trimmed();
    if (m_ui->gpsGroup->isChecked()) {
        visit.latitude = m_ui->latitudeSpin->value();
        visit.longitude = m_ui->longitudeSpin->value();
    }
    if (m_ui->nextDueCheck->isChecked())
        visit.nextDueOn = m_ui->nextDueEdit->date();
    visit.attachments = m_attachments;
    if (visit.visitors.isEmpty())
        return showError(tr("Enter who made the visit."), m_ui->visitorsEdit);

    QString id;
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto logged = FieldVisits::log(writer, visit);
        if (!logged)
            return logged.error();
        id = logged.value();
        return {};
    });
    if (!s)
        return showError(s.error().message, nullptr);
    m_visitId = id;
    QDialog::accept();
}

void VisitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillPurposes();
    }
    QDialog::changeEvent(event);
}

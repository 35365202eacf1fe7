#include "claimdialog.h"
#include "ui_claimdialog.h"

#include "claimdocuments.h"
#include "idnumber.h"
#include "invoicetable.h"
#include "maclaimattachments.h"
#include "maclaimduplicates.h"
#include "maclaimpayout.h"
#include "maclaims.h"
#include "maclaimworkflow.h"
#include "maplans.h"
#include "session.h"
#include "workspace.h"

#include <QEvent>
#include <QTextDocument>
#include <QTimer>

ClaimDialog::ClaimDialog(Workspace &workspace, const QString &claimId, const QString &enrolmentId,
                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ClaimDialog>()), m_workspace(workspace),
      m_quoteTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    InvoiceTable::setUp(m_ui->invoicesTable);
    m_ui->attachmentsList->setMaximumHeight(120);
    m_ui->mainLayout->setStretch(0, 1);
    m_ui->leftColumn->setStretch(1, 1);
    m_quoteTimer->setSingleShot(true);
    m_quoteTimer->setInterval(150);
    connect(m_quoteTimer, &QTimer::timeout, this, &ClaimDialog::updateQuote);

    if (!claimId.isEmpty()) {
        auto claim = MaClaims::load(workspace.sql(), claimId);
        if (!claim)
            m_loadError = claim.error();
        else
            m_claim = claim.value();
    } else {
        m_claim.input.enrolmentId = enrolmentId;
        m_claim.input.admittedOn = QDate::currentDate();
        m_claim.input.dischargedOn = QDate::currentDate();
    }
    if (!m_loadError) {
        auto enrolment = MaEnrolments::load(workspace.sql(), m_claim.input.enrolmentId);
        if (!enrolment)
            m_loadError = enrolment.error();
        else
            m_enrolment = enrolment.value();
    }
    if (!m_loadError) {
        auto plan = MaPlans::load(workspace.sql(), m_enrolment.planId);
        if (!plan)
            m_loadError = plan.error();
        else
            m_plan = plan.value();
    }
    m_readOnly = !MaClaimWorkflow::actions(m_claim, workspace.user()).edit;

    // Enter confirms a cell or field; only the buttons save.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->addInvoiceButton, &QPushButton::clicked, this, [this] {
        const int row = InvoiceTable::addRow(m_ui->invoicesTable, m_ui->dischargedEdit->date());
        m_ui->invoicesTable->setCurrentCell(row, InvoiceTable::Number);
        m_ui->invoicesTable->editItem(m_ui->invoicesTable->item(row, InvoiceTable::Number));
    });
    connect(m_ui->removeInvoiceButton, &QPushButton::clicked, this, [this] {
        if (m_ui->invoicesTable->currentRow() >= 0)
            m_ui->invoicesTable->removeRow(m_ui->invoicesTable->currentRow());
        m_quoteTimer->start();
    });
    auto requote = [this] { m_quoteTimer->start(); };
    connect(m_ui->invoicesTable, &QTableWidget::itemChanged, this, requote);
    connect(m_ui->hospitalEdit, &QLineEdit::textChanged, this, requote);
    connect(m_ui->admittedEdit, &QDateEdit::dateChanged, this, requote);
    connect(m_ui->dischargedEdit, &QDateEdit::dateChanged, this, requote);
    connect(m_ui->diseaseCombo, &QComboBox::currentIndexChanged, this, requote);
    ClaimDocuments::connect(this, m_ui.get());
    if (!m_loadError)
        showClaim();
    retranslate();
}

ClaimDialog::~ClaimDialog() = default;

void ClaimDialog::showClaim()
{
    const MaClaimInput &in = m_claim.input;
    m_ui->hospitalEdit->setText(in.hospital);
    m_ui->admittedEdit->setDate(in.admittedOn);
    m_ui->dischargedEdit->setDate(in.dischargedOn);
    m_ui->admittedEdit->setMaximumDate(QDate::currentDate());
    m_ui->dischargedEdit->setMaximumDate(QDate::currentDate());
    m_ui->diagnosisEdit->setText(in.diagnosis);
    m_ui->diseaseCombo->clear();
    m_ui->diseaseCombo->addItem(tr("— none —"), QString());
    for (const MaListedDisease &d : m_plan.listedDiseases)
        m_ui->diseaseCombo->addItem(QStringLiteral("%1 %2").arg(d.code, d.name), d.code);
    m_ui->diseaseCombo->setCurrentIndex(qMax(0, m_ui->diseaseCombo->findData(in.diseaseCode)));
    m_ui->diseaseLabel->setVisible(!m_plan.listedDiseases.isEmpty());
    m_ui->diseaseCombo->setVisible(!m_plan.listedDiseases.isEmpty());
    {
        const QSignalBlocker block(m_ui->invoicesTable);
        InvoiceTable::show(m_ui->invoicesTable, in.invoices);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ui->hospitalEdit),
                       static_cast<QWidget *>(m_ui->admittedEdit),
                       static_cast<QWidget *>(m_ui->dischargedEdit),
                       static_cast<QWidget *>(m_ui->diagnosisEdit),
                       static_cast<QWidget *>(m_ui->diseaseCombo),
                       static_cast<QWidget *>(m_ui->addInvoiceButton),
                       static_cast<QWidget *>(m_ui->removeInvoiceButton)})
        w->setEnabled(!m_readOnly);
    m_ui->invoicesTable->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers
                                                    : QAbstractItemView::AllEditTriggers);
    m_ui->saveButton->setVisible(!m_readOnly);
    m_ui->submitButton->setVisible(!m_readOnly);
    fillDocuments();
    updateQuote();
}

Result<MaClaimInput> ClaimDialog::input() const
{
    MaClaimInput in;
    in.enrolmentId = m_claim.input.enrolmentId;
    in.hospital = m_ui->hospitalEdit->text().trimmed();
    in.admittedOn = m_ui->admittedEdit->date();
    in.dischargedOn = m_ui->dischargedEdit->date();
    in.diagnosis = m_ui->diagnosisEdit->text().trimmed();
    in.diseaseCode = m_ui->diseaseCombo->currentData().toString();
    auto invoices = InvoiceTable::read(m_ui->invoicesTable);
    if (!invoices)
        return invoices.error();
    in.invoices = invoices.value();
    return in;
}

void ClaimDialog::updateQuote()
{
    auto in = input();
    QStringList warnings;
    if (!in) {
        m_ui->quoteView->setPlainText(in.error().message);
        return;
    }
    for (const MaInvoice &invoice : in->invoices) {
        if (invoice.number.isEmpty())
            continue;
        auto duplicates = MaClaimDuplicates::ofInvoice(
            m_workspace.sql(), invoice.hospital.isEmpty() ? in->hospital : invoice.hospital,
            invoice.number, m_claim.id);
        if (duplicates) {
            for (const MaDuplicateInvoice &d : duplicates.value())
                warnings.append(MaClaimDuplicates::describe(d).toHtmlEscaped());
        }
    }
    showMessage(warnings.join(QStringLiteral("<br>")));
    const QDate day = m_claim.submittedAt.isValid() ? m_claim.submittedAt.toLocalTime().date()
                                                     : QDate::currentDate();
    auto quote = MaClaimPayout::quote(m_workspace.sql(), in.value(), m_claim.id, day);
    if (!quote) {
        m_ui->quoteView->setPlainText(quote.error().message);
        return;
    }
    QString html = QStringLiteral("<ol>");
    for (const PayoutStep &step : quote->trace)
        html += QStringLiteral("<li>%1</li>").arg(step.text.toHtmlEscaped());
    html += QStringLiteral("</ol><p><b>%1</b></p>")
                .arg(tr("Payout: %1 (%2)")
                         .arg(quote->payout.toStringWithSymbol(), quote->payout.toCapitals())
                         .toHtmlEscaped());
    m_ui->quoteView->setHtml(html);
}

void ClaimDialog::fillDocuments()
{
    ClaimDocuments::fill(m_workspace, m_ui.get(), m_claim, m_readOnly);
}

Status ClaimDialog::save(bool submit)
{
    if (m_readOnly)
        return Error{tr("This claim can no longer be changed.")};
    // Moving the current cell commits an editor left open in it.
    m_ui->invoicesTable->setCurrentCell(-1, -1);
    auto in = input();
    if (!in) {
        showMessage(in.error().message.toHtmlEscaped());
        return in.error();
    }
    QString id = m_claim.id;
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        if (id.isEmpty()) {
            auto created = MaClaims::create(writer, in.value());
            if (!created)
                return created.error();
            id = created.value();
        } else if (Status saved = MaClaims::save(writer, id, in.value()); !saved) {
            return saved;
        }
        if (submit) {
            auto number = MaClaimWorkflow::submit(writer, id);
            if (!number)
                return number.error();
        }
        return {};
    });
    if (!s) {
        showMessage(s.error().toString().toHtmlEscaped());
        return s;
    }
    if (auto reloaded = MaClaims::load(m_workspace.sql(), id))
        m_claim = reloaded.value();
    else
        m_claim.id = id;
    accept();
    return {};
}

Status ClaimDialog::attachFile(const QString &path, const QString &docType)
{
    const Status s = ClaimDocuments::attach(m_workspace, m_claim.id, path, docType);
    if (s) {
        if (auto reloaded = MaClaims::load(m_workspace.sql(), m_claim.id))
            m_claim = reloaded.value();
        fillDocuments();
    } else {
        showMessage(s.error().toString().toHtmlEscaped());
    }
    return s;
}

Status ClaimDialog::removeAttachment(const QString &attachmentId)
{
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return MaClaimAttachments::remove(writer, m_claim.id, attachmentId);
    });
    if (!s) {
        showMessage(s.error().toString().toHtmlEscaped());
        return s;
    }
    if (auto reloaded = MaClaims::load(m_workspace.sql(), m_claim.id))
        m_claim = reloaded.value();
    fillDocuments();
    return {};
}

void ClaimDialog::showMessage(const QString &html)
{
    m_ui->messageLabel->setText(
        html.isEmpty() ? QString()
                       : QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(html));
    m_ui->messageLabel->setVisible(!html.isEmpty());
}

QString ClaimDialog::messageText() const
{
    QTextDocument doc;
    doc.setHtml(m_ui->messageLabel->text());
    return doc.toPlainText();
}

void ClaimDialog::retranslate()
{
    m_ui->memberValue->setText(tr("%1 (%2), %3")
                                   .arg(m_enrolment.personName, IdNumber::mask(m_enrolment.idNumber),
                                        m_enrolment.planName));
    QString title = m_claim.claimNo.isEmpty() ? tr("Mutual-aid claim (draft)")
                                              : tr("Mutual-aid claim %1").arg(m_claim.claimNo);
    if (m_readOnly)
        title += u' ' + tr("(read-only)");
    setWindowTitle(title);
}

void ClaimDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        InvoiceTable::setUp(m_ui->invoicesTable);
        retranslate();
        updateQuote();
    }
    QDialog::changeEvent(event);
}

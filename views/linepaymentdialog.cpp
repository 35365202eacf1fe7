#include "linepaymentdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Method combo entries: what the office saw at the payment.
enum Entry { CashSigned, CashThumbprint, Bank };

} // namespace

LinePaymentDialog::LinePaymentDialog(int count, Money total, QWidget *parent)
    : QDialog(parent), m_method(new QComboBox(this)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_reference(new QLineEdit(this)), m_referenceLabel(new QLabel(tr("Bank &reference:"), this))
{
    setWindowTitle(tr("Record payment"));
    m_method->addItem(tr("Cash, recipient signed the sheet"), CashSigned);
    m_method->addItem(tr("Cash, recipient gave a thumbprint"), CashThumbprint);
    m_method->addItem(tr("Bank transfer"), Bank);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_referenceLabel->setBuddy(m_reference);

    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("%n line(s), %1 in all.", nullptr, count)
                                .arg(total.toStringWithSymbol()),
                            this));
    form->addRow(tr("&Paid by:"), m_method);
    form->addRow(tr("Paid &on:"), m_date);
    form->addRow(m_referenceLabel, m_reference);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record payment"));
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_method, &QComboBox::currentIndexChanged, this, &LinePaymentDialog::update);
    connect(m_reference, &QLineEdit::textChanged, this, &LinePaymentDialog::update);
    update();
}

void LinePaymentDialog::update()
{
    const bool bank = m_method->currentData().toInt() == Bank;
    m_reference->setEnabled(bank);
    m_referenceLabel->setEnabled(bank);
    m_ok->setEnabled(!bank || !m_reference->text().trimmed().isEmpty());
}

LinePayment LinePaymentDialog::payment() const
{
    switch (m_method->currentData().toInt()) {
    case CashSigned:
        return {QStringLiteral("cash"), m_date->date(), QStringLiteral("signed")};
    case CashThumbprint:
        return {QStringLiteral("cash"), m_date->date(), QStringLiteral("thumbprint")};
    default:
        return {QStringLiteral("bank"), m_date->date(), m_reference->text().trimmed()};
    }
}

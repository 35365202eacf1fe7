#include "claimpaymentdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

ClaimPaymentDialog::ClaimPaymentDialog(QWidget *parent)
    : QDialog(parent), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_reference(new QLineEdit(this))
{
    setWindowTitle(tr("Record payment"));
    m_date->setObjectName(QStringLiteral("paidOnEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("bank transfer reference or cash receipt number"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Paid on:"), m_date);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(buttons);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reference, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reference->text().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate ClaimPaymentDialog::paidOn() const
{
    return m_date->date();
}

QString ClaimPaymentDialog::reference() const
{
    return m_reference->text().trimmed();
}

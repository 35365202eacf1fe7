// ClaimPaymentDialog: when and how an approved claim was paid — the date and
// the bank transfer reference or cash receipt number.
#pragma once

#include <QDialog>

class QDateEdit;
class QLineEdit;

class ClaimPaymentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClaimPaymentDialog(QWidget *parent = nullptr);
    QDate paidOn() const;
    QString reference() const;

private:
    QDateEdit *m_date;
    QLineEdit *m_reference;
};

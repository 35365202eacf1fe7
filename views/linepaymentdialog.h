// LinePaymentDialog: records how the chosen lines of a printed batch were
// paid — cash against a signature or a thumbprint on the sheet, or a bank
// transfer with its reference — and on which day.
#pragma once

#include "disbursementbatches.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

class LinePaymentDialog : public QDialog
{
    Q_OBJECT

public:
    /// For \a count lines worth \a total.
    LinePaymentDialog(int count, Money total, QWidget *parent = nullptr);

    LinePayment payment() const;

    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    void update();

    QComboBox *m_method;
    QDateEdit *m_date;
    QLineEdit *m_reference;
    QLabel *m_referenceLabel;
    QPushButton *m_ok;
};

// InvoiceTable: the invoices of a claim in an editable QTableWidget — number,
// date (yyyy-MM-dd), total, basic-insurance reimbursement and personal share
// in yuan — read back as MaInvoice values with amounts in fen. A cell that
// cannot be read is reported with its row and column, never guessed.
#pragma once

#include "error.h"
#include "maclaim.h"

#include <QCoreApplication>

class QTableWidget;

class InvoiceTable
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceTable)

public:
    enum Column { Number, Date, Total, Insurance, Personal, ColumnCount };

    /// Sets the columns and their headers of \a table.
    static void setUp(QTableWidget *table);
    /// Shows \a invoices; the invoice id is kept in the number cell.
    static void show(QTableWidget *table, const QList<MaInvoice> &invoices);
    /// Appends an empty row dated \a date and returns its index.
    static int addRow(QTableWidget *table, const QDate &date);
    /// The invoices as entered; an Error naming the invoice and column when a
    /// date or an amount cannot be read. An empty personal share is taken as
    /// total − insurance.
    static Result<QList<MaInvoice>> read(const QTableWidget *table);
};

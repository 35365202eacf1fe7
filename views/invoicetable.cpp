#include "invoicetable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    if (column >= InvoiceTable::Total)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

} // namespace

void InvoiceTable::setUp(QTableWidget *table)
{
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Invoice number"), tr("Date"), tr("Total"),
                                      tr("Basic insurance"), tr("Personal share")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

void InvoiceTable::show(QTableWidget *table, const QList<MaInvoice> &invoices)
{
    table->setRowCount(0);
    for (const MaInvoice &invoice : invoices) {
        const int row = addRow(table, invoice.date);
        setCell(table, row, Number, invoice.number);
        table->item(row, Number)->setData(IdRole, invoice.id);
        setCell(table, row, Total, invoice.total.toString());
        setCell(table, row, Insurance, invoice.insurance.toString());
        setCell(table, row, Personal, invoice.personal.toString());
    }
}

int InvoiceTable::addRow(QTableWidget *table, const QDate &date)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        setCell(table, row, column, QString());
    setCell(table, row, Date, date.toString(Qt::ISODate));
    return row;
}

Result<QList<MaInvoice>> InvoiceTable::read(const QTableWidget *table)
{
    QList<MaInvoice> invoices;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString where = tr("Invoice %1").arg(row + 1);
        MaInvoice invoice;
        invoice.id = table->item(row, Number) ? table->item(row, Number)->data(IdRole).toString()
                                              : QString();
        invoice.number = cell(table, row, Number);
        invoice.date = QDate::fromString(cell(table, row, Date), Qt::ISODate);
        if (!invoice.date.isValid())
            return Error{tr("%1: the date \"%2\" is not a date like 2026-05-20.")
                             .arg(where, cell(table, row, Date)),
                         where};
        const std::pair<int, Money *> amounts[] = {
            {Total, &invoice.total}, {Insurance, &invoice.insurance}, {Personal, &invoice.personal}};
        for (const auto &[column, money] : amounts) {
            const QString text = cell(table, row, column);
            if (text.isEmpty() && column != Total) {
                *money = Money();
                continue;
            }
            auto parsed = Money::parse(text);
            if (!parsed)
                return Error{tr("%1, %2: %3.")
                                 .arg(where,
                                      table->horizontalHeaderItem(column)->text(),
                                      parsed.error().message),
                             where};
            *money = parsed.value();
        }
        if (cell(table, row, Personal).isEmpty())
            invoice.personal = invoice.total - invoice.insurance;
        invoices.append(invoice);
    }
    return invoices;
}

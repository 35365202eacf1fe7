// DisbursementsView: the office's disbursement area — the batches (newest
// first) and, below, the chosen batch's lines with its print log; buttons for
// what the batch allows now: create a batch from approved proposals, print
// the sheet (preview, printer) or save it as PDF, export the lines for the
// bank (CSV, XLSX), take a line off an open batch, revise a printed one (a
// supervisor; a new version) and record payments.
#pragma once

#include "areaview.h"
#include "disbursementbatches.h"
#include "error.h"

class BatchLineModel;
class BatchListModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class Workspace;

class DisbursementsView : public AreaView
{
    Q_OBJECT

public:
    explicit DisbursementsView(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    BatchListModel *batchModel() const { return m_batches; }
    BatchLineModel *lineModel() const { return m_lines; }
    QTableView *batchTable() const { return m_batchTable; }
    QTableView *lineTable() const { return m_lineTable; }
    QString currentBatch() const;
    void selectBatch(const QString &id);

    /// The actions behind the buttons, for the buttons and tests; each shows
    /// its refusal in the view and returns it.
    Status newBatch();
    /// Adds approved proposals to the chosen open batch (the add dialog).
    Status addToBatch();
    Status saveSheetPdf(const QString &path);
    Status exportLines(const QString &path);
    Status takeLineOff(const QString &reason);
    Status revise(const QString &reason);
    Status recordPayment(const LinePayment &payment);

protected:
    void retranslate() override;

private:
    void showCurrent();
    void updateButtons();
    void showError(const Status &status);
    void printSheet();
    QStringList selectedPendingLines(Money *total = nullptr) const;

    Workspace &m_workspace;
    BatchListModel *m_batches;
    BatchLineModel *m_lines;
    QTableView *m_batchTable;
    QTableView *m_lineTable;
    QCheckBox *m_showSuperseded;
    QLabel *m_info;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_newButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_exportButton;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_reviseButton;
    QPushButton *m_payButton;
};

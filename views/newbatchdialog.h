// NewBatchDialog: office staff gather approved proposals into a disbursement
// batch — programme, sub-district (or the whole district), period and title,
// then tick the approved proposals not yet on a batch (all ticked at first)
// and see how many and how much. OK creates the batch in one transaction.
// Given an open batch, the same dialog adds more proposals to it: programme
// and sub-district are the batch's, and OK adds the ticked ones as lines.
#pragma once

#include "disbursementbatch.h"
#include "error.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class Workspace;

class NewBatchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewBatchDialog(Workspace &workspace, QWidget *parent = nullptr);
    /// Adds approved proposals to open batch \a batch.
    NewBatchDialog(Workspace &workspace, const DisbursementBatch &batch, QWidget *parent = nullptr);

    /// The batch created (or added to) when the dialog was accepted.
    QString batchId() const { return m_batchId; }

    QComboBox *programmeCombo() const { return m_programme; }
    QComboBox *divisionCombo() const { return m_division; }
    QLineEdit *periodEdit() const { return m_period; }
    QTableWidget *candidateTable() const { return m_table; }

    void accept() override;

private:
    void loadCandidates();
    void updateSummary();
    QStringList checkedRequests() const;

    Workspace &m_workspace;
    QComboBox *m_programme;
    QComboBox *m_division;
    QLineEdit *m_period;
    QLineEdit *m_title;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_batchId;
    QString m_addTo; ///< the open batch proposals are added to; empty: a new batch
};

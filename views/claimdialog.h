// ClaimDialog: entering a mutual-aid claim for an enrolled member — the
// hospital stay, the invoices, the scanned documents — with the payout quoted
// step by step while typing and any invoice already claimed elsewhere named
// at once. Save keeps a draft; "Save and submit" hands it in (claim number,
// payout stored) in the same transaction. A claim that is no longer a draft,
// or a user who may not edit claims, gets the form read-only.
#pragma once

#include "error.h"
#include "maclaim.h"
#include "maenrolments.h"
#include "maplan.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ClaimDialog;
}
class QTimer;
class Workspace;

class ClaimDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens claim \a claimId, or a new claim on enrolment \a enrolmentId when
    /// the id is empty. Check loadError() before showing it.
    ClaimDialog(Workspace &workspace, const QString &claimId, const QString &enrolmentId,
                QWidget *parent = nullptr);
    ~ClaimDialog() override;

    const std::optional<Error> &loadError() const { return m_loadError; }
    /// Saves the draft (and submits it when \a submit); the dialog stays open
    /// on a refusal, which is shown in it.
    Status save(bool submit);
    /// The claim's id once stored.
    QString claimId() const { return m_claim.id; }
    bool isReadOnly() const { return m_readOnly; }
    /// The form as entered; an Error naming the invoice and column when a
    /// cell cannot be read.
    Result<MaClaimInput> input() const;
    QString messageText() const;
    /// Attaches the file at \a path as a document of type \a docType (the
    /// claim must be stored); what the "Attach file…" button calls.
    Status attachFile(const QString &path, const QString &docType);
    /// Removes attachment \a attachmentId of the draft.
    Status removeAttachment(const QString &attachmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showClaim();
    void updateQuote();
    void fillDocuments();
    void showMessage(const QString &html);
    void retranslate();

    std::unique_ptr<Ui::ClaimDialog> m_ui;
    Workspace &m_workspace;
    MaClaim m_claim;
    MaEnrolment m_enrolment;
    MaPlan m_plan;
    std::optional<Error> m_loadError;
    bool m_readOnly = false;
    QTimer *m_quoteTimer;
};

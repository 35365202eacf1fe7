// AidProposalDialog: a caseworker proposes aid for one household, or opens a
// proposal already made. The form takes the programme (its default amount
// filled in until the amount is changed), the student where the programme is
// paid for one, the amount with its capitals, the reason and supporting
// documents. Beside it, what stops submission (AidProposals::problems) and
// the warnings to answer (AidProposals::warnings: already received this year,
// a yearly limit, re-verification overdue …), recomputed as the form changes;
// Submit stays disabled until every warning has an answer. A draft or a
// proposal returned for changes is editable (the supervisor's comment shown
// at the top); any other is read-only with the answers given and the
// decisions of every round. Every write runs as the signed-in user in one
// transaction, so the models decide; a refusal is shown in the dialog.
#pragma once

#include "aidprogramme.h"
#include "aidproposal.h"
#include "error.h"
#include "fieldvisits.h"
#include "householdrecord.h"

#include <memory>
#include <optional>
#include <QDialog>
#include <QHash>
#include <QTemporaryDir>

namespace Ui {
class AidProposalDialog;
}
class QLabel;
class QLineEdit;
class Workspace;

class AidProposalDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens proposal \a proposalId, or a new proposal for household
    /// \a householdId when the id is empty. Check loadError() before showing it.
    AidProposalDialog(Workspace &workspace, const QString &proposalId, const QString &householdId,
                      QWidget *parent = nullptr);
    ~AidProposalDialog() override;

    const std::optional<Error> &loadError() const { return m_loadError; }
    /// The proposal as last stored (empty id while it is new).
    const AidProposal &proposal() const { return m_proposal; }
    QString proposalId() const { return m_proposal.id; }
    bool isReadOnly() const { return m_readOnly; }

    /// The proposal as the form has it now.
    AidProposal formProposal() const;
    /// The problems shown (each blocks submission).
    QStringList problems() const { return m_problems; }
    /// The warnings shown, each with the answer typed (or given, when read-only).
    QList<AidWarning> warnings() const;

    /// Save draft: stores the form; the dialog stays open (documents can be
    /// attached once the proposal is stored).
    Status saveDraft();
    /// Submit: stores the form and submits it with the answers in the same
    /// transaction, then closes the dialog (accepted).
    Status submit();
    /// Withdraw: cancels the stored proposal with \a reason and closes the dialog.
    Status withdraw(const QString &reason);
    /// Reads the file at \a path and attaches it to the stored proposal.
    Status attachFile(const QString &path);
    Status removeAttachment(const QString &attachmentId);
    /// Writes a copy of attachment \a attachmentId into a folder removed when
    /// the dialog closes and returns its path (what Open shows).
    Result<QString> attachmentCopy(const QString &attachmentId);

    /// The refusal or confirmation shown under the form, empty when none.
    QString messageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Attachment id on the items of the documents list.
    static constexpr int AttachmentIdRole = Qt::UserRole + 1;

    void load(const QString &proposalId, const QString &householdId);
    void showProposal();
    void fillProgrammes();
    void fillStudents();
    void fillAttachments();
    void fillDecisions();
    void programmeChosen();
    /// Recomputes problems and warnings from the form and updates the panel.
    void updateChecks();
    void showWarnings(const QList<AidWarning> &warnings);
    void updateButtons();
    void updateCapitals();
    void showMessage(const QString &text, bool error);
    void retranslate();
    void reloadProposal();
    std::optional<AidProgramme> programme(const QString &id) const;

    std::unique_ptr<Ui::AidProposalDialog> m_ui;
    Workspace &m_workspace;
    AidProposal m_proposal;
    HouseholdRecord m_household;
    QList<AidProgramme> m_programmes;
    QList<AttachmentInfo> m_attachments;
    std::optional<Error> m_loadError;
    bool m_readOnly = false;
    bool m_mayAct = false; ///< the user may change or withdraw this proposal
    bool m_amountTouched = false;
    QStringList m_problems;
    QList<AidWarning> m_warnings;      ///< shown, in order; answers from m_answers
    QList<QLabel *> m_warningLabels;   ///< one per shown warning
    QList<QLineEdit *> m_answerEdits;  ///< one per shown warning
    QHash<QString, QString> m_answers; ///< by warning code, kept while warnings come and go
    std::unique_ptr<QTemporaryDir> m_openDir;
};

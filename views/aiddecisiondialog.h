// AidDecisionDialog: asks a supervisor to confirm a decision on aid
// proposals — the comment of a rejection or a return for changes (required:
// OK stays disabled while it is empty), or the confirmation of a bulk
// approval listing the proposals with their total and an optional comment.
// Enter never accepts it: a decision takes a click on its button.
#pragma once

#include "aiddecisions.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

class AidDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Reject, Return, ApproveMany };

    /// \a proposals: the one to reject or return, or those to approve.
    AidDecisionDialog(Mode mode, const QList<AidInboxItem> &proposals, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// For ApproveMany: how many of the proposals get their first of two
    /// approvals and keep waiting for a second supervisor (noted when > 0).
    void setAwaitingSecondApproval(int count);
    /// The comment as typed, trimmed.
    QString comment() const;
    QPushButton *okButton() const { return m_ok; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateOk();

    Mode m_mode;
    QLabel *m_prompt;
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

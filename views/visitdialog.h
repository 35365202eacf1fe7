// VisitDialog: logging one field visit — date, purpose, who went (the
// signed-in caseworker to start with), who of the household was there, notes,
// an optional GPS position and next due date, and photos or scans picked from
// disk. OK writes it through FieldVisits in one audited transaction; a
// refusal is shown here and the dialog stays open with everything entered.
#pragma once

#include "error.h"
#include "fieldvisits.h"

#include <memory>
#include <QDialog>

namespace Ui {
class VisitDialog;
}
class Workspace;

class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    VisitDialog(Workspace &workspace, QString householdId, QWidget *parent = nullptr);
    ~VisitDialog() override;

    /// Reads \a path (up to FieldVisits::MaxAttachmentBytes) with its MIME
    /// type and adds it to the list; what the file picker calls per file.
    Status addFile(const QString &path);
    /// The files added so far, in order.
    const QList<VisitAttachment> &attachments() const { return m_attachments; }
    /// The id of the visit written by OK; empty before.
    QString visitId() const { return m_visitId; }
    /// The date of the visit entered.
    QDate visitDate() const;
    /// Whether the caseworker wants to update the survey figures from this
    /// visit (checked by default for first surveys and re-verifications).
    bool updateSurvey() const;
    /// The refusal shown, empty when none.
    QString errorText() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillPurposes();
    void pickFiles();
    void removeSelectedFile();
    void showError(const QString &message, QWidget *field);

    std::unique_ptr<Ui::VisitDialog> m_ui;
    Workspace &m_workspace;
    QString m_householdId;
    QList<VisitAttachment> m_attachments;
    QString m_visitId;
};

// HouseholdFileDialog: the household file form (建档) — household and
// address, housing and bank account; the members table; the year's income
// sources and rigid expenditure; causes of hardship and the assessment, which
// is recomputed as figures are typed and shown in words, with the category the
// caseworker chooses and the reason when it differs from the proposal.
//
// Every edit can be undone (Ctrl+Z) and redone. Save writes the file through
// HouseholdFile in one audited transaction; "Save and file" also gives a
// surveyed household its file number. A person already registered in another
// household stops the save, with a link that opens that file. A closed file,
// or a user who may not edit households, gets the form read-only.
#pragma once

#include "error.h"
#include "householdrecord.h"

#include <QDialog>
#include <memory>

namespace Ui {
class HouseholdFileDialog;
}
class HouseholdFieldsModel;
class MemberTableModel;
class QDataWidgetMapper;
class QUndoStack;
class UndoProxyModel;
class Workspace;
struct FileProblem;

class HouseholdFileDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens household \a householdId, or a new household when it is empty
    /// (in \a divisionCode when given). Check loadError() before showing it.
    HouseholdFileDialog(Workspace &workspace, const QString &householdId,
                        const QString &divisionCode = {}, QWidget *parent = nullptr);
    ~HouseholdFileDialog() override;

    /// Why the household could not be opened; nullopt when it was.
    const std::optional<Error> &loadError() const { return m_loadError; }
    /// The survey figures entered are those taken on visit \a visitId.
    void setVisit(const QString &visitId, const QDate &date);
    /// Saves the form (and files the household when \a file); on success the
    /// dialog is accepted. A refusal is shown in the form, which stays open.
    Status save(bool file);
    /// The household saved (or opened); empty for a new, unsaved one.
    QString householdId() const { return m_record.id; }
    bool isReadOnly() const { return m_readOnly; }
    /// The form as currently entered.
    HouseholdRecord record() const;
    QString messageText() const;
    /// Shows the full ID number of the selected member, recording first in
    /// the audit log who saw it.
    Status revealSelected();

    QUndoStack *undoStack() const { return m_undo; }
    UndoProxyModel *membersModel() const { return m_membersProxy; }
    UndoProxyModel *fieldsModel() const { return m_fieldsProxy; }

signals:
    /// The user followed the link to another household's file.
    void openHousehold(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpMapper();
    void setUpMembers();
    void fillLists();
    void fillCommunities();
    void showRecord();
    void updateAssessment();
    void fillSurveyHistory();
    void checkDuplicates();
    void showProblems(const QList<FileProblem> &problems);
    void showMessage(const QString &html);
    void updateButtons();
    void addMember();
    void removeMember();
    void retranslate();

    std::unique_ptr<Ui::HouseholdFileDialog> m_ui;
    Workspace &m_workspace;
    HouseholdRecord m_record; ///< as loaded or last saved
    std::optional<Error> m_loadError;
    QString m_visitId;
    bool m_readOnly = false;
    QString m_proposed;
    QUndoStack *m_undo;
    HouseholdFieldsModel *m_fields;
    MemberTableModel *m_members;
    UndoProxyModel *m_fieldsProxy;
    UndoProxyModel *m_membersProxy;
    QDataWidgetMapper *m_mapper;
};

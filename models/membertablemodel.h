// MemberTableModel: the members of a household file as an editable table —
// name, ID number, relationship, sex, date of birth, health, disability, work
// status, monthly income, school and school stage, phone. Typing a valid ID
// number fills in sex and date of birth, which then follow the number and
// cannot be edited; without a number they are entered by hand.
//
// Display shows labels and yuan; EditRole reads and writes the stored codes,
// dates (QDate) and fen (qint64).
#pragma once

#include "householdrecord.h"
#include "rowsnapshots.h"

#include <QAbstractTableModel>
#include <QSet>

Q_DECLARE_METATYPE(MemberRecord)

class MemberTableModel : public QAbstractTableModel, public RowSnapshots
{
    Q_OBJECT

public:
    enum Column {
        Name,
        IdCard,
        Relationship,
        Sex,
        BirthDate,
        Health,
        Disability,
        WorkStatus,
        MonthlyIncome,
        School,
        SchoolStage,
        Phone,
        ColumnCount
    };
    enum Role {
        /// The HouseholdCodes::Kind of a coded column as int, -1 for the others.
        CodeKindRole = Qt::UserRole + 1,
        /// bool: the value is taken from the ID number (sex, date of birth).
        FromIdNumberRole,
    };

    explicit MemberTableModel(QObject *parent = nullptr);

    void setMembers(const QList<MemberRecord> &members);
    QList<MemberRecord> members() const { return m_members; }
    MemberRecord member(int row) const { return m_members.value(row); }
    /// Whether rows can be added, removed or edited (a closed file cannot).
    void setReadOnly(bool readOnly);
    /// Stored members' ID numbers are shown masked and cannot be edited until
    /// revealed (the caller records the reveal in the audit log first).
    void setRevealed(const QString &memberId);
    /// Whether the ID number of \a row is masked.
    bool isMasked(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    QVariant rowSnapshot(int row) const override;
    void restoreRow(int row, const QVariant &snapshot) override;
    bool insertRowSnapshot(int row, const QVariant &snapshot) override;
    QVariant newRowSnapshot() const override;

    /// Header labels follow the interface language; call after a switch.
    void retranslate();

private:
    bool fromIdNumber(const MemberRecord &m) const;

    QList<MemberRecord> m_members;
    QSet<QString> m_revealed;
    bool m_readOnly = false;
};

// HouseholdFieldsModel: the household part of a file (everything but the
// members) as a one-row editable model, one column per field, so the file
// form can map its widgets with QDataWidgetMapper and undo every edit.
//
// EditRole types: QString for text and codes, qint64 fen for money, bool for
// the sudden-event flag, QDate for the survey date, QStringList for the
// secondary causes; the housing area is text ("" or "48") so that it can be
// left empty.
#pragma once

#include "householdrecord.h"
#include "rowsnapshots.h"

#include <QAbstractTableModel>

Q_DECLARE_METATYPE(HouseholdRecord)

class HouseholdFieldsModel : public QAbstractTableModel, public RowSnapshots
{
    Q_OBJECT

public:
    enum Field {
        Division,
        Community,
        Address,
        Phone,
        WorkUnit,
        Housing,
        HousingArea,
        MainCause,
        SecondaryCauses,
        BankName,
        BankAccount,
        BankHolder,
        Notes,
        SurveyDate,
        Wages,
        Business,
        Pension,
        Unemployment,
        Compensation,
        Property,
        Maintenance,
        OtherIncome,
        IllnessCost,
        DisabilityCost,
        SchoolingCost,
        JobCost,
        AccidentLoss,
        SuddenEvent,
        Category,
        OverrideReason,
        FieldCount
    };

    explicit HouseholdFieldsModel(QObject *parent = nullptr);

    /// The household part of \a record (its members are ignored and kept out).
    void setRecord(const HouseholdRecord &record);
    /// The household part as edited; members empty.
    HouseholdRecord record() const { return m_record; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// The field whose stored column is \a column ("address", "income_wages_fen" ...), or -1.
    static int fieldOfColumn(const QString &column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// The field's name in words ("address", "wages"), for undo texts.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QVariant rowSnapshot(int row) const override;
    void restoreRow(int row, const QVariant &snapshot) override;
    bool insertRowSnapshot(int, const QVariant &) override { return false; }
    QVariant newRowSnapshot() const override { return {}; }

private:
    qint64 *money(Field field);
    QString *text(Field field);

    HouseholdRecord m_record;
    bool m_readOnly = false;
};

#include "householdfieldsmodel.h"

#include "fieldlabels.h"

namespace {

// Stored column of each field, for pointing at the field a problem names.
const char *const Columns[HouseholdFieldsModel::FieldCount] = {
    "division_code", "community_id", "address", "phone", "work_unit", "housing",
    "housing_area_m2", "main_cause", "secondary_causes", "bank_name", "bank_account",
    "bank_account_holder", "notes", "survey_date", "income_wages_fen", "income_business_fen",
    "income_pension_fen", "income_unemployment_fen", "income_compensation_fen",
    "income_property_fen", "income_maintenance_fen", "income_other_fen", "expense_illness_fen",
    "expense_disability_fen", "expense_schooling_fen", "expense_job_fen", "accident_loss_fen",
    "sudden_event", "category", "category_override_reason"};

} // namespace

HouseholdFieldsModel::HouseholdFieldsModel(QObject *parent) : QAbstractTableModel(parent) {}

void HouseholdFieldsModel::setRecord(const HouseholdRecord &record)
{
    beginResetModel();
    m_record = record;
    m_record.members.clear();
    endResetModel();
}

int HouseholdFieldsModel::fieldOfColumn(const QString &column)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (column == QLatin1String(Columns[i]))
            return i;
    }
    return -1;
}

int HouseholdFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int HouseholdFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

qint64 *HouseholdFieldsModel::money(Field field)
{
    SurveyFigures &s = m_record.survey;
    switch (field) {
    case Wages: return &s.income.wagesFen;
    case Business: return &s.income.businessFen;
    case Pension: return &s.income.pensionFen;
    case Unemployment: return &s.income.unemploymentFen;
    case Compensation: return &s.income.compensationFen;
    case Property: return &s.income.propertyFen;
    case Maintenance: return &s.income.maintenanceFen;
    case OtherIncome: return &s.income.otherFen;
    case IllnessCost: return &s.expenditure.illnessFen;
    case DisabilityCost: return &s.expenditure.disabilityFen;
    case SchoolingCost: return &s.expenditure.schoolingFen;
    case JobCost: return &s.expenditure.jobFen;
    case AccidentLoss: return &s.accidentLossFen;
    default: return nullptr;
    }
}

QString *HouseholdFieldsModel::text(Field field)
{
    HouseholdRecord &r = m_record;
    switch (field) {
    case Division: return &r.divisionCode;
    case Community: return &r.communityId;
    case Address: return &r.address;
    case Phone: return &r.phone;
    case WorkUnit: return &r.workUnit;
    case Housing: return &r.housing;
    case MainCause: return &r.mainCause;
    case BankName: return &r.bankName;
    case BankAccount: return &r.bankAccount;
    case BankHolder: return &r.bankAccountHolder;
    case Notes: return &r.notes;
    case Category: return &r.category;
    case OverrideReason: return &r.overrideReason;
    default: return nullptr;
    }
}

QVariant HouseholdFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() != 0 || (role != Qt::EditRole && role != Qt::DisplayRole))
        return {};
    auto *self = const_cast<HouseholdFieldsModel *>(this);
    const auto field = Field(index.column());
    if (qint64 *fen = self->money(field))
        return *fen;
    if (QString *t = self->text(field))
        return *t;
    switch (field) {
    case HousingArea:
        return m_record.housingAreaM2 ? QString::number(*m_record.housingAreaM2) : QString();
    case SecondaryCauses:
        return m_record.secondaryCauses;
    case SurveyDate:
        return m_record.survey.date;
    case SuddenEvent:
        return m_record.survey.suddenEvent;
    default:
        return {};
    }
}

bool HouseholdFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() != 0 || m_readOnly)
        return false;
    const auto field = Field(index.column());
    if (qint64 *fen = money(field)) {
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        if (!ok || v < 0)
            return false;
        *fen = v;
    } else if (QString *t = text(field)) {
        *t = value.toString();
    } else if (field == HousingArea) {
        const QString s = value.toString().trimmed();
        bool ok = false;
        const int area = s.toInt(&ok);
        if (!s.isEmpty() && (!ok || area < 0))
            return false;
        m_record.housingAreaM2 = s.isEmpty() ? std::nullopt : std::optional<int>(area);
    } else if (field == SecondaryCauses) {
        m_record.secondaryCauses = value.toStringList();
    } else if (field == SurveyDate) {
        m_record.survey.date = value.toDate();
    } else if (field == SuddenEvent) {
        m_record.survey.suddenEvent = value.toBool();
    } else {
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags HouseholdFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return m_readOnly ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant HouseholdFieldsModel::rowSnapshot(int) const
{
    return QVariant::fromValue(m_record);
}

void HouseholdFieldsModel::restoreRow(int row, const QVariant &snapshot)
{
    if (row != 0)
        return;
    m_record = snapshot.value<HouseholdRecord>();
    emit dataChanged(index(0, 0), index(0, FieldCount - 1));
}

QVariant HouseholdFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= FieldCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool survey = section >= SurveyDate && section <= SuddenEvent;
    return FieldLabels::column(survey ? QStringLiteral("survey_records")
                                      : QStringLiteral("households"),
                               QString::fromLatin1(Columns[section]));
}

#include "membertablemodel.h"

#include "householdcodes.h"
#include "idnumber.h"
#include "money.h"

#include <QCoreApplication>

namespace {

using Kind = HouseholdCodes::Kind;

std::optional<Kind> kindOf(int column)
{
    switch (column) {
    case MemberTableModel::Relationship:
        return Kind::Relationship;
    case MemberTableModel::Sex:
        return Kind::Sex;
    case MemberTableModel::Health:
        return Kind::Health;
    case MemberTableModel::Disability:
        return Kind::Disability;
    case MemberTableModel::WorkStatus:
        return Kind::WorkStatus;
    case MemberTableModel::SchoolStage:
        return Kind::SchoolStage;
    default:
        return std::nullopt;
    }
}

QString *codeField(MemberRecord &m, int column)
{
    switch (column) {
    case MemberTableModel::Relationship:
        return &m.relationship;
    case MemberTableModel::Sex:
        return &m.sex;
    case MemberTableModel::Health:
        return &m.health;
    case MemberTableModel::Disability:
        return &m.disability;
    case MemberTableModel::WorkStatus:
        return &m.workStatus;
    case MemberTableModel::SchoolStage:
        return &m.schoolStage;
    case MemberTableModel::Name:
        return &m.name;
    case MemberTableModel::School:
        return &m.school;
    case MemberTableModel::Phone:
        return &m.phone;
    default:
        return nullptr;
    }
}

} // namespace

MemberTableModel::MemberTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void MemberTableModel::setMembers(const QList<MemberRecord> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

void MemberTableModel::setRevealed(const QString &memberId)
{
    m_revealed.insert(memberId);
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == memberId)
            emit dataChanged(index(row, IdCard), index(row, IdCard));
    }
}

bool MemberTableModel::isMasked(int row) const
{
    const MemberRecord m = m_members.value(row);
    return !m.id.isEmpty() && !m.idNumber.isEmpty() && !m_revealed.contains(m.id);
}

void MemberTableModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MemberTableModel::fromIdNumber(const MemberRecord &m) const
{
    return IdNumber::parse(m.idNumber).ok();
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const MemberRecord &m = m_members.at(index.row());
    const int column = index.column();
    if (role == CodeKindRole)
        return kindOf(column) ? QVariant(int(*kindOf(column))) : QVariant(-1);
    if (role == FromIdNumberRole)
        return (column == Sex || column == BirthDate) && fromIdNumber(m);
    if (role == Qt::EditRole) {
        if (column == BirthDate)
            return m.birthDate;
        if (column == MonthlyIncome)
            return m.monthlyIncomeFen;
        if (column == IdCard)
            return m.idNumber;
        if (QString *field = codeField(const_cast<MemberRecord &>(m), column))
            return *field;
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (column == BirthDate)
            return m.birthDate.isValid() ? m.birthDate.toString(Qt::ISODate) : QString();
        if (column == MonthlyIncome)
            return Money::fromFen(m.monthlyIncomeFen).toString();
        if (column == IdCard)
            return isMasked(index.row()) ? ::IdNumber::mask(m.idNumber) : m.idNumber;
        if (auto kind = kindOf(column))
            return HouseholdCodes::label(*kind, *codeField(const_cast<MemberRecord &>(m), column));
        if (QString *field = codeField(const_cast<MemberRecord &>(m), column))
            return *field;
    }
    if (role == Qt::TextAlignmentRole && column == MonthlyIncome)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == IdCard && isMasked(index.row()))
        return tr("Shown in part; \"Show ID number\" shows all of it and records that you saw it.");
    if (role == Qt::ToolTipRole && (column == Sex || column == BirthDate) && fromIdNumber(m))
        return tr("Taken from the ID number");
    return {};
}

bool MemberTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_members.size() ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    MemberRecord &m = m_members[index.row()];
    const int column = index.column();
    int last = column;
    int first = column;
    if (column == BirthDate) {
        const QDate date = value.toDate();
        if (!value.isNull() && !date.isValid())
            return false;
        m.birthDate = date;
    } else if (column == MonthlyIncome) {
        bool ok = false;
        const qint64 fen = value.toLongLong(&ok);
        if (!ok || fen < 0)
            return false;
        m.monthlyIncomeFen = fen;
    } else if (column == IdCard) {
        m.idNumber = value.toString().trimmed();
        if (auto id = IdNumber::parse(m.idNumber)) {
            m.idNumber = id->number;
            m.sex = id->sex == ::Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
            m.birthDate = id->birthDate;
            first = IdCard;
            last = BirthDate;
        }
    } else if (QString *field = codeField(m, column)) {
        const QString text = value.toString();
        if (auto kind = kindOf(column); kind && !text.isEmpty() && !HouseholdCodes::contains(*kind, text))
            return false;
        *field = column == Name ? text.trimmed() : text;
    } else {
        return false;
    }
    emit dataChanged(this->index(index.row(), first), this->index(index.row(), last));
    return true;
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return f;
    const int column = index.column();
    if ((column == Sex || column == BirthDate) && fromIdNumber(m_members.value(index.row())))
        return f;
    if (column == IdCard && isMasked(index.row()))
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case IdCard:
        return tr("ID number");
    case Relationship:
        return tr("Relationship");
    case Sex:
        return tr("Sex");
    case BirthDate:
        return tr("Date of birth");
    case Health:
        return tr("Health");
    case Disability:
        return tr("Disability");
    case WorkStatus:
        return tr("Work status");
    case MonthlyIncome:
        return tr("Monthly income (yuan)");
    case School:
        return tr("School");
    case SchoolStage:
        return tr("School stage");
    case Phone:
        return tr("Phone");
    }
    return {};
}

bool MemberTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count <= 0 || row + count > m_members.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_members.remove(row, count);
    endRemoveRows();
    return true;
}

QVariant MemberTableModel::rowSnapshot(int row) const
{
    return QVariant::fromValue(m_members.value(row));
}

void MemberTableModel::restoreRow(int row, const QVariant &snapshot)
{
    if (row < 0 || row >= m_members.size())
        return;
    m_members[row] = snapshot.value<MemberRecord>();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool MemberTableModel::insertRowSnapshot(int row, const QVariant &snapshot)
{
    if (m_readOnly || row < 0 || row > m_members.size())
        return false;
    beginInsertRows({}, row, row);
    m_members.insert(row, snapshot.value<MemberRecord>());
    endInsertRows();
    return true;
}

QVariant MemberTableModel::newRowSnapshot() const
{
    MemberRecord m;
    // The first person entered is usually the head of household.
    m.relationship = m_members.isEmpty() ? QStringLiteral("self") : QStringLiteral("other");
    m.health = QStringLiteral("healthy");
    m.disability = QStringLiteral("none");
    return QVariant::fromValue(m);
}

void MemberTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

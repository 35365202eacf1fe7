#include "memberdelegate.h"

#include "codecombobox.h"
#include "membertablemodel.h"
#include "moneyedit.h"

#include <QDateEdit>

QWidget *MemberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const int kind = index.data(MemberTableModel::CodeKindRole).toInt();
    if (kind >= 0) {
        auto *combo = new CodeComboBox(parent);
        const auto k = HouseholdCodes::Kind(kind);
        // Relationship and sex always have an answer; the others may be unknown.
        const bool required = k == HouseholdCodes::Kind::Relationship;
        combo->setCodes(HouseholdCodes::list(k), required ? QString() : tr("—"));
        connect(combo, &CodeComboBox::codeChosen, this, [this, combo] {
            emit const_cast<MemberDelegate *>(this)->commitData(combo);
        });
        return combo;
    }
    if (index.column() == MemberTableModel::MonthlyIncome)
        return new MoneyEdit(parent);
    if (index.column() == MemberTableModel::BirthDate) {
        auto *date = new QDateEdit(parent);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setCalendarPopup(true);
        date->setMinimumDate(QDate(1900, 1, 1));
        date->setMaximumDate(QDate::currentDate());
        return date;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void MemberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<CodeComboBox *>(editor))
        combo->setCode(index.data(Qt::EditRole).toString());
    else if (auto *money = qobject_cast<MoneyEdit *>(editor))
        money->setFen(index.data(Qt::EditRole).toLongLong());
    else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = index.data(Qt::EditRole).toDate();
        date->setDate(d.isValid() ? d : QDate(1980, 1, 1));
    } else
        QStyledItemDelegate::setEditorData(editor, index);
}

void MemberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<CodeComboBox *>(editor))
        model->setData(index, combo->code());
    else if (auto *money = qobject_cast<MoneyEdit *>(editor)) {
        money->acceptText(); // text that is not an amount leaves the old one
        model->setData(index, money->fen());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, date->date());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

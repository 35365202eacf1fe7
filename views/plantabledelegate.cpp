#include "plantabledelegate.h"

#include "maplanjson.h"
#include "money.h"
#include "moneyedit.h"

#include <QLineEdit>

QString PlanTableDelegate::text(Kind kind, const QVariant &value)
{
    switch (kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Money:
    case Kind::OptionalMoney:
        if (!value.isValid() || value.isNull())
            return kind == Kind::OptionalMoney ? tr("open-ended") : QString();
        return Money::fromFen(value.toLongLong()).toString();
    case Kind::Percent:
        return value.isValid() ? MaPlanJson::formatPercent(value.toInt()) : QString();
    }
    return {};
}

QWidget *PlanTableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (kind(index.column())) {
    case Kind::Money:
    case Kind::OptionalMoney: {
        auto *edit = new MoneyEdit(parent);
        if (kind(index.column()) == Kind::OptionalMoney)
            edit->setPlaceholderText(tr("empty: open-ended"));
        return edit;
    }
    case Kind::Percent: {
        auto *edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setPlaceholderText(tr("e.g. 32.5"));
        return edit;
    }
    case Kind::Text:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanTableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *money = qobject_cast<MoneyEdit *>(editor)) {
        money->setFen(value.toLongLong());
        if (!value.isValid() || value.isNull())
            money->clear();
    } else if (kind(index.column()) == Kind::Percent) {
        QString shown = text(Kind::Percent, value);
        shown.chop(1); // the column header says "%"
        static_cast<QLineEdit *>(editor)->setText(shown);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanTableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    const Kind k = kind(index.column());
    if (auto *money = qobject_cast<MoneyEdit *>(editor)) {
        if (k == Kind::OptionalMoney && money->text().trimmed().isEmpty())
            model->setData(index, QVariant(), Qt::EditRole);
        else if (money->acceptText())
            model->setData(index, money->fen(), Qt::EditRole);
    } else if (k == Kind::Percent) {
        auto permille = MaPlanJson::parsePercent(static_cast<QLineEdit *>(editor)->text(), false);
        if (permille)
            model->setData(index, *permille, Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void PlanTableDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const Kind k = kind(index.column());
    if (k == Kind::Text)
        return;
    option->text = text(k, index.data(Qt::EditRole));
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

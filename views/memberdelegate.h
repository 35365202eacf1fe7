// MemberDelegate: editors for the members table — pick lists for coded
// columns, an amount field for the monthly income, a date field for the date
// of birth, a plain line for the rest.
#pragma once

#include <QStyledItemDelegate>

class MemberDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

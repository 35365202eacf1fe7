// PlanTableDelegate: editors for the bands and listed-disease tables of the
// plan editor. Amounts are typed in yuan into a MoneyEdit and kept in the
// item as integer fen (qint64; an empty upper bound is "open-ended", kept as
// no value); ratios are typed as a percentage ("32.5") and kept in permille.
// Text that is not an amount or a percentage is not taken: the cell keeps its
// value, as MoneyEdit does.
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class PlanTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind { Text, Money, OptionalMoney, Percent };

    using QStyledItemDelegate::QStyledItemDelegate;

    /// How column \a column is edited and shown; Text unless set.
    void setKind(int column, Kind kind) { m_kinds.insert(column, kind); }
    Kind kind(int column) const { return m_kinds.value(column, Kind::Text); }

    /// The words shown for a value of \a kind: "5,000.00", "open-ended", "30%".
    static QString text(Kind kind, const QVariant &value);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QHash<int, Kind> m_kinds;
};

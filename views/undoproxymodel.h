// UndoProxyModel: puts every edit made through it on a QUndoStack — cell
// edits from a view or a QDataWidgetMapper, and rows added or removed with
// insertRowUndoable()/removeRowUndoable() — so Edit → Undo takes it back.
// The source model must implement RowSnapshots: a command keeps copies of the
// whole row before and after, which also undoes values the model derived
// (the sex and date of birth filled in from an ID number).
#pragma once

#include <QIdentityProxyModel>

class QUndoStack;
class RowSnapshots;

class UndoProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    UndoProxyModel(QUndoStack *stack, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds a new, empty row at \a row (undoable); false when the model refuses.
    bool insertRowUndoable(int row, const QString &text);
    /// Removes row \a row (undoable); false when the model refuses.
    bool removeRowUndoable(int row, const QString &text);

private:
    QUndoStack *m_stack;
    RowSnapshots *m_rows = nullptr;
};

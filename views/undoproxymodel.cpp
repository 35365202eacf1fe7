#include "undoproxymodel.h"

#include "rowsnapshots.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace {

// A row of the source model before and after one edit.
class RowEdit : public QUndoCommand
{
public:
    RowEdit(RowSnapshots *rows, int row, QVariant before, QVariant after, const QString &text)
        : QUndoCommand(text), m_rows(rows), m_row(row), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }
    void undo() override { m_rows->restoreRow(m_row, m_before); }
    // The edit is already made when the command is pushed; redo puts it back.
    void redo() override
    {
        if (m_done)
            m_rows->restoreRow(m_row, m_after);
        m_done = true;
    }

private:
    RowSnapshots *m_rows;
    int m_row;
    QVariant m_before;
    QVariant m_after;
    bool m_done = false;
};

// A row added (insert = true) or removed.
class RowPresence : public QUndoCommand
{
public:
    RowPresence(QAbstractItemModel *model, RowSnapshots *rows, int row, QVariant snapshot,
                bool insert, const QString &text)
        : QUndoCommand(text), m_model(model), m_rows(rows), m_row(row),
          m_snapshot(std::move(snapshot)), m_insert(insert)
    {
    }
    void undo() override { apply(!m_insert); }
    void redo() override { apply(m_insert); }

private:
    void apply(bool insert)
    {
        if (insert)
            m_rows->insertRowSnapshot(m_row, m_snapshot);
        else
            m_model->removeRow(m_row);
    }

    QAbstractItemModel *m_model;
    RowSnapshots *m_rows;
    int m_row;
    QVariant m_snapshot;
    bool m_insert;
};

} // namespace

UndoProxyModel::UndoProxyModel(QUndoStack *stack, QObject *parent)
    : QIdentityProxyModel(parent), m_stack(stack)
{
}

void UndoProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_rows = dynamic_cast<RowSnapshots *>(model);
    Q_ASSERT_X(m_rows, "UndoProxyModel", "the source model must implement RowSnapshots");
    QIdentityProxyModel::setSourceModel(model);
}

bool UndoProxyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_rows)
        return QIdentityProxyModel::setData(index, value, role);
    if (index.data(Qt::EditRole) == value)
        return true; // nothing changes: nothing to undo
    const int row = index.row();
    QVariant before = m_rows->rowSnapshot(row);
    if (!QIdentityProxyModel::setData(index, value, role))
        return false;
    const QString field = headerData(index.column(), Qt::Horizontal).toString();
    m_stack->push(new RowEdit(m_rows, row, std::move(before), m_rows->rowSnapshot(row),
                              field.isEmpty() ? tr("Edit") : tr("Edit %1").arg(field)));
    return true;
}

bool UndoProxyModel::insertRowUndoable(int row, const QString &text)
{
    if (!m_rows)
        return false;
    const QVariant snapshot = m_rows->newRowSnapshot();
    // Try first: a read-only model refuses, and no command may then be pushed.
    if (!m_rows->insertRowSnapshot(row, snapshot))
        return false;
    sourceModel()->removeRow(row);
    m_stack->push(new RowPresence(sourceModel(), m_rows, row, snapshot, true, text));
    return true;
}

bool UndoProxyModel::removeRowUndoable(int row, const QString &text)
{
    if (!m_rows || row < 0 || row >= rowCount() || !(flags(index(row, 0)) & Qt::ItemIsEditable))
        return false;
    m_stack->push(
        new RowPresence(sourceModel(), m_rows, row, m_rows->rowSnapshot(row), false, text));
    return true;
}

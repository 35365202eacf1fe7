// RowSnapshots: what an editing model offers so that a view can undo and redo
// edits of whole rows — a copy of a row, putting a copy back, inserting and
// removing rows from copies — without knowing the row's type. The household
// file's models implement it; views/undoproxymodel.h uses it.
#pragma once

#include <QVariant>

class RowSnapshots
{
public:
    virtual ~RowSnapshots() = default;
    /// A copy of row \a row, as it is now.
    virtual QVariant rowSnapshot(int row) const = 0;
    /// Puts \a snapshot back as row \a row, side effects included (no derived
    /// values are recomputed: the snapshot holds them).
    virtual void restoreRow(int row, const QVariant &snapshot) = 0;
    /// Inserts \a snapshot as a new row at \a row; false when the model has no rows to add.
    virtual bool insertRowSnapshot(int row, const QVariant &snapshot) = 0;
    /// A new, empty row's snapshot, as insertRowSnapshot() takes it.
    virtual QVariant newRowSnapshot() const = 0;
};

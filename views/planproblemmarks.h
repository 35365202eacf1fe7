// PlanProblemMarks: how the plan editor shows a validation problem at its
// field — a tinted background and the message as the tooltip, on a widget or
// on one cell of the bands or listed-disease table — and how its forms notice
// that the user changed something.
#pragma once

#include <functional>
#include <QString>

class QTableWidget;
class QWidget;

namespace PlanProblemMarks {

/// Marks \a widget with \a message (its own tooltip comes back on clear()).
void mark(QWidget *widget, const QString &message);
/// Marks the cell (creating its item if need be); \a column -1: the whole row.
void mark(QTableWidget *table, int row, int column, const QString &message);
/// Removes every mark from \a root and the widgets and tables inside it.
void clear(QWidget *root);
/// Whether \a widget carries a mark (for tests).
bool isMarked(const QWidget *widget);

/// Calls \a edited whenever the user changes an input inside \a root: text,
/// numbers, dates, choices, check boxes, table cells and checkable list items.
void watch(QWidget *root, const std::function<void()> &edited);

} // namespace PlanProblemMarks

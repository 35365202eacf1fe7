#include "planproblemmarks.h"

#include <QAbstractButton>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace {

const char *const MarkProperty = "planProblem";
const char *const ToolTipProperty = "planOwnToolTip";
constexpr int MarkRole = Qt::UserRole + 41;
const QColor Tint(0xfd, 0xe2, 0xe1); // as MoneyEdit marks text that is no amount

void markItem(QTableWidgetItem *item, const QString &message)
{
    if (item->data(MarkRole).toBool())
        item->setToolTip(item->toolTip() + QLatin1Char('\n') + message);
    else
        item->setToolTip(message);
    item->setData(MarkRole, true);
    item->setBackground(Tint);
}

} // namespace

namespace PlanProblemMarks {

void mark(QWidget *widget, const QString &message)
{
    if (widget->property(MarkProperty).toBool()) {
        widget->setToolTip(widget->toolTip() + QLatin1Char('\n') + message);
        return;
    }
    widget->setProperty(ToolTipProperty, widget->toolTip());
    widget->setProperty(MarkProperty, true);
    widget->setStyleSheet(QStringLiteral("background: %1;").arg(Tint.name()));
    widget->setToolTip(message);
}

void mark(QTableWidget *table, int row, int column, const QString &message)
{
    if (row < 0 || row >= table->rowCount())
        return;
    const QSignalBlocker blocker(table); // not an edit
    for (int c = 0; c < table->columnCount(); ++c) {
        if (column >= 0 && c != column)
            continue;
        QTableWidgetItem *item = table->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            table->setItem(row, c, item);
        }
        markItem(item, message);
    }
}

void clear(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->property(MarkProperty).toBool()) {
            widget->setProperty(MarkProperty, false);
            widget->setStyleSheet(QString());
            widget->setToolTip(widget->property(ToolTipProperty).toString());
        }
        auto *table = qobject_cast<QTableWidget *>(widget);
        if (!table)
            continue;
        const QSignalBlocker blocker(table);
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                QTableWidgetItem *item = table->item(r, c);
                if (item && item->data(MarkRole).toBool()) {
                    item->setData(MarkRole, QVariant());
                    item->setData(Qt::BackgroundRole, QVariant());
                    item->setToolTip(QString());
                }
            }
        }
    }
}

bool isMarked(const QWidget *widget)
{
    return widget->property(MarkProperty).toBool();
}

void watch(QWidget *root, const std::function<void()> &edited)
{
    for (auto *w : root->findChildren<QLineEdit *>())
        QObject::connect(w, &QLineEdit::textEdited, root, edited);
    for (auto *w : root->findChildren<QSpinBox *>())
        QObject::connect(w, &QSpinBox::valueChanged, root, edited);
    for (auto *w : root->findChildren<QDateEdit *>())
        QObject::connect(w, &QDateEdit::dateChanged, root, edited);
    for (auto *w : root->findChildren<QComboBox *>())
        QObject::connect(w, &QComboBox::currentIndexChanged, root, edited);
    for (auto *w : root->findChildren<QAbstractButton *>()) {
        if (w->isCheckable())
            QObject::connect(w, &QAbstractButton::toggled, root, edited);
    }
    for (auto *w : root->findChildren<QPlainTextEdit *>())
        QObject::connect(w, &QPlainTextEdit::textChanged, root, edited);
    for (auto *w : root->findChildren<QTableWidget *>())
        QObject::connect(w, &QTableWidget::itemChanged, root, edited);
    for (auto *w : root->findChildren<QListWidget *>())
        QObject::connect(w, &QListWidget::itemChanged, root, edited);
}

} // namespace PlanProblemMarks

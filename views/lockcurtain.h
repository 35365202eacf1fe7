// LockCurtain: while the screen is locked, an opaque child widget drawn over a
// window (the main window and any dialog left open) so that none of the data
// behind it can be read. It follows its window's size until it is deleted.
#pragma once

#include <QWidget>

class LockCurtain : public QWidget
{
    Q_OBJECT

public:
    /// Covers \a window at once.
    explicit LockCurtain(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

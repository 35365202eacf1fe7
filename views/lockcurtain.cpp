#include "lockcurtain.h"

#include <QEvent>
#include <QPainter>

LockCurtain::LockCurtain(QWidget *window) : QWidget(window)
{
    setObjectName(QStringLiteral("lockCurtain"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setGeometry(window->rect());
    window->installEventFilter(this);
    raise();
    show();
}

bool LockCurtain::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    else if (watched == parent() && event->type() == QEvent::ChildAdded)
        raise(); // nothing added later may show through
    return QWidget::eventFilter(watched, event);
}

void LockCurtain::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter, tr("Locked"));
}

#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setInterval(int milliseconds)
{
    m_interval = qMax(0, milliseconds);
    restart();
}

void IdleWatcher::pause()
{
    m_paused = true;
    m_timer.stop();
}

void IdleWatcher::resume()
{
    m_paused = false;
    restart();
}

void IdleWatcher::restart()
{
    if (m_paused || m_interval <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_interval);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Each input event passes the filter once per widget it propagates
        // through; restarting the timer again is harmless.
        if (!m_paused)
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

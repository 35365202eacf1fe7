// IdleWatcher: notices when nobody has used the application for a while, so
// that the main window can lock the screen. It watches every key press, click,
// mouse move, wheel turn and touch in the whole application (an event filter
// on the application object) and restarts a timer on each.
#pragma once

#include <QObject>
#include <QTimer>

class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    /// Idle time before idle() in milliseconds; 0 or less never fires. Starts
    /// counting afresh.
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    /// Suspends watching (while the screen is locked) and resumes it.
    void pause();
    void resume();
    bool isCounting() const { return m_timer.isActive(); }

signals:
    /// Nobody used the application for interval() ms; fires once per idle spell.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    int m_interval = 0;
    bool m_paused = false;
};

#include "idlemonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QScopedValueRollback>

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::onTimeout);
}

IdleMonitor::~IdleMonitor()
{
    stop();
}

void IdleMonitor::setTiming(const Timing &timing)
{
    m_timing = timing;
    if (m_running)
        enter(m_state == State::Countdown ? State::InUse : m_state);
}

void IdleMonitor::start()
{
    if (!m_running)
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    enter(State::Clean);
}

void IdleMonitor::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_timer.stop();
}

void IdleMonitor::activity()
{
    // Clearing the screen sends events of its own (an input method commit, a focus change):
    // they are not a person coming back.
    if (!m_running || m_announcing)
        return;
    switch (m_state) {
    case State::Clean:
    case State::InUse:
        enter(State::InUse);
        break;
    case State::Countdown:
        enter(State::InUse);
        emit countdownCancelled();
        break;
    case State::Attract:
        enter(State::InUse);
        emit woken();
        break;
    }
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TabletPress:
    case QEvent::InputMethod: // typing on the on-screen keyboard
        // One press reaches several objects on its way up; counting it more than once only
        // restarts the same timer, so there is nothing to filter out.
        activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleMonitor::announce(void (IdleMonitor::*signal)())
{
    const QScopedValueRollback quiet(m_announcing, true);
    emit(this->*signal)();
}

void IdleMonitor::enter(State state)
{
    m_state = state;
    m_timer.stop();
    switch (state) {
    case State::Clean:
        if (m_timing.attractAfter.count() > 0)
            m_timer.start(m_timing.attractAfter);
        break;
    case State::InUse:
        m_timer.start(m_timing.countdownAfter);
        break;
    case State::Countdown:
        m_timer.start(m_timing.step);
        break;
    case State::Attract:
        break;
    }
}

void IdleMonitor::onTimeout()
{
    switch (m_state) {
    case State::InUse:
        m_stepsLeft = m_timing.countdownSteps;
        enter(State::Countdown);
        emit countdownStarted(m_stepsLeft);
        break;
    case State::Countdown:
        if (--m_stepsLeft > 0) {
            m_timer.start(m_timing.step);
            emit countdownTick(m_stepsLeft);
            break;
        }
        enter(State::Clean);
        announce(&IdleMonitor::wipeRequested);
        break;
    case State::Clean:
        enter(State::Attract);
        announce(&IdleMonitor::attractRequested);
        break;
    case State::Attract:
        break;
    }
}

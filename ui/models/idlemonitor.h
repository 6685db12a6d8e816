#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

// Watches the whole application for a person's touches and keys, and says when the kiosk has
// been left alone: first a countdown (someone may still be reading), then the wipe of
// whatever the last person typed, then, much later, the attract screen.
//
//   Clean --touch--> InUse --countdownAfter--> Countdown --steps--> (wipe) Clean
//     |                ^                           |
//     |                +----------touch------------+
//     +--attractAfter--> Attract --touch--> InUse
class IdleMonitor final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Clean,     // nothing typed since the last wipe; nobody to ask
        InUse,     // someone touched the kiosk since the last wipe
        Countdown, // left alone: counting down to the wipe
        Attract,   // left alone for long: the attract screen is showing
    };
    Q_ENUM(State)

    struct Timing
    {
        std::chrono::milliseconds countdownAfter{90'000};
        int countdownSteps = 20; // the number the countdown starts at
        std::chrono::milliseconds step{1'000};
        std::chrono::milliseconds attractAfter{120'000}; // 0: no attract screen
    };

    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    void setTiming(const Timing &timing);
    const Timing &timing() const { return m_timing; }
    // Starts watching the application's input, in the Clean state.
    void start();
    void stop();
    State state() const { return m_state; }
    int stepsLeft() const { return m_stepsLeft; }

public slots:
    // A person did something (any touch, click, key or wheel counts).
    void activity();

signals:
    void countdownStarted(int stepsLeft);
    void countdownTick(int stepsLeft);
    void countdownCancelled();
    // Time is up: clear everything the last person left.
    void wipeRequested();
    void attractRequested();
    // Someone touched the attract screen.
    void woken();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter(State state);
    void announce(void (IdleMonitor::*signal)());
    void onTimeout();

    Timing m_timing;
    State m_state = State::Clean;
    int m_stepsLeft = 0;
    bool m_running = false;
    bool m_announcing = false; // while the wipe or the attract screen is being brought up
    QTimer m_timer;
};

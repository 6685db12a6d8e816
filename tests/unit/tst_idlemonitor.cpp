#include "idlemonitor.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;

// The idle state machine with its real timers, run fast: a few milliseconds stand for the
// minutes a kiosk waits. Tests wait for its signals, never for time.
class TestIdleMonitor : public QObject
{
    Q_OBJECT

private:
    static IdleMonitor::Timing fast(std::chrono::milliseconds attract = 30ms)
    {
        IdleMonitor::Timing timing;
        timing.countdownAfter = 20ms;
        timing.countdownSteps = 3;
        timing.step = 5ms;
        timing.attractAfter = attract;
        return timing;
    }

    static void press(QObject *target)
    {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(target, &key);
    }

private slots:
    void startsCleanAndGoesToAttractWithoutAskingAnyone()
    {
        IdleMonitor monitor;
        monitor.setTiming(fast());
        QSignalSpy countdown(&monitor, &IdleMonitor::countdownStarted);
        QSignalSpy attract(&monitor, &IdleMonitor::attractRequested);
        monitor.start();
        QCOMPARE(monitor.state(), IdleMonitor::State::Clean);
        QVERIFY(attract.wait());
        QCOMPARE(monitor.state(), IdleMonitor::State::Attract);
        // Nobody typed anything: there was nothing to count down for.
        QCOMPARE(countdown.count(), 0);
    }

    void anyKeyAnywhereMeansSomeoneIsThere()
    {
        IdleMonitor monitor;
        monitor.setTiming(fast());
        monitor.start();
        QObject anything;
        press(&anything);
        QCOMPARE(monitor.state(), IdleMonitor::State::InUse);
    }

    void countsDownThenWipesThenAttracts()
    {
        IdleMonitor monitor;
        monitor.setTiming(fast());
        QSignalSpy started(&monitor, &IdleMonitor::countdownStarted);
        QSignalSpy ticks(&monitor, &IdleMonitor::countdownTick);
        QSignalSpy wipe(&monitor, &IdleMonitor::wipeRequested);
        QSignalSpy attract(&monitor, &IdleMonitor::attractRequested);
        monitor.start();
        monitor.activity();
        QVERIFY(wipe.wait());
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toInt(), 3);
        QCOMPARE(ticks.count(), 2); // 2, 1, then the wipe instead of 0
        QCOMPARE(ticks.at(0).first().toInt(), 2);
        QCOMPARE(ticks.at(1).first().toInt(), 1);
        QCOMPARE(monitor.state(), IdleMonitor::State::Clean);
        QVERIFY(attract.wait());
        QCOMPARE(wipe.count(), 1);
    }

    // Clearing the screen makes events of its own (a focus change commits the input method):
    // they must not count as a person, or the kiosk would count down again over a clean screen.
    void theWipesOwnEventsAreNotAPerson()
    {
        IdleMonitor monitor;
        monitor.setTiming(fast(0ms));
        QObject screen;
        connect(&monitor, &IdleMonitor::wipeRequested, &screen, [&screen] { press(&screen); });
        QSignalSpy wipe(&monitor, &IdleMonitor::wipeRequested);
        monitor.start();
        monitor.activity();
        QVERIFY(wipe.wait());
        QCOMPARE(monitor.state(), IdleMonitor::State::Clean);
        // A real key afterwards still counts.
        press(&screen);
        QCOMPARE(monitor.state(), IdleMonitor::State::InUse);
    }

    void aTouchDuringTheCountdownCancelsIt()
    {
        IdleMonitor monitor;
        monitor.setTiming(fast());
        QSignalSpy started(&monitor, &IdleMonitor::countdownStarted);
        QSignalSpy cancelled(&monitor, &IdleMonitor::countdownCancelled);
        QSignalSpy wipe(&monitor, &IdleMonitor::wipeRequested);
        monitor.start();
        monitor.activity();
        QVERIFY(started.wait());
        QCOMPARE(monitor.state(), IdleMonitor::State::Countdown);
        QObject anything;
        press(&anything);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(monitor.state(), IdleMonitor::State::InUse);
        QCOMPARE(wipe.count(), 0);
        // Left alone again, it asks again.
        QVERIFY(started.wait());
        QCOMPARE(started.count(), 2);
    }

    void aTouchOnTheAttractScreenWakesTheKiosk()
    {
        IdleMonitor monitor;
        monitor.setTiming(fast());
        QSignalSpy attract(&monitor, &IdleMonitor::attractRequested);
        QSignalSpy woken(&monitor, &IdleMonitor::woken);
        monitor.start();
        QVERIFY(attract.wait());
        monitor.activity();
        QCOMPARE(woken.count(), 1);
        QCOMPARE(monitor.state(), IdleMonitor::State::InUse);
    }

    void noAttractScreenWhenSwitchedOff()
    {
        IdleMonitor monitor;
        monitor.setTiming(fast(0ms));
        QSignalSpy wipe(&monitor, &IdleMonitor::wipeRequested);
        QSignalSpy attract(&monitor, &IdleMonitor::attractRequested);
        monitor.start();
        monitor.activity();
        QVERIFY(wipe.wait());
        // A countdown's worth of time more: still nothing (a second wipe would show first).
        monitor.activity();
        QVERIFY(wipe.wait());
        QCOMPARE(attract.count(), 0);
        QCOMPARE(monitor.state(), IdleMonitor::State::Clean);
    }

    void stoppedItNeitherWatchesNorFires()
    {
        IdleMonitor monitor;
        monitor.setTiming(fast());
        QSignalSpy attract(&monitor, &IdleMonitor::attractRequested);
        monitor.start();
        monitor.stop();
        QObject anything;
        press(&anything);
        QCOMPARE(monitor.state(), IdleMonitor::State::Clean);
        QVERIFY(!attract.wait(100));
    }
};

QTEST_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"

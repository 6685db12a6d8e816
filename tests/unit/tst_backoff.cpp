#include "backoff.h"

#include <QtTest>

using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void growsExponentiallyUpToTheCap()
    {
        Backoff backoff(1000ms, 60000ms, [] { return 0.999999; });
        QCOMPARE(backoff.nextDelay(), 999ms);
        QCOMPARE(backoff.nextDelay(), 1999ms);
        QCOMPARE(backoff.nextDelay(), 3999ms);
        for (int i = 0; i < 40; ++i)
            backoff.nextDelay();
        QCOMPARE(backoff.nextDelay(), 59999ms);
    }

    void jitterSpreadsOverTheUpperHalf()
    {
        Backoff low(1000ms, 60000ms, [] { return 0.0; });
        low.nextDelay();
        low.nextDelay();
        QCOMPARE(low.nextDelay(), 2000ms); // half of 4000
        Backoff real(1000ms, 60000ms);
        QSet<qint64> seen;
        for (int i = 0; i < 20; ++i) {
            real.reset();
            real.nextDelay();
            real.nextDelay();
            const auto delay = real.nextDelay();
            QVERIFY(delay >= 2000ms && delay <= 4000ms);
            seen.insert(delay.count());
        }
        QVERIFY2(seen.size() > 1, "kiosks must not all come back at the same moment");
    }

    void honoursRetryAfterAndResets()
    {
        Backoff backoff(1000ms, 60000ms, [] { return 0.0; });
        QCOMPARE(backoff.nextDelay(120000ms), 120000ms);
        QCOMPARE(backoff.failures(), 1);
        backoff.reset();
        QCOMPARE(backoff.nextDelay(), 500ms);
        // A server asking for a day is capped at four times the maximum.
        QCOMPARE(backoff.nextDelay(24h), 240000ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"

#include "ratelimiter.h"

#include <QtTest>

// The per-client token bucket behind the server's 429s, on a clock the test moves by hand.
class TestRateLimiter : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;

    RateLimiter limiter(int perMinute, int burst)
    {
        return RateLimiter(perMinute, burst, [this] { return m_now; });
    }

    // Admits requests of `client` until one is refused; how many went through.
    static int drain(RateLimiter &limiter, const QString &client, int atMost = 1000)
    {
        int admitted = 0;
        while (admitted < atMost && !limiter.admit(client))
            ++admitted;
        return admitted;
    }

private slots:
    void init() { m_now = 1000000; }

    void aBurstIsAdmittedThenRefused()
    {
        RateLimiter limits = limiter(60, 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(!limits.admit(QStringLiteral("kiosk-a")), qPrintable(QString::number(i)));
        const auto refused = limits.admit(QStringLiteral("kiosk-a"));
        QVERIFY(refused.has_value());
        // Still refused while no time passes: a refusal does not cost or earn anything.
        QVERIFY(limits.admit(QStringLiteral("kiosk-a")).has_value());
        QVERIFY(limits.admit(QStringLiteral("kiosk-a")).has_value());
    }

    void aBurstOfOneStillAdmitsOne()
    {
        RateLimiter limits = limiter(60, 0); // a burst below 1 is taken as 1
        QVERIFY(!limits.admit(QStringLiteral("k")));
        QVERIFY(limits.admit(QStringLiteral("k")).has_value());
    }

    void retryAfterMatchesTheRate_data()
    {
        QTest::addColumn<int>("perMinute");
        QTest::addColumn<int>("burst");
        QTest::addColumn<qint64>("elapsedMs"); // after the bucket was emptied
        QTest::addColumn<int>("seconds");
        QTest::newRow("60/min: one token a second") << 60 << 5 << qint64(0) << 1;
        QTest::newRow("6/min: one every 10 s") << 6 << 5 << qint64(0) << 10;
        QTest::newRow("7/min: 8.57 s rounds up") << 7 << 3 << qint64(0) << 9;
        QTest::newRow("30/min, burst 1") << 30 << 1 << qint64(0) << 2;
        QTest::newRow("6/min, 2.5 s later: 7.5 s left") << 6 << 5 << qint64(2500) << 8;
        QTest::newRow("6/min, 9.9 s later: 0.1 s left") << 6 << 5 << qint64(9900) << 1;
        QTest::newRow("120/min: half a second, at least 1") << 120 << 5 << qint64(0) << 1;
        QTest::newRow("1/min") << 1 << 1 << qint64(0) << 60;
    }

    void retryAfterMatchesTheRate()
    {
        QFETCH(int, perMinute);
        QFETCH(int, burst);
        QFETCH(qint64, elapsedMs);
        QFETCH(int, seconds);
        RateLimiter limits = limiter(perMinute, burst);
        QCOMPARE(drain(limits, QStringLiteral("k")), burst);
        m_now += elapsedMs;
        const auto wait = limits.admit(QStringLiteral("k"));
        QVERIFY(wait.has_value());
        QCOMPARE(*wait, seconds);
    }

    void waitingAsToldIsEnough_data()
    {
        QTest::addColumn<int>("perMinute");
        QTest::addColumn<int>("burst");
        QTest::newRow("60/min") << 60 << 5;
        QTest::newRow("6/min") << 6 << 5;
        QTest::newRow("7/min") << 7 << 7;
        QTest::newRow("45/min") << 45 << 1;
    }

    // Retry-After is honest: a second less is too soon (when it is more than 1), the whole
    // wait is enough.
    void waitingAsToldIsEnough()
    {
        QFETCH(int, perMinute);
        QFETCH(int, burst);
        RateLimiter limits = limiter(perMinute, burst);
        drain(limits, QStringLiteral("k"));
        const auto wait = limits.admit(QStringLiteral("k"));
        QVERIFY(wait.has_value());
        const qint64 start = m_now;
        if (*wait > 1) {
            m_now = start + qint64(*wait - 1) * 1000;
            QVERIFY(limits.admit(QStringLiteral("k")).has_value());
        }
        m_now = start + qint64(*wait) * 1000;
        QVERIFY(!limits.admit(QStringLiteral("k")));
    }

    void theBucketRefillsOverTime()
    {
        RateLimiter limits = limiter(60, 5);
        QCOMPARE(drain(limits, QStringLiteral("k")), 5);
        m_now += 999;
        QVERIFY(limits.admit(QStringLiteral("k")).has_value());
        m_now += 1; // one second after it emptied: one token
        QVERIFY(!limits.admit(QStringLiteral("k")));
        QVERIFY(limits.admit(QStringLiteral("k")).has_value());
        m_now += 3500; // three and a half more
        QCOMPARE(drain(limits, QStringLiteral("k")), 3);
        // A long silence refills the burst, never more.
        m_now += 3600 * 1000;
        QCOMPARE(drain(limits, QStringLiteral("k")), 5);
    }

    void aSteadyClientAtTheRateIsNeverRefused()
    {
        RateLimiter limits = limiter(60, 5);
        for (int i = 0; i < 200; ++i) {
            QVERIFY2(!limits.admit(QStringLiteral("k")), qPrintable(QString::number(i)));
            m_now += 1000;
        }
    }

    void clientsAreIndependent()
    {
        RateLimiter limits = limiter(60, 5);
        QCOMPARE(drain(limits, QStringLiteral("device:kiosk-a")), 5);
        QVERIFY(limits.admit(QStringLiteral("device:kiosk-a")).has_value());
        // Another kiosk, and an address, each have their whole burst.
        QCOMPARE(drain(limits, QStringLiteral("device:kiosk-b")), 5);
        QCOMPARE(drain(limits, QStringLiteral("address:192.0.2.7")), 5);
        // and the first is still held.
        QVERIFY(limits.admit(QStringLiteral("device:kiosk-a")).has_value());
        QCOMPARE(limits.clientCount(), 3);
    }

    // One-off clients (a scan from many addresses) leave buckets that refill and are then
    // worth nothing; they must not pile up.
    void manyOneOffClientsDoNotGrowMemory()
    {
        RateLimiter limits = limiter(60, 60);
        // A greedy client empties its bucket first: 60 tokens take a minute to come back.
        QCOMPARE(drain(limits, QStringLiteral("greedy")), 60);
        const qint64 start = m_now;
        int largest = 0;
        const int clients = 50000;
        for (int i = 0; i < clients; ++i) {
            m_now = start + i / 2; // two new clients a millisecond: 25 s in all
            QVERIFY(!limits.admit(QStringLiteral("address:10.%1.%2.%3")
                                      .arg(i / 65536)
                                      .arg(i / 256 % 256)
                                      .arg(i % 256)));
            largest = std::max(largest, limits.clientCount());
        }
        QVERIFY2(largest < 15000, qPrintable(QString::number(largest)));
        QVERIFY2(limits.clientCount() < 15000, qPrintable(QString::number(limits.clientCount())));
        // Forgetting dropped only full buckets: the greedy client, 25.5 s into its minute, has
        // 25 tokens back, not a fresh burst of 60.
        m_now = start + 25500;
        QCOMPARE(drain(limits, QStringLiteral("greedy")), 25);
    }
};

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"

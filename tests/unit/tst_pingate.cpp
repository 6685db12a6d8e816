#include "democache.h"
#include "pingate.h"
#include "staffpin.h"

#include <QSignalSpy>
#include <QtTest>

// The staff PIN gate with real PBKDF2 checks on the thread pool. The hashes use few iterations
// (the format allows any count) so that each check takes milliseconds, not seconds.
class TestPinGate : public QObject
{
    Q_OBJECT

private:
    const QString m_pin = QStringLiteral("482613");
    const QString m_wrong = QStringLiteral("999999");
    const QDateTime m_start = QDateTime(QDate(2026, 11, 28), QTime(10, 0));
    QString m_hash;

    static QStringList s_log;
    static QtMessageHandler s_previous;

    static void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && QLatin1String(context.category) == QLatin1String("staff"))
            s_log << message;
        s_previous(type, context, message);
    }

    // Tries one PIN and waits for its answer.
    static bool answer(PinGate &gate, const QString &pin)
    {
        QSignalSpy checking(&gate, &PinGate::checkingChanged);
        gate.tryPin(pin);
        return gate.checking() && checking.wait() && !gate.checking();
    }

    // Fails `count` times in a row with the wrong PIN.
    bool fail(PinGate &gate, int count)
    {
        for (int i = 0; i < count; ++i) {
            if (!answer(gate, m_wrong))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        m_hash = StaffPin::hash(m_pin, 1000);
        s_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previous); }

    void init() { s_log.clear(); }

    void theRightPinIsAccepted()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        QVERIFY(gate.enabled());
        QCOMPARE(gate.attemptsLeft(), 5);
        QSignalSpy accepted(&gate, &PinGate::accepted);
        QSignalSpy rejected(&gate, &PinGate::rejected);
        QSignalSpy checking(&gate, &PinGate::checkingChanged);
        gate.tryPin(m_pin);
        QVERIFY(gate.checking());
        QVERIFY(accepted.wait());
        QCOMPARE(rejected.count(), 0);
        QVERIFY(!gate.checking());
        QCOMPARE(checking.count(), 2);
        QCOMPARE(checking.at(0).at(0).toBool(), true);
        QCOMPARE(checking.at(1).at(0).toBool(), false);
    }

    void aWrongPinIsRejectedWithTheTriesLeft()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        QSignalSpy accepted(&gate, &PinGate::accepted);
        QSignalSpy rejected(&gate, &PinGate::rejected);
        QSignalSpy locked(&gate, &PinGate::lockedOut);
        QVERIFY(fail(gate, 1));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).toInt(), 4);
        QVERIFY(answer(gate, QStringLiteral("4826"))); // a prefix is no better
        QVERIFY(answer(gate, QString()));
        QCOMPARE(rejected.count(), 3);
        QCOMPARE(rejected.at(2).at(0).toInt(), 2);
        QCOMPARE(gate.attemptsLeft(), 2);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(locked.count(), 0);
        QVERIFY(!gate.isLockedOut());

        // The log says what happened, never what was typed.
        QVERIFY(!s_log.isEmpty());
        for (const QString &line : std::as_const(s_log)) {
            QVERIFY2(!line.contains(m_wrong), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("4826")), qPrintable(line));
        }
    }

    void aRightPinForgivesEarlierMistakes()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 3, std::chrono::seconds(300), clock);
        QSignalSpy locked(&gate, &PinGate::lockedOut);
        QVERIFY(fail(gate, 2));
        QCOMPARE(gate.attemptsLeft(), 1);
        QVERIFY(answer(gate, m_pin));
        QCOMPARE(gate.attemptsLeft(), 3);
        QVERIFY(fail(gate, 2));
        QCOMPARE(locked.count(), 0);
    }

    void tooManyWrongPinsLockTheGate()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 3, std::chrono::seconds(300), clock);
        QSignalSpy rejected(&gate, &PinGate::rejected);
        QSignalSpy locked(&gate, &PinGate::lockedOut);
        QVERIFY(fail(gate, 3));
        QCOMPARE(rejected.count(), 2); // the third failure is told as the lockout
        QCOMPARE(locked.count(), 1);
        const QDateTime until = m_start.addSecs(300);
        QCOMPARE(locked.at(0).at(0).toDateTime(), until);
        QVERIFY(gate.isLockedOut());
        QCOMPARE(gate.lockedUntil(), until);
        QCOMPARE(gate.attemptsLeft(), 0);
        QVERIFY(std::any_of(s_log.cbegin(), s_log.cend(), [](const QString &line) {
            return line.contains(QStringLiteral("locked out"));
        }));
    }

    void theRightPinIsRefusedDuringALockout()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 3, std::chrono::seconds(300), clock);
        QVERIFY(fail(gate, 3));
        QSignalSpy accepted(&gate, &PinGate::accepted);
        QSignalSpy locked(&gate, &PinGate::lockedOut);
        QSignalSpy checking(&gate, &PinGate::checkingChanged);
        clock.set(m_start.addSecs(299));
        gate.tryPin(m_pin);
        // Refused at once, without a check that could let it in later.
        QCOMPARE(locked.count(), 1);
        QCOMPARE(locked.at(0).at(0).toDateTime(), m_start.addSecs(300));
        QVERIFY(!gate.checking());
        QCOMPARE(checking.count(), 0);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(gate.isLockedOut());
    }

    void theGateOpensAgainWhenTheLockoutEnds()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 3, std::chrono::seconds(300), clock);
        QVERIFY(fail(gate, 3));
        clock.set(m_start.addSecs(300));
        QVERIFY(!gate.isLockedOut());
        QVERIFY(!gate.lockedUntil().isValid());
        QCOMPARE(gate.attemptsLeft(), 3);
        QSignalSpy rejected(&gate, &PinGate::rejected);
        QVERIFY(fail(gate, 1));
        QCOMPARE(rejected.at(0).at(0).toInt(), 2); // counting starts again
        QSignalSpy accepted(&gate, &PinGate::accepted);
        QVERIFY(answer(gate, m_pin));
        QCOMPARE(accepted.count(), 1);
    }

    void eachFurtherLockoutLastsTwiceAsLong()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 2, std::chrono::seconds(300), clock);
        QSignalSpy locked(&gate, &PinGate::lockedOut);
        QDateTime now = m_start;
        for (const int seconds : {300, 600, 1200, 2400}) {
            QVERIFY(fail(gate, 2));
            QCOMPARE(gate.lockedUntil(), now.addSecs(seconds));
            now = gate.lockedUntil();
            clock.set(now);
        }
        // A right PIN forgives: the next lockout is the first length again.
        QVERIFY(answer(gate, m_pin));
        QVERIFY(fail(gate, 2));
        QCOMPARE(gate.lockedUntil(), now.addSecs(300));
    }

    void aLockoutLastsADayAtMost()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 1, std::chrono::hours(10), clock);
        QDateTime now = m_start;
        for (const int hours : {10, 20, 24, 24}) {
            QVERIFY(fail(gate, 1));
            QCOMPARE(gate.lockedUntil(), now.addSecs(hours * 3600));
            now = gate.lockedUntil();
            clock.set(now);
        }
    }

    void triesAreIgnoredWhileAPinIsChecked()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        QSignalSpy accepted(&gate, &PinGate::accepted);
        QSignalSpy rejected(&gate, &PinGate::rejected);
        QSignalSpy checking(&gate, &PinGate::checkingChanged);
        gate.tryPin(m_wrong);
        QVERIFY(gate.checking());
        // The check cannot have reported yet: its answer comes through this thread's events.
        gate.tryPin(m_pin);
        gate.tryPin(m_wrong);
        QVERIFY(rejected.wait());
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).toInt(), 4);
        QCOMPARE(checking.count(), 2);
        QVERIFY(!gate.checking());
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(gate.attemptsLeft(), 4);
        // Nothing was queued behind the first check.
        QCoreApplication::processEvents();
        QCOMPARE(checking.count(), 2);
        QCOMPARE(accepted.count(), 0);
    }

    void withoutAValidHashTheGateIsShut_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::newRow("empty") << QString();
        QTest::newRow("the PIN itself") << QStringLiteral("482613");
        QTest::newRow("cut short") << m_hash.left(m_hash.size() - 10);
    }

    void withoutAValidHashTheGateIsShut()
    {
        QFETCH(QString, hash);
        FixedClock clock(m_start);
        PinGate gate(hash, 5, std::chrono::seconds(300), clock);
        QVERIFY(!gate.enabled());
        QSignalSpy accepted(&gate, &PinGate::accepted);
        QSignalSpy rejected(&gate, &PinGate::rejected);
        QSignalSpy checking(&gate, &PinGate::checkingChanged);
        gate.tryPin(QStringLiteral("482613"));
        gate.tryPin(QString());
        QVERIFY(!gate.checking());
        QCoreApplication::processEvents();
        QCOMPARE(checking.count(), 0);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(rejected.count(), 0);
    }
};

QStringList TestPinGate::s_log;
QtMessageHandler TestPinGate::s_previous = nullptr;

QTEST_GUILESS_MAIN(TestPinGate)
#include "tst_pingate.moc"

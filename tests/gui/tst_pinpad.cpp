#include "democache.h"
#include "pingate.h"
#include "pinpad.h"
#include "staffpin.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

// The staff PIN page, driven by its buttons and the keyboard, over a real PinGate (PBKDF2 with
// few iterations, so that a check takes milliseconds) and a FixedClock.
class TestPinPad : public QObject
{
    Q_OBJECT

private:
    const QString m_pin = QStringLiteral("482613");
    const QDateTime m_start = QDateTime(QDate(2026, 11, 28), QTime(10, 0));
    QString m_hash;

    static QPushButton *button(PinPad &pad, const QString &name)
    {
        auto *found = pad.findChild<QPushButton *>(name);
        if (!found)
            qFatal("no button %s", qPrintable(name));
        return found;
    }

    static QString text(PinPad &pad, const char *name)
    {
        return pad.findChild<QLabel *>(QString::fromLatin1(name))->text();
    }

    static void tap(PinPad &pad, const QString &digits)
    {
        for (const QChar digit : digits)
            QTest::mouseClick(button(pad, QStringLiteral("pinDigit_") + digit), Qt::LeftButton);
    }

    static void enter(PinPad &pad)
    {
        QTest::mouseClick(button(pad, QStringLiteral("pinEnter")), Qt::LeftButton);
    }

    static bool anyDigitEnabled(PinPad &pad)
    {
        for (int digit = 0; digit <= 9; ++digit) {
            if (button(pad, QStringLiteral("pinDigit_%1").arg(digit))->isEnabled())
                return true;
        }
        return false;
    }

    static bool allDigitsEnabled(PinPad &pad)
    {
        for (int digit = 0; digit <= 9; ++digit) {
            if (!button(pad, QStringLiteral("pinDigit_%1").arg(digit))->isEnabled())
                return false;
        }
        return true;
    }

    static QString dots(int count) { return QString(count, QChar(0x25CF)); }

    // Types a wrong PIN and waits for the gate's answer.
    static bool failOnce(PinPad &pad, PinGate &gate)
    {
        QSignalSpy checking(&gate, &PinGate::checkingChanged);
        tap(pad, QStringLiteral("9999"));
        enter(pad);
        return checking.wait() && !gate.checking();
    }

private slots:
    void initTestCase() { m_hash = StaffPin::hash(m_pin, 1000); }

    void digitsAreTypedByButtonsAndKeyboard()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QCOMPARE(text(pad, "pinTitle"), PinPad::tr("Staff access"));
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("Enter the staff PIN."));
        QCOMPARE(text(pad, "pinDots"), QString());
        QVERIFY(!button(pad, QStringLiteral("pinEnter"))->isEnabled());
        QVERIFY(!button(pad, QStringLiteral("pinErase"))->isEnabled());

        tap(pad, QStringLiteral("48"));
        QTest::keyClicks(&pad, QStringLiteral("26"));
        QTest::keyClick(&pad, Qt::Key_1, Qt::KeypadModifier);
        QCOMPARE(pad.typedDigits(), 5);
        QCOMPARE(text(pad, "pinDots"), dots(5));
        QVERIFY(button(pad, QStringLiteral("pinEnter"))->isEnabled());

        QTest::mouseClick(button(pad, QStringLiteral("pinErase")), Qt::LeftButton);
        QCOMPARE(text(pad, "pinDots"), dots(4));
        QTest::keyClick(&pad, Qt::Key_Backspace);
        QCOMPARE(text(pad, "pinDots"), dots(3));
        QVERIFY(!button(pad, QStringLiteral("pinEnter"))->isEnabled()); // fewer than four
        QTest::keyClicks(&pad, QStringLiteral("x-"));                   // not digits
        QCOMPARE(pad.typedDigits(), 3);

        // The page never shows what was typed, in any text.
        for (const QLabel *label : pad.findChildren<QLabel *>()) {
            for (const QChar c : label->text())
                QVERIFY2(!c.isDigit(), qPrintable(label->objectName() + label->text()));
            QVERIFY(!label->accessibleName().contains(QStringLiteral("482")));
        }
    }

    void atMostTwelveDigits()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        QTest::keyClicks(&pad, QStringLiteral("123456789012345"));
        QCOMPARE(pad.typedDigits(), 12);
        QCOMPARE(text(pad, "pinDots"), dots(12));
        QVERIFY(!anyDigitEnabled(pad));
        QVERIFY(button(pad, QStringLiteral("pinErase"))->isEnabled());
    }

    void keysAreBigEnoughForFingers()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        pad.resize(1280, 800);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        pad.setClerkLoginOffered(true);
        QTRY_VERIFY(button(pad, QStringLiteral("pinClerkLogin"))->isVisible());
        for (const QPushButton *key : pad.findChildren<QPushButton *>()) {
            QVERIFY2(key->width() >= 80 && key->height() >= 80, qPrintable(key->objectName()));
            // A touch never takes the focus from the PIN; the clerks' way in, which is not part
            // of typing a PIN, is still reachable with Tab for a keyboard.
            QCOMPARE(key->focusPolicy(), key->objectName() == QLatin1String("pinClerkLogin")
                                             ? Qt::TabFocus
                                             : Qt::NoFocus);
        }
        // A phone's layout: 1 2 3 on top, 0 under 8.
        const auto at = [&](int digit) {
            return button(pad, QStringLiteral("pinDigit_%1").arg(digit))->geometry().center();
        };
        QVERIFY(at(1).y() == at(3).y() && at(1).x() < at(2).x() && at(2).x() < at(3).x());
        QVERIFY(at(1).y() < at(4).y() && at(4).y() < at(7).y() && at(7).y() < at(0).y());
        QCOMPARE(at(0).x(), at(8).x());
    }

    void theRightPinIsAccepted()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        QSignalSpy accepted(&pad, &PinPad::accepted);
        tap(pad, m_pin);
        enter(pad);
        // The typed digits are gone as soon as they are handed over.
        QCOMPARE(pad.typedDigits(), 0);
        QCOMPARE(text(pad, "pinDots"), QString());
        QVERIFY(gate.checking());
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("Checking…"));
        QVERIFY(!anyDigitEnabled(pad));
        QVERIFY(!button(pad, QStringLiteral("pinEnter"))->isEnabled());
        QVERIFY(accepted.wait());
        QCOMPARE(accepted.count(), 1);
        QVERIFY(allDigitsEnabled(pad));
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("Enter the staff PIN."));
    }

    void theKeyboardEnterSubmits()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        QSignalSpy accepted(&pad, &PinPad::accepted);
        QTest::keyClicks(&pad, m_pin);
        QTest::keyClick(&pad, Qt::Key_Enter, Qt::KeypadModifier);
        QVERIFY(accepted.wait());
    }

    void aWrongPinSaysHowManyTriesAreLeft()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 3, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        QSignalSpy accepted(&pad, &PinPad::accepted);
        QVERIFY(failOnce(pad, gate));
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("Wrong PIN. %1 tries left.").arg(2));
        QVERIFY(failOnce(pad, gate));
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("Wrong PIN. One try left."));
        QCOMPARE(pad.typedDigits(), 0);
        QVERIFY(allDigitsEnabled(pad));
        QCOMPARE(accepted.count(), 0);
        // Typing again puts the question back.
        tap(pad, QStringLiteral("4"));
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("Enter the staff PIN."));
    }

    void aLockoutShutsThePadUntilItEnds()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 2, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        QSignalSpy accepted(&pad, &PinPad::accepted);
        QVERIFY(failOnce(pad, gate));
        QVERIFY(failOnce(pad, gate));
        QVERIFY(gate.isLockedOut());
        QCOMPARE(text(pad, "pinMessage"),
                 PinPad::tr("Too many wrong PINs. Try again at %1.").arg(QStringLiteral("10:05")));
        QVERIFY(!anyDigitEnabled(pad));
        QVERIFY(!button(pad, QStringLiteral("pinEnter"))->isEnabled());
        QVERIFY(button(pad, QStringLiteral("pinCancel"))->isEnabled());

        // The right PIN cannot get in, by touch or by keyboard.
        tap(pad, m_pin);
        QTest::keyClicks(&pad, m_pin);
        QTest::keyClick(&pad, Qt::Key_Return);
        QCOMPARE(pad.typedDigits(), 0);
        QCOMPARE(text(pad, "pinDots"), QString());
        QVERIFY(!gate.checking());
        QCOMPARE(accepted.count(), 0);

        // Shown again a minute before the end: still shut.
        clock.set(m_start.addSecs(240));
        pad.hide();
        pad.show();
        QVERIFY(!anyDigitEnabled(pad));

        // Once the gate's clock passes the end, the pad opens when it looks again.
        clock.set(m_start.addSecs(301));
        pad.updateLock();
        QVERIFY(allDigitsEnabled(pad));
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("Enter the staff PIN."));
        tap(pad, m_pin);
        enter(pad);
        QVERIFY(accepted.wait());
    }

    void showingThePadLooksAtTheLockAgain()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 1, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        QVERIFY(failOnce(pad, gate));
        QVERIFY(!anyDigitEnabled(pad));
        pad.hide();
        clock.set(m_start.addSecs(300));
        pad.show();
        QVERIFY(allDigitsEnabled(pad));
    }

    void aDayLongLockoutSaysTomorrow()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(23, 0)));
        PinGate gate(m_hash, 1, std::chrono::hours(2), clock);
        PinPad pad(&gate);
        QVERIFY(failOnce(pad, gate));
        QCOMPARE(text(pad, "pinMessage"),
                 PinPad::tr("Too many wrong PINs. Try again tomorrow at %1.")
                     .arg(QStringLiteral("01:00")));
    }

    void cancelEmptiesThePad()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        QSignalSpy cancelled(&pad, &PinPad::cancelled);
        tap(pad, QStringLiteral("482"));
        QTest::mouseClick(button(pad, QStringLiteral("pinCancel")), Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(pad.typedDigits(), 0);
        QTest::keyClicks(&pad, QStringLiteral("48"));
        QTest::keyClick(&pad, Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 2);
        QCOMPARE(text(pad, "pinDots"), QString());

        // Leaving the page any other way forgets the digits too.
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QTest::keyClicks(&pad, QStringLiteral("4826"));
        pad.hide();
        QCOMPARE(pad.typedDigits(), 0);
        QCOMPARE(cancelled.count(), 2);
    }

    void resetForgetsDigitsMessageAndAPendingCheck()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        QVERIFY(failOnce(pad, gate));
        tap(pad, QStringLiteral("48"));
        pad.reset();
        QCOMPARE(pad.typedDigits(), 0);
        QCOMPARE(text(pad, "pinDots"), QString());
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("Enter the staff PIN."));

        // A check under way when the pad is reset (the idle timer, say) opens nothing.
        QSignalSpy accepted(&pad, &PinPad::accepted);
        QSignalSpy gateAccepted(&gate, &PinGate::accepted);
        tap(pad, m_pin);
        enter(pad);
        pad.reset();
        QVERIFY(gateAccepted.wait());
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("Enter the staff PIN."));
    }

    void withoutAPinThePadSaysSo()
    {
        FixedClock clock(m_start);
        PinGate gate(QString(), 5, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("No staff PIN is set on this kiosk."));
        QVERIFY(!anyDigitEnabled(pad));
        QTest::keyClicks(&pad, m_pin);
        QCOMPARE(pad.typedDigits(), 0);
        QVERIFY(button(pad, QStringLiteral("pinCancel"))->isEnabled());
        pad.reset();
        QCOMPARE(text(pad, "pinMessage"), PinPad::tr("No staff PIN is set on this kiosk."));
        PinPad noGate(nullptr);
        QCOMPARE(text(noGate, "pinMessage"), PinPad::tr("No staff PIN is set on this kiosk."));
    }

    void aLanguageChangeRewritesTheTexts()
    {
        FixedClock clock(m_start);
        PinGate gate(m_hash, 5, std::chrono::seconds(300), clock);
        PinPad pad(&gate);
        pad.findChild<QLabel *>(QStringLiteral("pinTitle"))->setText(QString());
        button(pad, QStringLiteral("pinCancel"))->setText(QString());
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&pad, &change);
        QCOMPARE(text(pad, "pinTitle"), PinPad::tr("Staff access"));
        QCOMPARE(button(pad, QStringLiteral("pinCancel"))->text(), PinPad::tr("Cancel"));
    }
};

QTEST_MAIN(TestPinPad)
#include "tst_pinpad.moc"

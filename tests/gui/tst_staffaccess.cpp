#include "democache.h"
#include "mainwindow.h"
#include "staffpin.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600));
const QString kPin = QStringLiteral("270958");

} // namespace

// The hidden way in for staff, on the whole window: the gesture, the PIN with its lockout,
// and the menu behind it.
class TestStaffAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    QString m_hash;

    template<class T = QWidget> T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }

    void enterPin(const QString &pin)
    {
        for (const QChar digit : pin) {
            auto *button = child<QAbstractButton>(QStringLiteral("pinDigit_") + digit);
            QVERIFY(button);
            QVERIFY2(button->isEnabled(), "the PIN pad is locked");
            QTest::mouseClick(button, Qt::LeftButton);
        }
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("pinEnter")), Qt::LeftButton);
    }

    QString message() const { return child<QLabel>(QStringLiteral("pinMessage"))->text(); }

    void touchTitle(int times)
    {
        auto *title = child(QStringLiteral("municipalityTitle"));
        for (int i = 0; i < times; ++i)
            QTest::mouseClick(title, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        // Few iterations: the format carries the count, and a test should not wait seconds.
        m_hash = StaffPin::hash(kPin, 1000);
    }

    void init()
    {
        m_clock = std::make_unique<FixedClock>(kNow);
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        ShellOptions options;
        options.staffPinHash = m_hash;
        options.staffMaxAttempts = 3;
        options.staffLockout = 300s;
        m_window =
            std::make_unique<MainWindow>(context, QStringLiteral("Río Hondo"), nullptr, options);
        m_window->setStaffStatusProvider([] { return QStringLiteral("Program version: test"); });
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void fourTouchesDoNothingFiveOpenThePinPad()
    {
        touchTitle(4);
        QCOMPARE(m_window->page(), MainWindow::Page::Kiosk);
        touchTitle(1);
        QCOMPARE(m_window->page(), MainWindow::Page::StaffPin);
        QVERIFY(child(QStringLiteral("pinDigit_5"))->isVisible());
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("pinCancel")), Qt::LeftButton);
        QCOMPARE(m_window->page(), MainWindow::Page::Kiosk);
    }

    void aKeyboardShortcutOpensItForATechnician()
    {
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(m_window->page(), MainWindow::Page::StaffPin);
    }

    void theRightPinOpensTheStaffMenu()
    {
        QSignalSpy sync(m_window.get(), &MainWindow::syncNowRequested);
        QSignalSpy exit(m_window.get(), &MainWindow::exitRequested);
        touchTitle(5);
        enterPin(kPin);
        QTRY_COMPARE(m_window->page(), MainWindow::Page::StaffMenu);
        QVERIFY(child<QLabel>(QStringLiteral("staffStatus"))
                    ->text()
                    .contains(QStringLiteral("Program version")));
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("staffSyncNow")), Qt::LeftButton);
        QCOMPARE(sync.count(), 1);
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("staffExit")), Qt::LeftButton);
        QCOMPARE(exit.count(), 1);
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("staffBack")), Qt::LeftButton);
        QCOMPARE(m_window->page(), MainWindow::Page::Kiosk);
        // The way back in asks for the PIN again, with nothing of the last one left.
        touchTitle(5);
        QCOMPARE(child<QLabel>(QStringLiteral("pinDots"))->text(), QString());
    }

    void wrongPinsLockThePadEvenAgainstTheRightOne()
    {
        touchTitle(5);
        enterPin(QStringLiteral("111222"));
        QTRY_VERIFY(child(QStringLiteral("pinDigit_1"))->isEnabled());
        QCOMPARE(m_window->page(), MainWindow::Page::StaffPin);
        enterPin(QStringLiteral("333444"));
        QTRY_VERIFY(child(QStringLiteral("pinDigit_1"))->isEnabled());
        enterPin(QStringLiteral("555666"));
        // Third wrong PIN: locked for five minutes, and the pad says until when.
        const QString until = kNow.addSecs(300).toLocalTime().toString(QStringLiteral("HH:mm"));
        QTRY_VERIFY2(message().contains(until), qPrintable(message()));
        QVERIFY(!child(QStringLiteral("pinDigit_1"))->isEnabled());
        QCOMPARE(m_window->page(), MainWindow::Page::StaffPin);

        // Leaving and coming back does not unlock it.
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("pinCancel")), Qt::LeftButton);
        touchTitle(5);
        QVERIFY(!child(QStringLiteral("pinDigit_1"))->isEnabled());
        // Typed on a keyboard during the lockout, the right PIN still does not open it.
        for (const QChar digit : kPin)
            QTest::keyClick(child(QStringLiteral("pinPad")), digit.toLatin1());
        QTest::keyClick(child(QStringLiteral("pinPad")), Qt::Key_Return);
        QCOMPARE(m_window->page(), MainWindow::Page::StaffPin);

        // Once the lockout is over, the right PIN works.
        m_clock->set(kNow.addSecs(301));
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("pinCancel")), Qt::LeftButton);
        touchTitle(5);
        QTRY_VERIFY(child(QStringLiteral("pinDigit_1"))->isEnabled());
        enterPin(kPin);
        QTRY_COMPARE(m_window->page(), MainWindow::Page::StaffMenu);
    }

    void withoutAPinHashThePadSaysSoAndNeverOpens()
    {
        ViewContext context;
        context.store = &m_demo->store();
        context.clock = m_clock.get();
        m_window = std::make_unique<MainWindow>(context, QString(), nullptr, ShellOptions{});
        m_window->show();
        touchTitle(5);
        QCOMPARE(m_window->page(), MainWindow::Page::StaffPin);
        QVERIFY(!child(QStringLiteral("pinDigit_1"))->isEnabled());
        QVERIFY(!message().isEmpty());
    }
};

QTEST_MAIN(TestStaffAccess)
#include "tst_staffaccess.moc"

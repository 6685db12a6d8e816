#include "kiosklockdown.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QVBoxLayout>
#include <QtTest>

// In kiosk mode nothing a person does with the window may lead out of the kiosk or to
// another person's text.
class TestKioskLockdown : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QMainWindow> m_window;
    QLineEdit *m_edit = nullptr;
    std::unique_ptr<KioskLockdown> m_lockdown;

private slots:
    void init()
    {
        m_window = std::make_unique<QMainWindow>();
        m_edit = new QLineEdit(m_window.get());
        m_window->setCentralWidget(m_edit);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_lockdown = std::make_unique<KioskLockdown>(m_window.get());
        m_lockdown->engage();
    }

    void cleanup()
    {
        m_lockdown.reset();
        m_window.reset();
    }

    void noContextMenuOpens()
    {
        QContextMenuEvent event(QContextMenuEvent::Mouse, m_edit->rect().center(),
                                m_edit->mapToGlobal(m_edit->rect().center()));
        QApplication::sendEvent(m_edit, &event);
        QVERIFY(!QApplication::activePopupWidget());
        QVERIFY(m_lockdown->refusedCount() >= 1);
    }

    void noMiddleClickPasteOfTheLastSelection()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("someone else's words"), QClipboard::Selection);
        clipboard->setText(QStringLiteral("someone else's words"), QClipboard::Clipboard);
        QTest::mouseClick(m_edit, Qt::MiddleButton, {}, m_edit->rect().center());
        QTest::mouseClick(m_edit, Qt::RightButton, {}, m_edit->rect().center());
        QCOMPARE(m_edit->text(), QString());
        QVERIFY(!QApplication::activePopupWidget());
        // The finger's button still works.
        QTest::mouseClick(m_edit, Qt::LeftButton);
        QTest::keyClicks(m_edit, QStringLiteral("ok"));
        QCOMPARE(m_edit->text(), QStringLiteral("ok"));
    }

    void theWindowDoesNotCloseUntilStaffSaySo()
    {
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        m_lockdown->allowExit();
        QVERIFY(m_window->close());
        QVERIFY(!m_window->isVisible());
    }

    void withoutLockdownEverythingIsAsUsual()
    {
        m_lockdown.reset();
        QVERIFY(m_window->close());
    }
};

QTEST_MAIN(TestKioskLockdown)
#include "tst_kiosklockdown.moc"

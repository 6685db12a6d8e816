#include "democache.h"
#include "keyboardpanel.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "section.h"
#include "virtualkeys.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QQuickItem>
#include <QScrollArea>
#include <QtTest>
#include <memory>

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600));

void prepare()
{
    KeyboardPanel::prepareEnvironment();
}
Q_CONSTRUCTOR_FUNCTION(prepare)

} // namespace

// Qt Virtual Keyboard embedded in the window: it opens for a touched text field, types into
// it by touch, follows the language, and keeps out of the way.
class TestOnScreenKeyboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<MainWindow> m_window;

    template<class T = QWidget> T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }

    // The window with the keyboard switched on, not shown yet.
    void createWindow()
    {
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        ShellOptions options;
        options.onScreenKeyboard = true;
        m_window = std::make_unique<MainWindow>(context, QStringLiteral("Río Hondo"),
                                                m_language.get(), options);
    }

    void makeWindow(int width, int height)
    {
        createWindow();
        m_window->resize(width, height);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The keys load in the background once the first frame is painted.
        QTRY_VERIFY2(m_window->keyboard() && m_window->keyboard()->isLoaded(),
                     "Qt Virtual Keyboard's QML modules must be installed");
    }

    void type(const QString &text)
    {
        for (const QChar c : text)
            QVERIFY2(tapVirtualKey(m_window->keyboard(), QString(c)), qPrintable(QString(c)));
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(kNow);
        m_language = std::make_unique<LanguageSwitcher>();
    }

    void init() { m_language->setLanguage(QStringLiteral("es")); }
    void cleanup() { m_window.reset(); }

    void theKeysLoadOnceTheFirstFrameIsPainted()
    {
        createWindow();
        // Loading the keyboard's scene takes longer than all else before the first frame.
        auto *panel = m_window->findChild<KeyboardPanel *>();
        QVERIFY(panel);
        QSignalSpy finished(panel, &KeyboardPanel::loadFinished);
        QCoreApplication::processEvents();
        QVERIFY(!panel->isLoaded());
        QCOMPARE(finished.count(), 0);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(panel->isLoaded());
        QCOMPARE(panel->layoutLocale(), QStringLiteral("es_ES"));
        QCOMPARE(m_window->keyboard(), panel);
    }

    void closedUntilATextFieldIsTouched()
    {
        makeWindow(1280, 800);
        QCOMPARE(m_window->keyboard()->height(), 0);
        m_window->showSection(QStringLiteral("legal"));
        auto *search = child<QLineEdit>(QStringLiteral("legalSearchField"));
        QTest::mouseClick(search, Qt::LeftButton);
        QTRY_VERIFY(m_window->keyboard()->height() > 0);
        QVERIFY(m_window->keyboard()->height() > 200);
        // It sits inside the window, below the content, not in a window of its own.
        QCOMPARE(m_window->keyboard()->window(), m_window.get());
        QVERIFY(m_window->keyboard()->geometry().bottom() <= m_window->height());
    }

    void typesSpanishByTouchAndKeepsTheFocus()
    {
        makeWindow(1280, 800);
        m_window->showSection(QStringLiteral("legal"));
        auto *search = child<QLineEdit>(QStringLiteral("legalSearchField"));
        QTest::mouseClick(search, Qt::LeftButton);
        QTRY_VERIFY(m_window->keyboard()->isSettled());
        QCOMPARE(m_window->keyboard()->layoutLocale(), QStringLiteral("es_ES"));
        type(QStringLiteral("año"));
        QCOMPARE(search->text(), QStringLiteral("año"));
        QCOMPARE(QApplication::focusWidget(), search);
        QVERIFY(m_window->keyboard()->isOpen());
    }

    void followsTheLanguage()
    {
        makeWindow(1280, 800);
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("languageButton")), Qt::LeftButton);
        QTRY_COMPARE(m_window->keyboard()->layoutLocale(), QStringLiteral("en_GB"));
        m_window->showSection(QStringLiteral("legal"));
        auto *search = child<QLineEdit>(QStringLiteral("legalSearchField"));
        QTest::mouseClick(search, Qt::LeftButton);
        QTRY_VERIFY(m_window->keyboard()->isSettled());
        // The English layout has no ñ key.
        QVERIFY(!tapVirtualKey(m_window->keyboard(), QStringLiteral("ñ")));
        type(QStringLiteral("law"));
        QCOMPARE(search->text(), QStringLiteral("law"));
    }

    void aWideScreenGetsAKeyboardThatLeavesTheFormVisible()
    {
        makeWindow(1920, 1080);
        m_window->showSection(QStringLiteral("legal"));
        QTest::mouseClick(child<QLineEdit>(QStringLiteral("legalSearchField")), Qt::LeftButton);
        QTRY_VERIFY(m_window->keyboard()->isSettled());
        QVERIFY2(m_window->keyboard()->height() <= 1080 * 45 / 100,
                 qPrintable(QString::number(m_window->keyboard()->height())));
        QVERIFY(m_window->keyboard()->inputPanel()->width() < 1920);
    }

    void theFieldTypedIntoStaysAboveTheKeyboard()
    {
        makeWindow(1280, 800);
        QVERIFY(m_window->openItem(Collection::Categories, QStringLiteral("alumbrado-publico")));
        auto *description = child<QPlainTextEdit>(QStringLiteral("complaintDescription"));
        QVERIFY(description && description->isVisible());
        // A finger touches what it sees: the field is brought into view first.
        for (QWidget *parent = description->parentWidget(); parent;
             parent = parent->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(parent)) {
                area->ensureWidgetVisible(description);
                break;
            }
        }
        QTest::mouseClick(description->viewport(), Qt::LeftButton, {}, QPoint(30, 20));
        QTRY_VERIFY(m_window->keyboard()->isSettled());
        QTRY_VERIFY(description->mapTo(m_window.get(), QPoint(0, 0)).y() + 40 <
                    m_window->keyboard()->y());
        // The space ends the word: with word prediction on, the keyboard may still be
        // composing it until then (whether it is depends on when its dictionary check ends).
        type(QStringLiteral("luz "));
        QVERIFY(description->toPlainText().contains(QStringLiteral("uz")));
    }

    void leavingTheFormClosesIt()
    {
        makeWindow(1280, 800);
        m_window->showSection(QStringLiteral("legal"));
        QTest::mouseClick(child<QLineEdit>(QStringLiteral("legalSearchField")), Qt::LeftButton);
        QTRY_VERIFY(m_window->keyboard()->isSettled());
        m_window->wipe();
        QTRY_COMPARE(m_window->keyboard()->height(), 0);
        QVERIFY(!m_window->keyboard()->isOpen());
    }

    void personalFieldsKeepNoPredictions()
    {
        makeWindow(1280, 800);
        QVERIFY(m_window->openItem(Collection::Categories, QStringLiteral("alumbrado-publico")));
        for (const QString &name : {QStringLiteral("contactName"), QStringLiteral("contactPhone"),
                                    QStringLiteral("contactEmail")}) {
            auto *field = child<QLineEdit>(name);
            QVERIFY2(field, qPrintable(name));
            QVERIFY(field->inputMethodHints() & Qt::ImhSensitiveData);
            QVERIFY(field->inputMethodHints() & Qt::ImhNoPredictiveText);
        }
    }
};

QTEST_MAIN(TestOnScreenKeyboard)
#include "tst_onscreenkeyboard.moc"

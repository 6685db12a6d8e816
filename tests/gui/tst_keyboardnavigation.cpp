#include "blobstore.h"
#include "democache.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "section.h"
#include "storedblob.h"
#include "testpaths.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>
#include <memory>

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600));
const QString kGazetteWithPdf = QStringLiteral("legal-gaceta-municipal-2026-15");
// More than any screen has controls; a walk that has not come round by then is stuck.
constexpr int kMaxTabs = 600;

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                         QString::fromLatin1(widget->metaObject()->className()));
}

// What a person can act on: what a finger can touch must be reachable by Tab too.
bool isControl(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false; // moved by the arrow keys of the view it belongs to
    if (widget->testAttribute(Qt::WA_TransparentForMouseEvents))
        return false; // a picture (the survey charts), not a control
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly() || text->textInteractionFlags() & Qt::LinksAccessibleByMouse;
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget);
}

// Choices of which one is chosen (a filter, an answer) are one Tab stop, as radio buttons are
// everywhere: Tab reaches the chosen one and the arrow keys move the choice.
bool groupReached(const QWidget *widget, const QSet<QWidget *> &visited)
{
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    const QButtonGroup *group = button ? button->group() : nullptr;
    if (!group || !group->exclusive())
        return false;
    const auto buttons = group->buttons();
    return std::any_of(buttons.begin(), buttons.end(),
                       [&visited](QAbstractButton *member) { return visited.contains(member); });
}

} // namespace

// Everything on the kiosk's screens can be reached and used by someone who brings a keyboard
// (or a switch device that sends Tab and Space) instead of touching.
class TestKeyboardNavigation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<LanguageSwitcher> m_language;
    QTemporaryDir m_blobDir;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<MainWindow> m_window;

    template<class T = QWidget> T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }

    void makeWindow()
    {
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        context.blobs = m_blobs.get();
        m_window = std::make_unique<MainWindow>(context, QStringLiteral("Río Hondo"),
                                                m_language.get(), ShellOptions{});
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    static void press(Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key);
    }

    // Tabs once round the whole window, and returns every widget that held the focus.
    QSet<QWidget *> tabRound()
    {
        QSet<QWidget *> visited;
        auto *start = child(QStringLiteral("nav_home"));
        start->setFocus(Qt::TabFocusReason);
        if (QApplication::focusWidget() != start)
            return visited;
        for (int i = 0; i < kMaxTabs; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            visited.insert(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
            if (QApplication::focusWidget() == start)
                break;
        }
        return visited;
    }

    // Tabs forward until the named widget has the focus.
    bool tabTo(const QString &name)
    {
        for (int i = 0; i < kMaxTabs; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                return false;
            if (focus->objectName() == name)
                return true;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return false;
    }

    void checkEveryControlIsReached()
    {
        const QSet<QWidget *> visited = tabRound();
        QVERIFY2(visited.size() > 5, "the focus did not move with Tab");
        QStringList missed;
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!isControl(widget) || !widget->isVisible() || !widget->isEnabled())
                continue;
            if (!visited.contains(widget) && !groupReached(widget, visited))
                missed << describe(widget);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u'\n')));
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(kNow);
        m_language = std::make_unique<LanguageSwitcher>();
        QVERIFY(m_language->setLanguage(QStringLiteral("es")));

        // The gazette's PDF has arrived, as the sync would have fetched it.
        m_blobs = std::make_unique<BlobStore>(m_blobDir.filePath(QStringLiteral("blobs")));
        QVERIFY(m_blobs->ensureDirectory(nullptr));
        QFile source(TestPaths::demoDir() + QStringLiteral("/legal/") + kGazetteWithPdf +
                     QStringLiteral(".pdf"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray pdf = source.readAll();
        QVERIFY(!storeBlob(*m_blobs, pdf).isEmpty());
    }

    void cleanup() { m_window.reset(); }

    void everyControlOfEverySectionIsReachedWithTab_data()
    {
        QTest::addColumn<QString>("section");
        for (const QString &key : MainWindow::sectionKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

    void everyControlOfEverySectionIsReachedWithTab()
    {
        QFETCH(QString, section);
        makeWindow();
        m_window->showSection(section);
        checkEveryControlIsReached();
    }

    void everyControlOfAnOpenItemIsReachedWithTab_data()
    {
        QTest::addColumn<int>("collection");
        QTest::addColumn<QString>("id");
        QTest::newRow("news item") << int(Collection::News) << QString();
        QTest::newRow("service") << int(Collection::Services) << QString();
        QTest::newRow("event") << int(Collection::Events) << QString();
        QTest::newRow("law") << int(Collection::Legal) << QString();
        QTest::newRow("complaint form")
            << int(Collection::Categories) << QStringLiteral("alumbrado-publico");
        QTest::newRow("survey") << int(Collection::Surveys)
                                << QStringLiteral("encuesta-calidad-servicios-2026");
        QTest::newRow("forum topic")
            << int(Collection::ForumTopics) << QStringLiteral("forum-limpieza-ribera-rio-hondo");
        QTest::newRow("project") << int(Collection::Projects) << QString();
    }

    void everyControlOfAnOpenItemIsReachedWithTab()
    {
        QFETCH(int, collection);
        QFETCH(QString, id);
        makeWindow();
        if (id.isEmpty()) {
            const auto items = m_demo->store().list(Collection(collection));
            QVERIFY(!items.isEmpty());
            id = items.first().id;
        }
        QVERIFY(m_window->openItem(Collection(collection), id));
        QVERIFY(m_window->section(m_window->currentSection())->depth() > 0);
        checkEveryControlIsReached();
    }

    // From the first key to a law on screen and back, without touching: Tab to move, Space to
    // press, typing to search, the arrows to choose, Enter to open.
    void aLawFoundAndReadWithTheKeyboardAlone()
    {
        makeWindow();
        child(QStringLiteral("nav_home"))->setFocus(Qt::TabFocusReason);
        QVERIFY(tabTo(QStringLiteral("nav_legal")));
        press(Qt::Key_Space);
        QCOMPARE(m_window->currentSection(), QStringLiteral("legal"));

        QVERIFY(tabTo(QStringLiteral("legalSearchField")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("agua"));
        press(Qt::Key_Return);
        auto *results = child<QAbstractItemView>(QStringLiteral("legalResults"));
        QTRY_VERIFY(results->isVisible());
        QVERIFY(results->model()->rowCount() > 0);

        QVERIFY(tabTo(QStringLiteral("legalResults")));
        press(Qt::Key_Down);
        QVERIFY(results->currentIndex().isValid());
        press(Qt::Key_Return);
        QCOMPARE(m_window->section(QStringLiteral("legal"))->depth(), 1);

        QVERIFY(tabTo(QStringLiteral("backButton")));
        press(Qt::Key_Space);
        QCOMPARE(m_window->section(QStringLiteral("legal"))->depth(), 0);
    }

    // The gazette's PDF opened, paged and zoomed with Tab and Space.
    void aPdfReadWithTheKeyboardAlone()
    {
        makeWindow();
        QVERIFY(m_window->openItem(Collection::Legal, kGazetteWithPdf));
        child(QStringLiteral("nav_home"))->setFocus(Qt::TabFocusReason);
        QVERIFY(tabTo(QStringLiteral("legalOpenPdf")));
        press(Qt::Key_Space);
        QCOMPARE(m_window->section(QStringLiteral("legal"))->depth(), 2);
        checkEveryControlIsReached();

        auto *page = child<QLabel>(QStringLiteral("legalPdfPage"));
        const QString first = page->text();
        QVERIFY(tabTo(QStringLiteral("legalPdfNext")));
        press(Qt::Key_Space);
        QVERIFY(page->text() != first);
        QVERIFY(tabTo(QStringLiteral("backButton")));
        press(Qt::Key_Space);
        QCOMPARE(m_window->section(QStringLiteral("legal"))->depth(), 1);
    }

    // The ring marks where keys put the focus, not the last button a finger touched.
    void theRingFollowsKeysNotFingers()
    {
        makeWindow();
        m_window->showSection(QStringLiteral("legal"));
        auto *chip = child<QAbstractButton>(QStringLiteral("legalTypeFilter_ley"));
        QVERIFY(chip && chip->isVisible());
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(chip->hasFocus());
        QVERIFY(!chip->property("keyboardFocus").toBool());

        press(Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next != chip);
        QVERIFY(!chip->property("keyboardFocus").toBool());
        auto *button = qobject_cast<QAbstractButton *>(next);
        if (!button) {
            QVERIFY(tabTo(QStringLiteral("nav_home")));
            button = child<QAbstractButton>(QStringLiteral("nav_home"));
        }
        QVERIFY(button->property("keyboardFocus").toBool());
        press(Qt::Key_Tab);
        QVERIFY(!button->property("keyboardFocus").toBool());
    }

    // A news item opened from the list with Enter, and the language changed with Space.
    void newsOpenedAndLanguageChangedWithTheKeyboardAlone()
    {
        makeWindow();
        child(QStringLiteral("nav_home"))->setFocus(Qt::TabFocusReason);
        QVERIFY(tabTo(QStringLiteral("nav_news")));
        press(Qt::Key_Space);
        QCOMPARE(m_window->currentSection(), QStringLiteral("news"));
        QVERIFY(tabTo(QStringLiteral("newsList")));
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QCOMPARE(m_window->section(QStringLiteral("news"))->depth(), 1);

        QVERIFY(tabTo(QStringLiteral("languageButton")));
        press(Qt::Key_Space);
        QCoreApplication::processEvents(); // the translator posts LanguageChange
        QCOMPARE(m_language->language(), QStringLiteral("en"));
        QCOMPARE(m_window->section(QStringLiteral("news"))->depth(), 1);
        QCOMPARE(child<QAbstractButton>(QStringLiteral("nav_news"))->text(),
                 QStringLiteral("News"));
    }
};

QTEST_MAIN(TestKeyboardNavigation)
#include "tst_keyboardnavigation.moc"

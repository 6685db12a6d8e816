#include "democache.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "section.h"

#include <QAbstractButton>
#include <QLabel>
#include <QtTest>
#include <memory>

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(-5 * 3600));

// Every text the window shows right now, by widget.
QHash<QString, QString> visibleTexts(const QWidget *window)
{
    QHash<QString, QString> texts;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->objectName().isEmpty())
            texts.insert(label->objectName(), label->text());
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->objectName().isEmpty())
            texts.insert(button->objectName(), button->text());
    }
    return texts;
}

} // namespace

// One touch switches the whole kiosk between Spanish and English, in place: the person stays
// where they were, and every word of the program changes.
class TestLanguageSwitch : public QObject
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

    void makeWindow(const ShellOptions &options = {})
    {
        ViewContext context;
        context.store = &m_demo->store();
        context.cacheDb = &m_demo->database();
        context.clock = m_clock.get();
        m_window = std::make_unique<MainWindow>(context, QStringLiteral("Río Hondo"),
                                                m_language.get(), options);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void touchLanguage()
    {
        auto *button = child<QAbstractButton>(QStringLiteral("languageButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        // The translator posts LanguageChange to the windows; let them have it.
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoCache>();
        QVERIFY2(m_demo->open(), qPrintable(m_demo->error()));
        m_clock = std::make_unique<FixedClock>(kNow);
        m_language = std::make_unique<LanguageSwitcher>();
    }

    void init() { QVERIFY(m_language->setLanguage(QStringLiteral("es"))); }
    void cleanup() { m_window.reset(); }

    void spanishFirstThenEnglishWithOneTouch()
    {
        makeWindow();
        QCOMPARE(child<QAbstractButton>(QStringLiteral("nav_news"))->text(),
                 QStringLiteral("Noticias"));
        QCOMPARE(child<QAbstractButton>(QStringLiteral("languageButton"))->text(),
                 QStringLiteral("English"));
        touchLanguage();
        QCOMPARE(m_language->language(), QStringLiteral("en"));
        QCOMPARE(child<QAbstractButton>(QStringLiteral("nav_news"))->text(),
                 QStringLiteral("News"));
        QCOMPARE(child<QAbstractButton>(QStringLiteral("languageButton"))->text(),
                 QStringLiteral("Español"));
        touchLanguage();
        QCOMPARE(child<QAbstractButton>(QStringLiteral("nav_news"))->text(),
                 QStringLiteral("Noticias"));
    }

    void everyScreenChangesInPlace_data()
    {
        QTest::addColumn<int>("collection");
        QTest::addColumn<QString>("section");
        QTest::newRow("news item") << int(Collection::News) << QStringLiteral("news");
        QTest::newRow("service") << int(Collection::Services) << QStringLiteral("services");
        QTest::newRow("event") << int(Collection::Events) << QStringLiteral("noticeboard");
        QTest::newRow("law") << int(Collection::Legal) << QStringLiteral("legal");
        QTest::newRow("complaint") << int(Collection::Categories) << QStringLiteral("participate");
        QTest::newRow("project") << int(Collection::Projects) << QStringLiteral("municipality");
    }

    void everyScreenChangesInPlace()
    {
        QFETCH(int, collection);
        QFETCH(QString, section);
        makeWindow();
        const auto items = m_demo->store().list(Collection(collection));
        QVERIFY(!items.isEmpty());
        QVERIFY(m_window->openItem(Collection(collection), items.first().id));
        const int depth = m_window->section(section)->depth();
        QVERIFY(depth > 0);
        const QHash<QString, QString> spanish = visibleTexts(m_window.get());

        touchLanguage();

        // Still where the person was.
        QCOMPARE(m_window->currentSection(), section);
        QCOMPARE(m_window->section(section)->depth(), depth);
        // The program's own words changed: the navigation, Back and the section's name at
        // least, and nothing went blank.
        const QHash<QString, QString> english = visibleTexts(m_window.get());
        int changed = 0;
        for (auto it = spanish.cbegin(); it != spanish.cend(); ++it) {
            if (!english.contains(it.key()))
                continue;
            if (!it.value().isEmpty())
                QVERIFY2(!english.value(it.key()).isEmpty(), qPrintable(it.key()));
            if (english.value(it.key()) != it.value())
                ++changed;
        }
        QVERIFY2(changed >= 8, qPrintable(QString::number(changed)));
        QCOMPARE(child<QLabel>(QStringLiteral("sectionTitle"))->text(),
                 child<QAbstractButton>(QStringLiteral("nav_") + section)->text());
        QCOMPARE(child<QAbstractButton>(QStringLiteral("backButton"))->text(),
                 QStringLiteral("Back"));
    }

    void oneLanguageOnlyMeansNoButton()
    {
        ShellOptions options;
        options.languages = {QStringLiteral("es")};
        makeWindow(options);
        QVERIFY(!child(QStringLiteral("languageButton"))->isVisible());
    }

    void theIdleWipeBringsTheDefaultLanguageBack()
    {
        makeWindow();
        touchLanguage();
        QCOMPARE(m_language->language(), QStringLiteral("en"));
        m_window->wipe();
        QCOMPARE(m_language->language(), QStringLiteral("es"));
        QCoreApplication::processEvents();
        QCOMPARE(child<QAbstractButton>(QStringLiteral("nav_news"))->text(),
                 QStringLiteral("Noticias"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"

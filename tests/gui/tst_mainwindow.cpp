#include "clock.h"
#include "contentcache.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "section.h"
#include "serverprocess.h"
#include "sqldatabase.h"
#include "syncservice.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

// The kiosk window, synced on its sync thread from the real server, driven by its objectNames.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<ContentCache> m_cache;
    ContentStore *m_store = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncService> m_sync;
    LanguageSwitcher m_language;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        QString error;
        m_cache = std::make_unique<ContentCache>(m_dir.path());
        QVERIFY2(m_cache->open(&error), qPrintable(error));
        m_store = &m_cache->store();
        QVERIFY(m_language.setLanguage(QStringLiteral("es")));
        ViewContext context;
        context.store = m_store;
        context.cacheDb = &m_cache->database();
        context.clock = &m_clock;
        m_window = std::make_unique<MainWindow>(context, QStringLiteral("Río Hondo"), &m_language);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        m_window.reset();
    }

    void startsAtHomeWithEverySectionInReach()
    {
        QCOMPARE(m_window->currentSection(), QStringLiteral("home"));
        for (const QString &key : MainWindow::sectionKeys()) {
            auto *button = m_window->findChild<QToolButton *>(QStringLiteral("nav_") + key);
            QVERIFY2(button && button->isVisible(), qPrintable(key));
            // At least 9 mm on a 21.5" full-HD screen (0.248 mm a pixel) is 37 pixels.
            QVERIFY2(button->height() >= 37 && button->width() >= 37, qPrintable(key));
        }
        QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("backButton"))->isVisible());
        QVERIFY2(m_window->freshnessText().contains(QStringLiteral("Descargando")),
                 qPrintable(m_window->freshnessText()));
    }

    void onlyHomeIsBuiltBeforeAnotherSectionIsTouched()
    {
        // The first frame waits for Home alone; the other seven are built on first touch.
        QVERIFY(m_window->isSectionBuilt(QStringLiteral("home")));
        for (const QString &key : MainWindow::sectionKeys().mid(1))
            QVERIFY2(!m_window->isSectionBuilt(key), qPrintable(key));
        QCOMPARE(m_window->findChildren<Section *>().size(), 1);
        // Content arriving refreshes what is built and builds nothing more.
        m_window->onContentChanged();
        QTRY_VERIFY(!m_window->findChild<QTimer *>(QStringLiteral("sectionRefresh"))->isActive());
        QCOMPARE(m_window->findChildren<Section *>().size(), 1);
        QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("nav_legal")),
                          Qt::LeftButton);
        QVERIFY(m_window->isSectionBuilt(QStringLiteral("legal")));
        QCOMPARE(m_window->currentSection(), QStringLiteral("legal"));
        QVERIFY(m_window->section(QStringLiteral("legal"))->isVisible());
        QCOMPARE(m_window->findChildren<Section *>().size(), 2);
        m_window->showSection(QStringLiteral("home"));
    }

    void navigationIsInSpanish()
    {
        const QStringList expected{
            QStringLiteral("Inicio"),      QStringLiteral("Noticias"),
            QStringLiteral("Servicios"),   QStringLiteral("Tablón de anuncios"),
            QStringLiteral("Legislación"), QStringLiteral("Participar"),
            QStringLiteral("Mi trámite"),  QStringLiteral("Municipio")};
        for (int i = 0; i < expected.size(); ++i) {
            auto *button = m_window->findChild<QToolButton *>(QStringLiteral("nav_") +
                                                              MainWindow::sectionKeys().at(i));
            QCOMPARE(button->text(), expected.at(i));
        }
    }

    void touchingASectionShowsItAndBackLeadsHome()
    {
        for (const QString &key : MainWindow::sectionKeys()) {
            auto *button = m_window->findChild<QToolButton *>(QStringLiteral("nav_") + key);
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(m_window->currentSection(), key);
            QVERIFY(m_window->section(key)->isVisible());
            QVERIFY(button->isChecked());
        }
        auto *back = m_window->findChild<QPushButton *>(QStringLiteral("backButton"));
        QVERIFY(back->isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(m_window->currentSection(), QStringLiteral("home"));
        QVERIFY(!back->isVisible());
    }

    void syncFromTheRealServerFillsTheSections()
    {
        SyncWorker::Options options;
        options.api = {m_server.baseUrl(), m_server.token(), std::chrono::seconds(20)};
        options.dataDir = m_dir.path();
        m_sync = std::make_unique<SyncService>(options);
        connect(m_sync.get(), &SyncService::contentChanged, m_window.get(),
                &MainWindow::onCollectionsChanged);
        connect(m_sync.get(), &SyncService::syncFinished, m_window.get(),
                &MainWindow::onSyncFinished);
        QSignalSpy finished(m_sync.get(), &SyncService::syncFinished);
        m_sync->start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(0).value<SyncReport>().ok);
        QVERIFY(m_store->count(Collection::News) > 0);
        QVERIFY2(m_window->freshnessText().contains(QStringLiteral("Actualizado")),
                 qPrintable(m_window->freshnessText()));
    }

    void onlyTheSectionOnScreenRefreshes()
    {
        // News was last shown before the sync; the sync's refreshes left it alone (a large
        // municipality's lists are costly) and marked it stale, until it is shown again.
        QCOMPARE(m_window->currentSection(), QStringLiteral("home"));
        auto *list = m_window->findChild<QAbstractItemView *>(QStringLiteral("newsList"));
        QVERIFY(list);
        QTRY_VERIFY(
            !m_window->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^homeNews_")))
                 .isEmpty());
        QCOMPARE(list->model()->rowCount(), 0);
        QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("nav_news")),
                          Qt::LeftButton);
        QCOMPARE(list->model()->rowCount(), m_store->count(Collection::News));
        m_window->resetAll();
    }

    void aHighlightOnHomeOpensInItsSectionAndBackWalksHome()
    {
        m_window->resetAll();
        // The window repaints once the sync's burst of pages is over.
        QTRY_VERIFY(
            !m_window->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^homeNews_")))
                 .isEmpty());
        QPushButton *card =
            m_window->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^homeNews_")))
                .first();
        const QString id = card->objectName().section(QLatin1Char('_'), 1);
        QTest::mouseClick(card, Qt::LeftButton);
        QCOMPARE(m_window->currentSection(), QStringLiteral("news"));
        QCOMPARE(m_window->section(QStringLiteral("news"))->depth(), 1);
        auto *reader = m_window->findChild<QTextBrowser *>(QStringLiteral("newsReader"));
        QVERIFY(reader->isVisible());
        QVERIFY(reader->toPlainText().startsWith(m_store->item(Collection::News, id)->title));

        auto *back = m_window->findChild<QPushButton *>(QStringLiteral("backButton"));
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(m_window->currentSection(), QStringLiteral("news"));
        QCOMPARE(m_window->section(QStringLiteral("news"))->depth(), 0);
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(m_window->currentSection(), QStringLiteral("home"));
    }

    void saysOfflineWhenSyncFailsAndKeepsTheContent()
    {
        SyncReport failed;
        failed.ok = false;
        failed.error = QStringLiteral("connection refused");
        m_window->onSyncFinished(failed);
        QVERIFY2(m_window->freshnessText().startsWith(QStringLiteral("Sin conexión · Actualizado")),
                 qPrintable(m_window->freshnessText()));
        QVERIFY(!m_window->freshnessText().contains(QStringLiteral("refused")));
        auto *badge = m_window->findChild<QLabel *>(QStringLiteral("freshnessBadge"));
        QVERIFY(badge->property("offline").toBool());

        SyncReport ok;
        ok.ok = true;
        m_window->onSyncFinished(ok);
        QVERIFY(m_window->freshnessText().startsWith(QStringLiteral("Actualizado")));
        QVERIFY(!badge->property("offline").toBool());
    }

    void theLanguageButtonRetranslatesInPlace()
    {
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("languageButton"));
        auto *news = m_window->findChild<QToolButton *>(QStringLiteral("nav_news"));
        QCOMPARE(button->text(), QStringLiteral("English"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_language.language(), QStringLiteral("en"));
        // Qt delivers the language change to each window as a posted event.
        QTRY_COMPARE(news->text(), QStringLiteral("News"));
        QCOMPARE(button->text(), QStringLiteral("Español"));
        QVERIFY(m_window->freshnessText().startsWith(QStringLiteral("Updated")));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(news->text(), QStringLiteral("Noticias"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

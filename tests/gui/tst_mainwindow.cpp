#include "clock.h"
#include "contentcache.h"
#include "contentlistmodel.h"
#include "contentpage.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "safetextbrowser.h"
#include "serverprocess.h"
#include "sqldatabase.h"
#include "syncservice.h"

#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
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
        m_window = std::make_unique<MainWindow>(*m_store, m_clock, QStringLiteral("Río Hondo"));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        m_window.reset();
    }

    void showsAWaitingMessageBeforeTheFirstSync()
    {
        auto *empty = m_window->findChild<QWidget *>(QStringLiteral("newsEmpty"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY2(m_window->freshnessText().contains(QStringLiteral("Descargando")),
                 qPrintable(m_window->freshnessText()));
    }

    void syncFillsTheFourSections()
    {
        SyncWorker::Options options;
        options.api = {m_server.baseUrl(), m_server.token(), std::chrono::seconds(20)};
        options.dataDir = m_dir.path();
        m_sync = std::make_unique<SyncService>(options);
        connect(m_sync.get(), &SyncService::contentChanged, m_window.get(),
                &MainWindow::onContentChanged);
        connect(m_sync.get(), &SyncService::syncFinished, m_window.get(),
                &MainWindow::onSyncFinished);
        QSignalSpy finished(m_sync.get(), &SyncService::syncFinished);
        m_sync->start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(0).value<SyncReport>().ok);

        for (const char *name : {"newsList", "servicesList", "eventsList", "legalList"}) {
            auto *list = m_window->findChild<QListView *>(QLatin1String(name));
            QVERIFY2(list, name);
            QTRY_VERIFY2(list->model()->rowCount() > 0, name);
        }
        QCOMPARE(m_window->page(Collection::News)->model()->rowCount(),
                 m_store->count(Collection::News));
        QCOMPARE(m_window->page(Collection::Services)->model()->rowCount(),
                 m_store->count(Collection::Services));
        QCOMPARE(m_window->page(Collection::Events)->model()->rowCount(),
                 m_store->count(Collection::Events));
        QCOMPARE(m_window->page(Collection::Legal)->model()->rowCount(),
                 m_store->count(Collection::Legal));
        QVERIFY2(m_window->freshnessText().contains(QStringLiteral("Actualizado")),
                 qPrintable(m_window->freshnessText()));
    }

    void tabsAreInSpanish()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("sections"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Noticias"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Servicios"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Tablón de anuncios"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Legislación"));
    }

    void touchingAnItemShowsIt_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("news") << 0 << QStringLiteral("news");
        QTest::newRow("services") << 1 << QStringLiteral("services");
        QTest::newRow("noticeboard") << 2 << QStringLiteral("events");
        QTest::newRow("legal") << 3 << QStringLiteral("legal");
    }

    void touchingAnItemShowsIt()
    {
        QFETCH(int, tab);
        QFETCH(QString, prefix);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("sections"));
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
        QCOMPARE(tabs->currentIndex(), tab);

        auto *list = m_window->findChild<QListView *>(prefix + QStringLiteral("List"));
        auto *detail = m_window->findChild<SafeTextBrowser *>(prefix + QStringLiteral("Detail"));
        QVERIFY(list && detail);
        QVERIFY(list->isVisible());
        // The first item is shown without a touch.
        const QString firstTitle = list->model()->index(0, 0).data().toString();
        QVERIFY(detail->toPlainText().startsWith(firstTitle));

        const QModelIndex second = list->model()->index(1, 0);
        const QString title = second.data().toString();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
        QCOMPARE(list->currentIndex(), second);
        QVERIFY2(detail->toPlainText().startsWith(title),
                 qPrintable(detail->toPlainText().left(200)));
        QCOMPARE(detail->resourceRequests(), 0);
    }

    void newestNewsComesFirst()
    {
        ContentListModel *model = m_window->page(Collection::News)->model();
        const QString first = model->index(0)
                                  .data(ContentListModel::DataRole)
                                  .toJsonObject()
                                  .value(QStringLiteral("published_at"))
                                  .toString();
        const QString last = model->index(model->rowCount() - 1)
                                 .data(ContentListModel::DataRole)
                                 .toJsonObject()
                                 .value(QStringLiteral("published_at"))
                                 .toString();
        QVERIFY(QDateTime::fromString(first, Qt::ISODate) >
                QDateTime::fromString(last, Qt::ISODate));
    }

    void saysOfflineWhenSyncFailsAndKeepsTheContent()
    {
        const int news = m_window->page(Collection::News)->model()->rowCount();
        SyncReport failed;
        failed.ok = false;
        failed.error = QStringLiteral("connection refused");
        m_window->onSyncFinished(failed);
        QVERIFY2(m_window->freshnessText().startsWith(QStringLiteral("Sin conexión · Actualizado")),
                 qPrintable(m_window->freshnessText()));
        QVERIFY(!m_window->freshnessText().contains(QStringLiteral("refused")));
        auto *badge = m_window->findChild<QLabel *>(QStringLiteral("freshnessBadge"));
        QVERIFY(badge->property("offline").toBool());
        QCOMPARE(m_window->page(Collection::News)->model()->rowCount(), news);

        SyncReport ok;
        ok.ok = true;
        m_window->onSyncFinished(ok);
        QVERIFY(m_window->freshnessText().startsWith(QStringLiteral("Actualizado")));
        QVERIFY(!badge->property("offline").toBool());
    }

    void switchingLanguageRetranslatesInPlace()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("sections"));
        // Qt delivers the language change to each window as a posted event.
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("News"));
        QVERIFY(m_window->freshnessText().startsWith(QStringLiteral("Updated")));
        QVERIFY(m_language.setLanguage(QStringLiteral("es")));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Noticias"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

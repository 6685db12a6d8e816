#include "apiclient.h"
#include "clock.h"
#include "contentcache.h"
#include "demoloader.h"
#include "serverprocess.h"
#include "serverstore.h"
#include "sqldatabase.h"
#include "syncengine.h"
#include "testpaths.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// A kiosk cache synced over HTTP from the real municipal-server on loopback.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QMap<Collection, int> m_demoCounts;
    int m_demoTotal = 0;

    struct Kiosk
    {
        ContentCache cache;
        ContentStore *store = &cache.store();
        SqlDatabase &db = cache.database();
        QNetworkAccessManager network;
        std::unique_ptr<ApiClient> api;
        SystemClock clock;
        std::unique_ptr<SyncEngine> engine;

        Kiosk(const QString &dataDir, const QUrl &url, const QByteArray &token, int pageLimit)
            : cache(dataDir)
        {
            QString error;
            if (!cache.open(&error))
                qFatal("cannot open cache: %s", qPrintable(error));
            api = std::make_unique<ApiClient>(
                &network, ApiClient::Options{url, token, std::chrono::seconds(20)});
            engine = std::make_unique<SyncEngine>(*api, cache, clock, pageLimit);
        }

        SyncReport sync(std::chrono::seconds wait = std::chrono::seconds(0))
        {
            QSignalSpy finished(engine.get(), &SyncEngine::finished);
            engine->start(wait);
            if (!finished.wait(60000))
                qFatal("sync did not finish");
            return finished.at(0).at(0).value<SyncReport>();
        }
    };

    QString cachePath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        QList<ServerStore::Publication> demo;
        QString error;
        QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&demo, &error), qPrintable(error));
        for (const auto &item : std::as_const(demo))
            ++m_demoCounts[item.collection];
        m_demoTotal = int(demo.size());
    }

    void fullSyncBringsEveryItemPageByPage()
    {
        Kiosk kiosk(cachePath("full"), m_server.baseUrl(), m_server.token(), 7);
        QSignalSpy applied(kiosk.engine.get(), &SyncEngine::pageApplied);
        const SyncReport report = kiosk.sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, m_demoTotal);
        QCOMPARE(report.pages, (m_demoTotal + 6) / 7);
        // Each page names the collections it changed, each once: together, all of the demo's.
        QCOMPARE(applied.size(), report.pages);
        QSet<Collection> named;
        for (const QList<QVariant> &signal : std::as_const(applied)) {
            const auto collections = signal.at(1).value<QList<Collection>>();
            QVERIFY(!collections.isEmpty() && collections.size() <= 7);
            QCOMPARE(QSet<Collection>(collections.cbegin(), collections.cend()).size(),
                     collections.size());
            named.unite(QSet<Collection>(collections.cbegin(), collections.cend()));
        }
        QCOMPARE(named.size(), m_demoCounts.size());
        QCOMPARE(report.rejected, 0);
        QVERIFY(report.bytes > 0);
        for (auto it = m_demoCounts.cbegin(); it != m_demoCounts.cend(); ++it)
            QCOMPARE(kiosk.store->count(it.key()), it.value());
        QVERIFY(kiosk.store->lastSyncAt().isValid());
        QSqlQuery check(kiosk.db.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

        // The Spanish text arrives intact.
        const auto legal = kiosk.store->list(Collection::Legal);
        QVERIFY(!legal.isEmpty());
        const auto document = kiosk.store->item(Collection::Legal, legal.first().id);
        QVERIFY(document->data.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("año")));

        // Nothing new: one request answered 304 with no body, same cursor.
        const qint64 cursor = kiosk.store->cursor();
        const SyncReport idle = kiosk.sync();
        QVERIFY2(idle.ok, qPrintable(idle.logLine()));
        QVERIFY(idle.notModified);
        QCOMPARE(idle.pages, 0);
        QCOMPARE(idle.changes, 0);
        QCOMPARE(idle.bytes, 0);
        QCOMPARE(kiosk.store->cursor(), cursor);
    }

    void aRateLimitedFullSyncPausesAndFinishesInOnePass()
    {
        // A server that lets a token make three requests at once and then ten a second: a
        // full sync of many pages meets 429 with Retry-After, pauses, and goes on.
        ServerProcess strict;
        QVERIFY(strict.prepare());
        QFile config(strict.configPath());
        QVERIFY(config.open(QIODevice::Append));
        QVERIFY(config.write("[limits]\nrequests_per_minute=600\nrequest_burst=3\n") > 0);
        config.close();
        QVERIFY2(strict.start(), qPrintable(strict.log()));

        Kiosk kiosk(cachePath("rate-limited"), strict.baseUrl(), strict.token(), 10);
        const SyncReport report = kiosk.sync();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.pages, (m_demoTotal + 9) / 10);
        for (auto it = m_demoCounts.cbegin(); it != m_demoCounts.cend(); ++it)
            QCOMPARE(kiosk.store->count(it.key()), it.value());
        QVERIFY2(strict.log().contains(QStringLiteral(" 429 ")), qPrintable(strict.log()));
    }

    void theFeedTravelsCompressed()
    {
        Kiosk kiosk(cachePath("gzip"), m_server.baseUrl(), m_server.token(), 500);
        const SyncReport report = kiosk.sync();
        QVERIFY(report.ok);
        qint64 jsonBytes = 0;
        QSqlQuery sizes(kiosk.db.connection());
        QVERIFY(sizes.exec(QStringLiteral("SELECT sum(length(CAST(data AS BLOB))) FROM items")) &&
                sizes.next());
        jsonBytes = sizes.value(0).toLongLong();
        QVERIFY2(report.bytes * 2 < jsonBytes,
                 qPrintable(QStringLiteral("%1 bytes on the wire for %2 bytes of items")
                                .arg(report.bytes)
                                .arg(jsonBytes)));
    }

    void aLongPollBringsWhatIsPublishedWhileItWaits()
    {
        Kiosk kiosk(cachePath("longpoll"), m_server.baseUrl(), m_server.token(), 500);
        QVERIFY(kiosk.sync().ok);
        QSignalSpy finished(kiosk.engine.get(), &SyncEngine::finished);
        kiosk.engine->start(std::chrono::seconds(60));

        ServerStore editor;
        QString error;
        QVERIFY2(editor.open(m_server.databasePath(), &error), qPrintable(error));
        const auto services = kiosk.store->list(Collection::Services);
        QJsonObject service = kiosk.store->item(Collection::Services, services.last().id)->data;
        service[QStringLiteral("waiting_minutes")] = 45;
        QVERIFY(editor.publish({{Collection::Services, services.last().id, service}}, &error));

        QVERIFY(finished.wait(60000));
        const SyncReport report = finished.at(0).at(0).value<SyncReport>();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QVERIFY(report.longPoll);
        QCOMPARE(report.changes, 1);
        QCOMPARE(kiosk.store->item(Collection::Services, services.last().id)
                     ->data.value(QStringLiteral("waiting_minutes"))
                     .toInt(),
                 45);
    }

    void followsWhatEditorsPublishAndWithdraw()
    {
        Kiosk kiosk(cachePath("follow"), m_server.baseUrl(), m_server.token(), 500);
        QVERIFY(kiosk.sync().ok);
        const auto services = kiosk.store->list(Collection::Services);
        const auto news = kiosk.store->list(Collection::News);
        QVERIFY(!services.isEmpty() && !news.isEmpty());

        // An editor changes a service's status and withdraws a news item, on the server's store.
        ServerStore editor;
        QString error;
        QVERIFY2(editor.open(m_server.databasePath(), &error), qPrintable(error));
        QJsonObject service = kiosk.store->item(Collection::Services, services.first().id)->data;
        service[QStringLiteral("status")] = QStringLiteral("unavailable");
        service[QStringLiteral("status_note")] = QStringLiteral("Sin fluido eléctrico");
        QVERIFY2(editor.publish({{Collection::Services, services.first().id, service}}, &error),
                 qPrintable(error));
        QVERIFY2(editor.withdraw(Collection::News, news.first().id, &error), qPrintable(error));

        const SyncReport report = kiosk.sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 2);
        const auto changed = kiosk.store->item(Collection::Services, services.first().id);
        QCOMPARE(changed->data.value(QStringLiteral("status")).toString(),
                 QStringLiteral("unavailable"));
        QVERIFY(!kiosk.store->item(Collection::News, news.first().id));
        QCOMPARE(kiosk.store->count(Collection::News), news.size() - 1);
    }

    void anUnknownTokenIsRefusedAndChangesNothing()
    {
        Kiosk kiosk(cachePath("token"), m_server.baseUrl(), "not-a-token", 500);
        const SyncReport report = kiosk.sync();
        QVERIFY(!report.ok);
        QVERIFY(report.unauthorized);
        QVERIFY2(report.error.contains(QStringLiteral("401")), qPrintable(report.error));
        QCOMPARE(kiosk.store->cursor(), 0);
        QVERIFY(!kiosk.store->lastSyncAt().isValid());
    }

    void aRevokedTokenIsRefused()
    {
        const QByteArray token = m_server.issueToken(QStringLiteral("kiosk-to-revoke"));
        QVERIFY(!token.isEmpty());
        Kiosk kiosk(cachePath("revoked"), m_server.baseUrl(), token, 500);
        QVERIFY(kiosk.sync().ok);
        const int news = kiosk.store->count(Collection::News);
        QVERIFY(news > 0);
        QVERIFY(m_server.runCommand({QStringLiteral("token"), QStringLiteral("revoke"),
                                     QStringLiteral("kiosk-to-revoke")}));
        const SyncReport report = kiosk.sync();
        QVERIFY(report.unauthorized);
        QCOMPARE(kiosk.store->count(Collection::News), news);
    }

    void aCursorTheServerNoLongerKeepsRebuildsTheCache()
    {
        Kiosk kiosk(cachePath("resync"), m_server.baseUrl(), m_server.token(), 10);
        QVERIFY(kiosk.sync().ok);
        const QString firstGeneration = kiosk.cache.path();
        // What the screen reads: a second connection, as the kiosk's UI has.
        ContentCache screen(cachePath("resync"));
        QString error;
        QVERIFY(screen.open(&error));

        // An editor withdraws an event; much later IT compacts the feed, forgetting the
        // withdrawal. A kiosk that never saw it cannot catch up change by change.
        const auto events = kiosk.store->list(Collection::Events);
        const QString withdrawn = events.first().id;
        ServerStore editor;
        QVERIFY(editor.open(m_server.databasePath(), &error));
        QVERIFY(editor.withdraw(Collection::Events, withdrawn, &error));
        QVERIFY(m_server.runCommand(
            {QStringLiteral("compact"), QStringLiteral("--days"), QStringLiteral("0")}));
        QVERIFY(editor.floor() > kiosk.store->cursor());

        const SyncReport report = kiosk.sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QVERIFY(report.resynced);
        QVERIFY(kiosk.cache.path() != firstGeneration);
        QVERIFY(!kiosk.store->item(Collection::Events, withdrawn));
        QCOMPARE(kiosk.store->count(Collection::Events), events.size() - 1);
        QCOMPARE(kiosk.store->cursor(), std::max(editor.latestSeq(), editor.floor()));
        QSqlQuery check(kiosk.db.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

        // The screen showed the old content throughout, and moves when told to.
        QCOMPARE(screen.path(), firstGeneration);
        QVERIFY(screen.store().item(Collection::Events, withdrawn));
        QVERIFY(screen.followCurrent(&error));
        QVERIFY(!screen.store().item(Collection::Events, withdrawn));
        screen.files().removeStale();
        QVERIFY(!QFile::exists(firstGeneration));

        // And the rebuilt cache carries on incrementally.
        const SyncReport after = kiosk.sync();
        QVERIFY2(after.ok && !after.resynced, qPrintable(after.logLine()));
    }

    void keepsTheLastGoodContentWhenTheServerIsGone()
    {
        Kiosk kiosk(cachePath("gone"), m_server.baseUrl(), m_server.token(), 500);
        QVERIFY(kiosk.sync().ok);
        const int before = kiosk.store->count(Collection::Legal);
        const qint64 cursor = kiosk.store->cursor();
        const QDateTime lastSync = kiosk.store->lastSyncAt();

        m_server.stop();
        const SyncReport report = kiosk.sync();
        QVERIFY(!report.ok);
        QVERIFY(!report.unauthorized);
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(kiosk.store->count(Collection::Legal), before);
        QCOMPARE(kiosk.store->cursor(), cursor);
        QCOMPARE(kiosk.store->lastSyncAt(), lastSync);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"

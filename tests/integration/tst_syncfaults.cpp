#include "apiclient.h"
#include "clock.h"
#include "contentcache.h"
#include "demoloader.h"
#include "feedstate.h"
#include "serverprocess.h"
#include "serverstore.h"
#include "sqldatabase.h"
#include "syncengine.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>
#include <sqlite3.h>

namespace {

// Counts the cache's row writes through an SQL function that TEMP triggers call before each
// one, and makes the target-th write fail (the trigger then raises 'injected fault').
struct FaultInjector
{
    int calls = 0;
    int target = 0;           // the write that fails, counting from 1; 0: none
    QStringList writes;       // what each write was, e.g. "items INSERT news/news-2026-0001"
    int commits = 0;          // transactions committed on the connection
    QList<int> commitsBefore; // for each write, how many had committed before it
};

int countCommit(void *injector)
{
    ++static_cast<FaultInjector *>(injector)->commits;
    return 0; // let it commit
}

void injectFault(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    auto *injector = static_cast<FaultInjector *>(sqlite3_user_data(context));
    QStringList what;
    for (int i = 0; i < argc; ++i) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        what.append(text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
    }
    ++injector->calls;
    injector->writes.append(what.join(QLatin1Char(' ')));
    injector->commitsBefore.append(injector->commits);
    sqlite3_result_int(context, injector->calls == injector->target ? 1 : 0);
}

// BEFORE triggers on every table of the cache. TEMP: they live on the one connection they
// were created on and never reach the cache file, so no other connection (the checks below,
// a later kiosk) needs inject_fault().
QString faultTriggers()
{
    struct Table
    {
        const char *name;
        const char *key; // what names the row, with %1 for NEW or OLD
    };
    const Table tables[] = {{"items", "%1.collection || '/' || %1.id"},
                            {"sync_state", "%1.key"},
                            {"rejected_changes", "%1.seq"}};
    QString sql;
    for (const Table &table : tables) {
        for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
            const QString row = QString::fromLatin1(table.key).arg(
                qstrcmp(op, "DELETE") == 0 ? QLatin1String("OLD") : QLatin1String("NEW"));
            sql += QStringLiteral("CREATE TEMP TRIGGER inject_%1_%2 BEFORE %2 ON main.%1 BEGIN "
                                  "SELECT RAISE(ABORT, 'injected fault') "
                                  "WHERE inject_fault('%1', '%2', %3); END;\n")
                       .arg(QLatin1String(table.name), QLatin1String(op), row);
        }
    }
    return sql;
}

// A kiosk's cache, client and sync engine in this process, with the fault injector on the
// engine's connection.
struct Kiosk
{
    FaultInjector injector; // outlives the connection that calls it
    ContentCache cache;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> api;
    SystemClock clock;
    std::unique_ptr<SyncEngine> engine;
    QString error; // why the kiosk could not be set up

    Kiosk(const QString &dataDir, const QUrl &url, const QByteArray &token, int pageLimit)
        : cache(dataDir)
    {
        if (!cache.open(&error))
            return;
        sqlite3 *db = cache.database().handle();
        if (!db) {
            error = QStringLiteral("no SQLite handle");
            return;
        }
        const int rc = sqlite3_create_function(db, "inject_fault", 3, SQLITE_UTF8, &injector,
                                               injectFault, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            error = QString::fromUtf8(sqlite3_errstr(rc));
            return;
        }
        sqlite3_commit_hook(db, countCommit, &injector);
        if (!cache.database().execScript(faultTriggers(), &error))
            return;
        injector.commits = 0;
        api = std::make_unique<ApiClient>(&network,
                                          ApiClient::Options{url, token, std::chrono::seconds(20)});
        engine = std::make_unique<SyncEngine>(*api, cache, clock, pageLimit);
    }

    std::optional<SyncReport> sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        engine->start();
        if (!finished.wait(60000))
            return std::nullopt;
        return finished.at(0).at(0).value<SyncReport>();
    }

    bool inTransaction() { return sqlite3_get_autocommit(cache.database().handle()) == 0; }
};

// What a cache file holds, read through a connection of its own: only what was committed.
struct Snapshot
{
    QString integrity;
    qint64 cursor = -1;
    QList<FeedState::Item> items;
    QList<qint64> rejected;
    QStringList state; // sync_state but last_sync_at
    int triggers = -1; // triggers stored in the file
    QString error;

    static Snapshot of(const QString &dataDir)
    {
        Snapshot snapshot;
        ContentCache cache(dataDir);
        if (!cache.open(&snapshot.error))
            return snapshot;
        const QSqlDatabase db = cache.database().connection();
        snapshot.integrity = FeedState::integrity(db);
        snapshot.cursor = cache.store().cursor();
        snapshot.items = FeedState::readItems(db, &snapshot.error);
        snapshot.rejected = FeedState::readRejected(db, &snapshot.error);
        snapshot.state = FeedState::readSyncState(db, {QStringLiteral("last_sync_at")});
        QSqlQuery triggers(db);
        if (triggers.exec(
                QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")) &&
            triggers.next())
            snapshot.triggers = triggers.value(0).toInt();
        return snapshot;
    }
};

} // namespace

// "Fail the i-th database write of a sync, for every i": each failure must end the pass
// cleanly with the cache at the last page it finished, and the next pass must reach exactly
// the state of a sync that never failed.
class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    static constexpr int kPageLimit = 10;

    ServerProcess m_server;
    QTemporaryDir m_dir;
    QList<FeedState::Change> m_feed;
    qint64 m_latest = 0;
    qint64 m_malformedSeq = 0;  // a change the kiosk must reject (and record)
    QStringList m_writes;       // the writes of a clean full sync, in order
    QList<int> m_commitsBefore; // and how many transactions it had committed before each
    Snapshot m_clean;           // the cache after it
    QElapsedTimer m_elapsed;
    int m_failedRows = 0;

    // The cursor after `pages` whole pages of a traversal from 0.
    qint64 cursorAfterPages(qsizetype pages) const
    {
        if (pages == 0)
            return 0;
        return m_feed.at(std::min(pages * kPageLimit, m_feed.size()) - 1).seq;
    }

    // Problems of a cache that stopped at its cursor: empty when it holds exactly the
    // server's state there.
    QStringList problemsAtCursor(const Snapshot &cache) const
    {
        QStringList problems;
        if (!cache.error.isEmpty())
            problems << QStringLiteral("cannot read the cache: %1").arg(cache.error);
        if (cache.integrity != QLatin1String("ok"))
            problems << QStringLiteral("integrity_check: %1").arg(cache.integrity);
        const QSet<qint64> rejected{m_malformedSeq};
        const QString difference = FeedState::difference(
            cache.items, FeedState::expectedAt(m_feed, cache.cursor, rejected));
        if (!difference.isEmpty())
            problems << QStringLiteral("at cursor %1: %2").arg(cache.cursor).arg(difference);
        const QList<qint64> expectedRejected =
            m_malformedSeq <= cache.cursor ? QList<qint64>{m_malformedSeq} : QList<qint64>{};
        if (cache.rejected != expectedRejected)
            problems << QStringLiteral("rejected_changes holds %1 rows at cursor %2")
                            .arg(cache.rejected.size())
                            .arg(cache.cursor);
        if (cache.triggers != 0)
            problems << QStringLiteral("%1 triggers in the cache file").arg(cache.triggers);
        return problems;
    }

private slots:
    void initTestCase()
    {
        m_elapsed.start();
        QVERIFY(m_dir.isValid());
        m_server.allowManyRequests();
        QVERIFY2(m_server.start(), qPrintable(m_server.log())); // with the demo content

        // Beyond the demo: a change this kiosk cannot accept (as from a newer server),
        // published items moved behind it (gaps in seq) and withdrawals (tombstones).
        {
            ServerStore editor;
            QString error;
            QVERIFY2(editor.open(m_server.databasePath(), &error), qPrintable(error));
            QSqlQuery malformed(editor.database().connection());
            QVERIFY(malformed.exec(QStringLiteral(
                "INSERT INTO changes (collection, id, op, data, committed_at) VALUES ('news', "
                "'news-malformed', 'put', '{\"body\":\"Sin título\",\"category\":\"gobierno\","
                "\"published_at\":\"2026-01-05T09:00:00-05:00\"}', '2026-01-05T14:00:00.000Z')")));
            m_malformedSeq = malformed.lastInsertId().toLongLong();
            QVERIFY(m_malformedSeq > 0);
            QList<ServerStore::Publication> demo;
            QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&demo, &error), qPrintable(error));
            QList<ServerStore::Publication> again;
            for (qsizetype i = 0; i < demo.size(); i += demo.size() / 12) {
                ServerStore::Publication item = demo.at(i);
                item.data[QStringLiteral("revision")] = 2;
                again.append(item);
            }
            QVERIFY2(editor.publish(again, &error), qPrintable(error));
            QVERIFY2(editor.withdraw(demo.at(1).collection, demo.at(1).id, &error),
                     qPrintable(error));
            QVERIFY2(editor.withdraw(demo.last().collection, demo.last().id, &error),
                     qPrintable(error));
            m_feed = FeedState::readFeed(editor.database().connection(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            m_latest = editor.latestSeq();
        }
        QVERIFY(m_feed.size() > 5 * kPageLimit);
        QVERIFY(m_malformedSeq < m_latest);

        // A clean full sync, counting its writes.
        const QString dir = m_dir.filePath(QStringLiteral("clean"));
        {
            Kiosk kiosk(dir, m_server.baseUrl(), m_server.token(), kPageLimit);
            QVERIFY2(kiosk.error.isEmpty(), qPrintable(kiosk.error));
            const auto report = kiosk.sync();
            QVERIFY(report);
            QVERIFY2(report->ok, qPrintable(report->logLine()));
            QCOMPARE(report->rejected, 1);
            QVERIFY(!kiosk.inTransaction());
            m_writes = kiosk.injector.writes;
            m_commitsBefore = kiosk.injector.commitsBefore;
            QCOMPARE(kiosk.injector.calls, m_writes.size());
            // One transaction per page, then the end of the pass (ETag, time of the sync).
            const int pageCommits =
                m_commitsBefore.value(m_writes.indexOf(QStringLiteral("sync_state DELETE fresh")));
            QVERIFY2(pageCommits == report->pages,
                     qPrintable(QStringLiteral("%1 pages were written in %2 transactions")
                                    .arg(report->pages)
                                    .arg(pageCommits)));
        }
        m_clean = Snapshot::of(dir);
        const QStringList problems = problemsAtCursor(m_clean);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(m_clean.cursor, m_latest);
        QVERIFY(!m_clean.items.isEmpty());
        // Every kind of write the sync makes was seen: items, the cursor, the rejection.
        for (const QString &kind :
             {QStringLiteral("items INSERT "), QStringLiteral("sync_state UPDATE cursor"),
              QStringLiteral("rejected_changes INSERT ")})
            QVERIFY2(!m_writes.filter(kind).isEmpty(), qPrintable(kind));
        qInfo("feed: %lld changes up to seq %lld, %lld items, pages of %d; a clean full sync "
              "makes %lld writes, so %lld faults are injected",
              qint64(m_feed.size()), m_latest, qint64(m_clean.items.size()), kPageLimit,
              qint64(m_writes.size()), qint64(m_writes.size()));
    }

    void aFailedWriteEndsThePassCleanly_data()
    {
        QTest::addColumn<int>("write");
        for (int write = 1; write <= m_writes.size(); ++write)
            QTest::addRow("write %d of %d: %s", write, int(m_writes.size()),
                          qPrintable(m_writes.at(write - 1)))
                << write;
    }

    void aFailedWriteEndsThePassCleanly()
    {
        QFETCH(int, write);
        const QString what = m_writes.at(write - 1);
        const QString dir = m_dir.filePath(QStringLiteral("fault-%1").arg(write));
        QStringList problems;
        const auto expect = [&problems](bool condition, const QString &problem) {
            if (!condition)
                problems << problem;
        };
        {
            Kiosk kiosk(dir, m_server.baseUrl(), m_server.token(), kPageLimit);
            QVERIFY2(kiosk.error.isEmpty(), qPrintable(kiosk.error));
            kiosk.injector.target = write;
            const auto report = kiosk.sync();
            QVERIFY(report);
            expect(kiosk.injector.calls >= write, QStringLiteral("the fault was never reached"));
            expect(!report->ok, QStringLiteral("the sync reported success although write %1 (%2) "
                                               "failed: %3")
                                    .arg(write)
                                    .arg(what, report->logLine()));
            expect(report->error.contains(QLatin1String("injected fault")),
                   QStringLiteral("the error does not name the fault: '%1'").arg(report->error));
            expect(kiosk.injector.writes == m_writes.mid(0, write),
                   QStringLiteral("the pass wrote on after the failed write: %1")
                       .arg(kiosk.injector.writes.mid(write).join(QStringLiteral(", "))));
            expect(!kiosk.inTransaction(), QStringLiteral("a transaction was left open"));

            const Snapshot failed = Snapshot::of(dir);
            problems << problemsAtCursor(failed);
            // The pages committed before the fault are kept, the one it hit is not.
            const qint64 expectedCursor = cursorAfterPages(m_commitsBefore.at(write - 1));
            expect(failed.cursor == expectedCursor,
                   QStringLiteral("the cache stopped at cursor %1, the last page finished "
                                  "before the fault ends at %2")
                       .arg(failed.cursor)
                       .arg(expectedCursor));
            expect(report->cursor == failed.cursor,
                   QStringLiteral("the report says cursor %1, the cache holds %2")
                       .arg(report->cursor)
                       .arg(failed.cursor));

            // The next pass, with nothing failing, ends as a clean sync does.
            kiosk.injector.target = 0;
            const auto recovery = kiosk.sync();
            QVERIFY(recovery);
            expect(recovery->ok,
                   QStringLiteral("the next pass failed: %1").arg(recovery->logLine()));
            const Snapshot after = Snapshot::of(dir);
            expect(after.integrity == QLatin1String("ok"),
                   QStringLiteral("after the next pass, integrity_check: %1").arg(after.integrity));
            expect(after.cursor == m_clean.cursor,
                   QStringLiteral("after the next pass the cursor is %1, a clean sync's is %2")
                       .arg(after.cursor)
                       .arg(m_clean.cursor));
            const QString difference = FeedState::difference(after.items, m_clean.items);
            expect(difference.isEmpty(),
                   QStringLiteral("after the next pass, unlike a clean sync: %1").arg(difference));
            expect(after.rejected == m_clean.rejected,
                   QStringLiteral("after the next pass rejected_changes differs"));
            expect(after.state == m_clean.state,
                   QStringLiteral("after the next pass sync_state is {%1}, a clean sync's {%2}")
                       .arg(after.state.join(QStringLiteral(", ")),
                            m_clean.state.join(QStringLiteral(", "))));
        }
        QDir(dir).removeRecursively();
        if (!problems.isEmpty())
            ++m_failedRows;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        qInfo("%lld faults injected, %d did not end cleanly; %lld ms in all",
              qint64(m_writes.size()), m_failedRows, m_elapsed.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"

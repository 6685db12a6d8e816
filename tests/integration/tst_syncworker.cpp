#include "scriptedhttpserver.h"
#include "syncworker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

// The sync thread's schedule: long poll after each pass, and plain polling when the server (or
// a proxy in front of it) answers long polls at once.
class TestSyncWorker : public QObject
{
    Q_OBJECT

private slots:
    void fallsBackToPollingWhenLongPollsAreAnsweredAtOnce()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        for (int i = 0; i < 12; ++i)
            server.enqueue(ScriptedHttpServer::Reply::json(
                200, "{\"since\":0,\"next\":0,\"more\":false,\"changes\":[]}"));
        QTemporaryDir dir;
        SyncWorker::Options options;
        options.api = {server.baseUrl(), "token", 5s};
        options.dataDir = dir.path();
        options.blobDir = dir.filePath(QStringLiteral("blobs"));
        options.interval = 300ms;
        options.longPollWait = 30s;
        SyncWorker worker(options);
        QSignalSpy passes(&worker, &SyncWorker::syncFinished);
        worker.initialise();

        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 6, 20000);
        const auto waits = [&](int index) {
            return server.requests().at(index).query().hasQueryItem(QStringLiteral("wait"));
        };
        QVERIFY(!waits(0)); // the first pass asks at once
        QVERIFY(waits(1));  // then long polls...
        QVERIFY(waits(2));
        QVERIFY(waits(3));
        QVERIFY(!waits(4)); // ...until three came back at once: plain polling from then on
        QVERIFY(!waits(5));
        QCOMPARE(server.requests().at(1).query().queryItemValue(QStringLiteral("wait")),
                 QStringLiteral("30"));
        QVERIFY(passes.size() >= 5);
    }

    void longPollsFollowEachOtherWhileTheServerHoldsThem()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedHttpServer::Reply::json(
            200, "{\"since\":0,\"next\":0,\"more\":false,\"changes\":[]}"));
        // A server that holds the long poll for a while (a second stands for a minute here).
        for (int i = 0; i < 4; ++i)
            server.enqueue(ScriptedHttpServer::Reply::json(
                               200, "{\"since\":0,\"next\":0,\"more\":false,\"changes\":[]}")
                               .delayed(1200ms));
        QTemporaryDir dir;
        SyncWorker::Options options;
        options.api = {server.baseUrl(), "token", 5s};
        options.dataDir = dir.path();
        options.blobDir = dir.filePath(QStringLiteral("blobs"));
        options.interval = 60s; // were it polling, nothing would come for a minute
        options.longPollWait = 2s;
        SyncWorker worker(options);
        worker.initialise();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 4, 20000);
        for (int i = 1; i < 4; ++i)
            QVERIFY(server.requests().at(i).query().hasQueryItem(QStringLiteral("wait")));
    }
};

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "tst_syncworker.moc"

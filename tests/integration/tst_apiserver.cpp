#include "apiserver.h"
#include "blobdirectory.h"
#include "devicetokens.h"
#include "gzip.h"
#include "rawhttpclient.h"
#include "serverstore.h"
#include "submissionstore.h"
#include "testserverdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// The server's HTTP behaviour, in process so a test can see when a request is parked.
class TestApiServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServerDatabase m_database{m_dir.path()};
    ServerStore m_store;
    std::unique_ptr<DeviceTokens> m_tokens;
    std::unique_ptr<BlobDirectory> m_blobs;
    std::unique_ptr<SubmissionStore> m_submissions;
    std::unique_ptr<ApiServer> m_server;
    quint16 m_port = 0;
    QByteArray m_auth;
    int m_published = 0;

    QList<QPair<QByteArray, QByteArray>> auth(QList<QPair<QByteArray, QByteArray>> more = {}) const
    {
        more.prepend({QByteArrayLiteral("Authorization"), m_auth});
        return more;
    }

    void publish(const QString &title)
    {
        QString error;
        QVERIFY2(m_store.publish({{Collection::Projects, QStringLiteral("p%1").arg(++m_published),
                                   QJsonObject{{QStringLiteral("title"), title},
                                               {QStringLiteral("progress"), 10}}}},
                                 &error),
                 qPrintable(error));
    }

    static QJsonObject json(const RawHttpClient::Response &response)
    {
        return QJsonDocument::fromJson(response.body).object();
    }

    static QByteArray gunzip(const QByteArray &data)
    {
        InflateError error = InflateError::None;
        return gzipDecompress(data, 64 * 1024 * 1024, &error).value_or(QByteArray());
    }

    QByteArray changesPath(qint64 since, const QByteArray &extra = {}) const
    {
        return "/api/v1/changes?since=" + QByteArray::number(since) + extra;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(m_database.location(), &error), qPrintable(error));
        m_tokens = std::make_unique<DeviceTokens>(m_store.database());
        m_auth = "Bearer " + m_tokens->issue(QStringLiteral("kiosk-test"), &error);
        m_blobs = std::make_unique<BlobDirectory>(m_dir.filePath(QStringLiteral("blobs")));
        m_submissions = std::make_unique<SubmissionStore>(m_store);
        // Hundreds of long polls from one token: the rate limit has its own test.
        ServerSettings settings;
        settings.requestsPerMinute = 1000000;
        settings.requestBurst = 1000000;
        m_server =
            std::make_unique<ApiServer>(m_store, *m_tokens, *m_blobs, *m_submissions, settings);
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        for (int i = 0; i < 30; ++i)
            publish(QStringLiteral("Proyecto número %1 con un título bastante largo").arg(i));
    }

    void everyErrorIsJson_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no token") << QByteArray("/api/v1/changes") << false << 401
                                  << "unauthorized";
        QTest::newRow("bad since")
            << QByteArray("/api/v1/changes?since=abc") << true << 400 << "bad_request";
        QTest::newRow("negative since")
            << QByteArray("/api/v1/changes?since=-1") << true << 400 << "bad_request";
        QTest::newRow("zero limit")
            << QByteArray("/api/v1/changes?limit=0") << true << 400 << "bad_request";
        QTest::newRow("bad wait") << QByteArray("/api/v1/changes?wait=soon") << true << 400
                                  << "bad_request";
        QTest::newRow("unknown path")
            << QByteArray("/api/v1/nothing") << true << 404 << "not_found";
    }

    void everyErrorIsJson()
    {
        QFETCH(QByteArray, path);
        QFETCH(bool, withToken);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto response =
            RawHttpClient::get(m_port, path, withToken ? auth() : decltype(auth()){});
        QCOMPARE(response.status, status);
        QCOMPARE(json(response).value(QStringLiteral("error")).toString(), code);
        QVERIFY(!json(response).value(QStringLiteral("message")).toString().isEmpty());
    }

    void aWrongTokenIsRefused()
    {
        const auto response = RawHttpClient::get(
            m_port, "/api/v1/changes", {{QByteArrayLiteral("Authorization"), "Bearer forged"}});
        QCOMPARE(response.status, 401);
    }

    void compressesWhenAskedAndWorthIt()
    {
        const auto plain = RawHttpClient::get(m_port, changesPath(0), auth());
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("Content-Encoding").isEmpty());
        QVERIFY(plain.body.size() > 1024);

        const auto compressed = RawHttpClient::get(
            m_port, changesPath(0), auth({{QByteArrayLiteral("Accept-Encoding"), "gzip"}}));
        QCOMPARE(compressed.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(compressed.body.size() < plain.body.size() / 2);
        QCOMPARE(gunzip(compressed.body), plain.body);

        // Small answers are not worth compressing.
        const auto small =
            RawHttpClient::get(m_port, changesPath(0, "&limit=1"),
                               auth({{QByteArrayLiteral("Accept-Encoding"), "gzip"}}));
        QVERIFY(small.body.size() < 1024);
        QVERIFY(small.header("Content-Encoding").isEmpty());
    }

    void fullPagesMayBeCachedTheLastMustBeRevalidated()
    {
        const auto full = RawHttpClient::get(m_port, changesPath(0, "&limit=5"), auth());
        QVERIFY(json(full).value(QStringLiteral("more")).toBool());
        QVERIFY(full.header("Cache-Control").contains("public"));
        const auto last = RawHttpClient::get(m_port, changesPath(0), auth());
        QVERIFY(!json(last).value(QStringLiteral("more")).toBool());
        QCOMPARE(last.header("Cache-Control"), QByteArray("no-cache"));
    }

    void answersNotModifiedWhileNothingChanges()
    {
        const auto first = RawHttpClient::get(m_port, changesPath(0), auth());
        const QByteArray etag = first.header("ETag");
        QVERIFY(!etag.isEmpty());
        const qint64 head = json(first).value(QStringLiteral("next")).toInteger();
        const auto again = RawHttpClient::get(m_port, changesPath(head),
                                              auth({{QByteArrayLiteral("If-None-Match"), etag}}));
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());

        publish(QStringLiteral("Nuevo"));
        const auto changed = RawHttpClient::get(m_port, changesPath(head),
                                                auth({{QByteArrayLiteral("If-None-Match"), etag}}));
        QCOMPARE(changed.status, 200);
        QCOMPARE(json(changed).value(QStringLiteral("changes")).toArray().size(), 1);
        QVERIFY(changed.header("ETag") != etag);
    }

    void aProxyCanAskWhetherATokenIsValid()
    {
        const auto valid = RawHttpClient::get(m_port, "/api/v1/token", auth());
        QCOMPARE(valid.status, 204);
        QVERIFY(valid.body.isEmpty());
        QVERIFY(valid.header("Content-Length").isEmpty());
        QCOMPARE(RawHttpClient::get(m_port, "/api/v1/token", {}).status, 401);
        QString error;
        const QByteArray token = m_tokens->issue(QStringLiteral("kiosk-retired"), &error);
        const QList<QPair<QByteArray, QByteArray>> retired{
            {QByteArrayLiteral("Authorization"), "Bearer " + token}};
        QCOMPARE(RawHttpClient::get(m_port, "/api/v1/token", retired).status, 204);
        QVERIFY2(m_tokens->revoke(QStringLiteral("kiosk-retired"), &error), qPrintable(error));
        QCOMPARE(RawHttpClient::get(m_port, "/api/v1/token", retired).status, 401);
    }

    void aLongPollIsAnsweredWhenSomethingIsPublished()
    {
        const qint64 head = m_store.latestSeq();
        RawHttpClient waiting(m_port);
        waiting.send(changesPath(head, "&wait=60"), auth());
        QTRY_COMPARE(m_server->waitingKiosks(), 1);
        QVERIFY(!waiting.hasResponse());

        publish(QStringLiteral("Estado actualizado"));
        QTRY_VERIFY(waiting.hasResponse());
        QCOMPARE(waiting.response().status, 200);
        const QJsonArray changes =
            json(waiting.response()).value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0)[QStringLiteral("seq")].toInteger(), head + 1);
        QCOMPARE(m_server->waitingKiosks(), 0);
    }

    void aLongPollWakesForAChangeCommittedByAnotherProcess()
    {
        // Another server process behind the same load balancer, or the admin command: a
        // connection of its own to the same store.
        ServerStore other;
        QString error;
        QVERIFY2(other.open(m_database.location(), &error), qPrintable(error));
        QCOMPARE(m_server->wakesOnNotifications(), m_database.isPostgreSql());
        // On PostgreSQL, a server that would look at the feed only once an hour: only the
        // database's notification can wake its long poll within this test.
        const auto interval = m_database.isPostgreSql() ? std::chrono::milliseconds(3600000)
                                                        : std::chrono::milliseconds(250);
        ServerStore own; // a process of its own: its own connection, its own LISTEN
        QVERIFY2(own.open(m_database.location(), &error), qPrintable(error));
        DeviceTokens tokens(own.database());
        SubmissionStore submissions(own);
        const ServerSettings settings;
        ApiServer notified(own, tokens, *m_blobs, submissions, settings, interval);
        QCOMPARE(notified.wakesOnNotifications(), m_database.isPostgreSql());
        const quint16 port = notified.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        const qint64 head = m_store.latestSeq();
        RawHttpClient waiting(port);
        waiting.send(changesPath(head, "&wait=60"), auth());
        QTRY_COMPARE(notified.waitingKiosks(), 1);

        QVERIFY2(other.publish({{Collection::Projects, QStringLiteral("de-otro-proceso"),
                                 QJsonObject{{QStringLiteral("title"), QStringLiteral("Acera")},
                                             {QStringLiteral("progress"), 40}}}},
                               &error),
                 qPrintable(error));
        QTRY_VERIFY(waiting.hasResponse());
        QCOMPARE(waiting.response().status, 200);
        const QJsonArray changes =
            json(waiting.response()).value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0)[QStringLiteral("id")].toString(), QStringLiteral("de-otro-proceso"));
    }

    void aLongPollWithNothingNewEndsEmptyWhenItsTimeIsUp()
    {
        const qint64 head = m_store.latestSeq();
        RawHttpClient waiting(m_port);
        waiting.send(changesPath(head, "&wait=1"), auth());
        QTRY_VERIFY_WITH_TIMEOUT(waiting.hasResponse(), 10000);
        QCOMPARE(waiting.response().status, 200);
        QCOMPARE(json(waiting.response()).value(QStringLiteral("changes")).toArray().size(), 0);
        QCOMPARE(json(waiting.response()).value(QStringLiteral("next")).toInteger(), head);
    }

    void servesBlobsWholeOrFromWhereTheKioskStopped()
    {
        QByteArray data;
        for (int i = 0; i < 5000; ++i)
            data += char(i * 7 % 251);
        QFile source(m_dir.filePath(QStringLiteral("gaceta.pdf")));
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write(data);
        source.close();
        QString error;
        const auto sha = m_blobs->add(source.fileName(), &error);
        QVERIFY2(sha, qPrintable(error));
        const QByteArray path = "/api/v1/blobs/" + sha->toLatin1();

        const auto whole = RawHttpClient::get(m_port, path, auth());
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, data);
        QVERIFY(whole.header("Cache-Control").contains("immutable"));
        QCOMPARE(whole.header("Accept-Ranges"), QByteArray("bytes"));

        const auto rest = RawHttpClient::get(m_port, path, auth({{"Range", "bytes=4000-"}}));
        QCOMPARE(rest.status, 206);
        QCOMPARE(rest.header("Content-Range"), QByteArray("bytes 4000-4999/5000"));
        QCOMPARE(rest.body, data.mid(4000));

        const auto middle = RawHttpClient::get(m_port, path, auth({{"Range", "bytes=10-19"}}));
        QCOMPARE(middle.status, 206);
        QCOMPARE(middle.body, data.mid(10, 10));

        const auto beyond = RawHttpClient::get(m_port, path, auth({{"Range", "bytes=5000-"}}));
        QCOMPARE(beyond.status, 416);
        QCOMPARE(beyond.header("Content-Range"), QByteArray("bytes */5000"));

        const auto missing =
            RawHttpClient::get(m_port, "/api/v1/blobs/" + QByteArray(64, 'a'), auth());
        QCOMPARE(missing.status, 404);
        QCOMPARE(json(missing).value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_found"));
        const auto sneaky = RawHttpClient::get(m_port, "/api/v1/blobs/..%2Fs.sqlite", auth());
        QCOMPARE(sneaky.status, 404);
        QCOMPARE(RawHttpClient::get(m_port, path).status, 401);
    }

    void hundredsOfKiosksWaitOnOneThread()
    {
        const qint64 head = m_store.latestSeq();
        std::vector<std::unique_ptr<RawHttpClient>> kiosks;
        for (int i = 0; i < 200; ++i) {
            kiosks.push_back(std::make_unique<RawHttpClient>(m_port));
            kiosks.back()->send(changesPath(head, "&wait=60"), auth());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->waitingKiosks(), 200, 20000);
        // One kiosk leaves before the answer; the server must not write to its socket.
        kiosks.front()->disconnect();

        publish(QStringLiteral("Para todos"));
        for (std::size_t i = 1; i < kiosks.size(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(kiosks[i]->hasResponse(), 20000);
            QCOMPARE(kiosks[i]->response().status, 200);
            QCOMPARE(json(kiosks[i]->response()).value(QStringLiteral("changes")).toArray().size(),
                     1);
        }
        QTRY_COMPARE(m_server->waitingKiosks(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"

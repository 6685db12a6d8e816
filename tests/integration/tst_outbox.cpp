#include "apiclient.h"
#include "clock.h"
#include "droppingproxy.h"
#include "outboxstore.h"
#include "outboxuploader.h"
#include "scriptedhttpserver.h"
#include "serverprocess.h"
#include "serverstore.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

// The kiosk's outbox against the real server on loopback, and against scripted answers for
// each row of the retry table.
class TestOutbox : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    int m_outboxes = 0;

    struct Kiosk
    {
        OutboxStore outbox;
        QNetworkAccessManager network;
        ApiClient api;
        SystemClock clock;
        OutboxUploader uploader;

        Kiosk(const QString &path, const QUrl &url, const QByteArray &token)
            : api(&network, {url, token, std::chrono::seconds(2)})
            , uploader(api, outbox, clock)
        {
            QString error;
            if (!outbox.open(path, &error))
                qFatal("%s", qPrintable(error));
        }

        OutboxUploader::Report drain()
        {
            QSignalSpy finished(&uploader, &OutboxUploader::finished);
            uploader.drain();
            if (finished.isEmpty() && !finished.wait(30000))
                qFatal("the upload did not finish");
            return finished.at(0).at(0).value<OutboxUploader::Report>();
        }

        qint64 complain(const QString &name)
        {
            QString error;
            const auto item = outbox.enqueue(
                QStringLiteral("complaint"), QStringLiteral("es"),
                {{QStringLiteral("category"), QStringLiteral("alumbrado-publico")},
                 {QStringLiteral("description"), QStringLiteral("Tres luminarias apagadas")},
                 {QStringLiteral("attributes"),
                  QJsonObject{{QStringLiteral("tipo_averia"), QStringLiteral("apagada")}}},
                 {QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), name}}},
                 {QStringLiteral("consent"), true}},
                QDateTime::currentDateTimeUtc(), QStringLiteral("alumbrado-publico"), &error);
            if (!item)
                qFatal("%s", qPrintable(error));
            return item->localId;
        }
    };

    QString outboxPath()
    {
        return m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_outboxes));
    }

    int serverSubmissions()
    {
        ServerStore store;
        QString error;
        if (!store.open(m_server.databasePath(), &error))
            qFatal("%s", qPrintable(error));
        QSqlQuery query(store.database().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM submissions"));
        return query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.log())); }

    void anAcceptedComplaintGetsItsReferenceAndLosesItsPersonalData()
    {
        Kiosk kiosk(outboxPath(), m_server.baseUrl(), m_server.token());
        const qint64 id = kiosk.complain(QStringLiteral("Zoila Quintana"));
        const int before = serverSubmissions();
        const auto report = kiosk.drain();
        QCOMPARE(report.sent, 1);
        const auto item = kiosk.outbox.item(id);
        QCOMPARE(item->state, OutboxStore::State::Sent);
        QVERIFY2(QRegularExpression(QStringLiteral("^MUN-\\d{4}-\\d{6}$"))
                     .match(item->reference)
                     .hasMatch(),
                 qPrintable(item->reference));
        QCOMPARE(item->status, QStringLiteral("received"));
        QVERIFY(item->body.isEmpty());
        QCOMPARE(serverSubmissions(), before + 1);
    }

    void theAnswerTheMunicipalityGivesReachesKiosks()
    {
        Kiosk kiosk(outboxPath(), m_server.baseUrl(), m_server.token());
        const qint64 id = kiosk.complain(QStringLiteral("Rosa"));
        QCOMPARE(kiosk.drain().sent, 1);
        const QString reference = kiosk.outbox.item(id)->reference;

        QVERIFY(
            m_server.runCommand({QStringLiteral("admin"), QStringLiteral("submission"), reference,
                                 QStringLiteral("answered"), QStringLiteral("--note"),
                                 QStringLiteral("Reparado el sábado")}));
        // Anyone with the reference can ask the server...
        QNetworkRequest request(QUrl(m_server.baseUrl().toString() +
                                     QStringLiteral("/api/v1/submissions/") + reference));
        request.setRawHeader("Authorization", "Bearer " + m_server.token());
        QNetworkReply *reply = kiosk.network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QJsonObject status = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
        QCOMPARE(status.value(QStringLiteral("note")).toString(),
                 QStringLiteral("Reparado el sábado"));
        QVERIFY(!status.contains(QStringLiteral("payload")));
        QVERIFY(!QJsonDocument(status).toJson().contains("Rosa"));

        // ...and every kiosk gets it through the change feed, without the personal data.
        ServerStore store;
        QString error;
        QVERIFY(store.open(m_server.databasePath(), &error));
        const auto published = store.item(Collection::Statuses, reference);
        QVERIFY(published);
        QCOMPARE(published->value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
        QVERIFY(!QJsonDocument(*published).toJson().contains("Rosa"));
    }

    void aLostAnswerIsReplayedAndStoredOnce()
    {
        DroppingProxy proxy(m_server.baseUrl().port());
        QVERIFY(proxy.listen());
        QUrl url = m_server.baseUrl();
        url.setPort(proxy.port());
        Kiosk kiosk(outboxPath(), url, m_server.token());
        const qint64 id = kiosk.complain(QStringLiteral("Pedro"));
        const int before = serverSubmissions();

        // Qt itself sends a request again when its connection drops before any answer; lose
        // every answer until it gives up, so that the outbox's own retry is what recovers.
        proxy.dropNextAnswers(10);
        const auto lost = kiosk.drain();
        QVERIFY(proxy.dropped() >= 1);
        QCOMPARE(lost.retried, 1);
        proxy.dropNextAnswers(0);
        QCOMPARE(kiosk.outbox.item(id)->state, OutboxStore::State::Pending);
        QCOMPARE(serverSubmissions(), before + 1); // the server did take it

        kiosk.outbox.retryAllNow(QDateTime::currentDateTimeUtc());
        const auto replay = kiosk.drain();
        QCOMPARE(replay.sent, 1);
        QCOMPARE(kiosk.outbox.item(id)->state, OutboxStore::State::Sent);
        QCOMPARE(serverSubmissions(), before + 1); // and stored it once
    }

    void theServerRefusesWhatIsWrongAndTheItemIsKept()
    {
        Kiosk kiosk(outboxPath(), m_server.baseUrl(), m_server.token());
        QString error;
        const auto item =
            kiosk.outbox.enqueue(QStringLiteral("complaint"), QStringLiteral("es"),
                                 {{QStringLiteral("category"), QStringLiteral("no-such-category")},
                                  {QStringLiteral("description"), QStringLiteral("x")}},
                                 QDateTime::currentDateTimeUtc(), {}, &error);
        const auto report = kiosk.drain();
        QCOMPARE(report.rejected, 1);
        const auto kept = kiosk.outbox.item(item->localId);
        QCOMPARE(kept->state, OutboxStore::State::Rejected);
        QVERIFY2(kept->lastError.contains(QStringLiteral("no complaint category")),
                 qPrintable(kept->lastError));
        QVERIFY(!kept->body.isEmpty());
        // Never retried blindly.
        QVERIFY(!kiosk.outbox.nextDue(QDateTime::currentDateTimeUtc().addYears(1)));
    }

    void retryTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("expected"); // pending, rejected or paused
        QTest::newRow("408") << 408 << QByteArray() << "pending";
        QTest::newRow("429 with Retry-After") << 429 << QByteArray("600") << "pending";
        QTest::newRow("500") << 500 << QByteArray() << "pending";
        QTest::newRow("503 with Retry-After") << 503 << QByteArray("120") << "pending";
        QTest::newRow("400") << 400 << QByteArray() << "rejected";
        QTest::newRow("413") << 413 << QByteArray() << "rejected";
        QTest::newRow("422") << 422 << QByteArray() << "rejected";
        QTest::newRow("401") << 401 << QByteArray() << "paused";
        QTest::newRow("403") << 403 << QByteArray() << "paused";
        QTest::newRow("no answer (timeout)") << 0 << QByteArray() << "pending";
        QTest::newRow("connection refused") << -1 << QByteArray() << "pending";
    }

    void retryTable()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, expected);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ScriptedHttpServer::Headers headers;
        if (!retryAfter.isEmpty())
            headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
        if (status > 0)
            server.enqueue(ScriptedHttpServer::Reply::json(
                status, "{\"error\":\"x\",\"message\":\"the server's own words\"}", headers));
        else if (status == 0)
            server.enqueue(ScriptedHttpServer::Reply::hang());
        const QUrl url = server.baseUrl();
        if (status < 0)
            server.close();

        Kiosk kiosk(outboxPath(), url, "token");
        const qint64 id = kiosk.complain(QStringLiteral("Luis"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto report = kiosk.drain();
        const auto item = kiosk.outbox.item(id);
        if (status >= 0)
            QCOMPARE(server.lastRequest().header("Idempotency-Key"), item->key);

        if (expected == QLatin1String("rejected")) {
            QCOMPARE(item->state, OutboxStore::State::Rejected);
            QCOMPARE(report.rejected, 1);
            QVERIFY2(item->lastError.contains(QStringLiteral("the server's own words")),
                     qPrintable(item->lastError));
            QVERIFY(!item->body.isEmpty());
        } else if (expected == QLatin1String("paused")) {
            QVERIFY(report.paused);
            QCOMPARE(item->state, OutboxStore::State::Pending);
            QCOMPARE(item->attempts, 0); // not the item's fault
        } else {
            QCOMPARE(item->state, OutboxStore::State::Pending);
            QCOMPARE(report.retried, 1);
            QCOMPARE(item->attempts, 1);
            QVERIFY(!item->lastError.isEmpty());
            QVERIFY(item->nextAttemptAt > before); // backoff: not due again at once
            QVERIFY(!kiosk.outbox.nextDue(before));
            if (!retryAfter.isEmpty())
                QVERIFY(item->nextAttemptAt >= before.addSecs(retryAfter.toInt()));
        }
    }

    void backoffGrowsButNeverGivesUp()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        Kiosk kiosk(outboxPath(), server.baseUrl(), "token");
        const qint64 id = kiosk.complain(QStringLiteral("Marta"));
        qint64 previousGap = 0;
        for (int attempt = 1; attempt <= 8; ++attempt) {
            server.enqueue(
                ScriptedHttpServer::Reply::json(503, "{\"error\":\"busy\",\"message\":\"m\"}"));
            kiosk.outbox.retryAllNow(QDateTime::currentDateTimeUtc());
            const QDateTime before = QDateTime::currentDateTimeUtc();
            kiosk.drain();
            const auto item = kiosk.outbox.item(id);
            QCOMPARE(item->attempts, attempt);
            QCOMPARE(item->state, OutboxStore::State::Pending);
            const qint64 gap = before.msecsTo(item->nextAttemptAt);
            // Each delay is drawn from the upper half of a doubling ceiling, so it never falls
            // below the previous one's lower bound; the cap is an hour.
            QVERIFY(gap >= previousGap / 2 - 1000);
            QVERIFY(gap <= 3600 * 1000 + 1000);
            previousGap = gap;
        }
        QVERIFY(previousGap > 10 * 60 * 1000); // after 8 failures, minutes apart
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

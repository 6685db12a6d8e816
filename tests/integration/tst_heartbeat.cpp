#include "apiclient.h"
#include "fleetregistry.h"
#include "outboxstore.h"
#include "postheartbeatjob.h"
#include "serverprocess.h"
#include "serverstore.h"
#include "syncworker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace std::chrono_literals;

// Heartbeats from the kiosk's sync thread to the real server binary, and what IT staff then
// see in the fleet listing.
class TestHeartbeat : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    // A request written by hand, so that the test decides every byte of the body.
    Answer post(const QByteArray &authorization, const QByteArray &body)
    {
        QNetworkAccessManager network;
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/api/v1/heartbeat"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        request.setTransferTimeout(30000);
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000))
            qFatal("no answer to the heartbeat");
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    static QByteArray minimalHeartbeat()
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                                         {QStringLiteral("cursor"), 0}})
            .toJson(QJsonDocument::Compact);
    }

    QList<FleetRegistry::Kiosk> fleet(qint64 *latestSeq = nullptr)
    {
        ServerStore store;
        QString error;
        if (!store.open(m_server.databasePath(), &error))
            qFatal("%s", qPrintable(error));
        if (latestSeq)
            *latestSeq = store.latestSeq();
        const auto kiosks =
            FleetRegistry(store.database())
                .list(QDateTime::currentDateTimeUtc(), 15min, store.latestSeq(), &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return kiosks;
    }

    std::optional<FleetRegistry::Kiosk> kiosk(const QString &name, qint64 *latestSeq = nullptr)
    {
        for (const auto &kiosk : fleet(latestSeq)) {
            if (kiosk.name == name)
                return kiosk;
        }
        return std::nullopt;
    }

    static void queueSuggestion(OutboxStore &outbox, const QString &text)
    {
        QString error;
        const auto item = outbox.enqueue(
            QStringLiteral("suggestion"), QStringLiteral("es"), {{QStringLiteral("text"), text}},
            QDateTime::currentDateTimeUtc(), QStringLiteral("sugerencia"), &error);
        QVERIFY2(item, qPrintable(error));
        // Waiting out a retry an hour away: the worker's uploader must leave it pending
        // however the test's timing falls, so the heartbeat has a known depth to report.
        QVERIFY(outbox.markRetry(item->localId, QStringLiteral("HTTP 503"),
                                 QDateTime::currentDateTimeUtc().addSecs(3600)));
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.log())); }

    void theFleetListingShowsWhatTheSyncThreadReported()
    {
        const QString outboxPath = m_dir.filePath(QStringLiteral("outbox.sqlite"));
        {
            OutboxStore outbox;
            QString error;
            QVERIFY2(outbox.open(outboxPath, &error), qPrintable(error));
            queueSuggestion(outbox, QStringLiteral("Más bancos en el parque"));
            queueSuggestion(outbox, QStringLiteral("Una fuente de agua potable"));
        }

        SyncWorker::Options options;
        options.api = {m_server.baseUrl(), m_server.token(), 20s};
        options.dataDir = m_dir.filePath(QStringLiteral("kiosk"));
        options.blobDir = m_dir.filePath(QStringLiteral("kiosk/blobs"));
        options.outboxPath = outboxPath;
        options.version = QStringLiteral("9.8.7-test");
        options.heartbeatInterval = 200ms;
        auto worker = std::make_unique<SyncWorker>(options);
        QSignalSpy passes(worker.get(), &SyncWorker::syncFinished);
        QSignalSpy heartbeats(worker.get(), &SyncWorker::heartbeatFinished);
        worker->initialise();

        QTRY_VERIFY_WITH_TIMEOUT(!passes.isEmpty(), 60000);
        const auto pass = passes.at(0).at(0).value<SyncReport>();
        QVERIFY2(pass.ok, qPrintable(pass.error));
        QVERIFY(pass.cursor > 0);
        // Heartbeats go one at a time: of those finishing from now on, the second was put
        // together after the pass, so it carries the cursor the pass reached.
        const qsizetype before = heartbeats.size();
        QTRY_VERIFY_WITH_TIMEOUT(heartbeats.size() >= before + 2, 30000);
        QVERIFY(heartbeats.last().at(0).toBool());

        qint64 latestSeq = 0;
        auto seen = kiosk(QStringLiteral("test-kiosk"), &latestSeq);
        QVERIFY(seen);
        QVERIFY(seen->lastContact.isValid());
        QVERIFY(!seen->silent);
        QCOMPARE(seen->status(), QStringLiteral("ok"));
        QCOMPARE(seen->version, QStringLiteral("9.8.7-test"));
        QCOMPARE(seen->cursor, std::optional<qint64>(pass.cursor));
        QCOMPARE(seen->cursorLag, std::optional<qint64>(latestSeq - pass.cursor));
        QCOMPARE(seen->cursorLag, std::optional<qint64>(0)); // it reached the head
        QCOMPARE(seen->outboxPending, std::optional<qint64>(2));
        QVERIFY(seen->oldestPendingSeconds);
        QVERIFY(*seen->oldestPendingSeconds >= 0 && *seen->oldestPendingSeconds < 600);
        QVERIFY(seen->freeDiskBytes.value_or(0) > 0);
        QVERIFY2(seen->lastError.isEmpty(), qPrintable(seen->lastError));
        QVERIFY(seen->lastSyncAt.isValid());

        // A kiosk that stops while the municipality keeps publishing falls behind.
        worker.reset();
        {
            ServerStore store;
            QString error;
            QVERIFY2(store.open(m_server.databasePath(), &error), qPrintable(error));
            QVERIFY2(store.publish({{Collection::Projects, QStringLiteral("heartbeat-lag"),
                                     QJsonObject{{QStringLiteral("title"),
                                                  QStringLiteral("Nuevo parque infantil")},
                                                 {QStringLiteral("progress"), 5}}}},
                                   &error),
                     qPrintable(error));
        }
        seen = kiosk(QStringLiteral("test-kiosk"));
        QVERIFY(seen);
        QCOMPARE(seen->cursorLag, std::optional<qint64>(1));
        QCOMPARE(seen->outboxPending, std::optional<qint64>(2));
    }

    void theServerAnswersWithItsTimeAndHead()
    {
        const QByteArray token = m_server.issueToken(QStringLiteral("kiosk-job"));
        QVERIFY(!token.isEmpty());
        QNetworkAccessManager network;
        ApiClient api(&network, {m_server.baseUrl(), token, 20s});
        PostHeartbeatJob job(api, minimalHeartbeat());
        QSignalSpy finished(&job, &PostHeartbeatJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.result().outcome, ApiReply::Outcome::Ok);
        QCOMPARE(job.result().httpStatus, 200);
        qint64 latestSeq = 0;
        const auto seen = kiosk(QStringLiteral("kiosk-job"), &latestSeq);
        QCOMPARE(job.result().latestSeq, latestSeq);
        QVERIFY(qAbs(job.result().serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(seen && seen->lastContact.isValid());
        QCOMPARE(seen->version, QStringLiteral("1.0.0"));
        QVERIFY(!seen->outboxPending);
    }

    void aTokenTheServerDoesNotKnowIsRefused()
    {
        for (const QByteArray &authorization :
             {QByteArray("Bearer not-a-device-token"), QByteArray()}) {
            const Answer answer = post(authorization, minimalHeartbeat());
            QCOMPARE(answer.status, 401);
            QCOMPARE(answer.body.value(QLatin1StringView("error")).toString(),
                     QStringLiteral("unauthorized"));
            QVERIFY(!answer.body.value(QLatin1StringView("message")).toString().isEmpty());
        }

        QNetworkAccessManager network;
        ApiClient api(&network, {m_server.baseUrl(), "not-a-device-token", 20s});
        PostHeartbeatJob job(api, minimalHeartbeat());
        QSignalSpy finished(&job, &PostHeartbeatJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.result().outcome, ApiReply::Outcome::Unauthorized);
        QCOMPARE(job.result().httpStatus, 401);
    }

    void aMalformedHeartbeatIsRefusedAndNotRecorded()
    {
        const QByteArray token = m_server.issueToken(QStringLiteral("kiosk-malformed"));
        QVERIFY(!token.isEmpty());
        const QByteArray authorization = "Bearer " + token;
        const QByteArray negativeCursor =
            QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                                      {QStringLiteral("cursor"), -5}})
                .toJson(QJsonDocument::Compact);
        for (const QByteArray &body :
             {QByteArray("not json"), QByteArray("[1, 2]"), QByteArray(), negativeCursor}) {
            const Answer answer = post(authorization, body);
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.body.value(QLatin1StringView("error")).toString(),
                     QStringLiteral("bad_request"));
            QVERIFY(!answer.body.value(QLatin1StringView("message")).toString().isEmpty());
        }
        const Answer named = post(authorization, negativeCursor);
        QVERIFY2(named.body.value(QLatin1StringView("message"))
                     .toString()
                     .contains(QStringLiteral("'cursor'")),
                 qPrintable(named.body.value(QLatin1StringView("message")).toString()));

        const Answer tooLarge =
            post(authorization, QByteArray(20 * 1024, ' ') + minimalHeartbeat());
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.body.value(QLatin1StringView("error")).toString(),
                 QStringLiteral("too_large"));

        const auto seen = kiosk(QStringLiteral("kiosk-malformed"));
        QVERIFY(seen);
        QVERIFY(!seen->lastContact.isValid());
        QCOMPARE(seen->status(), QStringLiteral("never_seen"));
    }
};

QTEST_GUILESS_MAIN(TestHeartbeat)
#include "tst_heartbeat.moc"

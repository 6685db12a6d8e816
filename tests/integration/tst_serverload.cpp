#include "serverprocess.h"
#include "serverstore.h"
#include "submissionstore.h"
#include "suggestionpost.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>
#include <memory>

// The reference server under load and abuse, from this process: a few hundred kiosks holding
// long polls, a burst of submissions each sent twice (as a kiosk replays after a lost answer),
// a replayed key with another body, wrong and revoked tokens. The server must keep answering
// a healthy kiosk meanwhile, wake every long poll when content changes, and store each
// submission once. (Oversized and slow requests, connection limits and rate limits have their
// own tests in tst_serverhardening.)
class TestServerLoad : public QObject
{
    Q_OBJECT

private:
    static constexpr int kLongPolls = 300;
    static constexpr int kSubmissions = 100;

    ServerProcess m_server;
    QNetworkAccessManager m_network;

    // A kiosk waiting for news on a connection of its own (QNetworkAccessManager would share
    // six connections between them all).
    struct LongPoll
    {
        std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
        QByteArray received;
        bool answered() const { return received.contains("\r\n\r\n"); }
        int status() const { return received.mid(9, 3).toInt(); }
    };

    qint64 latestSeq()
    {
        // The demo's feed fits one page: its `next` is the end of the feed.
        QNetworkReply *reply = get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return -1;
        reply->deleteLater();
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        return page.value(QStringLiteral("more")).toBool(true)
                   ? -1
                   : page.value(QStringLiteral("next")).toInteger(-1);
    }

    QNetworkReply *get(const QString &path, const QByteArray &token = {})
    {
        QNetworkRequest request(QUrl(m_server.baseUrl().toString() + path));
        request.setRawHeader("Authorization",
                             "Bearer " + (token.isEmpty() ? m_server.token() : token));
        request.setTransferTimeout(30000);
        return m_network.get(request);
    }

    QNetworkReply *submit(const QByteArray &key, const QString &text)
    {
        return m_network.post(SuggestionPost::request(m_server.baseUrl(), m_server.token(), key),
                              SuggestionPost::body(text));
    }

    // The time a healthy kiosk waits for an answer to its ordinary check.
    qint64 healthyCheck(int *status)
    {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = get(QStringLiteral("/api/v1/changes?since=0&limit=5"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        *status = done.wait(30000)
                      ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                      : 0;
        reply->deleteLater();
        return timer.elapsed();
    }

    int storedSubmissions()
    {
        ServerStore store;
        QString error;
        if (!store.open(m_server.databasePath(), &error))
            return -1;
        return SubmissionStore(store).count();
    }

private slots:
    void initTestCase()
    {
        m_server.allowManyRequests(); // the rate limits are tst_serverhardening's
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
    }

    void manyLongPollsABurstAndReplaysLeaveHealthyKiosksServed()
    {
        const qint64 latest = latestSeq();
        QVERIFY(latest > 0);
        int status = 0;
        const qint64 idleMs = healthyCheck(&status);
        QCOMPARE(status, 200);

        // Hundreds of kiosks up to date, each waiting on its own connection for news.
        std::vector<LongPoll> polls(kLongPolls);
        const QByteArray request = "GET /api/v1/changes?since=" + QByteArray::number(latest) +
                                   "&wait=50 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                                   "Bearer " +
                                   m_server.token() + "\r\nAccept-Encoding: gzip\r\n\r\n";
        for (LongPoll &poll : polls) {
            QTcpSocket *socket = poll.socket.get();
            QByteArray *received = &poll.received;
            connect(socket, &QTcpSocket::readyRead, socket,
                    [socket, received] { received->append(socket->readAll()); });
            connect(socket, &QTcpSocket::connected, socket,
                    [socket, request] { socket->write(request); });
            socket->connectToHost(QHostAddress::LocalHost, quint16(m_server.baseUrl().port()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(polls.begin(), polls.end(),
                                             [](const LongPoll &poll) {
                                                 return poll.socket->state() ==
                                                            QAbstractSocket::ConnectedState &&
                                                        poll.socket->bytesToWrite() == 0;
                                             }),
                                 20000);
        QVERIFY(std::none_of(polls.begin(), polls.end(),
                             [](const LongPoll &poll) { return poll.answered(); }));

        // A kiosk that is not waiting is answered at once all the same.
        const qint64 underPollsMs = healthyCheck(&status);
        QCOMPARE(status, 200);

        // Wrong and revoked tokens are refused; the others go on being answered.
        QNetworkReply *wrong = get(QStringLiteral("/api/v1/changes?since=0"), "not-a-token");
        const QByteArray revokedToken = m_server.issueToken(QStringLiteral("stolen-kiosk"));
        QVERIFY(!revokedToken.isEmpty());
        QVERIFY(m_server.runCommand(
            {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("stolen-kiosk")}));
        QNetworkReply *revoked = get(QStringLiteral("/api/v1/changes?since=0"), revokedToken);
        QTRY_VERIFY(wrong->isFinished() && revoked->isFinished());
        QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(revoked->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        wrong->deleteLater();
        revoked->deleteLater();

        QVERIFY(std::none_of(polls.begin(), polls.end(),
                             [](const LongPoll &poll) { return poll.answered(); }));

        // A burst of submissions, each queued twice at once (a replay after a lost answer; the
        // network manager sends them over six connections), and one key reused with another
        // text.
        QList<QByteArray> keys;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < kSubmissions; ++i) {
            const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            keys.append(key);
            const QString text = QStringLiteral("Sugerencia %1: más bancos en el parque.").arg(i);
            replies.append(submit(key, text));
            replies.append(submit(key, text));
        }
        QNetworkReply *changedBody = submit(keys.first(), QStringLiteral("Otro texto."));
        QElapsedTimer burst;
        burst.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(),
                        [](QNetworkReply *reply) { return reply->isFinished(); }) &&
                changedBody->isFinished(),
            60000);
        const qint64 burstMs = burst.elapsed();
        QHash<QByteArray, QSet<QString>> references;
        for (int i = 0; i < replies.size(); ++i) {
            QNetworkReply *reply = replies.at(i);
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(code == 201 || code == 200, qPrintable(QString::number(code)));
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            references[keys.at(i / 2)].insert(answer.value(QStringLiteral("reference")).toString());
            reply->deleteLater();
        }
        QCOMPARE(changedBody->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
        changedBody->deleteLater();
        // Each key got one reference, the same for both sends, and is stored once.
        for (auto it = references.cbegin(); it != references.cend(); ++it)
            QVERIFY2(it.value().size() == 1 && !it.value().begin()->isEmpty(),
                     it.key().constData());
        QCOMPARE(storedSubmissions(), kSubmissions);

        // The server published each submission's status: every waiting kiosk was woken with
        // it, on the connection it waited on.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(polls.begin(), polls.end(),
                                             [](const LongPoll &poll) { return poll.answered(); }),
                                 30000);
        const qint64 wakeMs = burst.elapsed();
        for (const LongPoll &poll : polls)
            QCOMPARE(poll.status(), 200);

        qInfo("%d long polls held; a healthy check answered in %lld ms idle, %lld ms under them; "
              "%d submissions queued twice each at once answered in %lld ms, %d stored; every "
              "long poll woken within %lld ms of the burst's start",
              kLongPolls, idleMs, underPollsMs, kSubmissions, burstMs, storedSubmissions(), wakeMs);
    }
};

QTEST_GUILESS_MAIN(TestServerLoad)
#include "tst_serverload.moc"

#include "nginxprocess.h"
#include "serverprocess.h"
#include "suggestionpost.h"
#include "testpaths.h"
#include "testserverdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QtTest>

// The shipped nginx site for several server processes (packaging/nginx/
// municipal-server-cluster.conf), run by Debian's nginx in front of two real servers sharing one
// store: full change-feed pages come from nginx's cache, but only for a valid token; the last
// page and long polls always reach a server; submissions pass through once.
class TestProxyCluster : public QObject
{
    Q_OBJECT

    ServerProcess m_first;
    ServerProcess m_second;
    NginxProcess m_nginx;
    QNetworkAccessManager m_network;

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray cacheStatus;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    // Trusts the test authority that signed nginx's certificate.
    static QSslConfiguration tls()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(
            QSslCertificate::fromPath(TestPaths::fixture(QStringLiteral("tls/ca.pem"))));
        return tls;
    }

    QNetworkRequest request(const QString &path, const QByteArray &token) const
    {
        QNetworkRequest request(QUrl(m_nginx.baseUrl().toString() + path));
        request.setSslConfiguration(tls());
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setTransferTimeout(30000);
        return request;
    }

    static Reply finish(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(30000);
        }
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll(), reply->rawHeader("X-Cache-Status")};
    }

    Reply get(const QString &path, const QByteArray &token)
    {
        return finish(m_network.get(request(path, token)));
    }

    QNetworkReply *submit(const QByteArray &key)
    {
        QNetworkRequest post = SuggestionPost::request(m_nginx.baseUrl(), m_first.token(), key);
        post.setSslConfiguration(tls());
        return m_network.post(post, SuggestionPost::body(QStringLiteral("Más bancos en la plaza")));
    }

    qint64 head()
    {
        qint64 cursor = 0;
        for (;;) {
            const Reply page = get(
                QStringLiteral("/api/v1/changes?since=%1&limit=5000").arg(cursor), m_first.token());
            const qint64 next = page.json().value(QLatin1StringView("next")).toInteger(-1);
            if (page.status != 200 || next <= cursor)
                return page.status == 200 ? cursor : -1;
            cursor = next;
        }
    }

private slots:
    void initTestCase()
    {
        m_first.allowManyRequests();
        QVERIFY2(m_first.start(), qPrintable(m_first.log()));
        QVERIFY2(m_second.startSharing(m_first), qPrintable(m_second.log()));
        QString error;
        QVERIFY2(
            m_nginx.startCluster(
                {quint16(m_first.baseUrl().port()), quint16(m_second.baseUrl().port())}, &error),
            qPrintable(error));
    }

    void aFullPageIsServedFromTheCacheToAValidToken()
    {
        const QString path = QStringLiteral("/api/v1/changes?since=0&limit=20");
        const Reply first = get(path, m_first.token());
        QCOMPARE(first.status, 200);
        QVERIFY(first.json().value(QLatin1StringView("more")).toBool());
        QCOMPARE(first.json().value(QLatin1StringView("changes")).toArray().size(), 20);
        QCOMPARE(first.cacheStatus, QByteArray("MISS"));

        // Another kiosk, another token: the same page, from the cache.
        const QByteArray other = m_first.issueToken(QStringLiteral("kiosk-biblioteca"));
        QVERIFY(!other.isEmpty());
        const Reply again = get(path, other);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.cacheStatus, QByteArray("HIT"));
        QCOMPARE(again.body, first.body);
    }

    void aRevokedOrMissingTokenReadsNothingFromTheCache()
    {
        const QString path = QStringLiteral("/api/v1/changes?since=0&limit=20");
        const QByteArray token = m_first.issueToken(QStringLiteral("kiosk-robado"));
        QCOMPARE(get(path, token).cacheStatus, QByteArray("HIT"));
        QVERIFY(m_first.runCommand(
            {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("kiosk-robado")}));
        const Reply refused = get(path, token);
        QCOMPARE(refused.status, 401);
        QVERIFY(!refused.body.contains("\"changes\""));
        QCOMPARE(get(path, {}).status, 401);
        // The question nginx asks the servers is its own: not answered from outside.
        QCOMPARE(get(QStringLiteral("/api/v1/token"), m_first.token()).status, 404);
    }

    void theLastPageAndLongPollsAlwaysReachAServer()
    {
        const qint64 cursor = head();
        QVERIFY(cursor > 0);
        const QString last = QStringLiteral("/api/v1/changes?since=%1").arg(cursor);
        QCOMPARE(get(last, m_first.token()).cacheStatus, QByteArray("MISS"));
        QCOMPARE(get(last, m_first.token()).cacheStatus, QByteArray("MISS"));

        // A kiosk waits for news through nginx; a submission through nginx publishes its
        // status; the wait ends with it.
        QNetworkReply *waiting = m_network.get(request(
            QStringLiteral("/api/v1/changes?since=%1&wait=50").arg(cursor), m_first.token()));
        QNetworkReply *sent = submit("proxy-cluster-1-5f0e2c");
        const Reply created = finish(sent);
        QCOMPARE(created.status, 201);
        const QString reference = created.json().value(QLatin1StringView("reference")).toString();
        const Reply woken = finish(waiting);
        QCOMPARE(woken.status, 200);
        QCOMPARE(woken.cacheStatus, QByteArray("BYPASS"));
        const QJsonArray changes = woken.json().value(QLatin1StringView("changes")).toArray();
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.last()[QLatin1StringView("id")].toString(), reference);

        // The kiosk's retry of the same submission, through nginx again: the same reference.
        const Reply replayed = finish(submit("proxy-cluster-1-5f0e2c"));
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.json().value(QLatin1StringView("reference")).toString(), reference);
    }

    void cleanupTestCase()
    {
        m_nginx.stop();
        QCOMPARE(m_second.stopAndExitCode(), 0);
        QCOMPARE(m_first.stopAndExitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProxyCluster)
#include "tst_proxycluster.moc"

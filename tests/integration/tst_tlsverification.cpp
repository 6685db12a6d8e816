#include "apiclient.h"
#include "apireply.h"
#include "nginxprocess.h"
#include "serverprocess.h"
#include "testpaths.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QtTest>

// The kiosk's side of TLS, against the real server behind nginx with the site configuration
// the server package ships: the certificate is verified (against the system's authorities,
// or the one IT staff name), and, when keys are pinned, a server with another key is refused
// before the device token is sent.
class TestTlsVerification : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    NginxProcess m_nginx;
    QList<QSslCertificate> m_lastAuthorities; // what the last request trusted

    // As docs/operations.md tells IT staff to print them: `openssl x509 -in FILE -noout -pubkey
    // | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`.
    static QString serverKeyPin()
    {
        return QStringLiteral("1J7WYEo2F+XOGOGkdbTpOhbbEJYnlefCwSTVT5SvJyI=");
    }
    static QString authorityKeyPin()
    {
        return QStringLiteral("suY54jy3GLwKUF3d3tw0V/FhgmsrVg3DborLWaFbGoQ=");
    }

    // One authenticated request, as the kiosk makes them.
    ApiReply::Outcome fetch(const QString &caFile, const QStringList &pins, QString *errorText,
                            const QByteArray &token = {})
    {
        QNetworkAccessManager network;
        ApiClient::Options options;
        options.baseUrl = m_nginx.baseUrl();
        options.deviceToken = token.isEmpty() ? m_server.token() : token;
        options.timeout = std::chrono::seconds(20);
        options.caFile = caFile;
        options.pinnedKeys = pins;
        ApiClient api(&network, options);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QStringLiteral("0"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        QNetworkReply *sent = api.get(QStringLiteral("/api/v1/changes"), query);
        m_lastAuthorities = sent->request().sslConfiguration().caCertificates();
        ApiReply reply(sent, 1 << 20);
        QSignalSpy finished(&reply, &ApiReply::finished);
        if (!finished.wait(30000))
            qFatal("no answer through nginx");
        *errorText = reply.errorText();
        return reply.outcome();
    }

    // Lines of the server's access log that name a device.
    qsizetype requestsFrom(const QString &device) const
    {
        return m_server.log().count(device + QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        QString error;
        QVERIFY2(m_nginx.start(quint16(m_server.baseUrl().port()), &error), qPrintable(error));
    }

    void aCertificateFromAnUnknownAuthorityIsRefused()
    {
        QString error;
        QCOMPARE(fetch(QString(), {}, &error), ApiReply::Outcome::NetworkError);
        QVERIFY2(error.contains(QStringLiteral("could not be verified")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("server/ca_file")), qPrintable(error));
    }

    void theAuthorityNamedByItStaffIsTrusted()
    {
        QString error;
        QCOMPARE(fetch(TestPaths::fixture(QStringLiteral("tls/ca.pem")), {}, &error),
                 ApiReply::Outcome::Ok);
        // Besides the system's, not instead of them: a server may move to a public certificate.
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QCOMPARE(m_lastAuthorities.size(), system.size() + 1);
        for (const QSslCertificate &authority : system)
            QVERIFY(m_lastAuthorities.contains(authority));
        QCOMPARE(fetch(TestPaths::fixture(QStringLiteral("tls/ca.pem")), {serverKeyPin()}, &error),
                 ApiReply::Outcome::Ok);
        // A pinned authority survives the renewal of the server's own certificate.
        QCOMPARE(fetch(TestPaths::fixture(QStringLiteral("tls/ca.pem")),
                       {QString::fromLatin1(QByteArray(32, 'x').toBase64()), authorityKeyPin()},
                       &error),
                 ApiReply::Outcome::Ok);
    }

    void aServerWithAnotherKeyIsRefusedBeforeTheTokenIsSent()
    {
        const QByteArray token = m_server.issueToken(QStringLiteral("pin-probe"));
        QVERIFY(!token.isEmpty());
        QString error;
        const QString otherKey = QString::fromLatin1(QByteArray(32, 'x').toBase64());
        const QString ca = TestPaths::fixture(QStringLiteral("tls/ca.pem"));
        QCOMPARE(fetch(ca, {otherKey}, &error, token), ApiReply::Outcome::NetworkError);
        QVERIFY2(error.contains(QStringLiteral("server/pin_sha256")), qPrintable(error));
        QVERIFY2(error.contains(serverKeyPin()), qPrintable(error));
        // Then one request that does get through. The server logs requests in the order it
        // answers them, so had the refused one reached it, there would be two lines.
        QCOMPARE(fetch(ca, {serverKeyPin()}, &error, token), ApiReply::Outcome::Ok);
        QTRY_COMPARE(requestsFrom(QStringLiteral("pin-probe")), 1);
        QCOMPARE(requestsFrom(QStringLiteral("pin-probe")), 1);
    }
};

QTEST_GUILESS_MAIN(TestTlsVerification)
#include "tst_tlsverification.moc"

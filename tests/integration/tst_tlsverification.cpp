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

    static QString serverKeyPin()
    {
        QFile pem(TestPaths::fixture(QStringLiteral("tls/server.pem")));
        if (!pem.open(QIODevice::ReadOnly))
            qFatal("no server certificate");
        const QSslCertificate certificate(&pem, QSsl::Pem);
        return QString::fromLatin1(
            QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256)
                .toBase64());
    }

    static QString authorityKeyPin()
    {
        const QList<QSslCertificate> ca =
            QSslCertificate::fromPath(TestPaths::fixture(QStringLiteral("tls/ca.pem")));
        return QString::fromLatin1(
            QCryptographicHash::hash(ca.value(0).publicKey().toDer(), QCryptographicHash::Sha256)
                .toBase64());
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
        ApiReply reply(api.get(QStringLiteral("/api/v1/changes"), query), 1 << 20);
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

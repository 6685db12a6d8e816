#include "apiclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>

ApiClient::ApiClient(QNetworkAccessManager *network, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    if (!m_options.caFile.isEmpty()) {
        // Added to the system's authorities, not instead of them (a server may move to a
        // public certificate). Setting a list turns off Qt's loading of the system's on
        // demand, so they are loaded here. --check-config reports a file that cannot be read
        // or holds no certificate.
        m_tls.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                QSslCertificate::fromPath(m_options.caFile, QSsl::Pem));
    }
    for (const QString &pin : std::as_const(m_options.pinnedKeys))
        m_pins.insert(QByteArray::fromBase64(pin.toLatin1()));
}

void ApiClient::checkPinnedKey(QNetworkReply *reply) const
{
    if (m_pins.isEmpty())
        return;
    // The leaf or any certificate of the chain may be pinned (a pinned intermediate survives
    // the renewal of the server's own certificate).
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    for (const QSslCertificate &certificate : chain) {
        const QByteArray digest =
            QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
        if (m_pins.contains(digest))
            return;
    }
    const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    const QString seen = QString::fromLatin1(
        QCryptographicHash::hash(leaf.publicKey().toDer(), QCryptographicHash::Sha256).toBase64());
    reply->setProperty(TlsProblemProperty,
                       QStringLiteral("the server's certificate is valid but its key is not one "
                                      "of server/pin_sha256 (the server's key is %1): refusing "
                                      "to talk to it")
                           .arg(seen));
    reply->abort();
}

QNetworkRequest ApiClient::makeRequest(const QString &path, const QUrlQuery &query,
                                       std::chrono::milliseconds timeout) const
{
    QUrl url = m_options.baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_options.deviceToken);
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("municipal-kiosk/%1").arg(QCoreApplication::applicationVersion()));
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    // Asking for gzip ourselves turns off Qt's own inflating: ApiReply inflates, so that it
    // knows the bytes on the wire and stops a decompression bomb at maxResponseBytes.
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_tls);
    return request;
}

QNetworkReply *ApiClient::get(const QString &path, const QUrlQuery &query,
                              std::chrono::milliseconds timeout, const Headers &headers)
{
    QNetworkRequest request = makeRequest(path, query, timeout);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] { checkPinnedKey(reply); });
    return reply;
}

QNetworkReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return get(path, query, m_options.timeout);
}

QNetworkReply *ApiClient::post(const QString &path, const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request = makeRequest(path, {}, m_options.timeout);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] { checkPinnedKey(reply); });
    return reply;
}

#include "apiclient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

ApiClient::ApiClient(QNetworkAccessManager *network, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
{}

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
    // Qt asks for gzip and inflates it; refuse to inflate more than we would accept at all.
    request.setDecompressedSafetyCheckThreshold(m_options.maxResponseBytes / 16);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

QNetworkReply *ApiClient::get(const QString &path, const QUrlQuery &query,
                              std::chrono::milliseconds timeout)
{
    return m_network->get(makeRequest(path, query, timeout));
}

QNetworkReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return get(path, query, m_options.timeout);
}

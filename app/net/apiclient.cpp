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
    // Asking for gzip ourselves turns off Qt's own inflating: ApiReply inflates, so that it
    // knows the bytes on the wire and stops a decompression bomb at maxResponseBytes.
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

QNetworkReply *ApiClient::get(const QString &path, const QUrlQuery &query,
                              std::chrono::milliseconds timeout, const Headers &headers)
{
    QNetworkRequest request = makeRequest(path, query, timeout);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network->get(request);
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
    return m_network->post(request, body);
}

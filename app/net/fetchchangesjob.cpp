#include "fetchchangesjob.h"

#include "apiclient.h"

FetchChangesJob::FetchChangesJob(ApiClient &api, Request request, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_request(std::move(request))
{}

void FetchChangesJob::start()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(m_request.since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_request.limit));
    if (m_request.fresh)
        query.addQueryItem(QStringLiteral("fresh"), QStringLiteral("1"));
    if (m_request.wait.count() > 0)
        query.addQueryItem(QStringLiteral("wait"), QString::number(m_request.wait.count()));
    // A long poll may legitimately stay silent for `wait`; the timeout guards what comes after.
    const auto timeout = m_api.options().timeout + m_request.wait;
    ApiClient::Headers headers;
    if (!m_request.ifNoneMatch.isEmpty())
        headers.append({QByteArrayLiteral("If-None-Match"), m_request.ifNoneMatch});
    m_reply = new ApiReply(m_api.get(QStringLiteral("/api/v1/changes"), query, timeout, headers),
                           m_api.options().maxResponseBytes, this);
    connect(m_reply, &ApiReply::finished, this, &FetchChangesJob::onReplyFinished);
}

void FetchChangesJob::onReplyFinished()
{
    m_result.outcome = m_reply->outcome();
    m_result.bytes = m_reply->bytesReceived();
    m_result.retryAfter = m_reply->retryAfter();
    m_result.error = m_reply->errorText();
    m_result.etag = m_reply->header("ETag");
    if (m_result.outcome == ApiReply::Outcome::Ok) {
        QString why;
        m_result.page = ChangePage::parse(m_reply->body(), m_request.since, &why);
        if (!m_result.page)
            m_result.error = why;
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished();
}

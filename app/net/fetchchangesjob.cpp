#include "fetchchangesjob.h"

#include "apiclient.h"

FetchChangesJob::FetchChangesJob(ApiClient &api, qint64 since, int limit, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_since(since)
    , m_limit(limit)
{}

void FetchChangesJob::start()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(m_since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    m_reply = new ApiReply(m_api.get(QStringLiteral("/api/v1/changes"), query),
                           m_api.options().maxResponseBytes, this);
    connect(m_reply, &ApiReply::finished, this, &FetchChangesJob::onReplyFinished);
}

void FetchChangesJob::onReplyFinished()
{
    m_result.outcome = m_reply->outcome();
    m_result.bytes = m_reply->bytesReceived();
    m_result.retryAfter = m_reply->retryAfter();
    m_result.error = m_reply->errorText();
    if (m_result.outcome == ApiReply::Outcome::Ok) {
        QString why;
        m_result.page = ChangePage::parse(m_reply->body(), m_since, &why);
        if (!m_result.page)
            m_result.error = why;
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished();
}

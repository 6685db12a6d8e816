#include "postsubmissionjob.h"

#include "apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>

PostSubmissionJob::PostSubmissionJob(ApiClient &api, QByteArray key, QByteArray body,
                                     QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_key(std::move(key))
    , m_body(std::move(body))
{}

void PostSubmissionJob::start()
{
    m_reply = new ApiReply(m_api.post(QStringLiteral("/api/v1/submissions"), m_body,
                                      {{QByteArrayLiteral("Idempotency-Key"), m_key}}),
                           1024 * 1024, this);
    connect(m_reply, &ApiReply::finished, this, &PostSubmissionJob::onReplyFinished);
}

void PostSubmissionJob::onReplyFinished()
{
    m_result.outcome = m_reply->outcome();
    m_result.retryAfter = m_reply->retryAfter();
    m_result.error = m_reply->errorText();
    if (m_result.outcome == ApiReply::Outcome::Ok) {
        const QJsonObject answer = QJsonDocument::fromJson(m_reply->body()).object();
        m_result.reference = answer.value(QLatin1StringView("reference")).toString();
        m_result.status = answer.value(QLatin1StringView("status")).toString();
        if (m_result.reference.isEmpty()) {
            // Accepted, but we cannot tell the citizen the reference: ask again; the server
            // will answer the replay with the same reference.
            m_result.outcome = ApiReply::Outcome::Unavailable;
            m_result.error = QStringLiteral("the server's answer had no reference");
        }
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished();
}

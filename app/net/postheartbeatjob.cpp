#include "postheartbeatjob.h"

#include "apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The answer is two small fields; anything bigger is not a heartbeat answer.
constexpr qint64 maxAnswerBytes = 64 * 1024;

} // namespace

PostHeartbeatJob::PostHeartbeatJob(ApiClient &api, QByteArray body, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_body(std::move(body))
{}

void PostHeartbeatJob::start()
{
    m_reply = new ApiReply(m_api.post(QStringLiteral("/api/v1/heartbeat"), m_body, {}),
                           maxAnswerBytes, this);
    connect(m_reply, &ApiReply::finished, this, &PostHeartbeatJob::onReplyFinished);
}

void PostHeartbeatJob::onReplyFinished()
{
    m_result.outcome = m_reply->outcome();
    m_result.httpStatus = m_reply->httpStatus();
    m_result.error = m_reply->errorText();
    if (m_result.outcome == ApiReply::Outcome::Ok) {
        // The answer is a courtesy (204 is as good): a body we cannot read is no failure.
        const QJsonObject answer = QJsonDocument::fromJson(m_reply->body()).object();
        m_result.serverTime = QDateTime::fromString(
            answer.value(QLatin1StringView("server_time")).toString(), Qt::ISODate);
        m_result.latestSeq = answer.value(QLatin1StringView("latest_seq")).toInteger(-1);
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished();
}

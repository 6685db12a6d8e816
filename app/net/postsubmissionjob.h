#pragma once

#include "apireply.h"

#include <QObject>
#include <chrono>
#include <optional>

class ApiClient;

// POST /api/v1/submissions with the item's idempotency key: the server stores it once however
// often it arrives, and answers a replay with the first answer.
class PostSubmissionJob final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        ApiReply::Outcome outcome = ApiReply::Outcome::NetworkError;
        QString reference; // on success
        QString status;
        QString error; // the server's message or the network's, for clerks and the log
        std::optional<std::chrono::seconds> retryAfter;
    };

    PostSubmissionJob(ApiClient &api, QByteArray key, QByteArray body, QObject *parent = nullptr);

    void start();
    const Result &result() const { return m_result; }

signals:
    void finished();

private:
    void onReplyFinished();

    ApiClient &m_api;
    QByteArray m_key;
    QByteArray m_body;
    ApiReply *m_reply = nullptr;
    Result m_result;
};

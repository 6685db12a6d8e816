#pragma once

#include "apireply.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

class ApiClient;

// POST /api/v1/heartbeat: tells the server how this kiosk is doing (docs/protocol.md,
// Heartbeat). Fire and forget: a heartbeat that fails is not retried, the next one replaces it.
class PostHeartbeatJob final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        ApiReply::Outcome outcome = ApiReply::Outcome::NetworkError;
        int httpStatus = 0;
        QString error;        // the server's message or the network's, for the log
        QDateTime serverTime; // from the answer, when the server sent it
        qint64 latestSeq = -1;
    };

    PostHeartbeatJob(ApiClient &api, QByteArray body, QObject *parent = nullptr);

    void start();
    const Result &result() const { return m_result; }

signals:
    void finished();

private:
    void onReplyFinished();

    ApiClient &m_api;
    QByteArray m_body;
    ApiReply *m_reply = nullptr;
    Result m_result;
};

#pragma once

#include "apireply.h"
#include "changepage.h"

#include <QObject>
#include <chrono>
#include <optional>

class ApiClient;

// GET /api/v1/changes?since=&limit=: one page of the change feed, checked against the contract.
class FetchChangesJob final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        ApiReply::Outcome outcome = ApiReply::Outcome::NetworkError;
        std::optional<ChangePage> page; // set only when the outcome is Ok and the page is valid
        QString error;                  // why there is no page
        qint64 bytes = 0;
        std::optional<std::chrono::seconds> retryAfter;
        QByteArray etag; // the server's ETag for this page, to revalidate it next time
    };

    struct Request
    {
        qint64 since = 0;
        int limit = 500;
        QByteArray ifNoneMatch;       // the ETag of the last answer at `since`
        std::chrono::seconds wait{0}; // long poll: the server may hold the answer
        bool fresh = false; // a traversal that began at 0: cursors below the floor are safe
    };

    FetchChangesJob(ApiClient &api, Request request, QObject *parent = nullptr);

    void start();
    const Result &result() const { return m_result; }

signals:
    void finished();

private:
    void onReplyFinished();

    ApiClient &m_api;
    Request m_request;
    ApiReply *m_reply = nullptr;
    Result m_result;
};

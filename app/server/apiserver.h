#pragma once

#include "changefeed.h"
#include "changewaiters.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <optional>

class BlobDirectory;
class DeviceTokens;
class SubmissionStore;
class ServerStore;
class QHttpServerRequest;

// The HTTP face of the server: the kiosk API of docs/protocol.md.
class ApiServer final : public QObject
{
    Q_OBJECT

public:
    ApiServer(ServerStore &store, DeviceTokens &tokens, const BlobDirectory &blobs,
              SubmissionStore &submissions, ChangeFeed::Limits limits,
              qint64 maxBodyBytes = 1024 * 1024, QObject *parent = nullptr);

    // The port actually bound (useful with port 0), or 0 when the address cannot be bound.
    quint16 listen(const QHostAddress &address, quint16 port);
    int waitingKiosks() const { return m_waiters.count(); }

private:
    void addRoutes();
    std::optional<QString> device(const QHttpServerRequest &request) const;
    void changes(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    HttpAnswer blob(const QString &sha256, const QHttpServerRequest &request) const;
    HttpAnswer submit(const QHttpServerRequest &request);
    HttpAnswer submissionStatus(const QString &reference, const QHttpServerRequest &request) const;

    DeviceTokens &m_tokens;
    const BlobDirectory &m_blobs;
    ServerStore &m_store;
    SubmissionStore &m_submissions;
    qint64 m_maxBodyBytes;
    ChangeFeed m_feed;
    ChangeWaiters m_waiters;
    QHttpServer m_http;
};

#pragma once

#include "changefeed.h"
#include "changewaiters.h"
#include "fleetregistry.h"
#include "open311api.h"
#include "ratelimiter.h"
#include "serversettings.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

class BlobDirectory;
class DeviceTokens;
class SubmissionStore;
class ServerStore;
class GuardedTcpServer;

// The HTTP face of the server: the kiosk API and Open311 of docs/protocol.md. Every route
// passes through respond(): the per-client rate limit, then the handler, then one access-log
// line. The socket layer below (GuardedTcpServer) bounds request size and time.
class ApiServer final : public QObject
{
    Q_OBJECT

public:
    // feedPollInterval: how often parked long polls look at the feed without a notification
    // (ChangeWaiters); a test lengthens it to tell a notification from a look.
    ApiServer(ServerStore &store, DeviceTokens &tokens, const BlobDirectory &blobs,
              SubmissionStore &submissions, const ServerSettings &settings,
              std::chrono::milliseconds feedPollInterval = std::chrono::milliseconds(250),
              QObject *parent = nullptr);

    // The port actually bound (useful with port 0), or 0 when the address cannot be bound.
    quint16 listen(const QHostAddress &address, quint16 port);
    // Stops taking connections, answers the long polls at once, waits (at most `grace`) for
    // the requests in flight to be answered, then emits stopped().
    void shutdown(std::chrono::milliseconds grace);

signals:
    void stopped(bool clean);

public:
    int waitingKiosks() const { return m_waiters.count(); }
    // True on PostgreSQL: a commit by any process wakes the long polls at once.
    bool wakesOnNotifications() const { return m_waiters.isNotified(); }

private:
    void addRoutes();
    using Handler = std::function<HttpAnswer()>;
    void respond(const QHttpServerRequest &request, QHttpServerResponder &responder,
                 const Handler &handler, bool mayCompress = true);
    std::optional<HttpAnswer> refusedByRateLimit(const QHttpServerRequest &request,
                                                 QString *client);
    void logAccess(QHttpServerRequest::Method method, QUrl url, const QString &client,
                   const HttpAnswer &answer, const QElapsedTimer &timer) const;
    std::optional<HttpAnswer> refusedJson(const QByteArray &body) const;
    std::optional<QString> device(const QHttpServerRequest &request) const;
    std::optional<QString> open311Client(const QHttpServerRequest &request) const;
    QString clientAddress(const QHttpServerRequest &request) const;
    void changes(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    HttpAnswer blob(const QString &sha256, const QHttpServerRequest &request) const;
    HttpAnswer submit(const QHttpServerRequest &request);
    HttpAnswer submissionStatus(const QString &reference, const QHttpServerRequest &request) const;
    HttpAnswer heartbeat(const QHttpServerRequest &request);
    HttpAnswer tokenCheck(const QHttpServerRequest &request, QString *client) const;

    DeviceTokens &m_tokens;
    const BlobDirectory &m_blobs;
    ServerStore &m_store;
    SubmissionStore &m_submissions;
    ServerSettings m_settings;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    ChangeFeed m_feed;
    ChangeWaiters m_waiters;
    Open311Api m_open311;
    FleetRegistry m_fleet;
    QHttpServer m_http;
    QPointer<GuardedTcpServer> m_tcp;
    QTimer m_drain;
    bool m_stopping = false;
};

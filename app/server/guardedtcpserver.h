#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTimer>
#include <chrono>

class QTcpSocket;

// The listening socket under QHttpServer, guarding what QtHttpServer 6.4 does not: it reads a
// whole request into memory whatever its size, and waits for ever on a client that sends one
// byte a minute. Here a connection is cut when a request grows past a byte limit (with a 413
// in JSON), when a request takes too long to arrive and be answered, when it idles too long
// between requests, and new connections beyond a maximum are refused with a 503. It also knows
// whether any request is still in flight, for a graceful shutdown.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxRequestBytes = 1024 * 1024 + 64 * 1024; // body plus headers
        std::chrono::milliseconds requestTime{90000};     // from first byte to answer sent
        std::chrono::milliseconds idleTime{120000};       // keep-alive between requests
        int maxConnections = 2000;
        std::chrono::milliseconds sweepInterval{1000};
    };

    explicit GuardedTcpServer(Limits limits, QObject *parent = nullptr);

    int connectionCount() const { return int(m_connections.size()); }
    // A request is in flight from its first byte until its answer has been written out.
    bool hasRequestsInFlight() const;
    // For shutdown: closes every connection that has no request in flight.
    void closeIdleConnections();

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Connection
    {
        qint64 received = 0; // bytes since the last answer was written out
        QElapsedTimer since; // since the request's first byte, or since the last answer
    };

    void readyRead(QTcpSocket *socket);
    void written(QTcpSocket *socket);
    void sweep();
    static void refuse(QTcpSocket *socket, const QByteArray &status, const QByteArray &code,
                       const QByteArray &message);

    Limits m_limits;
    QHash<QTcpSocket *, Connection> m_connections;
    QTimer m_sweep;
};

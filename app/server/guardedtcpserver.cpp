#include "guardedtcpserver.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

GuardedTcpServer::GuardedTcpServer(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // One timer for all connections, as for long polls: the cost does not grow per client.
    m_sweep.setInterval(m_limits.sweepInterval);
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweep.start();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_connections.size() >= m_limits.maxConnections) {
        qCWarning(lcServer) << "refused a connection: already" << m_connections.size()
                            << "open (limits/max_connections)";
        refuse(socket, "503 Service Unavailable", "busy",
               "The server has too many connections; try again shortly.");
        return;
    }
    Connection connection;
    connection.since.start();
    m_connections.insert(socket, connection);
    // Connected before QHttpServer takes the socket, so this sees every byte before it does.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readyRead(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { written(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
    addPendingConnection(socket);
}

void GuardedTcpServer::readyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->received == 0)
        it->since.restart();
    it->received += socket->bytesAvailable();
    if (it->received <= m_limits.maxRequestBytes)
        return;
    qCWarning(lcServer) << "cut off a request of more than" << m_limits.maxRequestBytes << "bytes";
    m_connections.erase(it);
    // Read what is there so that QHttpServer, whose slot runs next, parses nothing more.
    socket->readAll();
    refuse(socket, "413 Payload Too Large", "too_large",
           "The request is larger than the server accepts.");
}

void GuardedTcpServer::written(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    // A large blob to a kiosk on a slow link takes long to send, and that is no fault: while
    // bytes are moving the clock starts again, so only a stalled answer is cut off.
    it->since.restart();
    if (socket->bytesToWrite() == 0)
        it->received = 0;
}

bool GuardedTcpServer::hasRequestsInFlight() const
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.value().received > 0 || it.key()->bytesToWrite() > 0)
            return true;
    }
    return false;
}

void GuardedTcpServer::closeIdleConnections()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        if (m_connections.value(socket).received == 0 && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    }
}

void GuardedTcpServer::sweep()
{
    QList<QTcpSocket *> slow;
    QList<QTcpSocket *> idle;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const qint64 elapsed = it.value().since.elapsed();
        if (it.value().received > 0 && elapsed > m_limits.requestTime.count())
            slow << it.key();
        else if (it.value().received == 0 && elapsed > m_limits.idleTime.count())
            idle << it.key();
    }
    for (QTcpSocket *socket : std::as_const(slow)) {
        qCWarning(lcServer) << "cut off a request still unfinished after"
                            << m_limits.requestTime.count() / 1000 << "s";
        m_connections.remove(socket);
        socket->abort();
        socket->deleteLater();
    }
    for (QTcpSocket *socket : std::as_const(idle))
        socket->disconnectFromHost();
}

void GuardedTcpServer::refuse(QTcpSocket *socket, const QByteArray &status, const QByteArray &code,
                              const QByteArray &message)
{
    const QByteArray body = "{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}";
    socket->write("HTTP/1.1 " + status +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

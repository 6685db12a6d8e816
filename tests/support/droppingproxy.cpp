#include "droppingproxy.h"

#include <QPointer>
#include <QTcpSocket>

DroppingProxy::DroppingProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::onNewConnection);
}

bool DroppingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void DroppingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        const bool drop = m_toDrop > 0;
        if (drop)
            --m_toDrop;
        QPointer<QTcpSocket> clientGuard(client);
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, drop] {
            if (!drop) {
                client->write(upstream->readAll());
                return;
            }
            ++m_dropped;
            upstream->abort();
            client->abort();
            client->deleteLater();
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client, [clientGuard] {
            if (clientGuard)
                clientGuard->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

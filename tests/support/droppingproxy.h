#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

// A loopback TCP proxy to a real server that can lose answers: for the next N connections it
// forwards the request and, as soon as the server starts answering (so the server has done its
// work), closes both sides without passing a byte back. The client sees a dropped connection
// after the server committed: the case idempotency keys exist for.
class DroppingProxy final : public QObject
{
    Q_OBJECT

public:
    explicit DroppingProxy(quint16 upstreamPort, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void dropNextAnswers(int count) { m_toDrop = count; }
    int dropped() const { return m_dropped; }

private:
    void onNewConnection();

    quint16 m_upstreamPort;
    QTcpServer m_server;
    int m_toDrop = 0;
    int m_dropped = 0;
};

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpSocket>

// HTTP/1.1 over a plain socket, so a test controls every header byte (Accept-Encoding, a
// client that leaves half-way) and can hold hundreds of requests open at once.
class RawHttpClient final
{
public:
    struct Response
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
    };

    explicit RawHttpClient(quint16 port);

    void send(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // True once a whole response (by Content-Length) has arrived; call from QTRY_VERIFY.
    bool hasResponse();
    Response response() const { return m_response; }
    void disconnect() { m_socket.abort(); }

    // send() and wait for the answer (up to 30 s); status 0 when none came.
    static Response get(quint16 port, const QByteArray &path,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    Response m_response;
};

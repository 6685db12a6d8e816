#include "rawhttpclient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

QByteArray RawHttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawHttpClient::RawHttpClient(quint16 port)
    : m_port(port)
{}

void RawHttpClient::send(const QByteArray &path,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    request += "\r\n";
    m_socket.write(request);
}

bool RawHttpClient::hasResponse()
{
    if (m_response.status != 0)
        return true;
    m_buffer += m_socket.readAll();
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    Response response;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    response.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qint64 length = response.header("Content-Length").toLongLong();
    if (m_buffer.size() - end - 4 < length)
        return false;
    response.body = m_buffer.mid(end + 4, length);
    m_response = response;
    return true;
}

RawHttpClient::Response RawHttpClient::get(quint16 port, const QByteArray &path,
                                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // Runs the event loop while it waits, so a server in the same thread can answer.
    RawHttpClient client(port);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&client.m_socket, &QTcpSocket::readyRead, &loop, [&] {
        if (client.hasResponse())
            loop.quit();
    });
    QObject::connect(&client.m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    client.send(path, headers);
    deadline.start(30000);
    loop.exec();
    return client.m_response;
}

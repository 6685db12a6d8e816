#include "scriptedhttpserver.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qsizetype kMaxRequestHead = 64 * 1024; // a client sending more is not a client

bool hasHeader(const ScriptedHttpServer::Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray head(int status, const ScriptedHttpServer::Headers &headers)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                       ScriptedHttpServer::reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    return bytes;
}

} // namespace

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::raw(const QByteArray &bytes, AfterSend after)
{
    Reply reply;
    reply.kind = Kind::Send;
    reply.bytes = bytes;
    reply.after = after;
    return reply;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::http(int status, const Headers &headers,
                                                          const QByteArray &body, AfterSend after)
{
    Headers all = headers;
    if (!::hasHeader(all, "Content-Length"))
        all.append({QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())});
    if (after == AfterSend::Close && !::hasHeader(all, "Connection"))
        all.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    return raw(head(status, all) + "\r\n" + body, after);
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::json(int status, const QByteArray &body,
                                                          const Headers &headers, AfterSend after)
{
    Headers all{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    all += headers;
    return http(status, all, body, after);
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::truncated(int status, const Headers &headers,
                                                               const QByteArray &body,
                                                               qint64 declaredLength)
{
    Headers all = headers;
    all.append({QByteArrayLiteral("Content-Length"), QByteArray::number(declaredLength)});
    all.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    Reply reply = raw(head(status, all) + "\r\n" + body, AfterSend::Close);
    reply.kind = Kind::Truncated;
    return reply;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::hang()
{
    Reply reply;
    reply.kind = Kind::Hang;
    reply.after = AfterSend::KeepOpen;
    return reply;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::delayed(std::chrono::milliseconds delay) const
{
    Reply reply = *this;
    reply.delay = delay;
    return reply;
}

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ScriptedHttpServer::Request::hasHeader(const QByteArray &name) const
{
    return ::hasHeader(headers, name);
}

QString ScriptedHttpServer::Request::path() const
{
    const qsizetype question = target.indexOf('?');
    return QString::fromLatin1(question < 0 ? target : target.left(question));
}

QUrlQuery ScriptedHttpServer::Request::query() const
{
    const qsizetype question = target.indexOf('?');
    return QUrlQuery(question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1)));
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
    m_buffers.clear();
}

bool ScriptedHttpServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void ScriptedHttpServer::close()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_buffers.clear();
}

bool ScriptedHttpServer::waitUntilNoConnections(std::chrono::milliseconds timeout)
{
    if (m_buffers.isEmpty())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &ScriptedHttpServer::connectionClosed, &loop, [this, &loop] {
        if (m_buffers.isEmpty())
            loop.quit();
    });
    deadline.start(timeout);
    loop.exec();
    return m_buffers.isEmpty();
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void ScriptedHttpServer::enqueue(const Reply &reply)
{
    m_script.enqueue(reply);
}

QByteArray ScriptedHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 410:
        return QByteArrayLiteral("Gone");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    }
    return QByteArrayLiteral("Status");
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
            emit connectionClosed();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it.value() += socket->readAll();
    for (;;) {
        QByteArray &buffer = it.value();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > kMaxRequestHead)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        request.requestLine = lines.value(0).trimmed();
        const QList<QByteArray> parts = request.requestLine.split(' ');
        request.method = parts.value(0);
        request.target = parts.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const qint64 bodyLength = request.header("Content-Length").toLongLong();
        if (buffer.size() - end - 4 < bodyLength)
            return; // the body is still on its way
        buffer.remove(0, end + 4 + bodyLength);

        m_requests.append(request);
        const Reply reply = m_script.isEmpty()
                                ? Reply::json(500, QByteArrayLiteral("{\"error\": \"unscripted\", "
                                                                     "\"message\": \"the test "
                                                                     "scripted no answer\"}"))
                                : m_script.dequeue();
        emit requestReceived();
        answer(socket, reply);
        if (reply.after == AfterSend::Close || reply.kind != Reply::Kind::Send) {
            // Whatever else arrives on this connection goes unanswered.
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            return;
        }
        it = m_buffers.find(socket);
        if (it == m_buffers.end())
            return;
    }
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const Reply &reply)
{
    if (reply.delay.count() > 0)
        QTimer::singleShot(reply.delay, socket, [this, socket, reply] { send(socket, reply); });
    else
        send(socket, reply);
}

void ScriptedHttpServer::send(QTcpSocket *socket, const Reply &reply)
{
    switch (reply.kind) {
    case Reply::Kind::Hang:
        return;
    case Reply::Kind::Send:
        socket->write(reply.bytes);
        if (reply.after == AfterSend::Close)
            socket->disconnectFromHost();
        return;
    case Reply::Kind::Truncated:
        socket->write(reply.bytes);
        socket->disconnectFromHost();
        return;
    }
}

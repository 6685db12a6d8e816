#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>

class QTcpSocket;

// An HTTP/1.1 server on 127.0.0.1 that answers each request it receives with the next scripted
// reply, in order, whatever was asked: well-formed answers, raw bytes, bodies cut short, or
// silence. It records every request (request line and headers) so a test can check what the
// client sent. A request that arrives when the script is empty is recorded and answered
// 500 "unscripted", so a test sees it both in requests() and in the client's result.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    enum class AfterSend
    {
        Close,    // close the connection once the bytes are written
        KeepOpen, // keep it open and read further requests on it
    };

    struct Reply
    {
        enum class Kind
        {
            Send,      // write `bytes`, then close or keep open
            Truncated, // write `bytes` (head with a Content-Length larger than the body) and close
            Hang,      // accept the request and never answer
        };

        Kind kind = Kind::Send;
        QByteArray bytes;
        AfterSend after = AfterSend::Close;
        std::chrono::milliseconds delay{0}; // wait this long (a QTimer) before answering

        // Exactly these bytes: status line, headers and body as given.
        static Reply raw(const QByteArray &bytes, AfterSend after = AfterSend::Close);
        // A well-formed answer: adds Content-Length, and "Connection: close" when closing.
        static Reply http(int status, const Headers &headers, const QByteArray &body,
                          AfterSend after = AfterSend::Close);
        // A JSON answer (Content-Type: application/json) with extra headers.
        static Reply json(int status, const QByteArray &body, const Headers &headers = {},
                          AfterSend after = AfterSend::Close);
        // Status line and headers announcing `declaredLength` bytes, then only `body`, then close.
        static Reply truncated(int status, const Headers &headers, const QByteArray &body,
                               qint64 declaredLength);
        static Reply hang();

        // The same reply, sent `delay` after the request has arrived.
        Reply delayed(std::chrono::milliseconds delay) const;
    };

    struct Request
    {
        QByteArray requestLine; // "GET /api/v1/changes?since=0&limit=500 HTTP/1.1"
        QByteArray method;
        QByteArray target; // path and query as sent
        Headers headers;   // in the order received, names as sent

        // The value of the first header of that name (case-insensitive); empty when absent.
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
        QString path() const;
        QUrlQuery query() const;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    // Listens on 127.0.0.1, on a free port by default (or `port`, e.g. to come back after
    // close()).
    bool listen(quint16 port = 0);
    // Stops listening and drops every open connection: a client now gets "connection refused".
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    void enqueue(const Reply &reply);
    qsizetype pendingReplies() const { return m_script.size(); }

    const QList<Request> &requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.value(m_requests.size() - 1); }
    int openConnections() const { return int(m_buffers.size()); }
    // Runs the event loop until every connection has been closed (by either side), or
    // `timeout` has passed; true when none is left open.
    bool waitUntilNoConnections(std::chrono::milliseconds timeout);

    // The raw form of a status code's reason phrase, for building answers by hand.
    static QByteArray reasonPhrase(int status);

signals:
    void requestReceived();
    void connectionClosed();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Reply &reply);
    void send(QTcpSocket *socket, const Reply &reply);

    QTcpServer m_server;
    quint16 m_port = 0;
    QQueue<Reply> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers; // open connections and what they sent so far
};

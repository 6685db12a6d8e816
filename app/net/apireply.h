#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <chrono>
#include <optional>

// Collects one reply's body under a size limit and classifies how it ended, the same way for
// every endpoint: what the protocol says to do next depends only on this classification.
class ApiReply final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Ok,           // 2xx with a body within limits
        NotModified,  // 304
        Gone,         // 410: the cursor is older than the server keeps
        Unauthorized, // 401/403: the device token is unknown or revoked
        Refused,      // other 4xx: our request was wrong; retrying will not help
        Unavailable,  // 408/429/5xx: try again later
        NetworkError, // no connection, timeout, TLS failure
        TooLarge,     // the body exceeded the limit
    };

    ApiReply(QNetworkReply *reply, qint64 maxBytes, QObject *parent = nullptr);
    ~ApiReply() override;

    Outcome outcome() const { return m_outcome; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    qint64 bytesReceived() const { return m_bytesReceived; } // as on the wire (compressed)
    QByteArray header(const QByteArray &name) const;
    std::optional<std::chrono::seconds> retryAfter() const;
    // A sentence for the log: the server's {"error","message"} where it sent one.
    QString errorText() const { return m_errorText; }
    // The server answered but its certificate was not trusted, or its key not a pinned one.
    bool tlsRefused() const { return m_tlsRefused; }

    static QString outcomeName(Outcome outcome);

signals:
    void finished();

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();

    QPointer<QNetworkReply> m_reply; // the network manager may delete it first at shutdown
    qint64 m_maxBytes;
    QByteArray m_body;
    qint64 m_bytesReceived = 0;
    Outcome m_outcome = Outcome::NetworkError;
    int m_httpStatus = 0;
    QString m_errorText;
    bool m_tooLarge = false;
    bool m_tlsRefused = false;
};

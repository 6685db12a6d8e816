#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// The kiosk's side of the HTTP contract: base URL, device token, and an explicit transfer
// timeout on every request (Qt has none by default, and a hung server must not hang sync).
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl;
        QByteArray deviceToken;
        std::chrono::milliseconds timeout{30000};
        qint64 maxResponseBytes = 64 * 1024 * 1024;
        QString caFile{};         // PEM: authorities trusted besides the system's
        QStringList pinnedKeys{}; // base64 SHA-256 of the server's SubjectPublicKeyInfo
    };

    // Set on a reply that was cut off because the server's key is not a pinned one: the
    // reason, in words, for the log.
    static constexpr const char *TlsProblemProperty = "mkTlsProblem";

    ApiClient(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QNetworkReply *get(const QString &path, const QUrlQuery &query,
                       std::chrono::milliseconds timeout, const Headers &headers = {});
    QNetworkReply *get(const QString &path, const QUrlQuery &query = {});
    QNetworkReply *post(const QString &path, const QByteArray &body, const Headers &headers);

    const Options &options() const { return m_options; }

private:
    void checkPinnedKey(QNetworkReply *reply) const;
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query,
                                std::chrono::milliseconds timeout) const;

    QNetworkAccessManager *m_network;
    Options m_options;
    QSslConfiguration m_tls;
    QSet<QByteArray> m_pins; // raw SHA-256 digests
};

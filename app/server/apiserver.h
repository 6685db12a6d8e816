#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <optional>

class DeviceTokens;
class ServerStore;
class QHttpServerRequest;

// The HTTP face of the server: the kiosk API of docs/protocol.md.
class ApiServer final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int defaultPageLimit = 500;
        int maxPageLimit = 5000;
    };

    ApiServer(ServerStore &store, DeviceTokens &tokens, Options options, QObject *parent = nullptr);

    // The port actually bound (useful with port 0), or 0 when the address cannot be bound.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void addRoutes();
    std::optional<QString> device(const QHttpServerRequest &request) const;
    QHttpServerResponse changes(const QHttpServerRequest &request);

    ServerStore &m_store;
    DeviceTokens &m_tokens;
    Options m_options;
    QHttpServer m_http;
};

#include "apiserver.h"

#include "devicetokens.h"
#include "serverstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServer, "server")

namespace {

using Status = QHttpServerResponder::StatusCode;

} // namespace

ApiServer::ApiServer(ServerStore &store, DeviceTokens &tokens, ChangeFeed::Limits limits,
                     QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_feed(store, limits)
    , m_waiters(store, m_feed)
{
    addRoutes();
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

void ApiServer::addRoutes()
{
    m_http.route(QStringLiteral("/api/v1/changes"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     changes(request, std::move(responder));
                 });

    m_http.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            qCInfo(lcServer).noquote() << "404" << request.url().path();
            HttpAnswer::error(Status::NotFound, "not_found",
                              QStringLiteral("There is no such resource or method."))
                .write(responder, false);
        });
}

std::optional<QString> ApiServer::device(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    static const QByteArray prefix("Bearer ");
    if (!header.startsWith(prefix))
        return std::nullopt;
    return m_tokens.authenticate(header.mid(prefix.size()).trimmed());
}

void ApiServer::changes(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const bool gzip = HttpAnswer::acceptsGzip(request);
    const auto kiosk = device(request);
    if (!kiosk) {
        HttpAnswer::error(Status::Unauthorized, "unauthorized",
                          QStringLiteral("A valid device token is required."))
            .write(responder, gzip);
        return;
    }
    HttpAnswer error;
    const auto parsed = m_feed.parse(request, &error);
    if (!parsed) {
        error.write(responder, gzip);
        return;
    }
    const auto answer = m_feed.answer(*parsed, true);
    if (!answer) {
        qCDebug(lcServer).noquote() << "changes" << *kiosk << "waits from" << parsed->since;
        m_waiters.park(*parsed, std::move(responder));
        return;
    }
    qCInfo(lcServer).noquote() << "changes" << *kiosk << "since" << parsed->since << "->"
                               << int(answer->status) << answer->body.size() << "bytes";
    answer->write(responder, parsed->gzip);
}

#include "apiserver.h"

#include "apierror.h"
#include "devicetokens.h"
#include "serverstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcServer, "server")

namespace {

using Status = QHttpServerResponse::StatusCode;

// Parses a non-negative whole number query parameter; nullopt when absent.
std::optional<qint64> number(const QUrlQuery &query, const QString &key, bool *valid)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < 0)
        *valid = false;
    return value;
}

} // namespace

ApiServer::ApiServer(ServerStore &store, DeviceTokens &tokens, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tokens(tokens)
    , m_options(options)
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
                 [this](const QHttpServerRequest &request) { return changes(request); });

    m_http.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            qCInfo(lcServer).noquote() << "404" << request.url().path();
            apiError(Status::NotFound, QStringLiteral("not_found"),
                     QStringLiteral("There is no such resource or method."))
                .write(std::move(responder));
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

QHttpServerResponse ApiServer::changes(const QHttpServerRequest &request)
{
    const auto kiosk = device(request);
    if (!kiosk)
        return apiError(Status::Unauthorized, QStringLiteral("unauthorized"),
                        QStringLiteral("A valid device token is required."));

    const QUrlQuery query = request.query();
    bool valid = true;
    const qint64 since = number(query, QStringLiteral("since"), &valid).value_or(0);
    const qint64 limit =
        number(query, QStringLiteral("limit"), &valid).value_or(m_options.defaultPageLimit);
    if (!valid || limit < 1)
        return apiError(Status::BadRequest, QStringLiteral("bad_request"),
                        QStringLiteral("since and limit must be whole numbers, limit at least 1."));
    if (since < m_store.floor())
        return apiError(Status::Gone, QStringLiteral("resync"),
                        QStringLiteral("The cursor is older than the server keeps; rebuild the "
                                       "cache from 0."));

    QString error;
    const auto page =
        m_store.changesSince(since, int(std::min<qint64>(limit, m_options.maxPageLimit)), &error);
    if (!page) {
        qCCritical(lcServer).noquote() << "changes query failed:" << error;
        return apiError(Status::InternalServerError, QStringLiteral("internal"),
                        QStringLiteral("The server could not read its store."));
    }
    qCInfo(lcServer).noquote() << "changes" << *kiosk << "since" << since << "->" << page->next
                               << page->count << "changes";
    const QByteArray body =
        "{\"since\":" + QByteArray::number(since) + ",\"next\":" + QByteArray::number(page->next) +
        ",\"more\":" + (page->more ? "true" : "false") + ",\"changes\":" + page->changesJson + '}';
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
}

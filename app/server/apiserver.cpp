#include "apiserver.h"

#include "blobdirectory.h"
#include "devicetokens.h"
#include "formdecoder.h"
#include "guardedtcpserver.h"
#include "jsonnesting.h"
#include "serverstore.h"
#include "submissionstore.h"
#include "submissionvalidator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcServer, "server")
Q_LOGGING_CATEGORY(lcAccess, "server.access")

namespace {

using Status = QHttpServerResponder::StatusCode;

} // namespace

namespace {

ChangeFeed::Limits feedLimits(const ServerSettings &settings)
{
    ChangeFeed::Limits limits;
    limits.maxPageLimit = settings.maxPageLimit;
    limits.defaultPageLimit = std::min(limits.defaultPageLimit, settings.maxPageLimit);
    limits.maxWaitSeconds = settings.maxWaitSeconds;
    return limits;
}

} // namespace

ApiServer::ApiServer(ServerStore &store, DeviceTokens &tokens, const BlobDirectory &blobs,
                     SubmissionStore &submissions, const ServerSettings &settings,
                     std::chrono::milliseconds feedPollInterval, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_blobs(blobs)
    , m_store(store)
    , m_submissions(submissions)
    , m_settings(settings)
    , m_limiter(settings.requestsPerMinute, settings.requestBurst,
                [this] { return m_clock.elapsed(); })
    , m_feed(store, feedLimits(settings))
    , m_waiters(store, m_feed, feedPollInterval)
    , m_open311(store, tokens, submissions)
    , m_fleet(store.database())
{
    m_clock.start();
    addRoutes();
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    GuardedTcpServer::Limits limits;
    limits.maxRequestBytes = m_settings.maxBodyBytes + 64 * 1024;
    limits.requestTime =
        std::chrono::seconds(m_settings.requestSeconds + m_settings.maxWaitSeconds);
    limits.maxConnections = m_settings.maxConnections;
    auto *tcp = new GuardedTcpServer(limits, this);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    m_tcp = tcp;
    m_http.bind(tcp);
    return tcp->serverPort();
}

void ApiServer::shutdown(std::chrono::milliseconds grace)
{
    if (m_stopping)
        return; // a second signal while draining changes nothing
    m_stopping = true;
    if (!m_tcp) {
        emit stopped(true);
        return;
    }
    m_tcp->close();
    qCInfo(lcServer) << "stopping: answering" << m_waiters.count()
                     << "long polls and finishing the requests in flight";
    m_waiters.releaseAll();
    QElapsedTimer waited;
    waited.start();
    m_drain.setInterval(20);
    connect(&m_drain, &QTimer::timeout, this, [this, waited, grace] {
        const bool idle = !m_tcp->hasRequestsInFlight();
        if (!idle && waited.elapsed() < grace.count())
            return;
        m_drain.stop();
        if (!idle)
            qCWarning(lcServer) << "stopped with requests still in flight after" << grace.count()
                                << "ms";
        m_tcp->closeIdleConnections();
        emit stopped(idle);
    });
    m_drain.start();
}

void ApiServer::respond(const QHttpServerRequest &request, QHttpServerResponder &responder,
                        const Handler &handler, bool mayCompress)
{
    QElapsedTimer timer;
    timer.start();
    QString client;
    const auto refused = refusedByRateLimit(request, &client);
    HttpAnswer answer = refused ? *refused : handler();
    if (m_stopping)
        answer.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    answer.write(responder, mayCompress && HttpAnswer::acceptsGzip(request));
    logAccess(request.method(), request.url(), client, answer, timer);
}

std::optional<HttpAnswer> ApiServer::refusedByRateLimit(const QHttpServerRequest &request,
                                                        QString *client)
{
    // Per device when the token is valid (a kiosk's bearer token, an Open311 client's
    // api_key); otherwise per address, which is used for nothing else and never logged.
    auto kiosk = device(request);
    if (!kiosk && request.url().path().startsWith(QLatin1String("/open311/")))
        kiosk = open311Client(request);
    *client = kiosk ? *kiosk : QStringLiteral("-");
    const QString key = kiosk ? QStringLiteral("device:") + *kiosk
                              : QStringLiteral("address:") + clientAddress(request);
    const auto wait = m_limiter.admit(key);
    if (!wait)
        return std::nullopt;
    const QString message = QStringLiteral("Too many requests; try again in %1 s.").arg(*wait);
    // Open311 clients parse GeoReport's error shape, as for every other error under /open311/.
    HttpAnswer answer = request.url().path().startsWith(QLatin1StringView("/open311/"))
                            ? Open311Api::error(429, message)
                            : HttpAnswer::error(Status::TooManyRequests, "rate_limited", message);
    answer.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(*wait)});
    return answer;
}

void ApiServer::logAccess(QHttpServerRequest::Method method, QUrl url, const QString &client,
                          const HttpAnswer &answer, const QElapsedTimer &timer) const
{
    if (!m_settings.accessLog)
        return;
    // The query says which page of the feed or which Open311 filter; an api_key put there by
    // a careless client is a secret and stays out. No address, no body.
    // Only the parameters the API defines are logged: a client that puts a form
    // (names, e-mail, an api_key) in the query string must not put it in the log.
    static const QStringList logged{QStringLiteral("since"),
                                    QStringLiteral("limit"),
                                    QStringLiteral("wait"),
                                    QStringLiteral("fresh"),
                                    QStringLiteral("service_code"),
                                    QStringLiteral("status"),
                                    QStringLiteral("start_date"),
                                    QStringLiteral("end_date"),
                                    QStringLiteral("service_request_id"),
                                    QStringLiteral("jurisdiction_id")};
    QUrlQuery query(url);
    const auto items = query.queryItems();
    QUrlQuery kept;
    for (const auto &[name, value] : items) {
        if (logged.contains(name))
            kept.addQueryItem(name, value);
    }
    url.setQuery(kept);
    static const QHash<QHttpServerRequest::Method, const char *> methods{
        {QHttpServerRequest::Method::Get, "GET"},
        {QHttpServerRequest::Method::Post, "POST"},
        {QHttpServerRequest::Method::Put, "PUT"},
        {QHttpServerRequest::Method::Delete, "DELETE"},
        {QHttpServerRequest::Method::Head, "HEAD"},
        {QHttpServerRequest::Method::Options, "OPTIONS"},
        {QHttpServerRequest::Method::Patch, "PATCH"}};
    qCInfo(lcAccess).noquote() << client << methods.value(method, "OTHER")
                               << url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                               << int(answer.status) << answer.body.size()
                               << QStringLiteral("%1ms").arg(timer.elapsed());
}

std::optional<QString> ApiServer::open311Client(const QHttpServerRequest &request) const
{
    QString key =
        QUrlQuery(request.url()).queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded);
    if (key.isEmpty() && request.method() == QHttpServerRequest::Method::Post &&
        request.body().size() <= m_settings.maxBodyBytes)
        key = FormDecoder::decode(request.body()).value(u"api_key");
    if (key.isEmpty())
        return std::nullopt;
    return m_tokens.authenticate(key.toUtf8());
}

QString ApiServer::clientAddress(const QHttpServerRequest &request) const
{
    // Behind nginx every request comes from the proxy's address; the client's is the last one
    // the proxy appended to X-Forwarded-For. Only a trusted proxy is believed.
    const QHostAddress peer = request.remoteAddress();
    bool trusted = false;
    for (const QString &proxy : m_settings.trustedProxies)
        trusted = trusted || QHostAddress(proxy).isEqual(peer, QHostAddress::TolerantConversion);
    const QByteArray forwarded = request.value("X-Forwarded-For");
    if (trusted && !forwarded.isEmpty())
        return QString::fromLatin1(forwarded.split(',').constLast().trimmed());
    return peer.toString();
}

std::optional<HttpAnswer> ApiServer::refusedJson(const QByteArray &body) const
{
    if (body.size() > m_settings.maxBodyBytes)
        return HttpAnswer::error(
            Status::PayloadTooLarge, "too_large",
            QStringLiteral("A request body may be at most %1 bytes.").arg(m_settings.maxBodyBytes));
    // Checked before parsing: a deeply nested body costs the parser memory and time.
    if (JsonNesting::depth(body, m_settings.maxJsonDepth) > m_settings.maxJsonDepth)
        return HttpAnswer::error(
            Status::BadRequest, "too_deep",
            QStringLiteral("JSON may nest at most %1 levels.").arg(m_settings.maxJsonDepth));
    return std::nullopt;
}

void ApiServer::addRoutes()
{
    m_http.route(QStringLiteral("/api/v1/changes"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     changes(request, std::move(responder));
                 });

    // Blobs go out as they are: images and PDFs do not shrink, and ranges count raw bytes.
    m_http.route(QStringLiteral("/api/v1/blobs/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &sha256, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     respond(
                         request, responder, [&] { return blob(sha256, request); }, false);
                 });

    m_http.route(QStringLiteral("/api/v1/submissions"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     respond(request, responder, [&] { return submit(request); });
                 });
    m_http.route(QStringLiteral("/api/v1/submissions/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &reference, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     respond(request, responder,
                             [&] { return submissionStatus(reference, request); });
                 });

    // For a caching proxy in front (packaging/nginx/municipal-server-cluster.conf): nginx asks
    // whether a kiosk's token is valid before it answers with a change-feed page from its
    // cache, so a revoked kiosk reads nothing there either.
    // Not rate-limited: the request nginx asks about is limited when it reaches a server, and
    // a 429 here would reach the kiosk as nginx's 500. nginx does not pass this path from
    // outside (only its own subrequest reaches it).
    m_http.route(QStringLiteral("/api/v1/token"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     QElapsedTimer timer;
                     timer.start();
                     QString client;
                     const HttpAnswer answer = tokenCheck(request, &client);
                     answer.write(responder, false);
                     logAccess(request.method(), request.url(), client, answer, timer);
                 });

    m_http.route(QStringLiteral("/api/v1/heartbeat"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     respond(request, responder, [&] { return heartbeat(request); });
                 });

    // Open311 GeoReport v2, JSON only (Open311Api; docs/protocol.md). Each route takes the
    // last path segment whole ("requests.json"): QtHttpServer's <arg> stops only at '/', so
    // Open311Api splits off the format itself and can answer .xml with an error in the
    // Open311 shape. Anything else under /open311/ gets that shape too.
    m_http.route(QStringLiteral("/open311/v2/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &file, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     respond(request, responder, [&] { return m_open311.get(file, request); });
                 });
    m_http.route(QStringLiteral("/open311/v2/<arg>"), QHttpServerRequest::Method::Post,
                 [this](const QString &file, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     respond(request, responder, [&] {
                         if (request.body().size() > m_settings.maxBodyBytes)
                             return Open311Api::error(413, QStringLiteral("The request is too "
                                                                          "large."));
                         return m_open311.post(file, request);
                     });
                 });
    m_http.route(QStringLiteral("/open311/v2/services/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &file, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     respond(request, responder, [&] { return m_open311.serviceDefinition(file); });
                 });
    m_http.route(QStringLiteral("/open311/v2/requests/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &file, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     respond(request, responder, [&] { return m_open311.serviceRequest(file); });
                 });
    m_http.route(
        QStringLiteral("/open311/<arg>"), QHttpServerRequest::Method::AnyKnown,
        [this](const QUrl &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            respond(request, responder, [] { return Open311Api::notFound(); });
        });

    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            respond(request, responder, [] {
                return HttpAnswer::error(Status::NotFound, "not_found",
                                         QStringLiteral("There is no such resource or method."));
            });
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
    QElapsedTimer timer;
    timer.start();
    QString client;
    const bool gzip = HttpAnswer::acceptsGzip(request);
    const auto finish = [&](const HttpAnswer &answer) {
        answer.write(responder, gzip);
        logAccess(request.method(), request.url(), client, answer, timer);
    };
    if (const auto refused = refusedByRateLimit(request, &client))
        return finish(*refused);
    if (client == QLatin1String("-"))
        return finish(HttpAnswer::error(Status::Unauthorized, "unauthorized",
                                        QStringLiteral("A valid device token is required.")));
    HttpAnswer error;
    const auto parsed = m_feed.parse(request, &error);
    if (!parsed)
        return finish(error);
    // While stopping, nobody is parked again: a kiosk that asks again at once after its
    // released long poll gets its answer now, and is told to close the connection.
    if (auto answer = m_feed.answer(*parsed, !m_stopping)) {
        if (m_stopping)
            answer->headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
        return finish(*answer);
    }
    qCDebug(lcServer).noquote() << "changes" << client << "waits from" << parsed->since;
    // The request outlives this call; the access log needs only copies.
    m_waiters.park(
        *parsed, std::move(responder),
        [this, method = request.method(), url = request.url(), client,
         timer](const HttpAnswer &answer) { logAccess(method, url, client, answer, timer); });
}

HttpAnswer ApiServer::blob(const QString &sha256, const QHttpServerRequest &request) const
{
    if (!device(request))
        return HttpAnswer::error(Status::Unauthorized, "unauthorized",
                                 QStringLiteral("A valid device token is required."));
    if (!m_blobs.has(sha256))
        return HttpAnswer::error(Status::NotFound, "not_found",
                                 QStringLiteral("There is no such blob."));
    QFile file(m_blobs.path(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcServer).noquote() << "cannot read blob" << sha256 << file.errorString();
        return HttpAnswer::error(Status::InternalServerError, "internal",
                                 QStringLiteral("The server could not read the blob."));
    }
    const qint64 size = file.size();
    HttpAnswer answer;
    answer.contentType = "application/octet-stream";
    // A blob is named by its content: it never changes, so any cache may keep it for ever.
    answer.headers = {{QByteArrayLiteral("ETag"), '"' + sha256.toLatin1() + '"'},
                      {QByteArrayLiteral("Cache-Control"),
                       QByteArrayLiteral("public, max-age=31536000, immutable")},
                      {QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")}};

    // Range: bytes=N- or bytes=N-M, so a kiosk on a link that drops can resume.
    const QByteArray range = request.value("Range").trimmed();
    qint64 first = 0;
    qint64 last = size - 1;
    if (range.startsWith("bytes=") && !range.contains(',')) {
        const QList<QByteArray> bounds = range.mid(6).split('-');
        bool firstOk = false;
        bool lastOk = true;
        first = bounds.value(0).toLongLong(&firstOk);
        if (bounds.size() == 2 && !bounds.at(1).isEmpty())
            last = std::min(bounds.at(1).toLongLong(&lastOk), size - 1);
        if (!firstOk || !lastOk || bounds.size() != 2 || first > last || first >= size) {
            HttpAnswer refused =
                HttpAnswer::error(Status::RequestRangeNotSatisfiable, "bad_range",
                                  QStringLiteral("The range asked for is not within the blob."));
            refused.headers.append(
                {QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size)});
            return refused;
        }
        answer.status = Status::PartialContent;
        answer.headers.append({QByteArrayLiteral("Content-Range"),
                               "bytes " + QByteArray::number(first) + '-' +
                                   QByteArray::number(last) + '/' + QByteArray::number(size)});
    }
    file.seek(first);
    answer.body = file.read(last - first + 1);
    return answer;
}

HttpAnswer ApiServer::submit(const QHttpServerRequest &request)
{
    const auto kiosk = device(request);
    if (!kiosk)
        return HttpAnswer::error(Status::Unauthorized, "unauthorized",
                                 QStringLiteral("A valid device token is required."));
    const QByteArray body = request.body();
    if (const auto refused = refusedJson(body))
        return *refused;
    static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9-]{8,100}$"));
    const QByteArray key = request.value("Idempotency-Key").trimmed();
    if (!keyShape.match(QString::fromLatin1(key)).hasMatch())
        return HttpAnswer::error(Status::BadRequest, "bad_request",
                                 QStringLiteral("An Idempotency-Key header (a UUID) is required."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpAnswer::error(Status::BadRequest, "bad_request",
                                 QStringLiteral("The body must be a JSON object."));
    const QJsonObject root = document.object();
    SubmissionStore::Incoming incoming;
    incoming.key = key;
    incoming.bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    incoming.type = root.value(QLatin1StringView("type")).toString();
    incoming.device = *kiosk;
    incoming.createdAt = root.value(QLatin1StringView("created_at")).toString();
    incoming.locale = root.value(QLatin1StringView("locale")).toString();
    incoming.payload = root.value(QLatin1StringView("payload")).toObject();

    const SubmissionValidator validator(
        [this](Collection collection, const QString &id) { return m_store.item(collection, id); });
    const auto check = [&validator, &root](const SubmissionStore::Incoming &in) -> QString {
        if (!SubmissionValidator::isKnownType(in.type))
            return QStringLiteral("'type' must be complaint, suggestion, survey_response or "
                                  "forum_post");
        if (!QDateTime::fromString(in.createdAt, Qt::ISODate).isValid())
            return QStringLiteral("'created_at' must be an ISO 8601 date and time");
        if (in.locale != QLatin1String("es") && in.locale != QLatin1String("en"))
            return QStringLiteral("'locale' must be es or en");
        if (!root.value(QLatin1StringView("payload")).isObject())
            return QStringLiteral("'payload' must be an object");
        return validator.problem(in.type, in.payload);
    };

    const SubmissionStore::Outcome outcome = m_submissions.receive(incoming, check);
    using Kind = SubmissionStore::Outcome::Kind;
    HttpAnswer answer;
    switch (outcome.kind) {
    case Kind::Created:
        answer.status = Status::Created;
        answer.body = outcome.answer;
        qCInfo(lcServer).noquote()
            << "submission" << incoming.type << "from" << *kiosk << "->" << outcome.answer;
        return answer;
    case Kind::Replayed:
        answer.body = outcome.answer;
        qCInfo(lcServer).noquote() << "submission replayed by" << *kiosk << "->" << outcome.answer;
        return answer;
    case Kind::KeyReused:
        return HttpAnswer::error(Status::UnprocessableEntity, "idempotency_key_reused",
                                 outcome.error);
    case Kind::Invalid:
        return HttpAnswer::error(Status::UnprocessableEntity, "invalid", outcome.error);
    case Kind::Failed:
        break;
    }
    qCCritical(lcServer).noquote() << "cannot store a submission:" << outcome.error;
    return HttpAnswer::error(Status::InternalServerError, "internal",
                             QStringLiteral("The server could not store the submission; send it "
                                            "again later."));
}

HttpAnswer ApiServer::submissionStatus(const QString &reference,
                                       const QHttpServerRequest &request) const
{
    if (!device(request))
        return HttpAnswer::error(Status::Unauthorized, "unauthorized",
                                 QStringLiteral("A valid device token is required."));
    const auto status = m_submissions.publicStatus(reference);
    if (!status)
        return HttpAnswer::error(Status::NotFound, "not_found",
                                 QStringLiteral("There is no submission with that reference."));
    HttpAnswer answer;
    answer.body = QJsonDocument(*status).toJson(QJsonDocument::Compact);
    return answer;
}

HttpAnswer ApiServer::tokenCheck(const QHttpServerRequest &request, QString *client) const
{
    const auto kiosk = device(request);
    *client = kiosk.value_or(QStringLiteral("-"));
    if (!kiosk)
        return HttpAnswer::error(Status::Unauthorized, "unauthorized",
                                 QStringLiteral("A valid device token is required."));
    HttpAnswer answer;
    answer.status = Status::NoContent;
    answer.headers = {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}};
    return answer;
}

HttpAnswer ApiServer::heartbeat(const QHttpServerRequest &request)
{
    const auto kiosk = device(request);
    if (!kiosk)
        return HttpAnswer::error(Status::Unauthorized, "unauthorized",
                                 QStringLiteral("A valid device token is required."));
    const QByteArray body = request.body();
    if (body.size() > FleetRegistry::maxBodyBytes)
        return HttpAnswer::error(Status::PayloadTooLarge, "too_large",
                                 QStringLiteral("A heartbeat may be at most %1 bytes.")
                                     .arg(FleetRegistry::maxBodyBytes));
    if (const auto refused = refusedJson(body))
        return *refused;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpAnswer::error(Status::BadRequest, "bad_request",
                                 QStringLiteral("The body must be a JSON object."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    switch (m_fleet.record(*kiosk, document.object(), now, &error)) {
    case FleetRegistry::Recorded::Stored:
        break;
    case FleetRegistry::Recorded::Invalid:
        qCInfo(lcServer).noquote() << "heartbeat from" << *kiosk << "refused:" << error;
        return HttpAnswer::error(Status::BadRequest, "bad_request", error);
    case FleetRegistry::Recorded::Failed:
        qCCritical(lcServer).noquote() << error;
        return HttpAnswer::error(Status::InternalServerError, "internal",
                                 QStringLiteral("The server could not store the heartbeat."));
    }
    qCDebug(lcServer).noquote() << "heartbeat from" << *kiosk;
    // The kiosk learns how far behind it is and how far its clock is off, for its own log.
    HttpAnswer answer;
    answer.body =
        QJsonDocument(QJsonObject{{QStringLiteral("server_time"), now.toString(Qt::ISODate)},
                                  {QStringLiteral("latest_seq"), m_store.latestSeq()}})
            .toJson(QJsonDocument::Compact);
    return answer;
}

#include "apiserver.h"

#include "blobdirectory.h"
#include "devicetokens.h"
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

Q_LOGGING_CATEGORY(lcServer, "server")

namespace {

using Status = QHttpServerResponder::StatusCode;

} // namespace

ApiServer::ApiServer(ServerStore &store, DeviceTokens &tokens, const BlobDirectory &blobs,
                     SubmissionStore &submissions, ChangeFeed::Limits limits, qint64 maxBodyBytes,
                     QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_blobs(blobs)
    , m_store(store)
    , m_submissions(submissions)
    , m_maxBodyBytes(maxBodyBytes)
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

    m_http.route(QStringLiteral("/api/v1/blobs/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &sha256, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     blob(sha256, request).write(responder, false);
                 });

    m_http.route(QStringLiteral("/api/v1/submissions"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     submit(request).write(responder, HttpAnswer::acceptsGzip(request));
                 });
    m_http.route(QStringLiteral("/api/v1/submissions/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &reference, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     submissionStatus(reference, request).write(responder, false);
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
    if (body.size() > m_maxBodyBytes)
        return HttpAnswer::error(
            Status::PayloadTooLarge, "too_large",
            QStringLiteral("A submission may be at most %1 bytes.").arg(m_maxBodyBytes));
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

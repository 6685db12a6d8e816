#include "httpanswer.h"

#include "gzip.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qsizetype kCompressAbove = 1024;

} // namespace

bool HttpAnswer::acceptsGzip(const QHttpServerRequest &request)
{
    const QList<QByteArray> codings = request.value("Accept-Encoding").split(',');
    for (const QByteArray &coding : codings) {
        const QByteArray name = coding.split(';').value(0).trimmed().toLower();
        if (name == "gzip" && !coding.contains("q=0"))
            return true;
    }
    return false;
}

HttpAnswer HttpAnswer::error(QHttpServerResponder::StatusCode status, const QByteArray &code,
                             const QString &message)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(code)},
                                            {QStringLiteral("message"), message}})
                      .toJson(QJsonDocument::Compact);
    return answer;
}

void HttpAnswer::write(QHttpServerResponder &responder, bool gzip) const
{
    QList<QPair<QByteArray, QByteArray>> list;
    for (const auto &[name, value] : headers)
        list.push_back({name, value});
    QByteArray payload = body;
    if (!payload.isEmpty())
        list.push_back({QByteArrayLiteral("Content-Type"), contentType});
    if (gzip && payload.size() > kCompressAbove) {
        const QByteArray compressed = gzipCompress(payload);
        if (!compressed.isEmpty()) {
            payload = compressed;
            list.push_back({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        }
    }
    list.push_back({QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding")});
    // A 304 describes the representation the client already has, and a 204 has none: neither
    // carries a length.
    if (status != QHttpServerResponder::StatusCode::NotModified &&
        status != QHttpServerResponder::StatusCode::NoContent)
        list.push_back({QByteArrayLiteral("Content-Length"), QByteArray::number(payload.size())});
    responder.writeStatusLine(status);
    for (const auto &[name, value] : list)
        responder.writeHeader(name, value);
    responder.writeBody(payload);
}

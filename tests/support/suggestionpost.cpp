#include "suggestionpost.h"

#include <QJsonDocument>
#include <QJsonObject>

QNetworkRequest SuggestionPost::request(const QUrl &baseUrl, const QByteArray &token,
                                        const QByteArray &idempotencyKey)
{
    QNetworkRequest request(QUrl(baseUrl.toString() + QStringLiteral("/api/v1/submissions")));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Idempotency-Key", idempotencyKey);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    return request;
}

QByteArray SuggestionPost::body(const QString &text)
{
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("suggestion")},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-28T10:15:00Z")},
        {QStringLiteral("locale"), QStringLiteral("es")},
        {QStringLiteral("payload"), QJsonObject{{QStringLiteral("text"), text}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

// A kiosk's POST of a citizen's suggestion, as the server tests send it: the request (token,
// idempotency key, JSON, a transfer timeout) and its body.
struct SuggestionPost
{
    static QNetworkRequest request(const QUrl &baseUrl, const QByteArray &token,
                                   const QByteArray &idempotencyKey);
    static QByteArray body(const QString &text);
};

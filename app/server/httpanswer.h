#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>

class QHttpServerRequest;

// A response assembled before it is written, so that one place decides on compression and
// the headers every answer carries, whether it is written at once or after a long poll.
struct HttpAnswer
{
    QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static bool acceptsGzip(const QHttpServerRequest &request);
    static HttpAnswer error(QHttpServerResponder::StatusCode status, const QByteArray &code,
                            const QString &message);

    // Compresses bodies over 1 KiB when the client accepts gzip, then writes.
    void write(QHttpServerResponder &responder, bool gzip) const;
};

#pragma once

#include <QByteArray>
#include <optional>

// gzip (RFC 1952) framing, which HTTP's Content-Encoding: gzip means (qCompress writes zlib
// framing with a Qt-specific prefix that no HTTP peer understands). Shared by the server,
// which compresses its answers, and the kiosk, which inflates them itself so that it knows
// the bytes on the wire and can stop a decompression bomb at an exact limit.
QByteArray gzipCompress(const QByteArray &data, int level = 6);

enum class InflateError
{
    None,
    TooLarge,
    Damaged
};

// The inflated data, or nullopt with *error set: TooLarge past maxBytes (stopped there, not
// after inflating it all), Damaged when it is not gzip or is cut short.
std::optional<QByteArray> gzipDecompress(const QByteArray &data, qint64 maxBytes,
                                         InflateError *error);

#include "gzip.h"

#include <zlib.h>

namespace {

constexpr int kGzipWindowBits = 15 + 16; // zlib's way of asking for gzip framing

} // namespace

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const auto written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

std::optional<QByteArray> gzipDecompress(const QByteArray &data, qint64 maxBytes,
                                         InflateError *error)
{
    *error = InflateError::None;
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK) {
        *error = InflateError::Damaged;
        return std::nullopt;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[64 * 1024];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof(chunk);
        result = inflate(&stream, Z_NO_FLUSH);
        const auto produced = qsizetype(sizeof(chunk) - stream.avail_out);
        if (out.size() + produced > maxBytes) {
            inflateEnd(&stream);
            *error = InflateError::TooLarge;
            return std::nullopt;
        }
        out.append(chunk, produced);
        if (result == Z_BUF_ERROR && stream.avail_in == 0)
            break; // the input ended before the gzip trailer
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END) {
        *error = InflateError::Damaged;
        return std::nullopt;
    }
    return out;
}

#include "qrcode.h"

#include <algorithm>
#include <memory>
#include <qrencode.h>

namespace {

QRecLevel toQrLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::Low:
        return QR_ECLEVEL_L;
    case QrCode::Medium:
        return QR_ECLEVEL_M;
    case QrCode::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QRinputDeleter
{
    void operator()(QRinput *input) const { QRinput_free(input); }
};

struct QRcodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

constexpr unsigned int kEciUtf8 = 26;

// Far beyond any screen; it stops a caller's mistaken scale from allocating gigabytes.
constexpr qint64 kMaxImageSide = 16384;

} // namespace

QrCode::QrCode(int size, std::vector<bool> modules)
    : m_size(size)
    , m_modules(std::move(modules))
{}

std::optional<QrCode> QrCode::encode(const QByteArray &utf8, ErrorCorrection level)
{
    if (utf8.isEmpty())
        return std::nullopt;
    // QRinput rather than QRcode_encodeString: it takes a length, so the bytes go in as they
    // are (8-bit mode) without a guess at Kanji or alphanumeric segments, and a NUL does not cut
    // the data short. Version 0 lets the library pick the smallest symbol that fits; encoding
    // fails (ERANGE) when nothing fits.
    const std::unique_ptr<QRinput, QRinputDeleter> input(QRinput_new2(0, toQrLevel(level)));
    if (!input)
        return std::nullopt;
    // Without an ECI header a reader guesses the charset of 8-bit data, and UTF-8 "ñ" is also
    // valid Shift JIS: zbarimg (and some phone apps) then show a kanji. ECI 26 says UTF-8. Pure
    // ASCII, such as every TakeHomeLink, goes without it: some old readers print the header.
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii && QRinput_appendECIheader(input.get(), kEciUtf8) != 0)
        return std::nullopt;
    if (QRinput_append(input.get(), QR_MODE_8, int(utf8.size()),
                       reinterpret_cast<const unsigned char *>(utf8.constData())) != 0)
        return std::nullopt;
    const std::unique_ptr<QRcode, QRcodeDeleter> code(QRcode_encodeInput(input.get()));
    if (!code || code->width <= 0)
        return std::nullopt;

    const int width = code->width;
    std::vector<bool> modules(std::size_t(width) * std::size_t(width));
    for (std::size_t i = 0; i < modules.size(); ++i)
        modules[i] = (code->data[i] & 0x01) != 0; // the other bits only say which part it is
    return QrCode(width, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[std::size_t(y) * std::size_t(m_size) + std::size_t(x)];
}

QImage QrCode::toImage(int pixelsPerModule, int quietZoneModules) const
{
    if (m_size <= 0 || pixelsPerModule < 1 || quietZoneModules < 0)
        return {};
    const qint64 side = (qint64(m_size) + 2 * qint64(quietZoneModules)) * pixelsPerModule;
    if (side > kMaxImageSide)
        return {};

    QImage image(static_cast<int>(side), static_cast<int>(side), QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    image.fill(0xff);
    const int offset = quietZoneModules * pixelsPerModule;
    for (int y = 0; y < m_size; ++y) {
        for (int py = 0; py < pixelsPerModule; ++py) {
            uchar *line = image.scanLine(offset + y * pixelsPerModule + py);
            for (int x = 0; x < m_size; ++x) {
                if (!isDark(x, y))
                    continue;
                uchar *first = line + offset + x * pixelsPerModule;
                std::fill(first, first + pixelsPerModule, uchar(0));
            }
        }
    }
    return image;
}

QString QrCode::toSvg(int quietZoneModules) const
{
    if (m_size <= 0 || quietZoneModules < 0)
        return {};
    const int side = m_size + 2 * quietZoneModules;
    // One path of horizontal runs keeps the file small, and crispEdges stops the renderer from
    // anti-aliasing module edges into grey seams.
    QString path;
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path += QStringLiteral("M%1 %2h%3v1h-%3z")
                        .arg(start + quietZoneModules)
                        .arg(y + quietZoneModules)
                        .arg(x - start);
        }
    }
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" "
                          "shape-rendering=\"crispEdges\">"
                          "<rect width=\"%1\" height=\"%1\" fill=\"#fff\"/>"
                          "<path d=\"%2\" fill=\"#000\"/></svg>\n")
        .arg(side)
        .arg(path);
}

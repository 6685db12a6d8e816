#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <optional>
#include <vector>

// A QR code symbol as a grid of modules, to be drawn by whatever screen needs it. It carries
// bytes, not text, so a UTF-8 URL reaches the phone exactly as it was given.
//
// How much to put in one: a phone held at arm's length (40-60 cm) from a kiosk screen reads a
// code reliably when each module is at least about 1 mm on the glass, so a code drawn 5-7 cm
// wide (what fits beside an item's text) should stay at version 7 (45 modules plus the quiet
// zone), which at the default Medium level holds 122 bytes. Keep what a code carries under about
// 120 bytes (links from TakeHomeLink are 40-70). encode() accepts up to the format's limit (2331
// bytes at Medium, one fewer for text that is not ASCII, which needs a UTF-8 marker), but so
// dense a code is only readable printed on paper, not from a kiosk across the desk.
class QrCode final
{
public:
    // Higher levels survive more smudges and glare but need a larger symbol for the same data.
    enum ErrorCorrection
    {
        Low,
        Medium,
        Quartile,
        High,
    };

    // nullopt for empty input and for input longer than any QR code holds at this level.
    static std::optional<QrCode> encode(const QByteArray &utf8, ErrorCorrection level = Medium);

    int size() const { return m_size; }
    // Outside the symbol is the quiet zone, which is light.
    bool isDark(int x, int y) const;

    // Black on white, one square of pixels per module, with no smoothing: scanners need sharp
    // edges. A null image for a scale below 1, a negative quiet zone, or an absurd size.
    QImage toImage(int pixelsPerModule, int quietZoneModules = 4) const;
    // The same symbol in module units (viewBox), for screens that scale it to any size.
    QString toSvg(int quietZoneModules = 4) const;

private:
    QrCode(int size, std::vector<bool> modules);

    int m_size = 0;
    std::vector<bool> m_modules;
};

#pragma once

#include <QColor>

// WCAG 2 contrast between colours: what the theme's tests check and what painted lists and
// rich text use to stay readable whichever theme is on.
class ColorContrast final
{
public:
    static constexpr double kEnhanced = 7.0; // WCAG AAA for text: the kiosk's aim
    static constexpr double kMinimum = 4.5;  // WCAG AA for text

    // Relative luminance, 0 (black) to 1 (white); the alpha is ignored.
    static double luminance(const QColor &color);
    static double ratio(const QColor &a, const QColor &b);
    // Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);
    // `color` moved towards `toward` just far enough to reach `minimum` against `background`
    // (so it keeps as much of its hue as it can); `toward` itself if even that is too little.
    static QColor atLeast(const QColor &color, const QColor &background, double minimum,
                          const QColor &toward);
    // `from` blended with `to`, `amount` 0 (from) to 1 (to).
    static QColor mix(const QColor &from, const QColor &to, double amount);
};

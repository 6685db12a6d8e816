#include "colorcontrast.h"

#include <cmath>

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double ColorContrast::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double ColorContrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor ColorContrast::textOn(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return ratio(black, background) >= ratio(white, background) ? black : white;
}

QColor ColorContrast::atLeast(const QColor &color, const QColor &background, double minimum,
                              const QColor &toward)
{
    constexpr int kSteps = 20;
    for (int step = 0; step <= kSteps; ++step) {
        const QColor candidate = mix(color, toward, double(step) / kSteps);
        if (ratio(candidate, background) >= minimum)
            return candidate;
    }
    return toward;
}

QColor ColorContrast::mix(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto blend = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(blend(a.redF(), b.redF())), float(blend(a.greenF(), b.greenF())),
                            float(blend(a.blueF(), b.blueF())),
                            float(blend(a.alphaF(), b.alphaF())));
}

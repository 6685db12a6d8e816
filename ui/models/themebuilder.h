#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The kiosk's look at one touch: the default theme's style sheet with larger text, high
// contrast, or both. Built from the default theme rather than kept as copies of it, so a rule
// the default gains is in every variant at once. High contrast maps every colour of the default
// through one table (black surfaces, white text, yellow accents) and widens thin borders; a
// colour the table does not know is mapped by its lightness and logged, and the theme's test
// fails until the table names it.
class ThemeBuilder final
{
public:
    static constexpr double kLargeTextScale = 1.3;

    static QString build(const QString &baseQss, bool highContrast, bool largeText);

    // The high-contrast colour for a colour of the default theme; invalid if the table has none.
    static QColor highContrastColor(const QColor &color);
    // Colours for what no style sheet rule paints (a popup, a view without a rule): the app's
    // palette under high contrast. The default theme uses the style's standard palette.
    static QPalette highContrastPalette();
};

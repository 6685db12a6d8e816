#include "themecontroller.h"

#include "themebuilder.h"

#include <QApplication>
#include <QStyle>

ThemeController::ThemeController(QString baseStyleSheet, bool highContrast, bool largeText,
                                 QObject *parent)
    : QObject(parent)
    , m_base(std::move(baseStyleSheet))
    , m_defaultHighContrast(highContrast)
    , m_defaultLargeText(largeText)
    , m_highContrast(highContrast)
    , m_largeText(largeText)
{
    apply();
}

void ThemeController::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    apply();
}

void ThemeController::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    apply();
}

void ThemeController::restoreDefaults()
{
    if (m_highContrast == m_defaultHighContrast && m_largeText == m_defaultLargeText)
        return;
    m_highContrast = m_defaultHighContrast;
    m_largeText = m_defaultLargeText;
    apply();
}

void ThemeController::apply()
{
    if (!m_base.isEmpty()) {
        // What no rule of the theme paints (painted lists, charts) takes the palette.
        QApplication::setPalette(m_highContrast ? ThemeBuilder::highContrastPalette()
                                                : QApplication::style()->standardPalette());
        qApp->setStyleSheet(ThemeBuilder::build(m_base, m_highContrast, m_largeText));
    }
    emit changed();
}

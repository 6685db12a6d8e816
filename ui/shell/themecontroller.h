#pragma once

#include <QObject>
#include <QString>

// The look the whole application wears: the base theme, optionally with larger text and in
// high contrast. Citizens switch both with one touch; the idle wipe puts the defaults back.
class ThemeController final : public QObject
{
    Q_OBJECT

public:
    ThemeController(QString baseStyleSheet, bool highContrast, bool largeText,
                    QObject *parent = nullptr);

    bool highContrast() const { return m_highContrast; }
    bool largeText() const { return m_largeText; }
    void setHighContrast(bool on);
    void setLargeText(bool on);
    void restoreDefaults();

signals:
    void changed();

private:
    void apply();

    QString m_base;
    bool m_defaultHighContrast;
    bool m_defaultLargeText;
    bool m_highContrast;
    bool m_largeText;
};

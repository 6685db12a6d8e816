#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

// Installs the kiosk's own translation and Qt's for one language, and sets the default
// locale so dates and numbers follow. Spanish is the source of truth for the municipality;
// the program's source strings are English.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    bool setLanguage(const QString &code); // "es" or "en"
    QString language() const { return m_language; }
    static QStringList available();

private:
    QString m_language;
    QTranslator m_app;
    QTranslator m_qt;
};

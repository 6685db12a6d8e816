#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{}

QStringList LanguageSwitcher::available()
{
    return {QStringLiteral("es"), QStringLiteral("en")};
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale(code == QLatin1String("es") ? QStringLiteral("es_ES")
                                                     : QStringLiteral("en_GB"));
    QLocale::setDefault(locale);
    if (!m_app.load(QStringLiteral(":/i18n/municipal-kiosk_%1.qm").arg(code)))
        return false;
    // Qt's own strings (e.g. standard buttons); absent translations are not fatal.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QCoreApplication::installTranslator(&m_app);
    m_language = code;
    return true;
}

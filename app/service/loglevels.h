#pragma once

#include <QString>
#include <QStringList>

// How much each part of a program logs, from its configuration's [log] section: one level for
// everything (`level=info`) and exceptions per category (`categories=sync:debug, ui:warning`).
// Turned into Qt's logging rules; QT_LOGGING_RULES in the environment still wins, for a quick
// look without editing the file.
class LogLevels final
{
public:
    static LogLevels parse(const QString &level, const QStringList &categories);

    // Every value that could not be read, in words; the defaults stand in for it.
    QStringList problems() const { return m_problems; }
    QString filterRules() const;
    void apply() const;

private:
    QString m_level = QStringLiteral("info");
    QList<QPair<QString, QString>> m_categories;
    QStringList m_problems;
};

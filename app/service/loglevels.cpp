#include "loglevels.h"

#include <QLoggingCategory>
#include <QRegularExpression>

namespace {

const QStringList &levelNames()
{
    // From the most to the least verbose, as Qt names its message types in logging rules.
    static const QStringList names{QStringLiteral("debug"), QStringLiteral("info"),
                                   QStringLiteral("warning"), QStringLiteral("critical")};
    return names;
}

QString rulesFor(const QString &pattern, const QString &level)
{
    const qsizetype threshold = levelNames().indexOf(level);
    QString rules;
    for (qsizetype i = 0; i < levelNames().size(); ++i) {
        const QString state = i >= threshold ? QStringLiteral("true") : QStringLiteral("false");
        rules += QStringLiteral("%1.%2=%3\n").arg(pattern, levelNames().at(i), state);
    }
    return rules;
}

} // namespace

LogLevels LogLevels::parse(const QString &level, const QStringList &categories)
{
    LogLevels levels;
    const QString wanted = level.trimmed().toLower();
    if (!wanted.isEmpty() && !levelNames().contains(wanted))
        levels.m_problems << QStringLiteral("log/level is \"%1\"; it must be one of %2")
                                 .arg(level, levelNames().join(QStringLiteral(", ")));
    else if (!wanted.isEmpty())
        levels.m_level = wanted;

    for (const QString &entry : categories) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        const QString name = trimmed.left(colon).trimmed();
        const QString categoryLevel = trimmed.mid(colon + 1).trimmed().toLower();
        static const QRegularExpression validName(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
        if (colon < 0 || !validName.match(name).hasMatch() ||
            !levelNames().contains(categoryLevel)) {
            levels.m_problems << QStringLiteral("log/categories has \"%1\"; write each as "
                                                "category:level, e.g. sync:debug")
                                     .arg(trimmed);
            continue;
        }
        levels.m_categories.append({name, categoryLevel});
    }
    return levels;
}

QString LogLevels::filterRules() const
{
    // Later rules win in Qt, so the exceptions follow the general level. A category's rule
    // covers its sub-categories too ("ui" also sets "ui.clerk").
    QString rules = rulesFor(QStringLiteral("*"), m_level);
    // Qt's own categories are for debugging Qt (painting, input, ...; many of them are quiet
    // below warning by default): the level here is about the programs' own messages.
    rules += QStringLiteral("qt.*.debug=false\nqt.*.info=false\n");
    for (const auto &[name, level] : m_categories)
        rules += rulesFor(name, level) + rulesFor(name + QStringLiteral(".*"), level);
    return rules;
}

void LogLevels::apply() const
{
    QLoggingCategory::setFilterRules(filterRules());
}

#include "configfileeditor.h"

#include <QRegularExpression>

namespace {

bool isHeader(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'));
}

// QSettings reads ';' as the start of a comment, a comma as a list separator and drops
// surrounding spaces: such values are written in quotes. A comma-separated list the key
// means as a list (pins) is passed in already joined and stays unquoted.
QString iniValue(const QString &value, bool list)
{
    const bool plain = !value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) &&
                       (list || !value.contains(QLatin1Char(','))) && value.trimmed() == value;
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

ConfigFileEditor::ConfigFileEditor(const QString &text)
    : m_lines(text.split(QLatin1Char('\n')))
{
    if (!m_lines.isEmpty() && m_lines.last().isEmpty())
        m_lines.removeLast();
}

qsizetype ConfigFileEditor::sectionStart(const QString &section) const
{
    const QString header = QLatin1Char('[') + section + QLatin1Char(']');
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).trimmed() == header)
            return i;
    }
    return -1;
}

qsizetype ConfigFileEditor::sectionEnd(qsizetype start) const
{
    qsizetype end = start + 1;
    while (end < m_lines.size() && !isHeader(m_lines.at(end)))
        ++end;
    return end;
}

void ConfigFileEditor::set(const QString &section, const QString &key, const QString &value)
{
    const QString line =
        key + QLatin1Char('=') + iniValue(value, value.contains(QStringLiteral(", ")));
    const qsizetype start = sectionStart(section);
    if (start < 0) {
        if (!m_lines.isEmpty() && !m_lines.last().trimmed().isEmpty())
            m_lines << QString();
        m_lines << QLatin1Char('[') + section + QLatin1Char(']') << line;
        return;
    }
    const QRegularExpression keyLine(
        QStringLiteral("^\\s*%1\\s*=").arg(QRegularExpression::escape(key)));
    const qsizetype end = sectionEnd(start);
    for (qsizetype i = start + 1; i < end; ++i) {
        if (keyLine.match(m_lines.at(i)).hasMatch()) {
            m_lines[i] = line;
            return;
        }
    }
    // After the section's last setting or comment, before the blank lines that end it.
    qsizetype at = end;
    while (at > start + 1 && m_lines.at(at - 1).trimmed().isEmpty())
        --at;
    m_lines.insert(at, line);
}

QString ConfigFileEditor::text() const
{
    return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

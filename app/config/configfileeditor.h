#pragma once

#include <QString>
#include <QStringList>

// Sets a few keys of an INI file's text in place and keeps everything else: comments, order,
// blank lines. QSettings would rewrite the whole file and drop the comments that explain each
// key to IT staff.
class ConfigFileEditor final
{
public:
    explicit ConfigFileEditor(const QString &text);

    // Replaces the key's line in the section, or adds it at the end of the section (and the
    // section at the end of the file) when there is none.
    void set(const QString &section, const QString &key, const QString &value);
    QString text() const;

private:
    qsizetype sectionStart(const QString &section) const; // the header's line, or -1
    qsizetype sectionEnd(qsizetype start) const;          // one past its last line

    QStringList m_lines;
};

#include "importtext.h"

QString ImportText::singleLine(const QString &text)
{
    QString result = text;
    result.replace(u'\n', u' ');
    return result.simplified();
}

QString ImportText::clipAtWord(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', limit - 1);
    if (cut <= limit / 2)
        cut = limit - 1;
    return text.left(cut).trimmed() + u'…';
}

QString ImportText::slug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    bool separator = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.unicode() < 0x80 && c.isLetterOrNumber()) {
            if (separator && !result.isEmpty())
                result += u'-';
            separator = false;
            result += c.toLower();
        } else {
            separator = true;
        }
    }
    return result;
}

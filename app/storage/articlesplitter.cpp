#include "articlesplitter.h"

#include <QRegularExpression>

QList<ArticleSplitter::Part> ArticleSplitter::split(const QString &text)
{
    // The number must be followed by a period, a dash, a colon or the end of the line, so that
    // a line that merely starts by citing an article ("Artículo 5 de la Ley...") is no heading.
    static const QRegularExpression heading(
        QStringLiteral(
            "^[ \\t]*art[ií]culo[ \\t]+(\\d+(?:[ \\t]*bis)?)[ \\t]*(?:[.:\\-\\x{2013}]|$)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption |
            QRegularExpression::UseUnicodePropertiesOption);
    QList<Part> parts;
    qsizetype start = 0;
    QString label;
    auto close = [&](qsizetype end) {
        const QString piece = text.mid(start, end - start).trimmed();
        if (!piece.isEmpty())
            parts.append({label, piece});
    };
    auto matches = heading.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        close(match.capturedStart());
        start = match.capturedStart();
        label = QStringLiteral("Artículo ") + match.captured(1).simplified().toLower();
    }
    close(text.size());
    return parts;
}

#pragma once

#include <QList>
#include <QString>

// Cuts a legal text into its articles, so that the search index holds one row per article:
// a hit can then name its article and a snippet is taken from a short text, not a whole law.
class ArticleSplitter final
{
public:
    struct Part
    {
        QString label; // "Artículo 12"; empty for the text before the first article
        QString text;  // the article as written, its heading line included
    };

    // An article starts at a line beginning "Artículo N.-", "Artículo N." or "ARTÍCULO N"
    // (any case, with or without the accent). Text before the first one, if any, is a part of
    // its own; text after the last one (final provisions, signatures) stays with the last.
    static QList<Part> split(const QString &text);
};

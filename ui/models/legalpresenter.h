#pragma once

#include "contentitem.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How a legal text reads in the kiosk's reader and in its search results. Every piece of server
// text is escaped here before any markup is added, and the only markup is this class's own:
// headings, paragraphs, anchors and the highlight of the words searched for.
class LegalPresenter final
{
    Q_DECLARE_TR_FUNCTIONS(LegalPresenter)

public:
    // The words a person typed, folded as the search index folds them (case and accents
    // ignored, ñ kept), so that the reader highlights what the search found.
    struct Query
    {
        QStringList words;
        bool lastIsPrefix = false; // the last word is still being typed
        bool isEmpty() const { return words.isEmpty(); }
    };

    static Query query(const QString &typed);

    // A snippet from LegalSearch (with its highlight markers) as HTML: the text escaped, each
    // marked word in a highlight span. Newlines become spaces: a snippet is one passage.
    static QString snippetHtml(const QString &markedSnippet);
    // The same snippet as plain text, markers and cut marks removed.
    static QString snippetText(const QString &markedSnippet);

    // "Resolución No. 42/2026": the number alone when it names its type, else type and number.
    static QString kindText(const ContentItem &item);

    // The whole document for the reader: title, kind, issuer, date, gazette, summary and the
    // text, each article under its own heading and anchor (anchorName(i) for the i-th part of
    // ArticleSplitter::split). Words of `highlight` are marked wherever they occur. Sizes are
    // in pixels from `pixelSize`, so that the reader's larger text scales every line.
    static QString readerHtml(const ContentItem &item, const Query &highlight, int pixelSize);
    static QString anchorName(int part);

    // The anchor of the part of `text` a search hit came from: the article named `article`
    // whose text holds the snippet (a gazette may have several "Artículo 1"), or the part before
    // the first article when `article` is empty. Empty when the hit is in the title or summary.
    static QString anchorFor(const QString &text, const QString &article,
                             const QString &markedSnippet);

    // `plain` with every word matching `query` between LegalSearch's highlight markers.
    static QString markMatches(const QString &plain, const Query &query);
    // Escapes marked plain text and turns balanced markers into highlight spans.
    static QString markedToHtml(const QString &marked);
};

#pragma once

#include <QList>
#include <QString>

class SqlDatabase;

// Full-text search over the legal texts of the cache, for a search box that answers as the
// person types. Accents and case are ignored, ñ is not n, and the last word typed is taken as
// a prefix from its third letter ("alumbr" finds "alumbrado"). docs/performance.md shows what
// it costs on a large municipality's laws.
class LegalSearch final
{
public:
    // Snippets mark each matched word as written in the text: HighlightStart before it,
    // HighlightEnd after it. Control characters, so they can never be part of legal text and
    // the screen can turn them into markup after escaping the rest.
    static constexpr char16_t HighlightStart = u'\x02';
    static constexpr char16_t HighlightEnd = u'\x03';
    static constexpr char16_t Ellipsis = u'\x2026'; // where a snippet cuts the text

    struct Hit
    {
        QString legalId;
        QString title;   // the law's title
        QString article; // "Artículo 12"; empty for a hit in the title, summary or preamble
        QString snippet; // with highlight markers
        double rank = 0; // bm25 as FTS5 gives it: lower (more negative) is a better match
    };

    explicit LegalSearch(SqlDatabase &db);

    // Best hits first. Nothing for input without a letter or digit, and nothing (with
    // lastError() set) if the database fails.
    QList<Hit> search(const QString &typed, int limit) const;
    QString lastError() const { return m_lastError; }

    // Matching articles ranked at most, besides every law whose title matches: the newest.
    static constexpr int CandidateLimit = 1000;

    // The FTS5 query for what was typed: each word quoted, the last one a prefix unless the
    // input ends with a space, and left out while it has fewer than three letters. Anything but
    // letters, digits and marks separates words, so quotes, operators, column filters and
    // parentheses never reach FTS5 as syntax; words past the twelfth and letters past the 64th of a
    // word are dropped. Empty: nothing to find.
    static QString toMatchQuery(const QString &typed);
    // The statement search() runs. Its placeholders, in order: the match query twice,
    // CandidateLimit, the match query, the limit, the match query. Public
    // so that a benchmark can run the very same query in the sqlite3 command line.
    static QString statement();

private:
    SqlDatabase &m_db;
    mutable QString m_lastError;
};

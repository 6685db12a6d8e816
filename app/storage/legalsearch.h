#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

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
        // bm25 as FTS5 gives it, lower (more negative) is better: among the titles for a hit
        // in a title, among the articles for the others (the two are not on one scale).
        double rank = 0;
        bool inTitle = false; // the law's title holds what was typed; these hits come first
    };

    explicit LegalSearch(SqlDatabase &db);

    // Laws whose title holds what was typed first, best first; then articles (and the laws'
    // summaries and preambles), best first. Nothing for input without a letter or digit, and
    // nothing (with lastError() set) if the database fails.
    QList<Hit> search(const QString &typed, int limit) const;
    QString lastError() const { return m_lastError; }

    // Matching articles ranked at most: the newest. Every title that matches is ranked.
    static constexpr int CandidateLimit = 1000;

    // The FTS5 query for what was typed: each word quoted, the last one a prefix unless the
    // input ends with a space, and left out while it has fewer than three letters. Anything but
    // letters, digits and marks separates words, so quotes, operators, column filters and
    // parentheses never reach FTS5 as syntax; words past the twelfth and letters past the 64th of a
    // word are dropped. Empty: nothing to find.
    static QString toMatchQuery(const QString &typed);
    // The statements search() runs, public so that a benchmark can run the very same queries
    // in the sqlite3 command line. Their placeholders, in order: titleStatement(): the match
    // query, the limit, the match query. articleStatement() (run only when the titles leave
    // room): the match query, CandidateLimit, the limit plus the titles found, the match query.
    static QString titleStatement();
    static QString articleStatement();

private:
    bool run(const QString &sql, const QVariantList &binds, bool inTitle, QList<Hit> *hits,
             QSet<qint64> *rows) const;

    SqlDatabase &m_db;
    mutable QString m_lastError;
};

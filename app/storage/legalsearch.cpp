#include "legalsearch.h"

#include "sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <utility>

namespace {

// Bounds on what one keystroke may ask of the index, whatever is pasted into the box.
constexpr qsizetype kMaxInput = 1024;
constexpr qsizetype kMaxWords = 12;
constexpr qsizetype kMaxWordLength = 64;
constexpr int kMaxHits = 200;
constexpr int kSnippetTokens = 16;
constexpr qsizetype kMinPrefix = 3;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

LegalSearch::LegalSearch(SqlDatabase &db)
    : m_db(db)
{}

QString LegalSearch::toMatchQuery(const QString &typed)
{
    const QStringView input = QStringView(typed).left(kMaxInput);
    QStringList words;
    QString word;
    for (const QChar c : input) {
        if (isWordChar(c)) {
            if (word.size() < kMaxWordLength)
                word.append(c);
            continue;
        }
        if (!word.isEmpty())
            words.append(std::exchange(word, QString()));
    }
    // A word still open at the end is the one being typed. Its first two letters would match
    // nearly every article, at great cost and to no one's use: it counts from the third.
    const bool typing = word.size() >= kMinPrefix;
    if (typing)
        words.append(word);
    if (words.isEmpty())
        return {};
    // Past the limit the word being typed is among those dropped, so no prefix either.
    const bool prefix = typing && words.size() <= kMaxWords;
    if (words.size() > kMaxWords)
        words.resize(kMaxWords);
    QString query;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            query.append(u' ');
        query.append(u'"').append(words.at(i)).append(u'"');
    }
    if (prefix)
        query.append(u'*');
    return query;
}

QString LegalSearch::statement()
{
    // A common word is in tens of thousands of articles, and ranking every one of them (bm25
    // reads each row's length) or cutting a snippet from each would cost a keystroke seconds
    // on a large municipality's laws. So the candidates are bounded: the newest matching
    // articles (rowids grow as laws are published or amended; FTS5 walks them newest first
    // and stops at the limit) and every law whose title matches, since a word in a title
    // weighs ten in the body. Every candidate is scored by the same query over all columns
    // (a column filter would change bm25's scale), in one pass that computes bm25 for the
    // candidates alone; a second pass cuts snippets for the best. A word rarer than the bound
    // ranks exactly as if there were no bound. Weights: a title word counts ten body words.
    return QStringLiteral(
               "WITH titled(id) AS (SELECT rowid FROM legal_fts"
               "  WHERE legal_fts MATCH '{title} : (' || ? || ')'),"
               " newest(id) AS (SELECT rowid FROM legal_fts"
               "  WHERE legal_fts MATCH ? ORDER BY rowid DESC LIMIT ?),"
               // The unary + keeps the rowid tests out of FTS5's own lookups, which would
               // evaluate the match once per candidate.
               " best(id, score) AS MATERIALIZED ("
               "  SELECT rowid, bm25(legal_fts, 10.0, 1.0) FROM legal_fts"
               "  WHERE legal_fts MATCH ? AND (+rowid IN newest OR +rowid IN titled)"
               "  ORDER BY 2, 1 LIMIT ?) "
               "SELECT legal_fts.legal_id, coalesce(items.title, ''), legal_fts.label, "
               "snippet(legal_fts, -1, char(2), char(3), char(8230), %1), best.score "
               // CROSS JOIN keeps the pass over the matches outside, for the same reason.
               "FROM legal_fts CROSS JOIN best ON best.id = legal_fts.rowid "
               "LEFT JOIN items ON items.collection = 'legal' AND items.id = legal_fts.legal_id "
               "WHERE legal_fts MATCH ? ORDER BY best.score, best.id")
        .arg(kSnippetTokens);
}

QList<LegalSearch::Hit> LegalSearch::search(const QString &typed, int limit) const
{
    m_lastError.clear();
    const QString match = toMatchQuery(typed);
    if (match.isEmpty() || limit <= 0)
        return {};
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(statement());
    // In the order of statement()'s placeholders (Qt's driver binds SQLite's ?NNN by position
    // only, so each use of the match query is a placeholder of its own).
    query.addBindValue(match);
    query.addBindValue(match);
    query.addBindValue(CandidateLimit);
    query.addBindValue(match);
    query.addBindValue(qMin(limit, kMaxHits));
    query.addBindValue(match);
    QList<Hit> hits;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return hits;
    }
    while (query.next()) {
        Hit hit;
        hit.legalId = query.value(0).toString();
        hit.title = query.value(1).toString();
        hit.article = query.value(2).toString();
        hit.snippet = query.value(3).toString();
        hit.rank = query.value(4).toDouble();
        hits.append(hit);
    }
    return hits;
}

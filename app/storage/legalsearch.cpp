#include "legalsearch.h"

#include "sqldatabase.h"

#include <QSet>
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

QString LegalSearch::titleStatement()
{
    // Every title that matches is ranked: the index has a row per law, so even a word in a
    // thousand titles costs little. The hit shows the title with the words marked.
    return QStringLiteral(
               "WITH best(id, score) AS MATERIALIZED ("
               "  SELECT rowid, bm25(legal_titles) FROM legal_titles"
               "  WHERE legal_titles MATCH ? ORDER BY 2, 1 LIMIT ?) "
               "SELECT legal_fts_rows.legal_id, legal_titles.title, '', "
               "snippet(legal_titles, 0, char(2), char(3), char(8230), %1), best.score, best.id "
               "FROM legal_titles CROSS JOIN best ON best.id = legal_titles.rowid "
               "JOIN legal_fts_rows ON legal_fts_rows.id = best.id "
               "WHERE legal_titles MATCH ? ORDER BY best.score, best.id")
        .arg(kSnippetTokens);
}

QString LegalSearch::articleStatement()
{
    // A common word is in tens of thousands of articles, and ranking every one of them (bm25
    // reads each row's length) or cutting a snippet from each would cost a keystroke seconds
    // on a large municipality's laws. So only the newest matching rows are ranked: rowids grow
    // as laws are published or amended, FTS5 walks the matches newest first and stops at the
    // bound, scoring only those. Snippets are cut for the best alone, in a second walk that
    // starts at the oldest of them rather than at the first match. A word rarer than the bound
    // ranks exactly as if there were no bound. A word in a title (part 0) counts ten in a body.
    return QStringLiteral(
               "WITH newest(id, score) AS MATERIALIZED ("
               "  SELECT rowid, bm25(legal_fts, 10.0, 1.0) FROM legal_fts"
               "  WHERE legal_fts MATCH ? ORDER BY rowid DESC LIMIT ?),"
               " best(id, score) AS MATERIALIZED ("
               "  SELECT id, score FROM newest ORDER BY score, id LIMIT ?) "
               "SELECT legal_fts.legal_id, coalesce(legal_titles.title, ''), legal_fts.label, "
               "snippet(legal_fts, -1, char(2), char(3), char(8230), %1), best.score, best.id "
               // CROSS JOIN keeps the walk over the matches outside, so that FTS5 evaluates
               // the query once rather than once per hit.
               "FROM legal_fts CROSS JOIN best ON best.id = legal_fts.rowid "
               // The law's title from its own short row: items holds the whole text beside it.
               "LEFT JOIN legal_fts_rows AS law"
               "  ON law.legal_id = legal_fts.legal_id AND law.part = 0 "
               "LEFT JOIN legal_titles ON legal_titles.rowid = law.id "
               "WHERE legal_fts MATCH ? AND legal_fts.rowid >= (SELECT min(id) FROM best) "
               "ORDER BY best.score, best.id")
        .arg(kSnippetTokens);
}

bool LegalSearch::run(const QString &sql, const QVariantList &binds, bool inTitle, QList<Hit> *hits,
                      QSet<qint64> *rows) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const qint64 row = query.value(5).toLongLong();
        // A law found by its title is also in legal_fts as its part 0: shown once, as a title.
        if (!inTitle && rows->contains(row))
            continue;
        rows->insert(row);
        Hit hit;
        hit.legalId = query.value(0).toString();
        hit.title = query.value(1).toString();
        hit.article = query.value(2).toString();
        hit.snippet = query.value(3).toString();
        hit.rank = query.value(4).toDouble();
        hit.inTitle = inTitle;
        hits->append(hit);
    }
    return true;
}

QList<LegalSearch::Hit> LegalSearch::search(const QString &typed, int limit) const
{
    m_lastError.clear();
    const QString match = toMatchQuery(typed);
    if (match.isEmpty() || limit <= 0)
        return {};
    limit = qMin(limit, kMaxHits);
    QList<Hit> hits;
    QSet<qint64> rows;
    // In the order of the statements' placeholders (Qt's driver binds SQLite's ?NNN by
    // position only, so each use of the match query is a placeholder of its own).
    if (!run(titleStatement(), {match, limit, match}, true, &hits, &rows))
        return {};
    if (hits.size() >= limit)
        return hits;
    // As many more as the titles may take back from the articles' best.
    const qsizetype titles = hits.size();
    if (!run(articleStatement(), {match, CandidateLimit, limit + titles, match}, false, &hits,
             &rows))
        return {};
    hits.resize(qMin<qsizetype>(hits.size(), limit));
    return hits;
}

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
    // A word still open at the end is the one being typed.
    const bool typing = !word.isEmpty();
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

QList<LegalSearch::Hit> LegalSearch::search(const QString &typed, int limit) const
{
    m_lastError.clear();
    const QString match = toMatchQuery(typed);
    if (match.isEmpty() || limit <= 0)
        return {};
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Weights: a word in the title counts ten times one in the body (bm25's column weights).
    query.prepare(
        QStringLiteral("SELECT legal_fts.legal_id, coalesce(items.title, ''), legal_fts.label, "
                       "snippet(legal_fts, -1, char(2), char(3), char(8230), %1), "
                       "bm25(legal_fts, 10.0, 1.0) AS score "
                       "FROM legal_fts LEFT JOIN items "
                       "ON items.collection = 'legal' AND items.id = legal_fts.legal_id "
                       "WHERE legal_fts MATCH ? ORDER BY score, legal_fts.rowid LIMIT ?")
            .arg(kSnippetTokens));
    query.addBindValue(match);
    query.addBindValue(qMin(limit, kMaxHits));
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

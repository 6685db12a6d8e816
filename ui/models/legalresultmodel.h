#pragma once

#include "legalsearch.h"

#include <QAbstractListModel>

// The answers to a legal search as a list: each row one passage (an article, or a law's title
// and summary), best first, with the law it belongs to.
class LegalResultModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        LegalIdRole = Qt::UserRole + 1,
        ArticleRole,     // "Artículo 12"; empty for the title, summary or preamble
        SubtitleRole,    // the law's kind, number and date
        SnippetRole,     // with LegalSearch's highlight markers
        SnippetHtmlRole, // escaped, the matched words in highlight spans
        SnippetTextRole, // plain, without markers
        RankRole,        // bm25, lower is better: rows come sorted by it, titles first
        InTitleRole,     // the law's title holds what was typed
    };

    struct Row
    {
        LegalSearch::Hit hit;
        QString subtitle;
    };

    explicit LegalResultModel(QObject *parent = nullptr);

    // The rows found for `query` (what was typed), replacing any before.
    void setResults(const QString &query, const QList<Row> &rows);
    void clear();
    QString query() const { return m_query; }
    int documentCount() const; // distinct laws among the rows

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_query;
    QList<Row> m_rows;
};

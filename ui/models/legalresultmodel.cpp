#include "legalresultmodel.h"

#include "legalpresenter.h"

#include <QSet>

LegalResultModel::LegalResultModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LegalResultModel::setResults(const QString &query, const QList<Row> &rows)
{
    beginResetModel();
    m_query = query;
    m_rows = rows;
    endResetModel();
}

void LegalResultModel::clear()
{
    setResults({}, {});
}

int LegalResultModel::documentCount() const
{
    QSet<QString> ids;
    for (const Row &row : m_rows)
        ids.insert(row.hit.legalId);
    return int(ids.size());
}

int LegalResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LegalResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.hit.title;
    case Qt::AccessibleTextRole:
        // A hit in a title has the title for its snippet: said once.
        if (row.hit.inTitle)
            return row.hit.title;
        return QStringList{row.hit.title, row.hit.article,
                           LegalPresenter::snippetText(row.hit.snippet)}
            .join(QStringLiteral(". "));
    case LegalIdRole:
        return row.hit.legalId;
    case ArticleRole:
        return row.hit.article;
    case SubtitleRole:
        return row.subtitle;
    case SnippetRole:
        return row.hit.snippet;
    case SnippetHtmlRole:
        return LegalPresenter::snippetHtml(row.hit.snippet);
    case SnippetTextRole:
        return LegalPresenter::snippetText(row.hit.snippet);
    case RankRole:
        return row.hit.rank;
    case InTitleRole:
        return row.hit.inTitle;
    default:
        return {};
    }
}

QHash<int, QByteArray> LegalResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LegalIdRole, "legalId");
    names.insert(ArticleRole, "article");
    names.insert(SubtitleRole, "subtitle");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(SnippetTextRole, "snippetText");
    names.insert(RankRole, "rank");
    names.insert(InTitleRole, "inTitle");
    return names;
}

#include "forumtopicmodel.h"

#include "contentlistmodel.h"
#include "contentstore.h"
#include "itempresenter.h"

#include <QLocale>
#include <algorithm>

ForumTopicModel::ForumTopicModel(const ContentStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    refresh();
}

int ForumTopicModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ForumTopicModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item.title;
    case ContentListModel::IdRole:
        return item.id;
    case ContentListModel::SubtitleRole: {
        const QString since = ItemPresenter::dateText(
            item.data.value(QLatin1StringView("created_at")).toString(), false);
        return tr("Since %1 · published posts: %2")
            .arg(since, QLocale().toString(m_posts.value(item.id)));
    }
    case ContentListModel::DataRole:
        return item.data;
    default:
        return {};
    }
}

QHash<int, QByteArray> ForumTopicModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ContentListModel::IdRole, "itemId");
    names.insert(ContentListModel::SubtitleRole, "subtitle");
    names.insert(ContentListModel::DataRole, "itemData");
    return names;
}

int ForumTopicModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return int(row);
    }
    return -1;
}

void ForumTopicModel::refresh()
{
    QList<ContentItem> items;
    QHash<QString, int> posts;
    if (m_store) {
        items = m_store->list(Collection::ForumTopics);
        std::reverse(items.begin(), items.end()); // the sort key is created_at: newest first
        const QList<ContentItem> all = m_store->list(Collection::ForumPosts);
        for (const ContentItem &post : all)
            ++posts[post.category]; // a post's category is its topic
    }
    beginResetModel();
    m_items = items;
    m_posts = posts;
    endResetModel();
}

#include "forumtopicmodel.h"

#include "contentstore.h"
#include "itempresenter.h"

#include <QLocale>
#include <algorithm>

ForumTopicModel::ForumTopicModel(const ContentStore *store, QObject *parent)
    : ItemListModel(parent)
    , m_store(store)
{
    refresh();
}

QString ForumTopicModel::subtitle(const ContentItem &item) const
{
    const QString since =
        ItemPresenter::dateText(item.data.value(QLatin1StringView("created_at")).toString(), false);
    return tr("Since %1 · published posts: %2")
        .arg(since, QLocale().toString(m_posts.value(item.id)));
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
    m_posts = posts;
    setItems(std::move(items));
}

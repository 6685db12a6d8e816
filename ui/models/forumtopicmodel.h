#pragma once

#include "itemlistmodel.h"

#include <QHash>

class ContentStore;

// The forum's topics, newest first, each with how many approved posts it has.
class ForumTopicModel final : public ItemListModel
{
    Q_OBJECT

public:
    explicit ForumTopicModel(const ContentStore *store, QObject *parent = nullptr);

    int postCount(const QString &topicId) const { return m_posts.value(topicId); }

public slots:
    void refresh();

private:
    QString subtitle(const ContentItem &item) const override;

    const ContentStore *m_store;
    QHash<QString, int> m_posts;
};

#pragma once

#include "contentitem.h"

#include <QAbstractListModel>
#include <QHash>

class ContentStore;

// The forum's topics, newest first, each with how many approved posts it has. Roles are
// ContentListModel's, so the shared ItemDelegate draws them.
class ForumTopicModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ForumTopicModel(const ContentStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int rowOf(const QString &id) const;
    int postCount(const QString &topicId) const { return m_posts.value(topicId); }

public slots:
    void refresh();

private:
    const ContentStore *m_store;
    QList<ContentItem> m_items;
    QHash<QString, int> m_posts;
};

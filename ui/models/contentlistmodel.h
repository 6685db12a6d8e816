#pragma once

#include "contentitem.h"

#include <QAbstractListModel>

class ContentStore;

// One collection of the cache as a list, in the collection's order (ItemValidator's sort key),
// newest first where the collection is about dates.
class ContentListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SubtitleRole,
        CategoryRole,
        DataRole,
        StatusColorRole, // services: the colour of their live status; invalid elsewhere
        ImageRole,       // the SHA-256 of the item's image; empty when it has none
    };

    ContentListModel(const ContentStore &store, Collection collection, QObject *parent = nullptr);

    Collection collection() const { return m_collection; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int rowOf(const QString &id) const;

public slots:
    void refresh();

private:
    const ContentStore &m_store;
    Collection m_collection;
    QList<ContentItem> m_items;
};

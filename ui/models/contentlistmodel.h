#pragma once

#include "itemlistmodel.h"

class ContentStore;

// One collection of the cache as a list, in the collection's order (ItemValidator's sort key),
// newest first where the collection is about dates.
class ContentListModel final : public ItemListModel
{
    Q_OBJECT

public:
    ContentListModel(const ContentStore &store, Collection collection, QObject *parent = nullptr);

    Collection collection() const { return m_collection; }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void refresh();

private:
    QString subtitle(const ContentItem &item) const override;

    const ContentStore &m_store;
    Collection m_collection;
};

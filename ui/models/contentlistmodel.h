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
    // Rows read at a time: a view asks for the next page (fetchMore) as its last row comes
    // into sight. 0, the default, reads the whole collection at each refresh.
    void setPageSize(int rows) { m_pageSize = rows; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    // Reads the cache again: as many rows as were read before (at least a page), so that a
    // person scrolled down a long list keeps their place.
    void refresh();
    // Reads the cache again, the first page only: the next person starts at the top.
    void rewind();

private:
    QString subtitle(const ContentItem &item) const override;
    void read(int rows);

    const ContentStore &m_store;
    Collection m_collection;
    int m_pageSize = 0;
    bool m_complete = true; // every row of the collection has been read
    bool m_fetching = false;
};

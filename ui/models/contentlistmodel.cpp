#include "contentlistmodel.h"

#include "contentstore.h"
#include "itempresenter.h"

#include <QScopedValueRollback>
#include <algorithm>

namespace {

// News and legal texts are read newest first; events soonest first; the rest by name.
bool newestFirst(Collection collection)
{
    return collection == Collection::News || collection == Collection::Legal;
}

} // namespace

ContentListModel::ContentListModel(const ContentStore &store, Collection collection,
                                   QObject *parent)
    : ItemListModel(parent)
    , m_store(store)
    , m_collection(collection)
{
    // Empty until the first refresh(): its section loads it when first shown.
}

QVariant ContentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentItem &item = itemAt(index.row());
    switch (role) {
    case ImageRole:
        return item.data.value(QLatin1StringView("image")).toString();
    case StatusColorRole:
        if (m_collection != Collection::Services)
            return {};
        return ItemPresenter::statusColor(item.data.value(QLatin1StringView("status")).toString());
    default:
        return ItemListModel::data(index, role);
    }
}

QHash<int, QByteArray> ContentListModel::roleNames() const
{
    QHash<int, QByteArray> names = ItemListModel::roleNames();
    names.insert(StatusColorRole, "statusColor");
    names.insert(ImageRole, "image");
    return names;
}

QString ContentListModel::subtitle(const ContentItem &item) const
{
    return ItemPresenter::subtitle(item);
}

void ContentListModel::refresh()
{
    read(std::max(m_pageSize, rowCount()));
}

void ContentListModel::rewind()
{
    read(m_pageSize);
}

void ContentListModel::read(int rows)
{
    // A view (or a model tester) may ask for more while the list is being replaced.
    const QScopedValueRollback fetching(m_fetching, true);
    if (m_pageSize <= 0) {
        QList<ContentItem> items = m_store.list(m_collection);
        if (newestFirst(m_collection))
            std::reverse(items.begin(), items.end());
        setItems(std::move(items));
        return;
    }
    QList<ContentItem> items =
        m_store.listPage(m_collection, newestFirst(m_collection), nullptr, rows);
    m_complete = items.size() < rows;
    setItems(std::move(items));
}

bool ContentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching;
}

void ContentListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback fetching(m_fetching, true); // one page at a time
    const ContentItem last = rowCount() > 0 ? itemAt(rowCount() - 1) : ContentItem();
    const QList<ContentItem> more = m_store.listPage(m_collection, newestFirst(m_collection),
                                                     rowCount() > 0 ? &last : nullptr, m_pageSize);
    m_complete = more.size() < m_pageSize;
    appendItems(more);
}

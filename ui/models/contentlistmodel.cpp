#include "contentlistmodel.h"

#include "contentstore.h"
#include "itempresenter.h"

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
    QList<ContentItem> items = m_store.list(m_collection);
    if (newestFirst(m_collection))
        std::reverse(items.begin(), items.end());
    setItems(std::move(items));
}

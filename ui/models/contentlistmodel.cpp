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
    : QAbstractListModel(parent)
    , m_store(store)
    , m_collection(collection)
{
    refresh();
}

int ContentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ContentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item.title;
    case IdRole:
        return item.id;
    case SubtitleRole:
        return ItemPresenter::subtitle(item);
    case CategoryRole:
        return item.category;
    case DataRole:
        return item.data;
    case ImageRole:
        return item.data.value(QLatin1StringView("image")).toString();
    case StatusColorRole:
        if (m_collection != Collection::Services)
            return {};
        return ItemPresenter::statusColor(item.data.value(QLatin1StringView("status")).toString());
    default:
        return {};
    }
}

QHash<int, QByteArray> ContentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(SubtitleRole, "subtitle");
    names.insert(CategoryRole, "category");
    names.insert(DataRole, "itemData");
    names.insert(StatusColorRole, "statusColor");
    names.insert(ImageRole, "image");
    return names;
}

int ContentListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return int(row);
    }
    return -1;
}

void ContentListModel::refresh()
{
    QList<ContentItem> items = m_store.list(m_collection);
    if (newestFirst(m_collection))
        std::reverse(items.begin(), items.end());
    // A sync that changed only what rows say (a service's status, a corrected title) must not
    // reset the list under a person's finger: same rows in the same order are updated in place.
    const bool sameRows =
        items.size() == m_items.size() &&
        std::equal(items.cbegin(), items.cend(), m_items.cbegin(),
                   [](const ContentItem &a, const ContentItem &b) { return a.id == b.id; });
    if (sameRows) {
        m_items = std::move(items);
        if (!m_items.isEmpty())
            emit dataChanged(index(0), index(int(m_items.size()) - 1));
        return;
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

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
    beginResetModel();
    m_items = m_store.list(m_collection);
    if (newestFirst(m_collection))
        std::reverse(m_items.begin(), m_items.end());
    endResetModel();
}

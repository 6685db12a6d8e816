#include "itemlistmodel.h"

#include <algorithm>

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
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
        return subtitle(item);
    case CategoryRole:
        return item.category;
    case DataRole:
        return item.data;
    default:
        return {};
    }
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(SubtitleRole, "subtitle");
    names.insert(CategoryRole, "category");
    names.insert(DataRole, "itemData");
    return names;
}

int ItemListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return int(row);
    }
    return -1;
}

void ItemListModel::setItems(QList<ContentItem> items)
{
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

void ItemListModel::appendItems(const QList<ContentItem> &items)
{
    if (items.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(items.size()) - 1);
    m_items += items;
    endInsertRows();
}

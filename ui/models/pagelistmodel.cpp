#include "pagelistmodel.h"

#include "contentstore.h"

#include <algorithm>

PageListModel::PageListModel(const ContentStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

void PageListModel::setSections(const QStringList &sections)
{
    if (sections == m_sections)
        return;
    m_sections = sections;
    refresh();
}

int PageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entry.title;
    case IdRole:
        return entry.id;
    case SubtitleRole:
        return sectionText(entry.section);
    case SectionRole:
        return entry.section;
    case OrderRole:
        return entry.order;
    default:
        return {};
    }
}

QHash<int, QByteArray> PageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(SubtitleRole, "subtitle");
    names.insert(SectionRole, "section");
    names.insert(OrderRole, "order");
    return names;
}

int PageListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return int(row);
    }
    return -1;
}

QString PageListModel::sectionText(const QString &section)
{
    if (section == QLatin1String("perfil"))
        return tr("About the municipality");
    if (section == QLatin1String("oficinas"))
        return tr("Offices and procedures");
    if (section == QLatin1String("contactos"))
        return tr("Telephones and addresses");
    return {};
}

void PageListModel::refresh()
{
    QList<Entry> entries;
    if (m_store) {
        const QList<ContentItem> items = m_store->list(Collection::Pages);
        for (const ContentItem &item : items) {
            if (!m_sections.contains(item.category))
                continue;
            Entry entry;
            entry.id = item.id;
            entry.title = item.title;
            entry.section = item.category;
            entry.order = item.data.value(QLatin1StringView("order")).toInt();
            entries.append(entry);
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [this](const Entry &a, const Entry &b) {
        const qsizetype sectionA = m_sections.indexOf(a.section);
        const qsizetype sectionB = m_sections.indexOf(b.section);
        if (sectionA != sectionB)
            return sectionA < sectionB;
        if (a.order != b.order)
            return a.order < b.order;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

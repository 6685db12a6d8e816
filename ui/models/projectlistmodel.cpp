#include "projectlistmodel.h"

#include "contentstore.h"

#include <QLocale>
#include <algorithm>

namespace {

int statusRank(const QString &status)
{
    if (status == QLatin1String("en-ejecucion"))
        return 0;
    if (status == QLatin1String("planificado"))
        return 1;
    if (status == QLatin1String("terminado"))
        return 2;
    return 3;
}

} // namespace

ProjectListModel::ProjectListModel(const ContentStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    refresh();
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::AccessibleTextRole:
        return tr("%1. %2. %3 done.")
            .arg(entry.title, subtitle(entry), percentText(entry.progress));
    case IdRole:
        return entry.id;
    case SubtitleRole:
        return subtitle(entry);
    case StatusRole:
        return entry.status;
    case ProgressRole:
        return entry.progress;
    case StatusTextRole:
        return statusText(entry.status);
    case ResponsibleRole:
        return entry.responsible;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(SubtitleRole, "subtitle");
    names.insert(StatusRole, "status");
    names.insert(ProgressRole, "progress");
    names.insert(StatusTextRole, "statusText");
    names.insert(ResponsibleRole, "responsible");
    return names;
}

int ProjectListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return int(row);
    }
    return -1;
}

QString ProjectListModel::statusText(const QString &status)
{
    if (status == QLatin1String("planificado"))
        return tr("Planned");
    if (status == QLatin1String("en-ejecucion"))
        return tr("Under way");
    if (status == QLatin1String("terminado"))
        return tr("Finished");
    return {};
}

QString ProjectListModel::percentText(int progress)
{
    return tr("%1%").arg(QLocale().toString(progress));
}

QString ProjectListModel::subtitle(const Entry &entry) const
{
    const QString status = statusText(entry.status);
    if (status.isEmpty())
        return entry.responsible;
    if (entry.responsible.isEmpty())
        return status;
    return tr("%1 · %2").arg(status, entry.responsible);
}

void ProjectListModel::refresh()
{
    QList<Entry> entries;
    if (m_store) {
        const QList<ContentItem> items = m_store->list(Collection::Projects);
        for (const ContentItem &item : items) {
            Entry entry;
            entry.id = item.id;
            entry.title = item.title;
            entry.status = item.category;
            entry.responsible =
                item.data.value(QLatin1StringView("responsible")).toString().trimmed();
            entry.progress =
                std::clamp(item.data.value(QLatin1StringView("progress")).toInt(), 0, 100);
            entries.append(entry);
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int rankA = statusRank(a.status);
        const int rankB = statusRank(b.status);
        if (rankA != rankB)
            return rankA < rankB;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

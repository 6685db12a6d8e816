#include "complaintplacemodel.h"

#include "contentstore.h"

#include <QCollator>
#include <QSet>
#include <QSize>
#include <algorithm>

namespace {

constexpr int kRowHeight = 76;

} // namespace

ComplaintPlaceModel::ComplaintPlaceModel(const ContentStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    refresh();
}

int ComplaintPlaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

QVariant ComplaintPlaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return m_places.at(index.row());
    if (role == Qt::SizeHintRole)
        return QSize(0, kRowHeight); // a row a finger can hit, with room for two lines
    return {};
}

void ComplaintPlaceModel::refresh()
{
    QStringList places;
    if (m_store) {
        QSet<QString> seen;
        const auto collect = [&](Collection collection, const char *field) {
            // The distinct values only: a large municipality has tens of thousands of events.
            const QStringList values = m_store->fieldValues(collection, QString::fromLatin1(field));
            for (const QString &value : values) {
                // One line each: a place is a choice on a button, not a paragraph.
                const QString place = value.simplified();
                if (!place.isEmpty() && !seen.contains(place.toLower())) {
                    seen.insert(place.toLower());
                    places.append(place);
                }
            }
        };
        collect(Collection::Events, "place");
        collect(Collection::Services, "office");
        // "Ávila" sorts with the A's, as a Spanish reader looks for it.
        QCollator collator(QLocale(QLocale::Spanish));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(places.begin(), places.end(), [&collator](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
    }
    if (places == m_places)
        return; // a sync that changed nothing here keeps the person's scroll position
    beginResetModel();
    m_places = places;
    endResetModel();
}

#include "eventlistmodel.h"

#include "clock.h"
#include "contentstore.h"

#include <QLocale>
#include <algorithm>

namespace {

QDateTime timeField(const QJsonObject &data, const char *key)
{
    const QJsonValue value = data.value(QLatin1StringView(key));
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate) : QDateTime();
}

QString textField(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1StringView(key)).toString().trimmed();
}

// 24-hour times, as the municipality writes them ("de 14:00 a 16:00"), in every language.
QString timeText(const QDateTime &when)
{
    return when.time().toString(QStringLiteral("HH:mm"));
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QDateTime EventListModel::Entry::until() const
{
    if (kind == QLatin1String("call") && deadline.isValid())
        return deadline;
    return ends.isValid() ? ends : starts;
}

EventListModel::EventListModel(const ContentStore *store, const Clock *clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    // Empty until the first refresh(): the noticeboard loads it whenever it is shown.
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::AccessibleTextRole:
        return tr("%1. %2. %3").arg(entry.title, whenText(entry), entry.place);
    case IdRole:
        return entry.id;
    case SubtitleRole:
    case WhenTextRole:
        return whenText(entry);
    case CategoryRole:
        return entry.category;
    case KindRole:
        return entry.kind;
    case OrganiserRole:
        return entry.organiser;
    case PlaceRole:
        return entry.place;
    case StartsRole:
        return entry.starts;
    case EndsRole:
        return entry.ends;
    case DeadlineRole:
        return entry.deadline;
    case UntilRole:
        return entry.until();
    default:
        return {};
    }
}

QHash<int, QByteArray> EventListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(SubtitleRole, "subtitle");
    names.insert(CategoryRole, "category");
    names.insert(KindRole, "kind");
    names.insert(OrganiserRole, "organiser");
    names.insert(PlaceRole, "place");
    names.insert(StartsRole, "startsAt");
    names.insert(EndsRole, "endsAt");
    names.insert(DeadlineRole, "deadline");
    names.insert(UntilRole, "until");
    names.insert(WhenTextRole, "whenText");
    return names;
}

int EventListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return int(row);
    }
    return -1;
}

void EventListModel::refresh()
{
    QList<Entry> entries;
    if (m_store) {
        const QList<ContentItem> items = m_store->list(Collection::Events);
        entries.reserve(items.size());
        for (const ContentItem &item : items) {
            Entry entry;
            entry.id = item.id;
            entry.title = item.title;
            entry.kind = textField(item.data, "kind");
            entry.category = item.category;
            entry.organiser = textField(item.data, "organiser");
            entry.place = textField(item.data, "place");
            entry.starts = timeField(item.data, "starts_at");
            entry.ends = timeField(item.data, "ends_at");
            entry.deadline = timeField(item.data, "deadline");
            // The validator lets nothing without a start through; a row without one could
            // not be placed on any day.
            if (entry.starts.isValid())
                entries.append(entry);
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.starts != b.starts)
            return a.starts < b.starts;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    beginResetModel();
    m_now = m_clock ? m_clock->now() : QDateTime::currentDateTime();
    m_entries = entries;
    endResetModel();
}

void EventListModel::advanceNow()
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTime();
    if (now == m_now)
        return;
    m_now = now;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {SubtitleRole, WhenTextRole, Qt::AccessibleTextRole});
}

QString EventListModel::dayText(const QDateTime &when)
{
    return QLocale().toString(when.date(), QStringLiteral("ddd d MMM"));
}

QString EventListModel::spanText(const QDateTime &starts, const QDateTime &ends)
{
    // The line starts with the day: "Sáb 28 nov", though Spanish writes "sáb" mid-sentence.
    if (!ends.isValid() || ends == starts)
        return capitalised(tr("%1 · %2").arg(dayText(starts), timeText(starts)));
    if (ends.date() == starts.date())
        return capitalised(tr("%1 · %2–%3").arg(dayText(starts), timeText(starts), timeText(ends)));
    return capitalised(
        tr("%1 %2 – %3 %4").arg(dayText(starts), timeText(starts), dayText(ends), timeText(ends)));
}

QString EventListModel::fullDateTimeText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return tr("%1, %2").arg(QLocale().toString(when.date(), QLocale::LongFormat), timeText(when));
}

QString EventListModel::fullSpanText(const QDateTime &starts, const QDateTime &ends)
{
    if (!starts.isValid())
        return {};
    if (!ends.isValid() || ends == starts)
        return fullDateTimeText(starts);
    if (ends.date() == starts.date())
        return tr("%1, from %2 to %3")
            .arg(QLocale().toString(starts.date(), QLocale::LongFormat), timeText(starts),
                 timeText(ends));
    return tr("From %1 to %2").arg(fullDateTimeText(starts), fullDateTimeText(ends));
}

QString EventListModel::whenText(const Entry &entry) const
{
    if (entry.kind != QLatin1String("call"))
        return spanText(entry.starts, entry.ends);
    if (!entry.deadline.isValid())
        return tr("Call · from %1").arg(dayText(entry.starts));
    // Before it opens, say when it opens, or people would go and apply too early.
    if (entry.starts > m_now)
        return tr("Call · apply from %1 until %2")
            .arg(dayText(entry.starts), dayText(entry.deadline));
    return tr("Call · apply until %1").arg(dayText(entry.deadline));
}

#include "eventfiltermodel.h"

#include "eventlistmodel.h"

#include <QTimeZone>

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void EventFilterModel::setWindow(Window window)
{
    if (window == m_window)
        return;
    m_window = window;
    invalidateFilter();
}

void EventFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void EventFilterModel::setOrganiser(const QString &organiser)
{
    if (organiser == m_organiser)
        return;
    m_organiser = organiser;
    invalidateFilter();
}

void EventFilterModel::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    invalidateFilter();
}

QStringList EventFilterModel::upcomingValues(int role) const
{
    QStringList values;
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return values;
    for (int row = 0; row < source->rowCount(); ++row) {
        if (!isUpcoming(row))
            continue;
        const QString value = source->index(row, 0).data(role).toString();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

bool EventFilterModel::isOver(const QDateTime &until, const QDateTime &now)
{
    return !until.isValid() || (now.isValid() && until < now);
}

bool EventFilterModel::isOn(const QDateTime &starts, const QDateTime &until, Window window,
                            const QDateTime &now)
{
    if (isOver(until, now))
        return false;
    if (window == Window::Upcoming)
        return true;
    // "Today" in the offset the item was written in: the day its row shows.
    const QDateTime local = now.toOffsetFromUtc(starts.offsetFromUtc());
    const QDate today = local.date();
    QDate first = today;
    QDate end = today.addDays(1);
    if (window == Window::Week) {
        first = today.addDays(1 - today.dayOfWeek());
        end = first.addDays(7);
    } else if (window == Window::Month) {
        first = QDate(today.year(), today.month(), 1);
        end = first.addMonths(1);
    }
    const QTimeZone zone(local.offsetFromUtc());
    const QDateTime windowStart(first, QTime(0, 0), zone);
    const QDateTime windowEnd(end, QTime(0, 0), zone);
    return starts < windowEnd && until >= windowStart;
}

bool EventFilterModel::isUpcoming(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    return !isOver(index.data(EventListModel::UntilRole).toDateTime(), m_now);
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && index.data(EventListModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_organiser.isEmpty() &&
        index.data(EventListModel::OrganiserRole).toString() != m_organiser)
        return false;
    return isOn(index.data(EventListModel::StartsRole).toDateTime(),
                index.data(EventListModel::UntilRole).toDateTime(), m_window, m_now);
}

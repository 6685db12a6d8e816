#pragma once

#include "contentlistmodel.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QDateTime>

class Clock;
class ContentStore;

// The noticeboard's events and calls with their times read once, soonest start first. Times
// keep the offset the municipality wrote them in (ItemPresenter does the same), so the day a
// row shows is the day it is filed under, whatever zone the kiosk's system clock is set to.
class EventListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        // The same numbers as ContentListModel's, so code written for those roles works here.
        IdRole = ContentListModel::IdRole,
        SubtitleRole = ContentListModel::SubtitleRole, // the "when" line, as WhenTextRole
        CategoryRole = ContentListModel::CategoryRole,
        KindRole = Qt::UserRole + 100, // "event" or "call"
        OrganiserRole,
        PlaceRole,
        StartsRole,   // QDateTime
        EndsRole,     // QDateTime, invalid when not given
        DeadlineRole, // QDateTime, calls only
        UntilRole,    // QDateTime: when it is over (a call: its deadline)
        WhenTextRole, // "Sat 28 Nov · 10:00–11:30" or "Call · apply until Fri 18 Dec"
    };

    // Either pointer may be null: no store gives an empty list, no clock the system's time.
    EventListModel(const ContentStore *store, const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int rowOf(const QString &id) const;
    // The time the list was last read at; "past" and "today" are measured from it.
    QDateTime now() const { return m_now; }

    // "Sat 28 Nov" ("sáb 28 nov"), in the default locale.
    static QString dayText(const QDateTime &when);
    // "Sat 28 Nov · 10:00–11:30", "Sat 28 Nov 10:00 – Mon 30 Nov 12:00", "Sat 28 Nov · 10:00".
    static QString spanText(const QDateTime &starts, const QDateTime &ends);
    // "Saturday, 28 November 2026, 10:00–11:30" and the like, for the detail.
    static QString fullSpanText(const QDateTime &starts, const QDateTime &ends);
    static QString fullDateTimeText(const QDateTime &when);

public slots:
    // Reads the cache and the clock again.
    void refresh();
    // Reads the clock again, not the cache: what a row says may depend on the time.
    void advanceNow();

private:
    struct Entry
    {
        QString id;
        QString title;
        QString kind;
        QString category;
        QString organiser;
        QString place;
        QDateTime starts;
        QDateTime ends;
        QDateTime deadline;
        QDateTime until() const;
    };

    QString whenText(const Entry &entry) const;

    const ContentStore *m_store;
    const Clock *m_clock;
    QDateTime m_now;
    QList<Entry> m_entries;
};

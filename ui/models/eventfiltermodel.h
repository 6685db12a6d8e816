#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

// The noticeboard's filters over an EventListModel: a time window, a category and an
// organiser. Past items are always left out: an event is past once its end (or its start,
// when it has no end) is behind us, a call once its deadline is.
//
// An item is in a window when it is on at some moment of it: an event from its start to its
// end, a call from the day it opens to its deadline (one can apply then). So "Today" also
// shows the exhibition that opened yesterday and the call one can still apply to, and every
// row it shows has a date range that includes today. Days are counted in the offset the item
// was written in (see EventListModel); weeks run Monday to Sunday; months are calendar months.
class EventFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Window
    {
        Today,
        Week,
        Month,
        Upcoming, // everything not yet over
    };

    explicit EventFilterModel(QObject *parent = nullptr);

    Window window() const { return m_window; }
    void setWindow(Window window);
    QString category() const { return m_category; } // empty: all
    void setCategory(const QString &category);
    QString organiser() const { return m_organiser; } // empty: all
    void setOrganiser(const QString &organiser);
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);

    // Distinct values of a source role over the items not yet over, whatever the other
    // filters say: what the category and organiser choices can offer.
    QStringList upcomingValues(int role) const;

    static bool isOver(const QDateTime &until, const QDateTime &now);
    static bool isOn(const QDateTime &starts, const QDateTime &until, Window window,
                     const QDateTime &now);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool isUpcoming(int sourceRow) const;

    Window m_window = Window::Upcoming;
    QString m_category;
    QString m_organiser;
    QDateTime m_now;
};

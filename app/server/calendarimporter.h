#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// Turns an iCalendar (RFC 5545) document into events (the shape of data/demo/events.json)
// that pass ItemValidator. A pure function of the bytes it is given, so that it can be
// fuzzed: no file, no database, nothing fetched.
//
// Each VEVENT stands alone: one without a UID, a start or a title is skipped and explained in
// the warnings. Only a document that is not a calendar, or is cut short, is refused whole, so
// that a truncated download never passes for a shorter agenda.
class CalendarImporter final
{
public:
    struct Options
    {
        // For events whose CATEGORIES name none of the kiosk's event categories.
        QString defaultCategory = QStringLiteral("comunidad");
        // Floating times, all-day dates and unknown TZIDs are read in this zone, and UTC
        // times are written in it, because the kiosk shows times as written. A named zone
        // (America/Havana) also gets the summer offset right; the default is the fixed
        // offset the demo content uses.
        QTimeZone localZone = QTimeZone(-5 * 3600);
        int maxItems = 1000;
        qsizetype maxBytes = 16 * 1024 * 1024;
    };

    struct Result
    {
        QList<QJsonObject> items; // each with its "id"
        // Ids of events the calendar marks STATUS:CANCELLED: not imported, and to be
        // withdrawn if an earlier import published them.
        QStringList cancelledIds;
        QStringList warnings;
        QString error; // non-empty: the whole document was refused and items is empty

        bool ok() const { return error.isEmpty(); }
    };

    CalendarImporter();
    explicit CalendarImporter(Options options);

    Result parse(const QByteArray &data) const;

    // The id an event with this UID gets: stable, so importing again updates the event.
    static QString idForUid(const QString &uid);

private:
    Options m_options;
};

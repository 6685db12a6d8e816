#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

// Turns an RSS 2.0 or Atom 1.0 feed into news items (the shape of data/demo/news.json) that
// pass ItemValidator. A pure function of the bytes it is given, so that it can be fuzzed: it
// opens no file and no database, and never fetches anything a feed refers to.
//
// One bad item does not sink the feed: it is skipped and explained in the warnings. Only a
// document that is not a feed at all (not XML, another XML vocabulary, too large, a DOCTYPE
// declaring entities) is refused whole.
class NewsFeedImporter final
{
public:
    struct Options
    {
        // For items whose <category> names none of the kiosk's news categories.
        QString defaultCategory = QStringLiteral("gobierno");
        int maxItems = 200;
        qsizetype maxBytes = 16 * 1024 * 1024;
        // Dates are written in the municipality's time, because the kiosk shows the date
        // as written; a feed date without a zone is taken to be in this zone too.
        QTimeZone localZone = QTimeZone(-5 * 3600);
    };

    struct Result
    {
        QList<QJsonObject> items; // each with its "id"
        QStringList warnings;
        QString error; // non-empty: the whole document was refused and items is empty

        bool ok() const { return error.isEmpty(); }
    };

    NewsFeedImporter();
    explicit NewsFeedImporter(Options options);

    Result parse(const QByteArray &data) const;

    // The building blocks, public so that tests and fuzzers can reach them one by one.

    // HTML (as found in descriptions and content) to plain text: paragraphs separated by
    // "\n\n", script and style dropped, character references decoded, white space collapsed.
    static QString plainTextFromHtml(QStringView html);
    // An RFC 822/2822 date (RSS), or failing that an RFC 3339 one (Atom, and RSS feeds that
    // use it anyway). A date without a zone is read in zoneIfMissing.
    static std::optional<QDateTime> parseDate(const QString &text, const QTimeZone &zoneIfMissing);

private:
    Options m_options;
};

#include "calendarimporter.h"

#include "importtext.h"
#include "importwarnings.h"
#include "itemvalidator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <optional>
#include <utility>

namespace {

const QStringList kEventCategories{QStringLiteral("cultura"),   QStringLiteral("deportes"),
                                   QStringLiteral("educacion"), QStringLiteral("organizaciones"),
                                   QStringLiteral("salud"),     QStringLiteral("comunidad")};

constexpr int kTitleMax = 500;
constexpr int kMaxNesting = 16;

struct Property
{
    QString name;                                      // upper case
    QList<std::pair<QString, QStringList>> parameters; // names upper case
    QString value;
    qint64 line = 0;

    QString parameter(QStringView wanted) const
    {
        for (const auto &[name, values] : parameters) {
            if (name == wanted)
                return values.value(0);
        }
        return {};
    }
};

struct Event
{
    qint64 line = 0;
    QList<Property> properties;

    const Property *first(QStringView name) const
    {
        for (const Property &property : properties) {
            if (property.name == name)
                return &property;
        }
        return nullptr;
    }
    QString value(QStringView name) const
    {
        const Property *property = first(name);
        return property ? property->value : QString();
    }
};

struct RawLine
{
    QByteArray bytes;
    qint64 number = 0;
};

// Splits into lines and unfolds them. Done on bytes, before decoding, because a folding
// program may cut a line in the middle of a UTF-8 sequence (RFC 5545 section 3.1 warns of it).
QList<RawLine> unfoldedLines(const QByteArray &data)
{
    QList<RawLine> lines;
    const qsizetype n = data.size();
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qint64 number = 0;
    while (i < n) {
        qsizetype end = i;
        while (end < n && data[end] != '\n' && data[end] != '\r')
            ++end;
        const QByteArray piece = data.mid(i, end - i);
        ++number;
        if (end < n && data[end] == '\r')
            ++end;
        if (end < n && data[end] == '\n')
            ++end;
        i = end;
        if (!piece.isEmpty() && (piece[0] == ' ' || piece[0] == '\t') && !lines.isEmpty())
            lines.last().bytes += piece.mid(1);
        else
            lines.append({piece, number});
    }
    return lines;
}

bool isNameCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
           c == u'-';
}

// RFC 6868: parameter values cannot hold a double quote or a line end, so ^' ^n ^^ stand in.
QString caretDecoded(QStringView value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'^' && i + 1 < value.size()) {
            const QChar next = value[i + 1];
            if (next == u'n' || next == u'N') {
                result += u'\n';
                ++i;
                continue;
            }
            if (next == u'\'') {
                result += u'"';
                ++i;
                continue;
            }
            if (next == u'^') {
                result += u'^';
                ++i;
                continue;
            }
        }
        result += value[i];
    }
    return result;
}

// name *(";" param) ":" value, where a parameter value may be quoted and then hold ; : and ,
std::optional<Property> parseContentLine(const QString &line, qint64 number)
{
    Property property;
    property.line = number;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && isNameCharacter(line[i]))
        ++i;
    if (i == 0 || i >= n || (line[i] != u';' && line[i] != u':'))
        return std::nullopt;
    property.name = line.left(i).toUpper();
    while (i < n && line[i] == u';') {
        const qsizetype nameStart = ++i;
        while (i < n && isNameCharacter(line[i]))
            ++i;
        if (i == nameStart || i >= n || line[i] != u'=')
            return std::nullopt;
        const QString name = line.mid(nameStart, i - nameStart).toUpper();
        ++i;
        QStringList values;
        while (true) {
            if (i < n && line[i] == u'"') {
                const qsizetype close = line.indexOf(u'"', i + 1);
                if (close < 0)
                    return std::nullopt;
                values.append(caretDecoded(QStringView(line).mid(i + 1, close - i - 1)));
                i = close + 1;
            } else {
                const qsizetype start = i;
                while (i < n && line[i] != u',' && line[i] != u';' && line[i] != u':')
                    ++i;
                values.append(caretDecoded(QStringView(line).mid(start, i - start)));
            }
            if (i < n && line[i] == u',') {
                ++i;
                continue;
            }
            break;
        }
        property.parameters.append({name, values});
    }
    if (i >= n || line[i] != u':')
        return std::nullopt;
    property.value = line.mid(i + 1);
    return property;
}

// TEXT values escape \ ; , and line ends (RFC 5545 section 3.3.11). Other escapes are not
// allowed, but "\:" turns up in the wild and clearly means ':'.
QString unescapedText(QStringView value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            result += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            result += value[i];
        }
    }
    return result;
}

// A list of TEXT values (CATEGORIES): split on the commas that are not escaped.
QStringList textList(QStringView value)
{
    QStringList result;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && value[i] == u'\\') {
            ++i;
            continue;
        }
        if (i == value.size() || value[i] == u',') {
            const QString item = unescapedText(value.mid(start, i - start)).trimmed();
            if (!item.isEmpty())
                result.append(item);
            start = i + 1;
        }
    }
    return result;
}

// Only names in the system's zone list reach QTimeZone: its Unix backend opens
// "/usr/share/zoneinfo/" + the name, and a TZID such as "../../../dev/stdin" must not.
bool isKnownZoneId(const QByteArray &id)
{
    static const QSet<QByteArray> known = [] {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        return QSet<QByteArray>(ids.begin(), ids.end());
    }();
    return known.contains(id);
}

// A TZID as a zone, or an invalid zone. Besides IANA names, accepts Windows names (Outlook
// writes "Eastern Standard Time") and IANA names behind a vendor prefix (Mozilla once wrote
// "/mozilla.org/20050126_1/America/New_York").
QTimeZone zoneForTzid(const QString &tzid)
{
    const QByteArray id = tzid.trimmed().toUtf8();
    if (isKnownZoneId(id))
        return QTimeZone(id);
    const QByteArray fromWindows = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!fromWindows.isEmpty() && isKnownZoneId(fromWindows))
        return QTimeZone(fromWindows);
    const QList<QByteArray> parts = id.split('/');
    for (qsizetype k = 1; k + 1 < parts.size(); ++k) {
        const QByteArray suffix = parts.mid(k).join('/');
        if (isKnownZoneId(suffix))
            return QTimeZone(suffix);
    }
    return {};
}

struct Moment
{
    QDateTime when;
    bool allDay = false;
};

// A DATE or DATE-TIME value: UTC ("Z"), with a TZID, or floating (read in the local zone).
// *unknownZone is set when the TZID names no zone this system knows.
std::optional<Moment> readMoment(const Property &property, const QTimeZone &localZone,
                                 QString *unknownZone)
{
    static const QRegularExpression dateOnly(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(Z?)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString value = property.value.trimmed();
    const QRegularExpressionMatch dateMatch = dateOnly.match(value);
    if (dateMatch.hasMatch()) {
        const QDate date(dateMatch.captured(1).toInt(), dateMatch.captured(2).toInt(),
                         dateMatch.captured(3).toInt());
        if (!date.isValid())
            return std::nullopt;
        return Moment{QDateTime(date, QTime(0, 0), localZone), true};
    }
    if (property.parameter(u"VALUE").compare(u"DATE", Qt::CaseInsensitive) == 0)
        return std::nullopt;
    const QRegularExpressionMatch match = dateTime.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     std::min(match.captured(6).toInt(), 59)); // a leap second
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (!match.captured(7).isEmpty())
        return Moment{QDateTime(date, time, QTimeZone::utc()).toTimeZone(localZone), false};
    const QString tzid = property.parameter(u"TZID");
    if (!tzid.isEmpty()) {
        // The event's own zone is kept: its wall-clock time is what the organiser announced.
        const QTimeZone zone = zoneForTzid(tzid);
        if (zone.isValid())
            return Moment{QDateTime(date, time, zone), false};
        *unknownZone = tzid;
    }
    return Moment{QDateTime(date, time, localZone), false};
}

struct Duration
{
    int days = 0;
    qint64 seconds = 0;
};

// A forward DURATION (RFC 5545 section 3.3.6): P1D, PT2H30M, P1W, P1DT12H.
std::optional<Duration> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\+?P(?:(\\d{1,4})W|(?:(\\d{1,5})D)?(?:T(?:(\\d{1,6})H)?(?:(\\d{1,7})M)?(?"
                       ":(\\d{1,8})S)?)?)$"));
    const QString value = text.trimmed().toUpper();
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) { return match.captured(group).toLongLong(); };
    Duration duration;
    if (match.hasCaptured(1) && !match.captured(1).isEmpty()) {
        duration.days = match.captured(1).toInt() * 7;
        return duration;
    }
    const bool hasTime = value.contains(u'T');
    const bool anyTime = !match.captured(3).isEmpty() || !match.captured(4).isEmpty() ||
                         !match.captured(5).isEmpty();
    if ((hasTime && !anyTime) || (match.captured(2).isEmpty() && !anyTime))
        return std::nullopt; // "P" or "PT" alone
    duration.days = int(number(2));
    duration.seconds = number(3) * 3600 + number(4) * 60 + number(5);
    return duration;
}

QString describe(const QString &title, qint64 line)
{
    if (title.isEmpty())
        return QStringLiteral("the event at line %1").arg(line);
    // One arg() call: a title holding "%1" must not capture the line number.
    return QStringLiteral("event «%1» (line %2)").arg(title.left(80), QString::number(line));
}

QString isoText(const QDateTime &when)
{
    return when.toString(Qt::ISODate);
}

} // namespace

CalendarImporter::CalendarImporter() = default;

CalendarImporter::CalendarImporter(Options options)
    : m_options(std::move(options))
{}

QString CalendarImporter::idForUid(const QString &uid)
{
    return QStringLiteral("evt-ics-") +
           QString::fromLatin1(
               QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

CalendarImporter::Result CalendarImporter::parse(const QByteArray &data) const
{
    Result result;
    if (data.size() > m_options.maxBytes) {
        result.error = QStringLiteral("the calendar is %1 bytes, more than the limit of %2")
                           .arg(data.size())
                           .arg(m_options.maxBytes);
        return result;
    }
    if (data.trimmed().isEmpty()) {
        result.error = QStringLiteral("the calendar is empty");
        return result;
    }

    ImportWarnings warnings(&result.warnings);
    QList<Event> events;
    Event current;
    QList<std::pair<QString, qint64>> open; // components entered, and where
    bool first = true;
    bool warnedEncoding = false;
    const QList<RawLine> lines = unfoldedLines(data);
    for (const RawLine &raw : lines) {
        if (raw.bytes.trimmed().isEmpty())
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(raw.bytes);
        if (decoder.hasError()) {
            // Old exporters write Latin-1 despite the standard; better accents than none.
            text = QString::fromLatin1(raw.bytes);
            if (!warnedEncoding)
                warnings.add(
                    QStringLiteral("line %1 is not UTF-8; read as Latin-1").arg(raw.number));
            warnedEncoding = true;
        }
        if (first) {
            first = false;
            if (text.trimmed().compare(u"BEGIN:VCALENDAR", Qt::CaseInsensitive) != 0) {
                result.error = QStringLiteral("not an iCalendar document: it begins with '%1' "
                                              "instead of BEGIN:VCALENDAR")
                                   .arg(ImportText::singleLine(text).left(60));
                return result;
            }
        }
        const std::optional<Property> property = parseContentLine(text, raw.number);
        if (!property) {
            warnings.add(
                QStringLiteral("line %1 is not a valid content line; ignored").arg(raw.number));
            continue;
        }
        if (property->name == u"BEGIN") {
            const QString component = property->value.trimmed().toUpper();
            if (open.isEmpty() && component != u"VCALENDAR") {
                result.error = QStringLiteral("line %1: BEGIN:%2 outside a VCALENDAR")
                                   .arg(raw.number)
                                   .arg(component.left(60));
                return result;
            }
            if (open.size() >= kMaxNesting) {
                result.error = QStringLiteral("line %1: components nested more than %2 deep")
                                   .arg(raw.number)
                                   .arg(kMaxNesting);
                return result;
            }
            if (component == u"VEVENT" && open.size() == 1)
                current = Event{raw.number, {}};
            open.append({component, raw.number});
            continue;
        }
        if (property->name == u"END") {
            const QString component = property->value.trimmed().toUpper();
            if (open.isEmpty() || open.last().first != component) {
                result.error =
                    open.isEmpty()
                        ? QStringLiteral("line %1: END:%2 with nothing open")
                              .arg(raw.number)
                              .arg(component.left(60))
                        : QStringLiteral("line %1: END:%2 does not close BEGIN:%3 of line %4")
                              .arg(QString::number(raw.number), component.left(60),
                                   open.last().first.left(60), QString::number(open.last().second));
                return result;
            }
            if (component == u"VEVENT" && open.size() == 2)
                events.append(current);
            open.removeLast();
            continue;
        }
        if (open.isEmpty()) {
            warnings.add(
                QStringLiteral("line %1 is outside the calendar; ignored").arg(raw.number));
            continue;
        }
        // Only the event's own properties: an alarm's DESCRIPTION is not the event's.
        if (open.size() == 2 && open.last().first == u"VEVENT")
            current.properties.append(*property);
    }
    if (!open.isEmpty()) {
        result.error = QStringLiteral("the calendar ends inside BEGIN:%1 of line %2; the file "
                                      "looks truncated")
                           .arg(open.last().first.left(60), QString::number(open.last().second));
        return result;
    }
    if (events.isEmpty())
        warnings.add(QStringLiteral("the calendar has no events"));

    const QTimeZone &local = m_options.localZone;
    QSet<QString> seenIds;
    QSet<QString> cancelled;
    qsizetype overLimit = 0;
    for (const Event &event : std::as_const(events)) {
        const QString title = ImportText::clipAtWord(
            ImportText::singleLine(unescapedText(event.value(u"SUMMARY"))), kTitleMax);
        const QString what = describe(title, event.line);
        const QString uid = unescapedText(event.value(u"UID")).trimmed();
        if (uid.isEmpty()) {
            warnings.add(QStringLiteral("%1 has no UID; skipped").arg(what));
            continue;
        }
        if (event.first(u"RECURRENCE-ID")) {
            warnings.add(QStringLiteral("%1 changes one occurrence of a repeating event; skipped, "
                                        "as only first occurrences are imported")
                             .arg(what));
            continue;
        }
        const QString id = idForUid(uid);
        if (event.value(u"STATUS").trimmed().compare(u"CANCELLED", Qt::CaseInsensitive) == 0) {
            if (!cancelled.contains(id)) {
                cancelled.insert(id);
                result.cancelledIds.append(id);
            }
            warnings.add(QStringLiteral("%1 is cancelled; not imported").arg(what));
            continue;
        }
        if (result.items.size() >= m_options.maxItems) {
            ++overLimit;
            continue;
        }
        if (seenIds.contains(id)) {
            warnings.add(
                QStringLiteral("%1 repeats the UID of an earlier event; skipped").arg(what));
            continue;
        }
        if (title.isEmpty()) {
            warnings.add(QStringLiteral("%1 has no SUMMARY (title); skipped").arg(what));
            continue;
        }
        const Property *dtstart = event.first(u"DTSTART");
        if (!dtstart) {
            warnings.add(QStringLiteral("%1 has no DTSTART; skipped").arg(what));
            continue;
        }
        QString unknownZone;
        const std::optional<Moment> start = readMoment(*dtstart, local, &unknownZone);
        if (!start) {
            warnings.add(QStringLiteral("%1: DTSTART '%2' is not a date; skipped")
                             .arg(what, dtstart->value.left(40)));
            continue;
        }

        std::optional<QDateTime> ends;
        const Property *dtend = event.first(u"DTEND");
        const Property *durationProperty = event.first(u"DURATION");
        if (dtend) {
            const std::optional<Moment> end = readMoment(*dtend, local, &unknownZone);
            if (!end)
                warnings.add(QStringLiteral("%1: DTEND '%2' is not a date; the end is left out")
                                 .arg(what, dtend->value.left(40)));
            else if (start->allDay && end->allDay) // DTEND of a date is the day after
                ends = QDateTime(std::max(end->when.date().addDays(-1), start->when.date()),
                                 QTime(23, 59), local);
            else
                ends = end->when;
        } else if (durationProperty) {
            const std::optional<Duration> duration = parseDuration(durationProperty->value);
            if (!duration)
                warnings.add(QStringLiteral("%1: DURATION '%2' is not a forward duration; the "
                                            "end is left out")
                                 .arg(what, durationProperty->value.left(40)));
            else if (start->allDay)
                ends = QDateTime(start->when.date().addDays(std::max(duration->days, 1) - 1),
                                 QTime(23, 59), local);
            else
                ends = start->when.addDays(duration->days).addSecs(duration->seconds);
        } else if (start->allDay) {
            // RFC 5545: a date with neither end nor duration lasts the day.
            ends = QDateTime(start->when.date(), QTime(23, 59), local);
        }
        if (ends && *ends < start->when) {
            warnings.add(QStringLiteral("%1 ends before it starts; the end is left out").arg(what));
            ends.reset();
        }
        if (!unknownZone.isEmpty())
            warnings.add(QStringLiteral("%1: time zone '%2' is unknown; its times were read as %3")
                             .arg(what, unknownZone.left(60), QString::fromUtf8(local.id())));
        if (event.first(u"RRULE") || event.first(u"RDATE"))
            warnings.add(QStringLiteral("%1 repeats; only its first occurrence, %2, was imported")
                             .arg(what, isoText(start->when)));

        QString category = m_options.defaultCategory;
        bool categoryFound = false;
        for (const Property &property : event.properties) {
            if (property.name != u"CATEGORIES")
                continue;
            for (const QString &value : textList(property.value)) {
                const QString candidate = ImportText::slug(value);
                if (kEventCategories.contains(candidate)) {
                    category = candidate;
                    categoryFound = true;
                    break;
                }
            }
            if (categoryFound)
                break;
        }

        QString organiser;
        if (const Property *organizer = event.first(u"ORGANIZER")) {
            organiser = ImportText::singleLine(organizer->parameter(u"CN"));
            if (organiser.isEmpty()) {
                organiser = organizer->value.trimmed();
                if (organiser.startsWith(u"mailto:", Qt::CaseInsensitive))
                    organiser = organiser.mid(7);
            }
        }
        QString description = unescapedText(event.value(u"DESCRIPTION"));
        description.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        description = description.trimmed();
        const QString place = ImportText::singleLine(unescapedText(event.value(u"LOCATION")));

        QJsonObject item;
        item.insert(QLatin1StringView("id"), id);
        item.insert(QLatin1StringView("kind"), QStringLiteral("event"));
        item.insert(QLatin1StringView("title"), title);
        if (!description.isEmpty())
            item.insert(QLatin1StringView("description"), description);
        item.insert(QLatin1StringView("category"), category);
        if (!organiser.isEmpty())
            item.insert(QLatin1StringView("organiser"), organiser);
        if (!place.isEmpty())
            item.insert(QLatin1StringView("place"), place);
        item.insert(QLatin1StringView("starts_at"), isoText(start->when));
        item.insert(QLatin1StringView("ends_at"),
                    ends ? QJsonValue(isoText(*ends)) : QJsonValue(QJsonValue::Null));
        item.insert(QLatin1StringView("deadline"), QJsonValue(QJsonValue::Null));

        QString problem;
        if (!ItemValidator::validate(Collection::Events, id, item, &problem)) {
            warnings.add(
                QStringLiteral("%1 is not a valid event (%2); skipped").arg(what, problem));
            continue;
        }
        seenIds.insert(id);
        result.items.append(item);
    }
    if (overLimit > 0)
        warnings.add(QStringLiteral("only the first %1 events were imported; %2 more were not read")
                         .arg(m_options.maxItems)
                         .arg(overLimit));
    warnings.finish();
    return result;
}

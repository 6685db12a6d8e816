#include "itemvalidator.h"

#include "jsonreader.h"

#include <cmath>
#include <limits>

namespace {

const QStringList kServiceStatuses{QStringLiteral("available"), QStringLiteral("limited"),
                                   QStringLiteral("unavailable")};
const QStringList kEventKinds{QStringLiteral("event"), QStringLiteral("call")};
const QStringList kLegalTypes{QStringLiteral("ley"),        QStringLiteral("decreto-ley"),
                              QStringLiteral("decreto"),    QStringLiteral("resolucion"),
                              QStringLiteral("acuerdo"),    QStringLiteral("codigo"),
                              QStringLiteral("reglamento"), QStringLiteral("gaceta")};
const QStringList kQuestionTypes{QStringLiteral("single"), QStringLiteral("multiple"),
                                 QStringLiteral("scale"), QStringLiteral("text")};

constexpr int kTitleMax = 500;
constexpr int kTextMax = 4 * 1024 * 1024;

QString joined(std::initializer_list<QString> parts)
{
    QString result;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        if (!result.isEmpty())
            result += QLatin1Char('\n');
        result += part;
    }
    return result;
}

void readNews(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("title"), kTitleMax);
    const QString summary = in.optionalString(QLatin1StringView("summary"));
    const QString body = in.string(QLatin1StringView("body"), kTextMax);
    item.category = in.string(ItemValidator::categoryField(Collection::News), 100);
    item.sortKey = sortableUtc(in.dateTime(QLatin1StringView("published_at")));
    in.optionalString(QLatin1StringView("author"));
    item.searchText = joined({item.title, summary, body});
}

void readService(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("name"), kTitleMax);
    const QString office = in.string(QLatin1StringView("office"), kTitleMax);
    item.category = in.optionalString(ItemValidator::categoryField(Collection::Services), 100);
    in.oneOf(QLatin1StringView("status"), kServiceStatuses);
    in.optionalString(QLatin1StringView("status_note"));
    in.optionalInteger(QLatin1StringView("waiting_minutes"), 0, 24 * 60);
    in.optionalString(QLatin1StringView("hours"));
    in.optionalString(QLatin1StringView("fee"));
    in.stringList(QLatin1StringView("requirements"));
    item.sortKey = (item.category + QLatin1Char('\x1f') + item.title).toLower();
    item.searchText =
        joined({item.title, office, in.optionalString(QLatin1StringView("description"))});
}

void readEvent(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("title"), kTitleMax);
    in.oneOf(QLatin1StringView("kind"), kEventKinds);
    item.category = in.string(ItemValidator::categoryField(Collection::Events), 100);
    const QDateTime starts = in.dateTime(QLatin1StringView("starts_at"));
    const auto ends = in.optionalDateTime(QLatin1StringView("ends_at"));
    if (ends && starts.isValid() && ends->isValid() && *ends < starts)
        in.fail(QStringLiteral("'ends_at' is before 'starts_at'"));
    in.optionalDateTime(QLatin1StringView("deadline"));
    in.optionalString(QLatin1StringView("place"));
    in.optionalString(QLatin1StringView("organiser"));
    item.sortKey = sortableUtc(starts);
    item.endKey = ends && ends->isValid() ? sortableUtc(*ends) : item.sortKey;
    item.searchText = joined({item.title, in.optionalString(QLatin1StringView("description"))});
}

void readLegal(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("title"), kTitleMax * 2);
    item.category = in.oneOf(ItemValidator::categoryField(Collection::Legal), kLegalTypes);
    in.optionalString(QLatin1StringView("number"), 100);
    in.optionalString(QLatin1StringView("issuer"));
    in.optionalString(QLatin1StringView("gazette"));
    const QString summary = in.optionalString(QLatin1StringView("summary"));
    const QString text = in.string(QLatin1StringView("text"), 16 * 1024 * 1024);
    item.sortKey = sortableUtc(in.dateTime(QLatin1StringView("published_at")));
    item.searchText = joined({item.title, summary, text});
}

void readProject(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("title"), kTitleMax);
    item.category = in.optionalString(ItemValidator::categoryField(Collection::Projects), 100);
    in.integer(QLatin1StringView("progress"), 0, 100);
    item.sortKey = item.title.toLower();
    item.searchText = joined({item.title, in.optionalString(QLatin1StringView("description"))});
}

void readPage(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("title"), kTitleMax);
    item.category = in.string(ItemValidator::categoryField(Collection::Pages), 100);
    const qint64 order = in.optionalInteger(QLatin1StringView("order"), 0, 9999).value_or(0);
    item.sortKey = item.category + QLatin1Char('\x1f') +
                   QStringLiteral("%1").arg(order, 4, 10, QLatin1Char('0'));
    item.searchText = joined({item.title, in.string(QLatin1StringView("body"), kTextMax)});
}

bool isCount(const QJsonValue &value, qint64 max)
{
    // The range first: a number far outside a qint64's must never be cast to one.
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 0 && number <= static_cast<double>(max) &&
           number == std::trunc(number);
}

// A closed survey carries its aggregated results, from which kiosks draw charts: the numbers
// must be numbers a chart can draw, and no count may exceed the responses it counts.
void readSurveyResults(JsonReader &in, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        in.fail(QStringLiteral("'results' must be an object"));
        return;
    }
    const QJsonObject results = value.toObject();
    JsonReader reader(results);
    const qint64 responses =
        reader.integer(QLatin1StringView("responses"), 0, std::numeric_limits<int>::max());
    const QJsonValue questions = results.value(QLatin1StringView("questions"));
    if (reader.ok() && !questions.isObject())
        reader.fail(QStringLiteral("'questions' must be an object of question id to results"));
    const QJsonObject byId = questions.toObject();
    for (auto it = byId.begin(); reader.ok() && it != byId.end(); ++it) {
        const QJsonObject question = it.value().toObject();
        JsonReader one(question);
        one.oneOf(QLatin1StringView("type"), kQuestionTypes);
        const qint64 answered = one.integer(QLatin1StringView("answered"), 0, responses);
        const QJsonValue counts = question.value(QLatin1StringView("counts"));
        if (!counts.isUndefined() && !counts.isObject())
            one.fail(QStringLiteral("'counts' must be an object"));
        const QJsonObject countsById = counts.toObject();
        for (auto count = countsById.begin(); one.ok() && count != countsById.end(); ++count) {
            if (!isCount(count.value(), answered))
                one.fail(QStringLiteral("the count of '%1' must be a whole number from 0 to %2")
                             .arg(count.key())
                             .arg(answered));
        }
        const QJsonValue mean = question.value(QLatin1StringView("mean"));
        if (!mean.isUndefined() && !mean.isNull() && !mean.isDouble())
            one.fail(QStringLiteral("'mean' must be a number or null"));
        if (!it.value().isObject() || !one.ok())
            reader.fail(QStringLiteral("question '%1': %2").arg(it.key(), one.error()));
    }
    if (!reader.ok())
        in.fail(QStringLiteral("'results' is malformed: %1").arg(reader.error()));
}

void readSurvey(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("title"), kTitleMax);
    item.category = in.optionalString(ItemValidator::categoryField(Collection::Surveys), 100);
    const auto closes = in.optionalDateTime(QLatin1StringView("closes_at"));
    item.sortKey = closes ? sortableUtc(*closes) : QString();
    const QJsonArray questions = in.array(QLatin1StringView("questions"));
    if (in.ok() && questions.isEmpty())
        in.fail(QStringLiteral("'questions' must list at least one question"));
    for (const QJsonValue &value : questions) {
        JsonReader question(value.toObject());
        question.string(QLatin1StringView("id"), 100);
        question.string(QLatin1StringView("text"), kTitleMax * 2);
        question.oneOf(QLatin1StringView("type"), kQuestionTypes);
        if (!value.isObject() || !question.ok()) {
            in.fail(QStringLiteral("a question is malformed: %1").arg(question.error()));
            break;
        }
    }
    in.optionalDateTime(QLatin1StringView("closed_at"));
    readSurveyResults(in, item.data.value(QLatin1StringView("results")));
}

void readCategory(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("name"), kTitleMax);
    item.category = in.optionalString(ItemValidator::categoryField(Collection::Categories), 100);
    in.array(QLatin1StringView("attributes"));
    item.sortKey = (item.category + QLatin1Char('\x1f') + item.title).toLower();
}

void readForumTopic(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("title"), kTitleMax);
    item.sortKey = sortableUtc(in.dateTime(QLatin1StringView("created_at")));
}

void readForumPost(JsonReader &in, ContentItem &item)
{
    item.category = in.string(ItemValidator::categoryField(Collection::ForumPosts), 200);
    item.title = in.optionalString(QLatin1StringView("author"), 200);
    in.string(QLatin1StringView("body"), 64 * 1024);
    item.sortKey = sortableUtc(in.dateTime(QLatin1StringView("created_at")));
}

void readStatus(JsonReader &in, ContentItem &item)
{
    item.title = in.string(QLatin1StringView("reference"), 100);
    item.category = in.string(ItemValidator::categoryField(Collection::Statuses), 100);
    in.optionalString(QLatin1StringView("note"));
    item.sortKey = sortableUtc(in.dateTime(QLatin1StringView("updated_at")));
}

} // namespace

bool ItemValidator::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

bool ItemValidator::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 200)
        return false;
    for (const QChar c : id) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             c == QLatin1Char('-') || c == QLatin1Char('_') ||
                             c == QLatin1Char('.');
        if (!allowed)
            return false;
    }
    return true;
}

QLatin1StringView ItemValidator::categoryField(Collection collection)
{
    switch (collection) {
    case Collection::News:
    case Collection::Events:
        return QLatin1StringView("category");
    case Collection::Services:
        return QLatin1StringView("topic");
    case Collection::Legal:
        return QLatin1StringView("type");
    case Collection::Projects:
    case Collection::Surveys:
    case Collection::Statuses:
        return QLatin1StringView("status");
    case Collection::Pages:
        return QLatin1StringView("section");
    case Collection::Categories:
        return QLatin1StringView("group");
    case Collection::ForumPosts:
        return QLatin1StringView("topic_id");
    case Collection::ForumTopics:
        break;
    }
    return {};
}

std::optional<ContentItem> ItemValidator::validate(Collection collection, const QString &id,
                                                   const QJsonObject &data, QString *error)
{
    if (!isValidId(id)) {
        if (error)
            *error = QStringLiteral("the id is empty, too long or has characters outside "
                                    "[A-Za-z0-9._-]");
        return std::nullopt;
    }
    ContentItem item;
    item.collection = collection;
    item.id = id;
    item.data = data;
    JsonReader in(data);
    switch (collection) {
    case Collection::News:
        readNews(in, item);
        break;
    case Collection::Services:
        readService(in, item);
        break;
    case Collection::Events:
        readEvent(in, item);
        break;
    case Collection::Legal:
        readLegal(in, item);
        break;
    case Collection::Projects:
        readProject(in, item);
        break;
    case Collection::Pages:
        readPage(in, item);
        break;
    case Collection::Surveys:
        readSurvey(in, item);
        break;
    case Collection::Categories:
        readCategory(in, item);
        break;
    case Collection::ForumTopics:
        readForumTopic(in, item);
        break;
    case Collection::ForumPosts:
        readForumPost(in, item);
        break;
    case Collection::Statuses:
        readStatus(in, item);
        break;
    }
    // Any item may show an image; legal texts (gazettes) may come with their PDF.
    for (const QLatin1StringView key : {QLatin1StringView("image"), QLatin1StringView("pdf")}) {
        const QString hash = in.optionalString(key, 64);
        if (hash.isEmpty())
            continue;
        if (!isSha256(hash))
            in.fail(QStringLiteral("'%1' must be a SHA-256 in lower-case hex").arg(key));
        else if (!item.blobs.contains(hash))
            item.blobs.append(hash);
    }
    if (!in.ok()) {
        if (error)
            *error = in.error();
        return std::nullopt;
    }
    return item;
}

#include "submissionvalidator.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace {

constexpr int kLongText = 5000;

// Name, phone, email: all optional, but a contact means the citizen agreed to be contacted.
QString contactProblem(const QJsonObject &payload)
{
    const QJsonValue contact = payload.value(QLatin1StringView("contact"));
    if (contact.isUndefined() || contact.isNull())
        return {};
    if (!contact.isObject())
        return QStringLiteral("'contact' must be an object");
    JsonReader in(contact.toObject());
    in.optionalString(QLatin1StringView("name"), 200);
    in.optionalString(QLatin1StringView("phone"), 50);
    in.optionalString(QLatin1StringView("email"), 200);
    in.optionalString(QLatin1StringView("address"), 300);
    in.optionalString(QLatin1StringView("id_number"), 50);
    if (!in.ok())
        return in.error();
    if (payload.value(QLatin1StringView("consent")) != QJsonValue(true))
        return QStringLiteral("contact details need 'consent': true");
    return {};
}

// A clerk's entry for a resident who came to the office or phoned: who the resident is (as
// the municipality requires it; the kiosk's configuration says which details are mandatory
// there), how they reached the office, that they agreed to their details being recorded, and
// which clerk entered it. The clerk is as the kiosk's device token vouches for: the kiosk
// checked the clerk's password, the server checks the kiosk.
QString onBehalfProblem(const QJsonObject &payload)
{
    const QJsonValue onBehalf = payload.value(QLatin1StringView("on_behalf_of"));
    const QJsonValue clerk = payload.value(QLatin1StringView("clerk"));
    if (onBehalf.isUndefined() || onBehalf.isNull()) {
        if (!clerk.isUndefined() && !clerk.isNull())
            return QStringLiteral("'clerk' comes only with 'on_behalf_of'");
        return {};
    }
    if (!onBehalf.isObject())
        return QStringLiteral("'on_behalf_of' must be an object or null");
    const QJsonObject resident = onBehalf.toObject();
    JsonReader in(resident);
    in.string(QLatin1StringView("name"), 200);
    in.optionalString(QLatin1StringView("address"), 300);
    in.optionalString(QLatin1StringView("id_number"), 50);
    in.optionalString(QLatin1StringView("phone"), 50);
    const QString channel = in.string(QLatin1StringView("channel"), 20);
    if (!in.ok())
        return in.error();
    if (channel != QLatin1String("in_person") && channel != QLatin1String("phone"))
        return QStringLiteral("'channel' must be 'in_person' or 'phone'");
    if (resident.value(QLatin1StringView("consent")) != QJsonValue(true))
        return QStringLiteral("'on_behalf_of' needs the resident's 'consent': true");
    if (!clerk.isObject())
        return QStringLiteral("'clerk' (who entered it) must come with 'on_behalf_of'");
    JsonReader who(clerk.toObject());
    who.string(QLatin1StringView("account"), 64);
    who.optionalString(QLatin1StringView("name"), 200);
    if (!who.ok())
        return who.error();
    return {};
}

QString attributeProblem(const QJsonObject &attribute, const QJsonValue &value)
{
    const QString code = attribute.value(QLatin1StringView("code")).toString();
    const QString datatype = attribute.value(QLatin1StringView("datatype")).toString();
    QSet<QString> keys;
    const QJsonArray values = attribute.value(QLatin1StringView("values")).toArray();
    for (const QJsonValue &entry : values)
        keys.insert(entry.toObject().value(QLatin1StringView("key")).toString());

    if (datatype == QLatin1String("number")) {
        if (!value.isDouble())
            return QStringLiteral("attribute '%1' must be a number").arg(code);
    } else if (datatype == QLatin1String("datetime")) {
        if (!QDateTime::fromString(value.toString(), Qt::ISODate).isValid())
            return QStringLiteral("attribute '%1' must be a date and time").arg(code);
    } else if (datatype == QLatin1String("singlevaluelist")) {
        if (!keys.contains(value.toString()))
            return QStringLiteral("attribute '%1' must be one of its listed values").arg(code);
    } else if (datatype == QLatin1String("multivaluelist")) {
        const QJsonArray chosen = value.toArray();
        if (!value.isArray() || chosen.isEmpty())
            return QStringLiteral("attribute '%1' must list one or more values").arg(code);
        for (const QJsonValue &key : chosen) {
            if (!keys.contains(key.toString()))
                return QStringLiteral("attribute '%1' has a value that is not listed").arg(code);
        }
    } else { // string, text
        const int limit = datatype == QLatin1String("text") ? kLongText : 500;
        if (!value.isString() || value.toString().size() > limit)
            return QStringLiteral("attribute '%1' must be a text of at most %2 characters")
                .arg(code)
                .arg(limit);
    }
    return {};
}

} // namespace

SubmissionValidator::SubmissionValidator(Lookup lookup)
    : m_lookup(std::move(lookup))
{}

bool SubmissionValidator::isKnownType(const QString &type)
{
    return type == QLatin1String("complaint") || type == QLatin1String("suggestion") ||
           type == QLatin1String("survey_response") || type == QLatin1String("forum_post");
}

QString SubmissionValidator::problem(const QString &type, const QJsonObject &payload) const
{
    if (type == QLatin1String("complaint"))
        return complaint(payload);
    if (type == QLatin1String("suggestion"))
        return suggestion(payload);
    if (type == QLatin1String("survey_response"))
        return surveyResponse(payload);
    if (type == QLatin1String("forum_post"))
        return forumPost(payload);
    return QStringLiteral("unknown submission type '%1'").arg(type);
}

QString SubmissionValidator::complaint(const QJsonObject &payload) const
{
    JsonReader in(payload);
    const QString categoryId = in.string(QLatin1StringView("category"), 200);
    in.string(QLatin1StringView("description"), kLongText);
    in.optionalString(QLatin1StringView("location"), 500);
    if (!in.ok())
        return in.error();
    const auto category = m_lookup(Collection::Categories, categoryId);
    if (!category)
        return QStringLiteral("there is no complaint category '%1'").arg(categoryId);

    const QJsonValue attributesValue = payload.value(QLatin1StringView("attributes"));
    if (!attributesValue.isUndefined() && !attributesValue.isNull() && !attributesValue.isObject())
        return QStringLiteral("'attributes' must be an object");
    const QJsonObject given = attributesValue.toObject();
    QSet<QString> known;
    const QJsonArray attributes = category->value(QLatin1StringView("attributes")).toArray();
    for (const QJsonValue &entry : attributes) {
        const QJsonObject attribute = entry.toObject();
        const QString code = attribute.value(QLatin1StringView("code")).toString();
        known.insert(code);
        const QJsonValue value = given.value(code);
        if (value.isUndefined() || value.isNull()) {
            if (attribute.value(QLatin1StringView("required")).toBool())
                return QStringLiteral("attribute '%1' is required for this category").arg(code);
            continue;
        }
        const QString problem = attributeProblem(attribute, value);
        if (!problem.isEmpty())
            return problem;
    }
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("this category has no attribute '%1'").arg(it.key());
    }
    const QString onBehalf = onBehalfProblem(payload);
    if (!onBehalf.isEmpty())
        return onBehalf;
    return contactProblem(payload);
}

QString SubmissionValidator::suggestion(const QJsonObject &payload) const
{
    JsonReader in(payload);
    in.string(QLatin1StringView("text"), kLongText);
    in.optionalString(QLatin1StringView("topic"), 200);
    if (!in.ok())
        return in.error();
    return contactProblem(payload);
}

QString SubmissionValidator::surveyResponse(const QJsonObject &payload) const
{
    JsonReader in(payload);
    const QString surveyId = in.string(QLatin1StringView("survey"), 200);
    if (!in.ok())
        return in.error();
    const auto survey = m_lookup(Collection::Surveys, surveyId);
    if (!survey)
        return QStringLiteral("there is no survey '%1'").arg(surveyId);
    const QString status = survey->value(QLatin1StringView("status")).toString();
    if (!status.isEmpty() && status != QLatin1String("open"))
        return QStringLiteral("the survey '%1' is closed").arg(surveyId);
    const QJsonValue answersValue = payload.value(QLatin1StringView("answers"));
    if (!answersValue.isObject())
        return QStringLiteral("'answers' must be an object of question id to answer");
    const QJsonObject answers = answersValue.toObject();

    QSet<QString> known;
    const QJsonArray questions = survey->value(QLatin1StringView("questions")).toArray();
    for (const QJsonValue &entry : questions) {
        const QJsonObject question = entry.toObject();
        const QString id = question.value(QLatin1StringView("id")).toString();
        const QString type = question.value(QLatin1StringView("type")).toString();
        known.insert(id);
        const QJsonValue answer = answers.value(id);
        if (answer.isUndefined() || answer.isNull()) {
            if (question.value(QLatin1StringView("required")).toBool())
                return QStringLiteral("question '%1' must be answered").arg(id);
            continue;
        }
        QSet<QString> options;
        const QJsonArray list = question.value(QLatin1StringView("options")).toArray();
        for (const QJsonValue &option : list)
            options.insert(option.toObject().value(QLatin1StringView("id")).toString());
        if (type == QLatin1String("single") && !options.contains(answer.toString()))
            return QStringLiteral("question '%1' must be answered with one of its options").arg(id);
        if (type == QLatin1String("multiple")) {
            const QJsonArray chosen = answer.toArray();
            if (!answer.isArray() || chosen.isEmpty())
                return QStringLiteral("question '%1' must list its chosen options").arg(id);
            for (const QJsonValue &option : chosen) {
                if (!options.contains(option.toString()))
                    return QStringLiteral("question '%1' has an option that is not listed").arg(id);
            }
        }
        if (type == QLatin1String("scale")) {
            const int min = question.value(QLatin1StringView("min")).toInt(1);
            const int max = question.value(QLatin1StringView("max")).toInt(5);
            const double value = answer.toDouble(-1);
            // The range first: a number far outside an int's must never be cast to one.
            if (!answer.isDouble() || value < min || value > max || value != std::trunc(value))
                return QStringLiteral("question '%1' must be a whole number from %2 to %3")
                    .arg(id)
                    .arg(min)
                    .arg(max);
        }
        if (type == QLatin1String("text") &&
            (!answer.isString() || answer.toString().size() > 2000))
            return QStringLiteral("question '%1' must be a text of at most 2000 characters")
                .arg(id);
    }
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("the survey has no question '%1'").arg(it.key());
    }
    return {};
}

QString SubmissionValidator::forumPost(const QJsonObject &payload) const
{
    JsonReader in(payload);
    const QString topic = in.string(QLatin1StringView("topic"), 200);
    in.string(QLatin1StringView("body"), kLongText);
    in.optionalString(QLatin1StringView("author"), 100);
    if (!in.ok())
        return in.error();
    if (!m_lookup(Collection::ForumTopics, topic))
        return QStringLiteral("there is no forum topic '%1'").arg(topic);
    return {};
}

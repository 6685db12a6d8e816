#include "open311api.h"

#include "devicetokens.h"
#include "serverstore.h"
#include "submissionstore.h"
#include "submissionvalidator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <cmath>
#include <optional>

Q_LOGGING_CATEGORY(lcOpen311, "server.open311")

namespace {

using Status = QHttpServerResponder::StatusCode;

// GeoReport's default and widest window for a listing, and its page size.
constexpr qint64 kWindowDays = 90;
constexpr int kMaxResults = 1000;
// A comma list in a query is a list of SQL parameters; keep it well below any limit.
constexpr qsizetype kMaxListed = 200;
constexpr qsizetype kMaxIdentifier = 200;
constexpr qsizetype kMaxUrl = 2000;

const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

HttpAnswer json(const QJsonDocument &document, Status status = Status::Ok)
{
    HttpAnswer answer;
    answer.status = status;
    answer.contentType = kJson;
    answer.body = document.toJson(QJsonDocument::Compact);
    return answer;
}

// "services.json" -> "services". Anything but .json is refused, so that a client asking for
// the XML that GeoReport makes the default learns why instead of getting a bare 404.
std::optional<QString> jsonStem(const QString &file, HttpAnswer *refusal)
{
    const qsizetype dot = file.lastIndexOf(u'.');
    if (dot > 0 && file.mid(dot + 1) == QLatin1String("json"))
        return file.left(dot);
    const QString stem = dot > 0 ? file.left(dot) : file;
    *refusal = Open311Api::error(400, QStringLiteral("Only the JSON format is supported: ask for "
                                                     "%1.json.")
                                          .arg(stem));
    return std::nullopt;
}

// open: the municipality has not finished with it; closed: it has (answered, closed, or
// rejected with a note saying why).
QString open311Status(const QString &status)
{
    if (status == QLatin1String("received") || status == QLatin1String("in-progress"))
        return QStringLiteral("open");
    return QStringLiteral("closed");
}

QStringList ourStatuses(const QString &open311)
{
    if (open311 == QLatin1String("open"))
        return {QStringLiteral("received"), QStringLiteral("in-progress")};
    if (open311 == QLatin1String("closed"))
        return {QStringLiteral("answered"), QStringLiteral("closed"), QStringLiteral("rejected")};
    return {};
}

QString serviceNotice(const QString &reference)
{
    return QStringLiteral("Queja registrada con la referencia %1. Su estado se publica con esa "
                          "referencia en los quioscos municipales.")
        .arg(reference);
}

// Every value of a query parameter, whether repeated or comma separated (GeoReport allows both).
QStringList listParameter(const QUrlQuery &query, const QString &name)
{
    QStringList items;
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    for (const QString &value : values) {
        const QStringList parts = value.split(u',');
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                items.append(part.trimmed());
        }
    }
    return items;
}

// A w3c datetime with its zone; a time without one would be read in the server's zone, which
// the client cannot know.
std::optional<QDateTime> w3cDateTime(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toUTC();
}

QString storedTime(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

// Decimal point only: a comma is refused rather than read as a thousands separator, which
// would turn a Spanish "2,5" into 25 without a word.
std::optional<double> number(const QString &text)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double value = c.toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QJsonValue textOrNull(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty() ? value : QJsonValue();
}

// A public endpoint: anyone may read any complaint, so the fields are picked one by one and
// nothing else of the payload goes out. Contact details (name, phone, email, address, id
// number), on_behalf_of, the client's device_id and account_id are personal data; the answers
// to attributes are left out too, since free-text ones may hold personal details. Picking
// rather than removing keeps a field added to complaints later private until someone decides
// otherwise.
QJsonObject publicView(const ServiceRequests::Request &request,
                       const QHash<QString, QJsonObject> &categories)
{
    const QJsonObject &payload = request.payload;
    const QString code = payload.value(QLatin1StringView("category")).toString();
    const auto category = categories.constFind(code);
    const bool published = category != categories.constEnd();
    const QJsonValue lat = payload.value(QLatin1StringView("lat"));
    const QJsonValue lon = payload.value(QLatin1StringView("long"));
    return QJsonObject{
        {QStringLiteral("service_request_id"), request.reference},
        {QStringLiteral("status"), open311Status(request.status)},
        {QStringLiteral("status_notes"),
         request.statusNote.isEmpty() ? QJsonValue() : QJsonValue(request.statusNote)},
        {QStringLiteral("service_name"),
         published ? textOrNull(category->value(QLatin1StringView("name"))) : QJsonValue()},
        {QStringLiteral("service_code"), code},
        {QStringLiteral("description"),
         textOrNull(payload.value(QLatin1StringView("description")))},
        {QStringLiteral("agency_responsible"),
         published ? textOrNull(category->value(QLatin1StringView("agency"))) : QJsonValue()},
        {QStringLiteral("service_notice"), serviceNotice(request.reference)},
        {QStringLiteral("requested_datetime"), request.receivedAt},
        {QStringLiteral("updated_datetime"), request.updatedAt},
        {QStringLiteral("expected_datetime"), QJsonValue()},
        {QStringLiteral("address"), textOrNull(payload.value(QLatin1StringView("location")))},
        {QStringLiteral("address_id"), textOrNull(payload.value(QLatin1StringView("address_id")))},
        {QStringLiteral("zipcode"), QJsonValue()},
        {QStringLiteral("lat"), lat.isDouble() ? lat : QJsonValue()},
        {QStringLiteral("long"), lon.isDouble() ? lon : QJsonValue()},
        {QStringLiteral("media_url"), textOrNull(payload.value(QLatin1StringView("media_url")))},
    };
}

// attribute[CODE]=v, and attribute[CODE][]=v repeated for a list (clients use either form for
// lists), turned into the JSON types SubmissionValidator checks a kiosk's complaint against, so
// that both channels are held to the same rules. Values that do not convert (a number that is
// not one) are passed on as text for the validator to refuse in its own words.
std::optional<QJsonObject> attributesFrom(const FormDecoder::Result &form,
                                          const QJsonObject &category, QString *problem)
{
    static const QRegularExpression shape(QStringLiteral("^attribute\\[([^\\[\\]]+)\\](\\[\\])?$"));
    QStringList order;
    QHash<QString, QStringList> given;
    for (const FormDecoder::Field &field : form.fields) {
        if (!field.name.startsWith(QLatin1String("attribute")))
            continue;
        const QRegularExpressionMatch match = shape.match(field.name);
        if (!match.hasMatch()) {
            *problem = QStringLiteral("'%1' is not of the form attribute[CODE] or "
                                      "attribute[CODE][].")
                           .arg(field.name);
            return std::nullopt;
        }
        const QString code = match.captured(1);
        if (!given.contains(code))
            order.append(code);
        // An empty optional field of an HTML form arrives as an empty value: not an answer.
        if (!field.value.trimmed().isEmpty())
            given[code].append(field.value);
    }
    QHash<QString, QString> datatypes;
    const QJsonArray attributes = category.value(QLatin1StringView("attributes")).toArray();
    for (const QJsonValue &entry : attributes) {
        const QJsonObject attribute = entry.toObject();
        datatypes.insert(attribute.value(QLatin1StringView("code")).toString(),
                         attribute.value(QLatin1StringView("datatype")).toString());
    }
    QJsonObject converted;
    for (const QString &code : std::as_const(order)) {
        const QStringList values = given.value(code);
        if (values.isEmpty())
            continue;
        const QString datatype = datatypes.value(code);
        if (datatype == QLatin1String("multivaluelist")) {
            converted.insert(code, QJsonArray::fromStringList(values));
            continue;
        }
        if (values.size() > 1) {
            *problem = QStringLiteral("attribute '%1' takes one value.").arg(code);
            return std::nullopt;
        }
        const auto asNumber =
            datatype == QLatin1String("number") ? number(values.first()) : std::nullopt;
        converted.insert(code, asNumber ? QJsonValue(*asNumber) : QJsonValue(values.first()));
    }
    return converted;
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

Open311Api::Open311Api(ServerStore &store, const DeviceTokens &tokens, SubmissionStore &submissions)
    : m_store(store)
    , m_tokens(tokens)
    , m_submissions(submissions)
    , m_catalog(store)
    , m_requests(store)
{}

HttpAnswer Open311Api::error(int status, const QString &description)
{
    return json(
        QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("code"), status},
                                             {QStringLiteral("description"), description}}}),
        static_cast<Status>(status));
}

HttpAnswer Open311Api::notFound()
{
    return error(404, QStringLiteral("There is no such Open311 resource. This server offers "
                                     "GeoReport v2 in JSON under /open311/v2/."));
}

HttpAnswer Open311Api::failed(const QString &what, const QString &why) const
{
    qCCritical(lcOpen311).noquote() << "cannot" << what << why;
    return error(500, QStringLiteral("The server could not read or write its store; try again "
                                     "later."));
}

HttpAnswer Open311Api::get(const QString &file, const QHttpServerRequest &request) const
{
    HttpAnswer refusal;
    const QString base = file.section(u'.', 0, 0);
    if (base != QLatin1String("services") && base != QLatin1String("requests"))
        return notFound();
    const auto stem = jsonStem(file, &refusal);
    if (!stem)
        return refusal;
    if (*stem == QLatin1String("services"))
        return serviceList();
    if (*stem == QLatin1String("requests"))
        return requestList(request.query());
    return notFound();
}

HttpAnswer Open311Api::post(const QString &file, const QHttpServerRequest &request)
{
    if (file.section(u'.', 0, 0) != QLatin1String("requests"))
        return notFound();
    HttpAnswer refusal;
    const auto stem = jsonStem(file, &refusal);
    if (!stem)
        return refusal;
    if (*stem != QLatin1String("requests"))
        return notFound();
    return createRequest(request);
}

HttpAnswer Open311Api::serviceList() const
{
    QString why;
    const auto categories = m_catalog.categories(&why);
    if (!categories)
        return failed(QStringLiteral("list the categories:"), why);
    QStringList codes = categories->keys();
    codes.sort();
    QJsonArray services;
    for (const QString &code : std::as_const(codes))
        services.append(ServiceCatalog::service(code, categories->value(code)));
    return json(QJsonDocument(services));
}

HttpAnswer Open311Api::serviceDefinition(const QString &file) const
{
    HttpAnswer refusal;
    const auto code = jsonStem(file, &refusal);
    if (!code)
        return refusal;
    const auto category = m_catalog.category(*code);
    if (!category)
        return error(404, QStringLiteral("There is no service '%1'.").arg(*code));
    return json(QJsonDocument(ServiceCatalog::definition(*code, *category)));
}

HttpAnswer Open311Api::serviceRequest(const QString &file) const
{
    HttpAnswer refusal;
    const auto id = jsonStem(file, &refusal);
    if (!id)
        return refusal;
    QString why;
    ServiceRequests::Filter filter;
    filter.references = {*id};
    filter.limit = 1;
    const auto found = m_requests.find(filter, &why);
    if (!found)
        return failed(QStringLiteral("read a service request:"), why);
    if (found->isEmpty())
        return error(404, QStringLiteral("There is no service request '%1'.").arg(*id));
    const auto categories = m_catalog.categories(&why);
    if (!categories)
        return failed(QStringLiteral("list the categories:"), why);
    return json(QJsonDocument(QJsonArray{publicView(found->first(), *categories)}));
}

HttpAnswer Open311Api::requestList(const QUrlQuery &query) const
{
    ServiceRequests::Filter filter;
    filter.limit = kMaxResults;
    filter.references = listParameter(query, QStringLiteral("service_request_id"));
    const QStringList codes = listParameter(query, QStringLiteral("service_code"));
    const QStringList statuses = listParameter(query, QStringLiteral("status"));
    if (filter.references.size() > kMaxListed || codes.size() > kMaxListed)
        return error(400, QStringLiteral("Ask for at most %1 service_request_id or service_code "
                                         "values at once.")
                              .arg(kMaxListed));

    // With ids the other parameters are ignored, as GeoReport says: the client knows exactly
    // what it wants, however old.
    if (filter.references.isEmpty()) {
        filter.serviceCodes = codes;
        for (const QString &status : statuses) {
            const QStringList ours = ourStatuses(status);
            if (ours.isEmpty())
                return error(400, QStringLiteral("status must be open or closed (or both, comma "
                                                 "separated), not '%1'.")
                                      .arg(status));
            for (const QString &name : ours) {
                if (!filter.statuses.contains(name))
                    filter.statuses.append(name);
            }
        }
        std::optional<QDateTime> start;
        std::optional<QDateTime> end;
        for (const auto &[name, bound] : {std::pair{QStringLiteral("start_date"), &start},
                                          std::pair{QStringLiteral("end_date"), &end}}) {
            if (!query.hasQueryItem(name))
                continue;
            *bound = w3cDateTime(query.queryItemValue(name, QUrl::FullyDecoded));
            if (!*bound)
                return error(400, QStringLiteral("%1 must be a w3c date and time with its time "
                                                 "zone, such as 2026-11-28T18:00:00-05:00.")
                                      .arg(name));
        }
        // GeoReport: the last 90 days by default, and a range may not span more than that.
        if (start && end) {
            if (*start > *end)
                return error(400, QStringLiteral("start_date is after end_date."));
            if (start->addDays(kWindowDays) < *end)
                return error(400, QStringLiteral("start_date and end_date may not be more than "
                                                 "%1 days apart.")
                                      .arg(kWindowDays));
        } else if (start) {
            end = start->addDays(kWindowDays);
        } else if (end) {
            start = end->addDays(-kWindowDays);
        } else {
            start = QDateTime::currentDateTimeUtc().addDays(-kWindowDays);
        }
        filter.receivedFrom = storedTime(*start);
        if (end)
            filter.receivedTo = storedTime(*end);
    }

    QString why;
    const auto found = m_requests.find(filter, &why);
    if (!found)
        return failed(QStringLiteral("list service requests:"), why);
    const auto categories = m_catalog.categories(&why);
    if (!categories)
        return failed(QStringLiteral("list the categories:"), why);
    QJsonArray list;
    for (const ServiceRequests::Request &request : *found)
        list.append(publicView(request, *categories));
    return json(QJsonDocument(list));
}

HttpAnswer Open311Api::createRequest(const QHttpServerRequest &request)
{
    const QByteArray contentType =
        request.value("Content-Type").split(';').value(0).trimmed().toLower();
    if (!contentType.isEmpty() && contentType != "application/x-www-form-urlencoded")
        return error(400, QStringLiteral("POST requests.json takes an "
                                         "application/x-www-form-urlencoded body."));
    const QByteArray body = request.body();
    const FormDecoder::Result form = FormDecoder::decode(body, m_formLimits);
    if (form.error == FormDecoder::Error::TooLarge)
        return error(413, QStringLiteral("The form is too large: %1.").arg(form.message));
    if (!form.ok())
        return error(400, QStringLiteral("The form cannot be read: %1.").arg(form.message));

    // The key first: a client without one learns nothing about what else is wrong.
    QString apiKey = form.value(u"api_key");
    if (apiKey.isEmpty())
        apiKey = request.query().queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded);
    const auto client = apiKey.isEmpty() ? std::nullopt : m_tokens.authenticate(apiKey.toUtf8());
    if (!client)
        return error(403, QStringLiteral("A valid api_key is required to file a service "
                                         "request."));

    const QString code = form.value(u"service_code").trimmed();
    if (code.isEmpty())
        return error(400, QStringLiteral("service_code was not provided."));
    const auto category = m_catalog.category(code);
    if (!category)
        return error(404, QStringLiteral("There is no service '%1'.").arg(code));

    QJsonObject payload{{QStringLiteral("category"), code}};
    const QString description = form.value(u"description");
    if (!description.isEmpty())
        payload.insert(QStringLiteral("description"), description);

    // GeoReport: a request needs a place, given as lat and long, address_string or address_id.
    const QString latText = form.value(u"lat").trimmed();
    const QString longText = form.value(u"long").trimmed();
    const QString address = form.value(u"address_string").trimmed();
    const QString addressId = form.value(u"address_id").trimmed();
    if (latText.isEmpty() != longText.isEmpty())
        return error(400, QStringLiteral("lat and long go together: send both or neither."));
    QString place = address;
    if (!latText.isEmpty()) {
        const auto lat = number(latText);
        const auto lon = number(longText);
        if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180)
            return error(400, QStringLiteral("lat and long must be decimal degrees (WGS 84), "
                                             "lat from -90 to 90 and long from -180 to 180."));
        payload.insert(QStringLiteral("lat"), *lat);
        payload.insert(QStringLiteral("long"), *lon);
        // Clerks read the location as text; coordinates are the place when nothing else is.
        if (place.isEmpty())
            place = QStringLiteral("%1, %2").arg(QString::number(*lat, 'g', 10),
                                                 QString::number(*lon, 'g', 10));
    }
    if (place.isEmpty() && addressId.isEmpty())
        return error(400, QStringLiteral("A location is required: lat and long, address_string "
                                         "or address_id."));
    if (!place.isEmpty())
        payload.insert(QStringLiteral("location"), place);
    if (!addressId.isEmpty())
        payload.insert(QStringLiteral("address_id"), addressId);

    QString problem;
    const auto attributes = attributesFrom(form, *category, &problem);
    if (!attributes)
        return error(400, problem);
    payload.insert(QStringLiteral("attributes"), *attributes);

    QJsonObject contact;
    const QString name =
        QStringLiteral("%1 %2")
            .arg(form.value(u"first_name").trimmed(), form.value(u"last_name").trimmed())
            .trimmed();
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("name"), name},
          std::pair{QStringLiteral("phone"), form.value(u"phone").trimmed()},
          std::pair{QStringLiteral("email"), form.value(u"email").trimmed()}}) {
        if (!value.isEmpty())
            contact.insert(key, value);
    }
    if (!contact.isEmpty()) {
        payload.insert(QStringLiteral("contact"), contact);
        // A kiosk asks for consent because it is a shared screen; an app sends these fields
        // only so that the municipality can reply to its user, which is the consent the
        // validator asks for. The app is responsible for having asked.
        payload.insert(QStringLiteral("consent"), true);
    }

    QJsonObject clientIds;
    for (const QString &field : {QStringLiteral("device_id"), QStringLiteral("account_id")}) {
        const QString value = form.value(field).trimmed();
        if (value.size() > kMaxIdentifier)
            return error(
                400,
                QStringLiteral("%1 may be at most %2 characters.").arg(field).arg(kMaxIdentifier));
        if (!value.isEmpty())
            clientIds.insert(field, value);
    }
    if (!clientIds.isEmpty())
        payload.insert(QStringLiteral("open311_client"), clientIds);
    if (addressId.size() > kMaxIdentifier)
        return error(
            400, QStringLiteral("address_id may be at most %1 characters.").arg(kMaxIdentifier));
    const QString mediaUrl = form.value(u"media_url").trimmed();
    if (!mediaUrl.isEmpty()) {
        // It is shown to every reader of the request: only a web address, nothing a client
        // would run or open locally.
        if (mediaUrl.size() > kMaxUrl || !isWebUrl(mediaUrl))
            return error(400, QStringLiteral("media_url must be an http or https URL of at most "
                                             "%1 characters.")
                                  .arg(kMaxUrl));
        payload.insert(QStringLiteral("media_url"), mediaUrl);
    }

    SubmissionStore::Incoming incoming;
    // A fresh key: GeoReport has no idempotency key, so a client that retries files again, as
    // it would with any Open311 server.
    incoming.key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    incoming.bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    incoming.type = QStringLiteral("complaint");
    incoming.device = *client;
    incoming.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    incoming.locale = QStringLiteral("es");
    incoming.payload = payload;
    const SubmissionValidator validator(
        [this](Collection collection, const QString &id) { return m_store.item(collection, id); });
    const SubmissionStore::Outcome outcome =
        m_submissions.receive(incoming, [&validator](const SubmissionStore::Incoming &in) {
            return validator.problem(in.type, in.payload);
        });

    using Kind = SubmissionStore::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::Created: {
        const QString reference = QJsonDocument::fromJson(outcome.answer)
                                      .object()
                                      .value(QLatin1StringView("reference"))
                                      .toString();
        return json(QJsonDocument(QJsonArray{
                        QJsonObject{{QStringLiteral("service_request_id"), reference},
                                    {QStringLiteral("service_notice"), serviceNotice(reference)},
                                    {QStringLiteral("account_id"), QJsonValue()}}}),
                    Status::Created);
    }
    case Kind::Invalid:
        return error(400, outcome.error);
    case Kind::Replayed:
    case Kind::KeyReused:
    case Kind::Failed:
        break;
    }
    return failed(QStringLiteral("store a service request:"), outcome.error);
}

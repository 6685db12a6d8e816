#include "servicecatalog.h"

#include "serverstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace {

// Categories carry no datatype_description of their own; clients show this next to the field,
// and the format of a datetime is the one thing a citizen cannot guess.
QString datatypeDescription(const QString &datatype)
{
    if (datatype == QLatin1String("number"))
        return QStringLiteral("Un número, con punto decimal si hace falta (3 o 2.5).");
    if (datatype == QLatin1String("datetime"))
        return QStringLiteral("Fecha y hora ISO 8601 con zona horaria, por ejemplo "
                              "2026-11-28T18:00:00-05:00.");
    if (datatype == QLatin1String("singlevaluelist"))
        return QStringLiteral("Uno de los valores de la lista (su key).");
    if (datatype == QLatin1String("multivaluelist"))
        return QStringLiteral("Uno o más valores de la lista (sus key).");
    if (datatype == QLatin1String("text"))
        return QStringLiteral("Texto de hasta 5000 caracteres.");
    return QStringLiteral("Texto de hasta 500 caracteres.");
}

} // namespace

ServiceCatalog::ServiceCatalog(ServerStore &store)
    : m_store(store)
{}

std::optional<QHash<QString, QJsonObject>> ServiceCatalog::categories(QString *error) const
{
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, data FROM changes WHERE collection = 'categories' AND op = 'put'"))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QHash<QString, QJsonObject> found;
    while (query.next())
        found.insert(query.value(0).toString(),
                     QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    return found;
}

std::optional<QJsonObject> ServiceCatalog::category(const QString &code) const
{
    return m_store.item(Collection::Categories, code);
}

QJsonObject ServiceCatalog::service(const QString &code, const QJsonObject &category)
{
    QStringList keywords;
    const QJsonArray words = category.value(QLatin1StringView("keywords")).toArray();
    for (const QJsonValue &word : words)
        keywords.append(word.toString());
    return QJsonObject{
        {QStringLiteral("service_code"), code},
        {QStringLiteral("service_name"), category.value(QLatin1StringView("name")).toString()},
        {QStringLiteral("description"),
         category.value(QLatin1StringView("description")).toString()},
        {QStringLiteral("metadata"),
         !category.value(QLatin1StringView("attributes")).toArray().isEmpty()},
        // Requests are answered by people at their own pace, but each one is recorded at once
        // with its reference: that is "realtime" in GeoReport terms ("batch" would mean a token
        // to exchange later for the id).
        {QStringLiteral("type"), QStringLiteral("realtime")},
        {QStringLiteral("keywords"), keywords.join(QStringLiteral(", "))},
        {QStringLiteral("group"), category.value(QLatin1StringView("group")).toString()},
    };
}

QJsonObject ServiceCatalog::definition(const QString &code, const QJsonObject &category)
{
    QList<QJsonObject> attributes;
    const QJsonArray published = category.value(QLatin1StringView("attributes")).toArray();
    for (const QJsonValue &entry : published)
        attributes.append(entry.toObject());
    std::stable_sort(attributes.begin(), attributes.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         return a.value(QLatin1StringView("order")).toInt() <
                                b.value(QLatin1StringView("order")).toInt();
                     });
    QJsonArray out;
    int position = 0;
    for (const QJsonObject &attribute : std::as_const(attributes)) {
        ++position;
        const QString datatype = attribute.value(QLatin1StringView("datatype")).toString();
        QJsonArray values;
        const QJsonArray listed = attribute.value(QLatin1StringView("values")).toArray();
        for (const QJsonValue &value : listed) {
            const QJsonObject item = value.toObject();
            values.append(QJsonObject{
                {QStringLiteral("key"), item.value(QLatin1StringView("key")).toString()},
                {QStringLiteral("name"), item.value(QLatin1StringView("name")).toString()}});
        }
        const QJsonValue own = attribute.value(QLatin1StringView("datatype_description"));
        out.append(QJsonObject{
            // Every category attribute is a question for the citizen; GeoReport's
            // variable=false (an informational text) has no counterpart in the categories.
            {QStringLiteral("variable"), true},
            {QStringLiteral("code"), attribute.value(QLatin1StringView("code")).toString()},
            {QStringLiteral("datatype"), datatype},
            {QStringLiteral("required"), attribute.value(QLatin1StringView("required")).toBool()},
            {QStringLiteral("datatype_description"),
             own.isString() ? own.toString() : datatypeDescription(datatype)},
            {QStringLiteral("order"), attribute.value(QLatin1StringView("order")).toInt(position)},
            {QStringLiteral("description"),
             attribute.value(QLatin1StringView("description")).toString()},
            {QStringLiteral("values"), values},
        });
    }
    return QJsonObject{{QStringLiteral("service_code"), code}, {QStringLiteral("attributes"), out}};
}

#include "servicerequests.h"

#include "serverstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

ServiceRequests::ServiceRequests(ServerStore &store)
    : m_store(store)
{}

std::optional<QList<ServiceRequests::Request>> ServiceRequests::find(const Filter &filter,
                                                                     QString *error) const
{
    // updated_at lives with the public status in the change feed, written in the same
    // transaction as the submission's own status, so the two never disagree.
    QString sql =
        QStringLiteral("SELECT s.reference, s.status, s.status_note, s.received_at, s.payload, "
                       "json_extract(c.data, '$.updated_at') "
                       "FROM submissions s LEFT JOIN changes c "
                       "ON c.collection = 'statuses' AND c.id = s.reference AND c.op = 'put' "
                       "WHERE s.type = 'complaint'");
    QVariantList bound;
    const auto in = [&sql, &bound](const QString &column, const QStringList &values) {
        sql += QStringLiteral(" AND %1 IN (%2)").arg(column, placeholders(values.size()));
        for (const QString &value : values)
            bound.append(value);
    };
    if (!filter.references.isEmpty()) {
        in(QStringLiteral("s.reference"), filter.references);
    } else {
        if (!filter.serviceCodes.isEmpty())
            in(QStringLiteral("json_extract(s.payload, '$.category')"), filter.serviceCodes);
        if (!filter.statuses.isEmpty())
            in(QStringLiteral("s.status"), filter.statuses);
        // received_at is always written as UTC ISO 8601 to the second by this server, so text
        // order is time order.
        if (!filter.receivedFrom.isEmpty()) {
            sql += QStringLiteral(" AND s.received_at >= ?");
            bound.append(filter.receivedFrom);
        }
        if (!filter.receivedTo.isEmpty()) {
            sql += QStringLiteral(" AND s.received_at <= ?");
            bound.append(filter.receivedTo);
        }
    }
    sql += QStringLiteral(" ORDER BY s.received_at DESC, s.reference DESC LIMIT ?");
    bound.append(filter.limit);

    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(bound))
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<Request> found;
    while (query.next()) {
        Request request;
        request.reference = query.value(0).toString();
        request.status = query.value(1).toString();
        request.statusNote = query.value(2).toString();
        request.receivedAt = query.value(3).toString();
        request.payload = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        request.updatedAt =
            query.value(5).isNull() ? request.receivedAt : query.value(5).toString();
        found.append(request);
    }
    return found;
}

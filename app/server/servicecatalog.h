#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

class ServerStore;

// The published complaint categories seen as Open311 GeoReport v2 services. The categories
// were written as Open311 services from the start (docs/protocol.md, data/demo/FORMAT.md), so
// this is a change of shape, not of meaning: a category id is a service_code.
class ServiceCatalog final
{
public:
    explicit ServiceCatalog(ServerStore &store);

    // Every published category by id; nullopt when the store cannot be read.
    std::optional<QHash<QString, QJsonObject>> categories(QString *error) const;
    std::optional<QJsonObject> category(const QString &code) const;

    // GET services.json: one entry of the service list.
    static QJsonObject service(const QString &code, const QJsonObject &category);
    // GET services/<code>.json: the attributes a request for the service may carry.
    static QJsonObject definition(const QString &code, const QJsonObject &category);

private:
    ServerStore &m_store;
};

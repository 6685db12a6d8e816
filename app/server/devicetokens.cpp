#include "devicetokens.h"

#include "sqldatabase.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>

namespace {

QString hashOf(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

DeviceTokens::DeviceTokens(SqlDatabase &db)
    : m_db(db)
{}

QByteArray DeviceTokens::issue(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("a device needs a name (for example kiosk-town-hall-1)");
        return {};
    }
    std::array<quint32, 8> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray token =
        QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO devices (name, token_hash, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(hashOf(token));
    insert.addBindValue(now());
    if (!insert.exec()) {
        if (error)
            *error = QStringLiteral("cannot issue a token for '%1' (is the name already "
                                    "taken?): %2")
                         .arg(name, insert.lastError().text());
        return {};
    }
    return token;
}

bool DeviceTokens::revoke(const QString &name, QString *error)
{
    QSqlQuery update(m_db.connection());
    update.prepare(
        QStringLiteral("UPDATE devices SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"));
    update.addBindValue(now());
    update.addBindValue(name);
    if (!update.exec() || update.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no active device named '%1'").arg(name);
        return false;
    }
    return true;
}

QList<DeviceTokens::Device> DeviceTokens::list() const
{
    QList<Device> devices;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT name, created_at, revoked_at, last_seen_at FROM devices ORDER BY name")))
        return devices;
    while (query.next()) {
        devices.append({query.value(0).toString(),
                        QDateTime::fromString(query.value(1).toString(), Qt::ISODate),
                        QDateTime::fromString(query.value(2).toString(), Qt::ISODate),
                        QDateTime::fromString(query.value(3).toString(), Qt::ISODate)});
    }
    return devices;
}

std::optional<QString> DeviceTokens::authenticate(const QByteArray &token) const
{
    if (token.isEmpty() || token.size() > 256)
        return std::nullopt;
    // Every authenticated request runs this: prepared once (SqlDatabase::prepared).
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT name FROM devices WHERE token_hash = ? AND revoked_at IS NULL"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.bindValue(0, hashOf(token));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

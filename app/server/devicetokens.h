#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class SqlDatabase;

// Device tokens for kiosks. A token is 256 random bits shown once when issued; the server
// keeps only its SHA-256, which is enough for a secret that cannot be guessed (a slow
// password hash protects low-entropy secrets, which these are not).
class DeviceTokens final
{
public:
    struct Device
    {
        QString name;
        QDateTime createdAt;
        QDateTime revokedAt;
        QDateTime lastSeenAt;
    };

    explicit DeviceTokens(SqlDatabase &db);

    // Returns the new token, or an empty array with *error set (e.g. the name is taken).
    QByteArray issue(const QString &name, QString *error);
    bool revoke(const QString &name, QString *error);
    QList<Device> list() const;

    // The device name for a valid, unrevoked token.
    std::optional<QString> authenticate(const QByteArray &token) const;

private:
    SqlDatabase &m_db;
};

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

class SqlDatabase;

// The fleet as IT staff see it: the latest heartbeat of every kiosk (POST /api/v1/heartbeat)
// next to every device token, so a kiosk that never reported or fell silent shows up as
// clearly as one that reports trouble. Only the latest heartbeat is kept; its history is in
// the server's log.
class FleetRegistry final
{
public:
    enum class Recorded
    {
        Stored,
        Invalid, // the heartbeat breaks the contract: *error says which field and why
        Failed   // the store could not write it: *error is for the log only
    };

    // One line of the listing. Optional values are absent when the kiosk never reported them
    // (or never reported at all).
    struct Kiosk
    {
        QString name;
        bool revoked = false;
        bool silent = false;   // no heartbeat within the threshold, or never one
        QDateTime lastContact; // invalid: never sent a heartbeat
        QString version;
        std::optional<qint64> cursor;
        std::optional<qint64> cursorLag; // changes the kiosk has not applied yet, at least 0
        std::optional<qint64> outboxPending;
        std::optional<qint64> oldestPendingSeconds; // how long the oldest one has waited
        std::optional<qint64> freeDiskBytes;
        QString lastError; // empty: the last sync pass succeeded
        QDateTime lastSyncAt;

        // "revoked", "never_seen", "silent" or "ok": the first that applies.
        QString status() const;
    };

    static constexpr int maxErrorLength = 300;
    static constexpr qint64 maxBodyBytes = 16 * 1024;
    // Three missed heartbeats at the kiosk's default interval of five minutes.
    static constexpr std::chrono::minutes defaultSilentAfter{15};

    explicit FleetRegistry(SqlDatabase &db);

    // Checks a heartbeat body (docs/protocol.md, Heartbeat; fields it does not know are
    // ignored) and makes it the device's latest.
    Recorded record(const QString &device, const QJsonObject &heartbeat,
                    const QDateTime &receivedAt, QString *error);

    // Every device with a token (revoked ones too), by name. `latestSeq` is the server's head
    // of the change feed (ServerStore::latestSeq), against which cursor lag is measured.
    QList<Kiosk> list(const QDateTime &now, std::chrono::seconds silentAfter, qint64 latestSeq,
                      QString *error = nullptr) const;

    // For `municipal-server admin fleet`: an aligned table for a terminal, with human units,
    // and a JSON document for monitoring scripts.
    static QString toText(const QList<Kiosk> &kiosks, const QDateTime &now,
                          std::chrono::seconds silentAfter);
    static QByteArray toJson(const QList<Kiosk> &kiosks, const QDateTime &now,
                             std::chrono::seconds silentAfter);

private:
    SqlDatabase &m_db;
};

#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <optional>

class ApiClient;
class Clock;
class ContentStore;
class OutboxStore;
class PostHeartbeatJob;

// Tells the server every few minutes how this kiosk is doing (POST /api/v1/heartbeat), so IT
// staff can see a kiosk that lags, cannot upload or runs out of disk before a citizen does.
// Only counts and ages leave the kiosk, never what is in the outbox. A heartbeat that fails is
// not retried: the next tick sends a fresh one, so a server that is down costs one request
// per interval and never holds up sync or the outbox.
class HeartbeatReporter final : public QObject
{
    Q_OBJECT

public:
    struct Snapshot
    {
        QString version;
        qint64 cursor = 0;
        std::optional<qint64> outboxPending; // unknown without an outbox
        std::optional<qint64> oldestPendingSeconds;
        std::optional<qint64> freeDiskBytes;
        QString lastError; // the last sync pass's; empty when it succeeded
        std::optional<qint64> lastSyncSeconds;

        QByteArray toJson() const;
    };

    // The server's limit on last_error, in characters.
    static constexpr int maxErrorLength = 300;

    // `outbox` may be null (a kiosk whose outbox could not be opened still reports the rest).
    HeartbeatReporter(ApiClient &api, const ContentStore &content, const OutboxStore *outbox,
                      QString dataDir, QString version, const Clock &clock,
                      QObject *parent = nullptr);

    // The first heartbeat after `first`, then one every `interval`.
    void start(std::chrono::milliseconds interval, std::chrono::milliseconds first);
    void setLastError(const QString &error);
    void send(); // ignored while one is on its way
    Snapshot snapshot() const;

signals:
    void finished(bool ok);

private:
    void onTick();
    void onJobFinished();

    ApiClient &m_api;
    const ContentStore &m_content;
    const OutboxStore *m_outbox;
    QString m_dataDir;
    QString m_version;
    const Clock &m_clock;
    QString m_lastError;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{0};
    PostHeartbeatJob *m_job = nullptr;
    QString m_lastProblem; // logged once, not once per tick
};

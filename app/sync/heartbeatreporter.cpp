#include "heartbeatreporter.h"

#include "clock.h"
#include "contentstore.h"
#include "outboxstore.h"
#include "postheartbeatjob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

// The error goes to a terminal on the server, which refuses control characters and long
// texts; a sync error may hold a server's message, so it is made safe here.
QString boundedError(const QString &error)
{
    QString text = error;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.size() > HeartbeatReporter::maxErrorLength) {
        text.truncate(HeartbeatReporter::maxErrorLength);
        if (text.back().isHighSurrogate())
            text.chop(1);
    }
    return text;
}

} // namespace

QByteArray HeartbeatReporter::Snapshot::toJson() const
{
    QJsonObject body{{QStringLiteral("version"), version},
                     {QStringLiteral("cursor"), cursor},
                     {QStringLiteral("last_error"), lastError}};
    if (outboxPending)
        body.insert(QStringLiteral("outbox_pending"), *outboxPending);
    if (oldestPendingSeconds)
        body.insert(QStringLiteral("oldest_pending_seconds"), *oldestPendingSeconds);
    if (freeDiskBytes)
        body.insert(QStringLiteral("free_disk_bytes"), *freeDiskBytes);
    if (lastSyncSeconds)
        body.insert(QStringLiteral("last_sync_seconds"), *lastSyncSeconds);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HeartbeatReporter::HeartbeatReporter(ApiClient &api, const ContentStore &content,
                                     const OutboxStore *outbox, QString dataDir, QString version,
                                     const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_content(content)
    , m_outbox(outbox)
    , m_dataDir(std::move(dataDir))
    , m_version(std::move(version))
    , m_clock(clock)
{
    // The server refuses a heartbeat without a version; the application's is the next best.
    if (m_version.isEmpty())
        m_version = QCoreApplication::applicationVersion();
    if (m_version.isEmpty())
        m_version = QStringLiteral("unknown");
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatReporter::onTick);
}

void HeartbeatReporter::start(std::chrono::milliseconds interval, std::chrono::milliseconds first)
{
    m_interval = interval;
    m_timer.start(first);
}

void HeartbeatReporter::setLastError(const QString &error)
{
    m_lastError = boundedError(error);
}

void HeartbeatReporter::onTick()
{
    if (m_timer.interval() != int(m_interval.count()))
        m_timer.setInterval(m_interval);
    send();
}

HeartbeatReporter::Snapshot HeartbeatReporter::snapshot() const
{
    const QDateTime now = m_clock.now();
    Snapshot snapshot;
    snapshot.version = m_version;
    snapshot.cursor = m_content.cursor();
    snapshot.lastError = m_lastError;
    const QDateTime lastSync = m_content.lastSyncAt();
    if (lastSync.isValid())
        snapshot.lastSyncSeconds = std::max<qint64>(0, lastSync.secsTo(now));
    if (m_outbox) {
        const OutboxStore::Stats stats = m_outbox->stats();
        snapshot.outboxPending = stats.pending;
        if (stats.pending > 0 && stats.oldestPending.isValid())
            snapshot.oldestPendingSeconds = std::max<qint64>(0, stats.oldestPending.secsTo(now));
    }
    const QStorageInfo disk(m_dataDir);
    if (disk.isValid() && disk.bytesAvailable() >= 0)
        snapshot.freeDiskBytes = disk.bytesAvailable();
    return snapshot;
}

void HeartbeatReporter::send()
{
    if (m_job)
        return;
    m_job = new PostHeartbeatJob(m_api, snapshot().toJson(), this);
    connect(m_job, &PostHeartbeatJob::finished, this, &HeartbeatReporter::onJobFinished);
    m_job->start();
}

void HeartbeatReporter::onJobFinished()
{
    const PostHeartbeatJob::Result result = m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    const bool ok = result.outcome == ApiReply::Outcome::Ok;
    const QString problem = ok ? QString() : result.error;
    if (problem != m_lastProblem) {
        if (ok)
            qCInfo(lcSync) << "heartbeat sent again";
        else
            qCInfo(lcSync).noquote()
                << "heartbeat not sent, next in" << m_interval.count() / 1000 << "s:" << problem;
        m_lastProblem = problem;
    }
    emit finished(ok);
}

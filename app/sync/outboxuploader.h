#pragma once

#include "backoff.h"

#include <QObject>
#include <QString>

class ApiClient;
class Clock;
class OutboxStore;
class PostSubmissionJob;

// Sends the outbox's due items one at a time and records what the server said, following the
// retry table of docs/protocol.md: accepted -> sent (personal data erased); refused for a
// stated reason (400/413/422) -> rejected, kept for a clerk, never retried blindly; token
// refused (401/403) -> uploads pause and IT staff are told; anything else -> retried later
// with backoff and jitter, honouring Retry-After. Nothing is ever deleted here.
class OutboxUploader final : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int sent = 0;
        int rejected = 0;
        int retried = 0;
        bool paused = false; // the server refused the device token
        QString error;       // the last problem, for the log (never personal data)

        QString logLine() const;
    };

    OutboxUploader(ApiClient &api, OutboxStore &outbox, const Clock &clock,
                   QObject *parent = nullptr);

    void drain(); // ignored while running
    bool isRunning() const { return m_running; }

signals:
    void itemSent(qint64 localId, const QString &reference);
    void itemRejected(qint64 localId, const QString &message);
    void finished(const OutboxUploader::Report &report);

private:
    void uploadNext();
    void onJobFinished();
    void finish();

    ApiClient &m_api;
    OutboxStore &m_outbox;
    const Clock &m_clock;
    Backoff m_backoff;
    bool m_running = false;
    qint64 m_current = 0;
    int m_currentAttempts = 0;
    PostSubmissionJob *m_job = nullptr;
    Report m_report;
};

#include "outboxuploader.h"

#include "clock.h"
#include "outboxstore.h"
#include "postsubmissionjob.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutbox, "outbox")

using namespace std::chrono_literals;

QString OutboxUploader::Report::logLine() const
{
    QString line = QStringLiteral("outbox: %1 sent, %2 rejected, %3 to retry")
                       .arg(sent)
                       .arg(rejected)
                       .arg(retried);
    if (paused)
        line += QStringLiteral(", paused: the server refused this kiosk's device token");
    if (!error.isEmpty())
        line += QStringLiteral(": ") + error;
    return line;
}

OutboxUploader::OutboxUploader(ApiClient &api, OutboxStore &outbox, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_backoff(10s, 1h) // per item: 10 s doubling, at most an hour apart
{}

void OutboxUploader::drain()
{
    if (m_running)
        return;
    m_running = true;
    m_report = Report{};
    uploadNext();
}

void OutboxUploader::uploadNext()
{
    const auto item = m_outbox.nextDue(m_clock.now());
    if (!item) {
        finish();
        return;
    }
    m_current = item->localId;
    m_currentAttempts = item->attempts;
    m_job = new PostSubmissionJob(m_api, item->key, item->body, this);
    connect(m_job, &PostSubmissionJob::finished, this, &OutboxUploader::onJobFinished);
    m_job->start();
}

void OutboxUploader::onJobFinished()
{
    PostSubmissionJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const PostSubmissionJob::Result &result = job->result();

    switch (result.outcome) {
    case ApiReply::Outcome::Ok: {
        QString error;
        if (!m_outbox.markSent(m_current, result.reference, result.status, &error)) {
            // The server has it; we could not note that. The next try is a replay and gets the
            // same reference, so nothing is stored twice.
            m_report.error = error;
            finish();
            return;
        }
        ++m_report.sent;
        qCInfo(lcOutbox).noquote() << "item" << m_current << "accepted as" << result.reference;
        emit itemSent(m_current, result.reference);
        uploadNext();
        return;
    }
    case ApiReply::Outcome::Refused:
        m_outbox.markRejected(m_current, result.error);
        ++m_report.rejected;
        qCWarning(lcOutbox).noquote() << "item" << m_current << "refused:" << result.error;
        emit itemRejected(m_current, result.error);
        uploadNext();
        return;
    case ApiReply::Outcome::Unauthorized:
        // Not the item's fault: leave it as it was and stop; IT staff must act.
        m_report.paused = true;
        m_report.error = result.error;
        qCCritical(lcOutbox).noquote() << "uploads paused:" << result.error;
        finish();
        return;
    default:
        break;
    }
    const auto retryAfter =
        std::chrono::duration_cast<std::chrono::milliseconds>(result.retryAfter.value_or(0s));
    const auto delay = m_backoff.delayFor(m_currentAttempts, retryAfter);
    m_outbox.markRetry(m_current, result.error, m_clock.now().addMSecs(delay.count()));
    ++m_report.retried;
    m_report.error = result.error;
    qCWarning(lcOutbox).noquote() << "item" << m_current << "not sent, next try in"
                                  << delay.count() / 1000 << "s:" << result.error;
    // A network or server failure would fail the rest the same way: stop until the next wake.
    finish();
}

void OutboxUploader::finish()
{
    m_running = false;
    if (m_report.sent + m_report.rejected + m_report.retried > 0 || m_report.paused)
        qCInfo(lcOutbox).noquote() << m_report.logLine();
    emit finished(m_report);
}

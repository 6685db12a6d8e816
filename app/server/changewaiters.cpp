#include "changewaiters.h"

#include "serverstore.h"

ChangeWaiters::ChangeWaiters(ServerStore &store, const ChangeFeed &feed,
                             std::chrono::milliseconds pollInterval, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_feed(feed)
{
    m_timer.setInterval(pollInterval);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWaiters::poll);
}

QPair<qint64, qint64> ChangeWaiters::head() const
{
    return {m_store.latestSeq(), m_store.floor()};
}

void ChangeWaiters::park(const ChangeFeed::Request &request, QHttpServerResponder &&responder,
                         Answered answered)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket(shared->socket());
    m_waiters.push_back({request, std::move(shared), socket,
                         QDeadlineTimer(std::chrono::seconds(request.waitSeconds), Qt::CoarseTimer),
                         std::move(answered)});
    if (!m_timer.isActive()) {
        m_lastHead = head();
        m_timer.start();
    }
}

void ChangeWaiters::poll()
{
    const auto now = head();
    const bool moved = now != m_lastHead;
    m_lastHead = now;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (!it->socket || it->socket->state() != QAbstractSocket::ConnectedState) {
            it = m_waiters.erase(it); // the kiosk gave up; nothing to answer
            continue;
        }
        const bool expired = it->deadline.hasExpired();
        if (!moved && !expired) {
            ++it;
            continue;
        }
        const auto ready = m_feed.answer(it->request, !expired);
        if (!ready) {
            ++it;
            continue;
        }
        answer(*it, *ready);
        it = m_waiters.erase(it);
    }
    if (m_waiters.empty())
        m_timer.stop();
}

void ChangeWaiters::answer(Waiter &waiter, const HttpAnswer &answer)
{
    answer.write(*waiter.responder, waiter.request.gzip);
    if (waiter.answered)
        waiter.answered(answer);
}

void ChangeWaiters::releaseAll()
{
    for (Waiter &waiter : m_waiters) {
        if (!waiter.socket || waiter.socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (const auto now = m_feed.answer(waiter.request, false))
            answer(waiter, *now);
    }
    m_waiters.clear();
    m_timer.stop();
}

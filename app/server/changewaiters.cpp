#include "changewaiters.h"

#include "serverstore.h"

#include <QLoggingCategory>
#include <QSqlDriver>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace {

// Sent by the changes_notify trigger (data/schema/server/postgresql).
const QString feedChannel = QStringLiteral("mk_feed");
// With notifications, the timer only has to catch deadlines and a notification lost with a
// broken connection: once a second is plenty (or less often, if asked).
constexpr std::chrono::milliseconds notifiedPollInterval(1000);

} // namespace

ChangeWaiters::ChangeWaiters(ServerStore &store, const ChangeFeed &feed,
                             std::chrono::milliseconds pollInterval, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_feed(feed)
{
    m_timer.setInterval(pollInterval);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWaiters::poll);
    listen();
}

void ChangeWaiters::listen()
{
    // SQLite's driver "notifies" only of writes on its own connection: the timer alone there.
    if (m_store.database().engine() != SqlDatabase::Engine::PostgreSQL)
        return;
    // A connection that only listens. On the store's own connection, a statement read row by
    // row (forward-only) also reads the notifications that arrive meanwhile, and Qt's driver
    // then never hands them on: long polls would wait for the timer.
    m_listener = std::make_unique<SqlDatabase>();
    QString error;
    if (!m_listener->openLike(m_store.database(), &error)) {
        qCWarning(lcServer).noquote() << "cannot open a connection to listen for feed "
                                         "notifications; long polls wake at the next look at "
                                         "the feed instead:"
                                      << error;
        m_listener.reset();
        return;
    }
    QSqlDriver *driver = m_listener->connection().driver();
    if (!driver->subscribeToNotification(feedChannel)) {
        qCWarning(lcServer) << "cannot listen for feed notifications; long polls wake at the "
                               "next look at the feed instead";
        return;
    }
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == feedChannel && !m_waiters.empty())
            poll();
    });
    m_notified = true;
    qCInfo(lcServer) << "long polls wake on the database's notifications of feed changes";
    m_timer.setInterval(std::max(m_timer.intervalAsDuration(), notifiedPollInterval));
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
        m_lastHead = m_store.head();
        m_timer.start();
    }
}

void ChangeWaiters::poll()
{
    const auto now = m_store.head();
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

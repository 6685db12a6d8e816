#pragma once

#include "changefeed.h"
#include "serverstore.h"
#include "sqldatabase.h"

#include <QDeadlineTimer>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <chrono>
#include <functional>
#include <list>
#include <memory>

// Long poll without a thread per kiosk: a request with nothing new parks its responder here,
// and one timer on the event loop looks at the feed's head a few times a second (two indexed
// lookups, whatever the number of waiters). When the head moves, or a waiter's time is up,
// it is answered. Changes committed by other processes (the admin command) are seen too.
// On PostgreSQL, a commit that changes the feed notifies every server process (LISTEN mk_feed,
// sent by a trigger), which looks at once; the timer then only checks waiters' deadlines and
// is the safety net for a lost notification.
class ChangeWaiters final : public QObject
{
    Q_OBJECT

public:
    ChangeWaiters(ServerStore &store, const ChangeFeed &feed,
                  std::chrono::milliseconds pollInterval = std::chrono::milliseconds(250),
                  QObject *parent = nullptr);

    // Called with the answer once it is written, for the access log.
    using Answered = std::function<void(const HttpAnswer &)>;

    void park(const ChangeFeed::Request &request, QHttpServerResponder &&responder,
              Answered answered = {});
    // Answers every waiter now with what there is (shutdown: nobody is left hanging).
    void releaseAll();
    int count() const { return int(m_waiters.size()); }
    // True when commits on the database wake the waiters (PostgreSQL's LISTEN/NOTIFY).
    bool isNotified() const { return m_notified; }

private:
    struct Waiter
    {
        ChangeFeed::Request request;
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket; // the client may leave while we wait
        QDeadlineTimer deadline;
        Answered answered;
    };

    void answer(Waiter &waiter, const HttpAnswer &answer);

    void poll();
    void listen();

    ServerStore &m_store;
    const ChangeFeed &m_feed;
    std::list<Waiter> m_waiters;
    QTimer m_timer;
    ServerStore::Head m_lastHead{-1, -1};
    bool m_notified = false;
    std::unique_ptr<SqlDatabase> m_listener; // PostgreSQL: the connection that LISTENs
};

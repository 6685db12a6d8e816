#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

class SqlDatabase;

// Qt's PostgreSQL driver does not reconnect: after a database restart or failover every query
// of this process would fail until it is restarted. So a server on PostgreSQL asks the database
// a trivial question every few seconds and, when the connection is gone, says so (lost()):
// the server then exits, and systemd starts it again on a new connection (Restart=on-failure).
// SQLite has no connection to lose; nothing is watched there.
class DatabaseWatch final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWatch(SqlDatabase &db,
                           std::chrono::milliseconds interval = std::chrono::seconds(5),
                           QObject *parent = nullptr);

    bool isWatching() const { return m_timer.isActive(); }

signals:
    void lost(const QString &why);

private:
    void check();

    SqlDatabase &m_db;
    QTimer m_timer;
};

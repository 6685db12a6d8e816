#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

// Tells systemd how the program is doing (sd_notify): ready once it serves, a one-line status,
// stopping on the way out, and, when the unit sets WatchdogSec=, a ping from the event loop at
// half that interval, so that a hung loop gets the program killed and restarted. Outside
// systemd (no NOTIFY_SOCKET) every call does nothing.
class ServiceNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit ServiceNotifier(QObject *parent = nullptr);

    void ready(const QString &status);
    void status(const QString &status);
    void stopping(const QString &status);

    bool underSystemd() const;
    // Zero when the unit has no watchdog.
    std::chrono::milliseconds watchdogPingInterval() const { return m_pingInterval; }

private:
    void send(const QByteArray &state);

    std::chrono::milliseconds m_pingInterval{0};
    QTimer m_watchdog;
};

#include "servicenotifier.h"

#include <systemd/sd-daemon.h>

namespace {

QByteArray statusLine(const QString &status)
{
    // STATUS= is one line; a newline would start a new, unknown assignment.
    QString line = status;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return "STATUS=" + line.toUtf8();
}

} // namespace

ServiceNotifier::ServiceNotifier(QObject *parent)
    : QObject(parent)
{
    // Read WATCHDOG_USEC directly rather than through sd_watchdog_enabled(): that one also
    // wants WATCHDOG_PID to be this process, and the kiosk runs as a child of its compositor
    // (cage), which is the unit's main process. The unit's NotifyAccess=all lets the pings in.
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (ok && usec > 0)
        m_pingInterval = std::chrono::milliseconds(std::max<qint64>(usec / 2000, 1));
    m_watchdog.setInterval(m_pingInterval);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { send("WATCHDOG=1"); });
}

bool ServiceNotifier::underSystemd() const
{
    return !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
}

void ServiceNotifier::ready(const QString &status)
{
    send("READY=1\n" + statusLine(status));
    // The pings start only now: until ready, systemd's start timeout watches the program.
    if (m_pingInterval.count() > 0 && !m_watchdog.isActive()) {
        send("WATCHDOG=1");
        m_watchdog.start();
    }
}

void ServiceNotifier::status(const QString &status)
{
    send(statusLine(status));
}

void ServiceNotifier::stopping(const QString &status)
{
    m_watchdog.stop();
    send("STOPPING=1\n" + statusLine(status));
}

void ServiceNotifier::send(const QByteArray &state)
{
    if (underSystemd())
        sd_notify(0, state.constData());
}

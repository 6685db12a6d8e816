#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM (systemd stop) and SIGINT (Ctrl-C) turned into a Qt signal on the event loop, so
// the server can stop taking connections and finish the requests in flight before it exits.
// The signal handler only writes a byte to a pipe: nothing else is safe there.
class ShutdownSignals final : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void requested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

#include "serverprocess.h"
#include "testpaths.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// systemd's side of sd_notify: a datagram socket whose path goes into NOTIFY_SOCKET. Each
// datagram is one message of newline-separated assignments (READY=1, STATUS=..., WATCHDOG=1).
class NotifySocket final
{
public:
    explicit NotifySocket(const QString &path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        if (m_fd < 0 || size_t(name.size()) >= sizeof(address.sun_path))
            qFatal("cannot make the notify socket");
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
            qFatal("cannot bind the notify socket");
    }
    ~NotifySocket() { ::close(m_fd); }
    NotifySocket(const NotifySocket &) = delete;
    NotifySocket &operator=(const NotifySocket &) = delete;

    QString path() const { return m_path; }

    // Reads messages until one contains `wanted`, for at most `timeout`; returns that message,
    // or an empty string. Earlier messages are kept in seen().
    QString waitFor(const QString &wanted, std::chrono::milliseconds timeout)
    {
        const QDeadlineTimer deadline(timeout);
        while (!deadline.hasExpired()) {
            pollfd readable{m_fd, POLLIN, 0};
            if (::poll(&readable, 1, int(qMax<qint64>(deadline.remainingTime(), 1))) <= 0)
                continue;
            char buffer[4096];
            const ssize_t size = ::recv(m_fd, buffer, sizeof(buffer), 0);
            if (size <= 0)
                continue;
            const QString message = QString::fromUtf8(buffer, size);
            m_seen << message;
            if (message.contains(wanted))
                return message;
        }
        return {};
    }

    QStringList seen() const { return m_seen; }

private:
    QString m_path;
    int m_fd = -1;
    QStringList m_seen;
};

} // namespace

// Both programs run as Type=notify systemd services with WatchdogSec=: they must say when they
// are ready, keep pinging from their event loop, and say when they stop.
class TestServiceNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void theServerSaysWhenItListensPingsAndStops()
    {
        NotifySocket systemd(m_dir.filePath(QStringLiteral("server.notify")));
        ServerProcess server;
        server.setServeEnvironment(QStringLiteral("NOTIFY_SOCKET"), systemd.path());
        server.setServeEnvironment(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("200000"));
        QVERIFY2(server.start(), qPrintable(server.log()));
        const QString ready = systemd.waitFor(QStringLiteral("READY=1"), std::chrono::seconds(30));
        QVERIFY2(!ready.isEmpty(), qPrintable(systemd.seen().join(u'|')));
        QVERIFY2(
            ready.contains(
                QStringLiteral("STATUS=listening on 127.0.0.1:%1").arg(server.baseUrl().port())),
            qPrintable(ready));
        // Pings at half the watchdog interval, for as long as it runs.
        for (int ping = 0; ping < 3; ++ping)
            QVERIFY(
                !systemd.waitFor(QStringLiteral("WATCHDOG=1"), std::chrono::seconds(10)).isEmpty());
        QCOMPARE(server.stopAndExitCode(), 0);
        QVERIFY2(!systemd.waitFor(QStringLiteral("STOPPING=1"), std::chrono::seconds(10)).isEmpty(),
                 qPrintable(systemd.seen().join(u'|')));
    }

    void theKioskSaysWhenItShowsAndHowSyncGoes()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        const QString tokenFile = m_dir.filePath(QStringLiteral("kiosk.token"));
        QFile token(tokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(server.token());
        token.close();
        const QString config = m_dir.filePath(QStringLiteral("kiosk.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "[server]\nurl=" + server.baseUrl().toEncoded() + "\ntoken_file=" + tokenFile.toUtf8() +
            "\n[storage]\ndata_dir=" + m_dir.filePath(QStringLiteral("kiosk-data")).toUtf8() +
            "\n[access]\non_screen_keyboard=false\nread_aloud=false\n");
        file.close();

        NotifySocket systemd(m_dir.filePath(QStringLiteral("kiosk.notify")));
        QProcess kiosk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NOTIFY_SOCKET"), systemd.path());
        environment.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("200000"));
        // Under cage the kiosk is a child of the unit's main process: the PID systemd names
        // is not the kiosk's, and the pings must come all the same.
        environment.insert(QStringLiteral("WATCHDOG_PID"), QStringLiteral("1"));
        // As the systemd unit starts it: no --config, the file named by the environment (or
        // the package's /etc/municipal-kiosk/kiosk.conf).
        environment.insert(QStringLiteral("MUNICIPAL_KIOSK_CONFIG"), config);
        kiosk.setProcessEnvironment(environment);
        kiosk.setProcessChannelMode(QProcess::MergedChannels);
        kiosk.start(TestPaths::kioskBinary(), QStringList());
        QVERIFY(kiosk.waitForStarted());
        const QString ready = systemd.waitFor(QStringLiteral("READY=1"), std::chrono::seconds(60));
        QVERIFY2(!ready.isEmpty(), kiosk.readAll().constData());
        QVERIFY(!systemd.waitFor(QStringLiteral("WATCHDOG=1"), std::chrono::seconds(10)).isEmpty());
        const QString synced =
            systemd.waitFor(QStringLiteral("STATUS=last sync ok"), std::chrono::seconds(60));
        QVERIFY2(!synced.isEmpty(), qPrintable(systemd.seen().join(u'|')));
        kiosk.kill();
        kiosk.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestServiceNotifier)
#include "tst_servicenotifier.moc"

#include "nginxprocess.h"

#include "testpaths.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <pwd.h>
#include <unistd.h>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool replaceOnce(QString &text, const QRegularExpression &pattern, const QString &with,
                 QString *error)
{
    if (!pattern.match(text).hasMatch()) {
        *error =
            QStringLiteral("the shipped nginx site has no line matching %1").arg(pattern.pattern());
        return false;
    }
    text.replace(pattern, with);
    return true;
}

} // namespace

NginxProcess::~NginxProcess()
{
    stop();
}

bool NginxProcess::start(quint16 upstreamPort, QString *error)
{
    QString site;
    if (!readSite(QStringLiteral("municipal-server.conf"), &site, error) ||
        !replaceOnce(site, QRegularExpression(QStringLiteral("server 127\\.0\\.0\\.1:8080;")),
                     QStringLiteral("server 127.0.0.1:%1;").arg(upstreamPort), error))
        return false;
    return launch(site, error);
}

bool NginxProcess::startCluster(const QList<quint16> &upstreamPorts, QString *error)
{
    QString site;
    QString servers;
    for (const quint16 port : upstreamPorts)
        servers += QStringLiteral("server 127.0.0.1:%1;\n    ").arg(port);
    using RE = QRegularExpression;
    if (!readSite(QStringLiteral("municipal-server-cluster.conf"), &site, error) ||
        !replaceOnce(site, RE(QStringLiteral("(server 127\\.0\\.0\\.1:808\\d;\\s*)+")), servers,
                     error) ||
        !replaceOnce(site, RE(QStringLiteral("proxy_cache_path \\S+")),
                     QStringLiteral("proxy_cache_path %1/feed-cache").arg(m_dir.path()), error))
        return false;
    return launch(site, error);
}

bool NginxProcess::readSite(const QString &name, QString *site, QString *error) const
{
    QFile shipped(QStringLiteral(MK_PACKAGING_DIR "/nginx/") + name);
    if (!shipped.open(QIODevice::ReadOnly)) {
        *error = shipped.errorString();
        return false;
    }
    *site = QString::fromUtf8(shipped.readAll());
    return true;
}

bool NginxProcess::launch(QString site, QString *error)
{
    m_port = freePort();
    const QString tls = TestPaths::fixture(QStringLiteral("tls/"));
    using RE = QRegularExpression;
    // The plain-http block only redirects; the test talks https.
    if (!replaceOnce(site, RE(QStringLiteral("server \\{\\s*listen 80;[^}]*\\}")), QString(),
                     error) ||
        !replaceOnce(site, RE(QStringLiteral("listen 443 ssl;")),
                     QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port), error) ||
        !replaceOnce(site, RE(QStringLiteral("listen \\[::\\]:443 ssl;")), QString(), error) ||
        !replaceOnce(site, RE(QStringLiteral("ssl_certificate \\s*\\S+;")),
                     QStringLiteral("ssl_certificate %1fullchain.pem;").arg(tls), error) ||
        !replaceOnce(site, RE(QStringLiteral("ssl_certificate_key \\S+;")),
                     QStringLiteral("ssl_certificate_key %1server.key;").arg(tls), error))
        return false;

    // Run as whoever runs the test: nginx ignores `user` when not started as root.
    const passwd *me = getpwuid(geteuid());
    const QString dir = m_dir.path();
    const QString main =
        QStringLiteral("user %1;\nworker_processes 1;\ndaemon off;\npid %2/nginx.pid;\n"
                       "error_log %2/error.log warn;\nevents { worker_connections 64; }\n"
                       "http {\n  access_log off;\n  client_body_temp_path %2/body;\n"
                       "  proxy_temp_path %2/proxy;\n  fastcgi_temp_path %2/fastcgi;\n"
                       "  uwsgi_temp_path %2/uwsgi;\n  scgi_temp_path %2/scgi;\n"
                       "  include %2/site.conf;\n}\n")
            .arg(me ? QString::fromLocal8Bit(me->pw_name) : QStringLiteral("nobody"), dir);
    QFile siteFile(dir + QStringLiteral("/site.conf"));
    QFile mainFile(dir + QStringLiteral("/nginx.conf"));
    if (!siteFile.open(QIODevice::WriteOnly) || siteFile.write(site.toUtf8()) < 0 ||
        !mainFile.open(QIODevice::WriteOnly) || mainFile.write(main.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write the nginx configuration");
        return false;
    }
    siteFile.close();
    mainFile.close();

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("/usr/sbin/nginx"),
                    {QStringLiteral("-p"), dir, QStringLiteral("-c"), mainFile.fileName(),
                     QStringLiteral("-e"), dir + QStringLiteral("/error.log")});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        return false;
    }
    // Ready when it accepts connections; an nginx that exits (a bad configuration) says why.
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(500))
            return true;
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("nginx exited: %1 %2")
                         .arg(QString::fromUtf8(m_process.readAll()), errorLog());
            return false;
        }
        m_process.waitForFinished(100);
    }
    *error = QStringLiteral("nginx did not accept connections: %1").arg(errorLog());
    return false;
}

void NginxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl NginxProcess::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QString NginxProcess::errorLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("error.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

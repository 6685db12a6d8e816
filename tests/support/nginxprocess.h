#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// Debian's nginx running the site configuration the server package ships
// (packaging/nginx/municipal-server.conf) on a free loopback port, with the test certificates
// of tests/fixtures/tls, in front of a server on `upstreamPort`. Only what cannot be the same in
// a test is rewritten: ports, certificate paths, the plain-http redirect block, the log and
// temporary paths.
class NginxProcess final
{
public:
    NginxProcess() = default;
    ~NginxProcess();

    bool start(quint16 upstreamPort, QString *error);
    // packaging/nginx/municipal-server-cluster.conf instead, in front of several servers, with
    // its change-feed cache in this object's temporary folder.
    bool startCluster(const QList<quint16> &upstreamPorts, QString *error);
    void stop();
    QUrl baseUrl() const; // https://127.0.0.1:<port>
    QString errorLog() const;

private:
    bool readSite(const QString &name, QString *site, QString *error) const;
    bool launch(QString site, QString *error);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

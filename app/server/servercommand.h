#pragma once

#include <QStringList>

// The municipal-server command line: `serve` runs the HTTP server, the other commands are
// for IT staff and scripts (`token issue NAME` prints a new device token and nothing else).
class ServerCommand final
{
public:
    int run(const QStringList &arguments);

private:
    int serve();
    int token(const QStringList &words);
    int loadDemo();
    int compact();
    int addBlob(const QString &file);
    int setSubmissionStatus(const QString &reference, const QString &status, const QString &note);
    QString blobDir() const;

    QString m_dataDir;
    QString m_demoDir;
    QString m_listen;
    quint16 m_port = 8080;
    int m_days = 30;
};

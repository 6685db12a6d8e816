#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// The real municipal-server binary on a free loopback port with its own temporary data
// directory and a freshly issued device token: what integration tests talk to.
class ServerProcess final
{
public:
    ServerProcess();
    ~ServerProcess();

    // Creates the store in the data directory and issues the device token, without serving,
    // so that a test can fill the store (ServerStore on databasePath()) before start(). Note
    // that `serve` loads the demo content only into an empty store. start() calls it.
    bool prepare();
    // Starts `serve --port 0`; extra arguments are appended (e.g. --no-demo).
    bool start(const QStringList &extraArguments = {});
    void stop();

    QByteArray issueToken(const QString &deviceName);
    bool runCommand(const QStringList &arguments, QByteArray *output = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray token() const { return m_token; }
    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const;
    QString log() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_token;
};

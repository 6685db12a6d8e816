#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class TestServerDatabase;

// The real municipal-server binary on a free loopback port with its own temporary data
// directory and a freshly issued device token: what integration tests talk to. Its store is
// SQLite, or PostgreSQL in a test's PostgreSQL variant (TestServerDatabase).
class ServerProcess final
{
public:
    ServerProcess();
    ~ServerProcess();

    // Creates the store in the data directory and issues the device token, without serving,
    // so that a test can fill the store (ServerStore on databasePath()) before start(). Note
    // that `serve` loads the demo content only into an empty store. start() calls it.
    bool prepare();
    // Before prepare(): no practical rate limit, for tests that sync hundreds of times on
    // purpose (crash and fault injection); the limit has its own test.
    void allowManyRequests() { m_manyRequests = true; }
    // Before prepare(): serve the store and blobs of `first` (prepared) as a second server
    // process would behind a load balancer, with the same device token.
    void shareStoreWith(const ServerProcess &first);
    // shareStoreWith(first) with first's rate limits, then start().
    bool startSharing(const ServerProcess &first);
    // Before start(): an environment variable for `serve` (e.g. systemd's NOTIFY_SOCKET).
    void setServeEnvironment(const QString &name, const QString &value);
    // Starts `serve --port 0` with configPath(); extra arguments are appended (e.g. --no-demo).
    bool start(const QStringList &extraArguments = {});
    void stop();
    // stop(), then the server's exit code; -1 when it crashed or had to be killed.
    int stopAndExitCode();
    // The exit code of a server that ends by itself within msecs; -1 when it crashed, -2 when
    // it is still running.
    int waitForExit(int msecs);

    QByteArray issueToken(const QString &deviceName);
    // A kiosk's configuration for this server: its device token in DIRECTORY/NAME.token, then
    // DIRECTORY/NAME.conf (data in dataDir, `extra` appended). The file's path, or empty.
    QString writeKioskConfig(const QString &directory, const QString &name, const QString &dataDir,
                             const QByteArray &extra = {}) const;
    bool runCommand(const QStringList &arguments, QByteArray *output = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray token() const { return m_token; }
    QString dataDir() const { return m_dir.path(); }
    // The store's location: an SQLite file, or a PostgreSQL URI (ServerStore::open takes both).
    QString databasePath() const;
    QString blobDir() const;
    QString configPath() const;
    // The editor account prepare() creates; runCommand() runs as it (admin commands).
    static QString editorName() { return QStringLiteral("test-editor"); }
    static QString editorPassword() { return QStringLiteral("test-editor-password"); }
    QString log() const;

private:
    QTemporaryDir m_dir;
    std::shared_ptr<TestServerDatabase> m_database; // shared by the processes sharing a store
    QString m_blobDir;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_token;
    bool m_manyRequests = false;
};

#pragma once

#include <QString>
#include <QStringList>

// What IT staff set in the server's one configuration file (an INI file, see
// data/config/server.conf.example), typed, with a default for everything. Command-line options
// override the file. Values that cannot be read are kept as problems, never silently replaced,
// so that --check-config can name them.
struct ServerSettings
{
    QString configFile; // empty: defaults and command line only
    QString listenAddress = QStringLiteral("127.0.0.1");
    // Proxies whose X-Forwarded-For is believed (for per-address rate limits); nginx on the
    // same machine by default.
    QStringList trustedProxies{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    int port = 8080;
    QString backend = QStringLiteral("sqlite"); // see docs/server-storage.md
    QString dataDir;
    QString databasePath; // empty: <dataDir>/server.sqlite
    QString blobDir;      // empty: <dataDir>/blobs

    qint64 maxBodyBytes = 1024 * 1024;
    int maxJsonDepth = 32;
    int requestsPerMinute = 600; // per device token (or per address for public routes)
    int requestBurst = 120;
    int maxPageLimit = 5000;
    int maxWaitSeconds = 60;
    int requestSeconds = 30; // to receive a request and start answering it, long polls
                             // given their wait on top (slow senders are cut off)
    int maxConnections = 2000;
    int shutdownGraceSeconds = 10;

    int fleetSilentMinutes = 15; // three missed heartbeats at the default interval
    int passwordIterations = 600000;
    bool accessLog = true;
    QString logLevel = QStringLiteral("info"); // and exceptions per category (see LogLevels)
    QStringList logCategories;

    // The file named by --config, or /etc/municipal-server/server.conf when it exists.
    static QString defaultConfigFile();
    // Reads the file over the defaults; unreadable values go to problems().
    static ServerSettings load(const QString &path);

    QString database() const;
    QString blobs() const;
    // Every problem in words IT staff can act on; empty when the server can start.
    QStringList problems() const;
    // The effective settings, one per line, as --check-config prints them.
    QStringList describe() const;

    QStringList readProblems;
};

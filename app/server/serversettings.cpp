#include "serversettings.h"

#include "loglevels.h"
#include "sqldatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>

namespace {

class IniReader
{
public:
    IniReader(const QSettings &ini, QStringList &problems)
        : m_ini(ini)
        , m_problems(problems)
    {}

    void integer(const char *key, int &target, int min, int max)
    {
        const QString name = QLatin1StringView(key);
        if (!m_ini.contains(name))
            return;
        bool ok = false;
        const QString text = m_ini.value(name).toString().trimmed();
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < min || value > max) {
            m_problems << QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'")
                              .arg(name)
                              .arg(min)
                              .arg(max)
                              .arg(text);
            return;
        }
        target = int(value);
    }

    void text(const char *key, QString &target)
    {
        const QString name = QLatin1StringView(key);
        if (!m_ini.contains(name))
            return;
        // QSettings reads an unquoted value with commas as a list.
        const QVariant value = m_ini.value(name);
        target = value.typeId() == QMetaType::QStringList
                     ? value.toStringList().join(QLatin1Char(','))
                     : value.toString().trimmed();
    }

    void boolean(const char *key, bool &target)
    {
        const QString name = QLatin1StringView(key);
        if (!m_ini.contains(name))
            return;
        const QString text = m_ini.value(name).toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("yes") ||
            text == QLatin1String("1"))
            target = true;
        else if (text == QLatin1String("false") || text == QLatin1String("no") ||
                 text == QLatin1String("0"))
            target = false;
        else
            m_problems << QStringLiteral("%1 must be true or false, not '%2'").arg(name, text);
    }

private:
    const QSettings &m_ini;
    QStringList &m_problems;
};

QString absoluteFrom(const QDir &base, const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(base.absoluteFilePath(path));
}

} // namespace

QString ServerSettings::defaultConfigFile()
{
    const QString system = QStringLiteral("/etc/municipal-server/server.conf");
    return QFileInfo::exists(system) ? system : QString();
}

ServerSettings ServerSettings::load(const QString &path)
{
    ServerSettings settings;
    settings.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    settings.configFile = path;
    if (path.isEmpty())
        return settings;
    if (!QFileInfo(path).isReadable()) {
        settings.readProblems << QStringLiteral("the configuration file %1 cannot be read "
                                                "(missing, or no permission)")
                                     .arg(path);
        return settings;
    }
    const QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        settings.readProblems
            << QStringLiteral("the configuration file %1 is not a valid INI file").arg(path);
        return settings;
    }
    IniReader in(ini, settings.readProblems);
    in.text("server/listen", settings.listenAddress);
    in.integer("server/port", settings.port, 0, 65535);
    QString proxies = settings.trustedProxies.join(QLatin1Char(','));
    in.text("server/trusted_proxies", proxies);
    settings.trustedProxies = proxies.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &proxy : settings.trustedProxies)
        proxy = proxy.trimmed();
    in.text("storage/backend", settings.backend);
    in.text("storage/data_dir", settings.dataDir);
    in.text("storage/database", settings.databasePath);
    in.text("storage/blob_dir", settings.blobDir);
    int bodyKib = int(settings.maxBodyBytes / 1024);
    in.integer("limits/max_body_kb", bodyKib, 1, 64 * 1024);
    settings.maxBodyBytes = qint64(bodyKib) * 1024;
    in.integer("limits/max_json_depth", settings.maxJsonDepth, 2, 512);
    in.integer("limits/requests_per_minute", settings.requestsPerMinute, 1, 1000000);
    in.integer("limits/request_burst", settings.requestBurst, 1, 1000000);
    in.integer("limits/max_page_limit", settings.maxPageLimit, 1, 50000);
    in.integer("limits/max_wait_seconds", settings.maxWaitSeconds, 0, 300);
    in.integer("limits/request_seconds", settings.requestSeconds, 1, 3600);
    in.integer("limits/max_connections", settings.maxConnections, 1, 1000000);
    in.integer("server/shutdown_grace_seconds", settings.shutdownGraceSeconds, 0, 600);
    in.integer("fleet/silent_minutes", settings.fleetSilentMinutes, 1, 60 * 24 * 365);
    in.integer("editors/password_iterations", settings.passwordIterations, 1000, 100000000);
    in.boolean("log/access_log", settings.accessLog);
    in.text("log/level", settings.logLevel);
    QString categories;
    in.text("log/categories", categories);
    for (const QString &category : categories.split(QLatin1Char(','), Qt::SkipEmptyParts))
        settings.logCategories << category.trimmed();

    // Relative paths in the file are relative to the file, not to wherever the server started.
    const QDir base = QFileInfo(path).absoluteDir();
    settings.dataDir = absoluteFrom(base, settings.dataDir);
    if (!SqlDatabase::isPostgreSqlLocation(settings.databasePath))
        settings.databasePath = absoluteFrom(base, settings.databasePath);
    settings.blobDir = absoluteFrom(base, settings.blobDir);
    return settings;
}

QString ServerSettings::database() const
{
    if (backend == QLatin1String("postgresql"))
        return databasePath;
    return databasePath.isEmpty() ? QDir(dataDir).filePath(QStringLiteral("server.sqlite"))
                                  : databasePath;
}

QString ServerSettings::blobs() const
{
    return blobDir.isEmpty() ? QDir(dataDir).filePath(QStringLiteral("blobs")) : blobDir;
}

QStringList ServerSettings::problems() const
{
    QStringList problems = readProblems;
    problems << LogLevels::parse(logLevel, logCategories).problems();
    if (QHostAddress(listenAddress).isNull())
        problems << QStringLiteral("server/listen must be an IP address such as 127.0.0.1 or "
                                   "::1, not '%1' (put nginx in front for a host name)")
                        .arg(listenAddress);
    const bool postgres = backend == QLatin1String("postgresql");
    if (backend != QLatin1String("sqlite") && !postgres)
        problems << QStringLiteral("storage/backend must be sqlite or postgresql, not '%1' "
                                   "(see docs/server-storage.md)")
                        .arg(backend);
    if (postgres && !SqlDatabase::isPostgreSqlLocation(databasePath))
        problems << QStringLiteral("with storage/backend = postgresql, storage/database must be a "
                                   "URI such as postgresql://municipal@127.0.0.1:5432/municipal");
    if (!postgres && SqlDatabase::isPostgreSqlLocation(databasePath))
        problems << QStringLiteral("storage/database is a PostgreSQL URI: set storage/backend = "
                                   "postgresql as well");
    for (const QString &proxy : trustedProxies) {
        if (QHostAddress(proxy).isNull())
            problems << QStringLiteral("server/trusted_proxies must list IP addresses separated "
                                       "by commas; '%1' is not one")
                            .arg(proxy);
    }
    if (port < 0 || port > 65535)
        problems << QStringLiteral("server/port must be from 0 to 65535");
    if (dataDir.isEmpty() && ((databasePath.isEmpty() && !postgres) || blobDir.isEmpty()))
        problems << QStringLiteral("storage/data_dir is not set");
    // The directories must exist and be writable by this user, or the server fails later, at
    // its first write, with a message about SQLite instead of about permissions.
    QStringList dirs{blobs()};
    if (!SqlDatabase::isPostgreSqlLocation(database()))
        dirs << QFileInfo(database()).absolutePath();
    for (const QString &dir : std::as_const(dirs)) {
        const QFileInfo info(dir);
        if (info.exists() && !info.isDir())
            problems << QStringLiteral("%1 is a file, not a directory").arg(dir);
        else if (info.exists() && !info.isWritable())
            problems << QStringLiteral("%1 is not writable by this user").arg(dir);
    }
    if (requestBurst > requestsPerMinute)
        problems << QStringLiteral("limits/request_burst (%1) must not exceed "
                                   "limits/requests_per_minute (%2)")
                        .arg(requestBurst)
                        .arg(requestsPerMinute);
    return problems;
}

QStringList ServerSettings::describe() const
{
    return {
        QStringLiteral("configuration file: %1")
            .arg(configFile.isEmpty() ? QStringLiteral("(none, defaults)") : configFile),
        QStringLiteral("listen: %1 port %2").arg(listenAddress).arg(port),
        QStringLiteral("database: %1 (%2)").arg(SqlDatabase::displayLocation(database()), backend),
        QStringLiteral("blobs: %1").arg(blobs()),
        QStringLiteral("max body: %1 KiB, max JSON depth: %2")
            .arg(maxBodyBytes / 1024)
            .arg(maxJsonDepth),
        QStringLiteral("rate limit: %1 requests a minute per token, bursts of %2")
            .arg(requestsPerMinute)
            .arg(requestBurst),
        QStringLiteral("feed pages: at most %1 changes; long poll: at most %2 s")
            .arg(maxPageLimit)
            .arg(maxWaitSeconds),
        QStringLiteral("a request must arrive within %1 s; at most %2 connections; "
                       "shutdown waits %3 s for requests in flight")
            .arg(requestSeconds)
            .arg(maxConnections)
            .arg(shutdownGraceSeconds),
        QStringLiteral("kiosks silent after %1 min; editor passwords: %2 PBKDF2 iterations")
            .arg(fleetSilentMinutes)
            .arg(passwordIterations),
        QStringLiteral("access log: %1; log level %2%3")
            .arg(accessLog ? QStringLiteral("on") : QStringLiteral("off"), logLevel,
                 logCategories.isEmpty()
                     ? QString()
                     : QStringLiteral(" (%1)").arg(logCategories.join(QStringLiteral(", ")))),
    };
}

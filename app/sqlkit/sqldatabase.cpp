#include "sqldatabase.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>
#include <map>
#include <sqlite3.h>

namespace {

QAtomicInteger<quint64> connectionCounter;

// version -> resource path of its script
std::map<int, QString> migrationScripts(const QString &dir)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> scripts;
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = name.match(file);
        if (match.hasMatch())
            scripts.emplace(match.captured(1).toInt(), dir + QLatin1Char('/') + file);
    }
    return scripts;
}

// Taken by every process that migrates a PostgreSQL database, so that several server processes
// started at once apply each script once. Any constant unique to this program will do.
constexpr qint64 migrationLockKey = 0x4d4b'4d49'4752'4154; // "MKMIGRAT"

} // namespace

SqlDatabase::SqlDatabase()
    : m_connectionName(QStringLiteral("mk-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

SqlDatabase::~SqlDatabase()
{
    close();
}

bool SqlDatabase::isPostgreSqlLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

QString SqlDatabase::displayLocation(const QString &location)
{
    if (!isPostgreSqlLocation(location))
        return location;
    QUrl url(location);
    if (!url.isValid())
        return QStringLiteral("(a PostgreSQL URI that cannot be read)");
    // libpq also takes a password as a query item.
    QUrlQuery query(url);
    for (const QString &secret : {QStringLiteral("password"), QStringLiteral("sslpassword")})
        query.removeAllQueryItems(secret);
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

QString SqlDatabase::migrationsFor(Engine engine, const QString &migrationsDir)
{
    return engine == Engine::PostgreSQL ? migrationsDir + QStringLiteral("/postgresql")
                                        : migrationsDir;
}

bool SqlDatabase::open(const QString &location, const QString &migrationsDir, Durability durability,
                       QString *error)
{
    close();
    m_path = location;
    m_engine = isPostgreSqlLocation(location) ? Engine::PostgreSQL : Engine::SQLite;
    const bool opened = m_engine == Engine::PostgreSQL ? openPostgreSql(location, error)
                                                       : openSqlite(location, durability, error);
    if (!opened || !migrate(migrationsFor(m_engine, migrationsDir), error)) {
        close();
        return false;
    }
    return true;
}

bool SqlDatabase::openLike(const SqlDatabase &other, QString *error)
{
    close();
    m_path = other.m_path;
    m_engine = other.m_engine;
    if (m_engine != Engine::PostgreSQL) {
        if (error)
            *error = QStringLiteral("a second connection is opened like this only on PostgreSQL");
        return false;
    }
    {
        // The same driver, host, user and libpq options.
        QSqlDatabase db = QSqlDatabase::cloneDatabase(other.connection(), m_connectionName);
        if (!db.open()) {
            if (error)
                *error = QStringLiteral("cannot open database %1: %2")
                             .arg(displayLocation(m_path), db.lastError().text());
            close();
            return false;
        }
    }
    return execScript(QStringLiteral("SET client_min_messages TO warning"), error);
}

bool SqlDatabase::openSqlite(const QString &path, Durability durability, QString *error)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error =
                    QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
            return false;
        }
    }
    // journal_size_limit: a large write (a full sync, a migration) would otherwise leave a WAL
    // file of its size behind for good.
    const QString pragmas =
        QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=%1; "
                       "PRAGMA journal_size_limit=67108864;")
            .arg(durability == Durability::Precious ? QLatin1String("FULL")
                                                    : QLatin1String("NORMAL"));
    return execScript(pragmas, error);
}

bool SqlDatabase::openPostgreSql(const QString &location, QString *error)
{
    const QUrl url(location);
    if (!url.isValid() || url.path().size() < 2) {
        if (error)
            *error = QStringLiteral("%1 is not a PostgreSQL URI such as "
                                    "postgresql://municipal@127.0.0.1:5432/municipal")
                         .arg(displayLocation(location));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = QStringLiteral("Qt's PostgreSQL driver is not installed (Debian package "
                                    "libqt6sql6-psql)");
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setDatabaseName(url.path().mid(1));
        // An empty host makes libpq use its Unix socket; a host may also name a socket folder
        // (?host=/var/run/postgresql), which libpq takes from the options below.
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        // libpq's own parameters (passfile, sslmode, host for a socket folder...) pass through,
        // after defaults they may override: without connect_timeout a dead database host would
        // hang the server's start-up, and without keepalives and a TCP timeout a host that
        // stops answering would hang every query until the kernel gives up, minutes later.
        QStringList options{
            QStringLiteral("connect_timeout=10"), QStringLiteral("keepalives_idle=30"),
            QStringLiteral("keepalives_interval=10"), QStringLiteral("keepalives_count=3"),
            QStringLiteral("tcp_user_timeout=30000")};
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : items) {
            // Qt turns ';' into the space between libpq's keywords: a value with one cannot be
            // passed. Others are quoted as libpq reads them ('...', with \' and \\).
            if (value.contains(QLatin1Char(';'))) {
                if (error)
                    *error = QStringLiteral("the value of %1 in the PostgreSQL URI may not "
                                            "contain ';'")
                                 .arg(name);
                return false;
            }
            QString quoted = value;
            quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('\''), QLatin1String("\\'"));
            options << QStringLiteral("%1='%2'").arg(name, quoted);
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            if (error)
                *error = QStringLiteral("cannot open database %1: %2")
                             .arg(displayLocation(location), db.lastError().text());
            return false;
        }
    }
    // Times are ISO 8601 text written by the program, so the session's time zone does not
    // matter; notices (e.g. "already exists, skipping") would only clutter the log.
    return execScript(QStringLiteral("SET client_min_messages TO warning"), error);
}

void SqlDatabase::close()
{
    m_prepared.clear(); // before the connection they belong to goes
    m_unprepared.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqlDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase SqlDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &SqlDatabase::prepared(const QString &sql) const
{
    if (const auto found = m_prepared.constFind(sql); found != m_prepared.cend())
        return **found;
    auto query = std::make_shared<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        // Said here: exec() of an unprepared statement reports only that it has none. Not
        // kept for next time (the database may be back); a few are held so that a reference
        // a caller still has stays valid.
        qWarning("cannot prepare a statement: %s (%s)",
                 qPrintable(query->lastError().text().trimmed()), qPrintable(sql.left(80)));
        if (m_unprepared.size() >= 8)
            m_unprepared.erase(m_unprepared.begin());
        m_unprepared.push_back(query);
        return *query;
    }
    m_prepared.insert(sql, query);
    return *query;
}

sqlite3 *SqlDatabase::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

bool SqlDatabase::execScript(const QString &sql, QString *error)
{
    if (m_engine == Engine::PostgreSQL) {
        // A query without bound values goes out as one simple query, which may hold several
        // statements.
        QSqlQuery query(connection());
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        return true;
    }
    sqlite3 *db = handle();
    if (!db) {
        if (error)
            *error = QStringLiteral("the database is not open");
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

int SqlDatabase::schemaVersion() const
{
    QSqlQuery query(connection());
    if (m_engine == Engine::PostgreSQL) {
        if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) ||
            !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) ||
            !query.next())
            return -1;
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int SqlDatabase::latestVersion(const QString &migrationsDir)
{
    const auto scripts = migrationScripts(migrationsDir);
    return scripts.empty() ? 0 : scripts.rbegin()->first;
}

bool SqlDatabase::migrate(const QString &migrationsDir, QString *error)
{
    if (m_engine == Engine::PostgreSQL)
        return migratePostgreSql(migrationsDir, error);
    const auto scripts = migrationScripts(migrationsDir);
    if (scripts.empty()) {
        if (error)
            *error = QStringLiteral("no schema scripts found in %1").arg(migrationsDir);
        return false;
    }
    const int current = schemaVersion();
    const int latest = scripts.rbegin()->first;
    if (current > latest) {
        if (error)
            *error = QStringLiteral("database %1 has schema version %2, newer than this program "
                                    "knows (%3); it was written by a newer version")
                         .arg(m_path)
                         .arg(current)
                         .arg(latest);
        return false;
    }
    for (const auto &[version, file] : scripts) {
        if (version <= current)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read schema script %1").arg(file);
            return false;
        }
        const QString sql = QStringLiteral("BEGIN IMMEDIATE;\n%1\n;PRAGMA user_version=%2;COMMIT;")
                                .arg(QString::fromUtf8(script.readAll()))
                                .arg(version);
        QString why;
        if (!execScript(sql, &why)) {
            execScript(QStringLiteral("ROLLBACK;"), nullptr);
            if (error)
                *error = QStringLiteral("schema migration %1 of %2 failed, database left at "
                                        "version %3: %4")
                             .arg(version)
                             .arg(m_path)
                             .arg(schemaVersion())
                             .arg(why);
            return false;
        }
    }
    // A migration is one transaction, as large as the file for some: nothing is written after
    // it to checkpoint its WAL, and a WAL left behind is read back whole on every later start
    // (a gigabyte, seconds). This is the only connection yet, so the copy completes.
    if (latest > current)
        execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"), nullptr);
    return true;
}

bool SqlDatabase::migratePostgreSql(const QString &migrationsDir, QString *error)
{
    const auto scripts = migrationScripts(migrationsDir);
    if (scripts.empty()) {
        if (error)
            *error = QStringLiteral("no schema scripts found in %1").arg(migrationsDir);
        return false;
    }
    // One transaction for all pending scripts, under a lock that every migrating process takes:
    // PostgreSQL's DDL is transactional, so a failure leaves the database as it was, and a second
    // server starting at the same moment waits, then finds nothing left to do.
    QString sql = QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1); "
                                 "CREATE TABLE IF NOT EXISTS schema_version (version integer "
                                 "PRIMARY KEY, applied_at text NOT NULL);")
                      .arg(migrationLockKey);
    if (!execScript(sql, error))
        return false;
    const int current = schemaVersion();
    const int latest = scripts.rbegin()->first;
    const auto fail = [this, error](const QString &why) {
        execScript(QStringLiteral("ROLLBACK"), nullptr);
        if (error)
            *error = why;
        return false;
    };
    if (current < 0)
        return fail(
            QStringLiteral("cannot read the schema version of %1").arg(displayLocation(m_path)));
    if (current > latest)
        return fail(QStringLiteral("database %1 has schema version %2, newer than this program "
                                   "knows (%3); it was written by a newer version")
                        .arg(displayLocation(m_path))
                        .arg(current)
                        .arg(latest));
    for (const auto &[version, file] : scripts) {
        if (version <= current)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read schema script %1").arg(file));
        QString why;
        if (!execScript(QString::fromUtf8(script.readAll()), &why) ||
            !execScript(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES "
                                       "(%1, to_char(now() AT TIME ZONE 'UTC', "
                                       "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))")
                            .arg(version),
                        &why))
            return fail(QStringLiteral("schema migration %1 of %2 failed, database left at "
                                       "version %3: %4")
                            .arg(version)
                            .arg(displayLocation(m_path))
                            .arg(current)
                            .arg(why));
    }
    return execScript(QStringLiteral("COMMIT"), error);
}

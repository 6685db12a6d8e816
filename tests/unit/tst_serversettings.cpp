#include "serversettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

namespace {

// While it lives, a process running as root acts as the unprivileged user nobody, for whom
// file permissions are checked (root reads and writes whatever the permissions say).
class Unprivileged final
{
public:
    Unprivileged()
    {
        if (geteuid() != 0)
            return;
        if (setresgid(kNobody, kNobody, 0) != 0 || setresuid(kNobody, kNobody, 0) != 0)
            qFatal("cannot act as an unprivileged user");
        m_dropped = true;
    }
    ~Unprivileged()
    {
        if (m_dropped && (setresuid(0, 0, 0) != 0 || setresgid(0, 0, 0) != 0))
            qFatal("cannot act as root again");
    }
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;

private:
    static constexpr uid_t kNobody = 65534;
    bool m_dropped = false;
};

} // namespace

class TestServerSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh directory per case, so that paths and files of one case do not meet another.
    QString newDir()
    {
        const QString path = m_dir.filePath(QStringLiteral("case-%1").arg(++m_files));
        if (!QDir().mkpath(path) ||
            !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther))
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    static QString write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A configuration file in a new directory whose data directory is that directory, so that
    // the storage checks look at a directory that exists and is writable.
    QString config(const QByteArray &content)
    {
        const QString dir = newDir();
        return write(QDir(dir).filePath(QStringLiteral("server.conf")),
                     "[storage]\ndata_dir=.\n" + content);
    }

    static QString problemsText(const ServerSettings &settings)
    {
        return settings.problems().join(QLatin1Char('\n'));
    }

    // A line that says this, possibly followed by more (in words or in parentheses).
    static bool hasLine(const QStringList &lines, const QString &start)
    {
        for (const QString &line : lines) {
            if (line == start || line.startsWith(start + QLatin1Char(' ')))
                return true;
        }
        return false;
    }

    static QStringList problemsNaming(const ServerSettings &settings, const QString &key)
    {
        return settings.problems().filter(key);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Others may look in (not write): the permission cases run as another user when the
        // test runs as root.
        QVERIFY(QFile::setPermissions(
            m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadOther | QFileDevice::ExeOther));
    }

    void withoutAFileEverythingHasItsDefault()
    {
        const ServerSettings settings = ServerSettings::load(QString());
        QVERIFY(settings.configFile.isEmpty());
        QVERIFY(settings.readProblems.isEmpty());
        QCOMPARE(settings.listenAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(settings.port, 8080);
        QVERIFY(!settings.dataDir.isEmpty());
        QVERIFY(settings.databasePath.isEmpty());
        QVERIFY(settings.blobDir.isEmpty());
        QCOMPARE(settings.database(),
                 QDir(settings.dataDir).filePath(QStringLiteral("server.sqlite")));
        QCOMPARE(settings.blobs(), QDir(settings.dataDir).filePath(QStringLiteral("blobs")));
        QCOMPARE(settings.maxBodyBytes, qint64(1024 * 1024));
        QCOMPARE(settings.maxJsonDepth, 32);
        QCOMPARE(settings.requestsPerMinute, 600);
        QCOMPARE(settings.requestBurst, 120);
        QCOMPARE(settings.maxPageLimit, 5000);
        QCOMPARE(settings.maxWaitSeconds, 60);
        QCOMPARE(settings.requestSeconds, 30);
        QCOMPARE(settings.maxConnections, 2000);
        QCOMPARE(settings.shutdownGraceSeconds, 10);
        QCOMPARE(settings.fleetSilentMinutes, 15);
        QCOMPARE(settings.passwordIterations, 600000);
        QVERIFY(settings.accessLog);
        QVERIFY2(settings.problems().isEmpty(), qPrintable(problemsText(settings)));
        QVERIFY(settings.describe()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("(none, defaults)")));
    }

    void readsEveryKey()
    {
        const QString dir = newDir();
        const QByteArray storage = "[storage]\n"
                                   "data_dir=" +
                                   dir.toUtf8() + "/data\ndatabase=" + dir.toUtf8() +
                                   "/db/main.sqlite\nblob_dir=" + dir.toUtf8() + "/files\n";
        const QString path = write(QDir(dir).filePath(QStringLiteral("server.conf")),
                                   storage + "[server]\n"
                                             "listen=0.0.0.0\n"
                                             "port=9191\n"
                                             "shutdown_grace_seconds=25\n"
                                             "[limits]\n"
                                             "max_body_kb=256\n"
                                             "max_json_depth=12\n"
                                             "requests_per_minute=900\n"
                                             "request_burst=90\n"
                                             "max_page_limit=700\n"
                                             "max_wait_seconds=45\n"
                                             "request_seconds=20\n"
                                             "max_connections=321\n"
                                             "[fleet]\n"
                                             "silent_minutes=75\n"
                                             "[editors]\n"
                                             "password_iterations=250000\n"
                                             "[log]\n"
                                             "access_log=false\n"
                                             "level=warning\n"
                                             "categories=server.access:info, server:debug\n");
        const ServerSettings settings = ServerSettings::load(path);
        QVERIFY2(settings.problems().isEmpty(), qPrintable(problemsText(settings)));
        QCOMPARE(settings.configFile, path);
        QCOMPARE(settings.listenAddress, QStringLiteral("0.0.0.0"));
        QCOMPARE(settings.port, 9191);
        QCOMPARE(settings.shutdownGraceSeconds, 25);
        QCOMPARE(settings.logLevel, QStringLiteral("warning"));
        QCOMPARE(settings.logCategories, QStringList({QStringLiteral("server.access:info"),
                                                      QStringLiteral("server:debug")}));
        QCOMPARE(settings.dataDir, dir + QStringLiteral("/data"));
        QCOMPARE(settings.databasePath, dir + QStringLiteral("/db/main.sqlite"));
        QCOMPARE(settings.database(), dir + QStringLiteral("/db/main.sqlite"));
        QCOMPARE(settings.blobDir, dir + QStringLiteral("/files"));
        QCOMPARE(settings.blobs(), dir + QStringLiteral("/files"));
        QCOMPARE(settings.maxBodyBytes, qint64(256 * 1024));
        QCOMPARE(settings.maxJsonDepth, 12);
        QCOMPARE(settings.requestsPerMinute, 900);
        QCOMPARE(settings.requestBurst, 90);
        QCOMPARE(settings.maxPageLimit, 700);
        QCOMPARE(settings.maxWaitSeconds, 45);
        QCOMPARE(settings.requestSeconds, 20);
        QCOMPARE(settings.maxConnections, 321);
        QCOMPARE(settings.fleetSilentMinutes, 75);
        QCOMPARE(settings.passwordIterations, 250000);
        QVERIFY(!settings.accessLog);
    }

    void acceptsTheWordsForTrueAndFalse_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("expected");
        QTest::newRow("false") << QByteArray("false") << false;
        QTest::newRow("no") << QByteArray("no") << false;
        QTest::newRow("0") << QByteArray("0") << false;
        QTest::newRow("FALSE") << QByteArray("FALSE") << false;
        QTest::newRow("true") << QByteArray("true") << true;
        QTest::newRow("yes") << QByteArray("yes") << true;
        QTest::newRow("1") << QByteArray("1") << true;
    }

    void acceptsTheWordsForTrueAndFalse()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, expected);
        const ServerSettings settings =
            ServerSettings::load(config("[log]\naccess_log=" + value + "\n"));
        QVERIFY2(settings.problems().isEmpty(), qPrintable(problemsText(settings)));
        QCOMPARE(settings.accessLog, expected);
    }

    void relativePathsAreRelativeToTheFile()
    {
        const QString dir = newDir();
        QVERIFY(QDir(dir).mkpath(QStringLiteral("etc")));
        const QString path = write(QDir(dir).filePath(QStringLiteral("etc/server.conf")),
                                   "[storage]\n"
                                   "data_dir=data\n"
                                   "database=db/../db/main.sqlite\n"
                                   "blob_dir=../files\n");
        // Wherever the server was started from.
        const QString started = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const ServerSettings settings = ServerSettings::load(path);
        QVERIFY(QDir::setCurrent(started));
        QCOMPARE(settings.dataDir, dir + QStringLiteral("/etc/data"));
        QCOMPARE(settings.database(), dir + QStringLiteral("/etc/db/main.sqlite"));
        QCOMPARE(settings.blobs(), dir + QStringLiteral("/files"));
        QVERIFY2(settings.problems().isEmpty(), qPrintable(problemsText(settings)));
    }

    void aRelativeFileNameIsResolvedToo()
    {
        const QString dir = newDir();
        write(QDir(dir).filePath(QStringLiteral("server.conf")), "[storage]\ndata_dir=data\n");
        const QString started = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir));
        const ServerSettings settings = ServerSettings::load(QStringLiteral("server.conf"));
        QVERIFY(QDir::setCurrent(started));
        QCOMPARE(settings.dataDir, dir + QStringLiteral("/data"));
        QCOMPARE(settings.database(), dir + QStringLiteral("/data/server.sqlite"));
        QCOMPARE(settings.blobs(), dir + QStringLiteral("/data/blobs"));
    }

    void theDataDirectoryGivesTheDefaultsOfTheOthers()
    {
        const QString dir = newDir();
        const QString path =
            write(QDir(dir).filePath(QStringLiteral("server.conf")), "[storage]\ndata_dir=store\n");
        const ServerSettings settings = ServerSettings::load(path);
        QVERIFY(settings.databasePath.isEmpty());
        QVERIFY(settings.blobDir.isEmpty());
        QCOMPARE(settings.database(), dir + QStringLiteral("/store/server.sqlite"));
        QCOMPARE(settings.blobs(), dir + QStringLiteral("/store/blobs"));
    }

    void badValuesAreProblemsAndKeepTheDefault_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");

        QTest::newRow("port too high")
            << QByteArray("server") << QByteArray("port") << QByteArray("70000");
        QTest::newRow("negative port")
            << QByteArray("server") << QByteArray("port") << QByteArray("-1");
        QTest::newRow("port in words")
            << QByteArray("server") << QByteArray("port") << QByteArray("abc");
        QTest::newRow("port with a fraction")
            << QByteArray("server") << QByteArray("port") << QByteArray("80.5");
        QTest::newRow("requests in words")
            << QByteArray("limits") << QByteArray("requests_per_minute") << QByteArray("abc");
        QTest::newRow("zero requests")
            << QByteArray("limits") << QByteArray("requests_per_minute") << QByteArray("0");
        QTest::newRow("json depth too low")
            << QByteArray("limits") << QByteArray("max_json_depth") << QByteArray("1");
        QTest::newRow("negative body size")
            << QByteArray("limits") << QByteArray("max_body_kb") << QByteArray("-5");
        QTest::newRow("wait too long")
            << QByteArray("limits") << QByteArray("max_wait_seconds") << QByteArray("301");
        QTest::newRow("too few iterations")
            << QByteArray("editors") << QByteArray("password_iterations") << QByteArray("999");
        QTest::newRow("a number beyond int")
            << QByteArray("limits") << QByteArray("max_connections")
            << QByteArray("99999999999999999999");
        QTest::newRow("access log maybe")
            << QByteArray("log") << QByteArray("access_log") << QByteArray("maybe");
        QTest::newRow("a level that does not exist")
            << QByteArray("log") << QByteArray("level") << QByteArray("loud");
        QTest::newRow("a category without a level")
            << QByteArray("log") << QByteArray("categories") << QByteArray("server.access");
    }

    void badValuesAreProblemsAndKeepTheDefault()
    {
        QFETCH(QByteArray, section);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        const ServerSettings settings =
            ServerSettings::load(config("[" + section + "]\n" + key + "=" + value + "\n"));
        const QString name = QString::fromLatin1(section + "/" + key);
        const QStringList named = problemsNaming(settings, name);
        QVERIFY2(named.size() == 1, qPrintable(problemsText(settings)));
        QVERIFY2(named.first().contains(QString::fromLatin1(value)), qPrintable(named.first()));
        QCOMPARE(settings.problems().size(), 1);

        const ServerSettings defaults;
        QCOMPARE(settings.port, defaults.port);
        QCOMPARE(settings.requestsPerMinute, defaults.requestsPerMinute);
        QCOMPARE(settings.maxJsonDepth, defaults.maxJsonDepth);
        QCOMPARE(settings.maxBodyBytes, defaults.maxBodyBytes);
        QCOMPARE(settings.maxWaitSeconds, defaults.maxWaitSeconds);
        QCOMPARE(settings.passwordIterations, defaults.passwordIterations);
        QCOMPARE(settings.maxConnections, defaults.maxConnections);
        QCOMPARE(settings.accessLog, defaults.accessLog);
    }

    void everyBadValueIsReported()
    {
        const ServerSettings settings = ServerSettings::load(config("[server]\nport=70000\n"
                                                                    "[limits]\n"
                                                                    "max_page_limit=lots\n"
                                                                    "request_seconds=0\n"
                                                                    "[log]\naccess_log=maybe\n"));
        const QStringList problems = settings.problems();
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problemsNaming(settings, QStringLiteral("server/port")).size(), 1);
        QCOMPARE(problemsNaming(settings, QStringLiteral("limits/max_page_limit")).size(), 1);
        QCOMPARE(problemsNaming(settings, QStringLiteral("limits/request_seconds")).size(), 1);
        QCOMPARE(problemsNaming(settings, QStringLiteral("log/access_log")).size(), 1);
        // The good values beside them are still read.
        QCOMPARE(settings.dataDir, QFileInfo(settings.configFile).absolutePath());
    }

    void aMissingFileIsAProblem()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere/server.conf"));
        const ServerSettings settings = ServerSettings::load(path);
        QCOMPARE(settings.configFile, path);
        QCOMPARE(settings.readProblems.size(), 1);
        QVERIFY(settings.problems().first().contains(path));
        QCOMPARE(settings.port, 8080);
        QCOMPARE(settings.listenAddress, QStringLiteral("127.0.0.1"));
    }

    void anUnreadableFileIsAProblem()
    {
        const QString path = config("[server]\nport=9000\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        ServerSettings settings;
        {
            const Unprivileged user;
            QVERIFY(!QFile(path).open(QIODevice::ReadOnly));
            settings = ServerSettings::load(path);
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(settings.readProblems.size(), 1);
        QVERIFY(settings.problems().first().contains(path));
        QCOMPARE(settings.port, 8080);
        // Readable again, the same file is read.
        QCOMPARE(ServerSettings::load(path).port, 9000);
    }

    void theListenAddressMustBeAnAddress_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<bool>("good");
        QTest::newRow("loopback") << QByteArray("127.0.0.1") << true;
        QTest::newRow("any") << QByteArray("0.0.0.0") << true;
        QTest::newRow("ipv6 loopback") << QByteArray("::1") << true;
        QTest::newRow("host name") << QByteArray("kiosco.riohondo.example") << false;
        QTest::newRow("localhost") << QByteArray("localhost") << false;
        QTest::newRow("address and port") << QByteArray("127.0.0.1:8080") << false;
        QTest::newRow("empty") << QByteArray("") << false;
    }

    void theListenAddressMustBeAnAddress()
    {
        QFETCH(QByteArray, address);
        QFETCH(bool, good);
        const ServerSettings settings =
            ServerSettings::load(config("[server]\nlisten=" + address + "\n"));
        QCOMPARE(settings.listenAddress, QString::fromLatin1(address));
        const QStringList named = problemsNaming(settings, QStringLiteral("server/listen"));
        QCOMPARE(named.size(), good ? 0 : 1);
        QCOMPARE(settings.problems().size(), good ? 0 : 1);
        if (!good)
            QVERIFY2(named.first().contains(QString::fromLatin1(address)),
                     qPrintable(named.first()));
    }

    void aBurstAboveTheRateIsAProblem()
    {
        const ServerSettings over =
            ServerSettings::load(config("[limits]\nrequests_per_minute=50\nrequest_burst=100\n"));
        QCOMPARE(over.requestBurst, 100);
        const QStringList named = problemsNaming(over, QStringLiteral("limits/request_burst"));
        QCOMPARE(named.size(), 1);
        QVERIFY(named.first().contains(QStringLiteral("limits/requests_per_minute")));
        QCOMPARE(over.problems().size(), 1);

        const ServerSettings equal =
            ServerSettings::load(config("[limits]\nrequests_per_minute=50\nrequest_burst=50\n"));
        QVERIFY2(equal.problems().isEmpty(), qPrintable(problemsText(equal)));

        // The default burst (120) against a lower rate from the file.
        const ServerSettings lowRate =
            ServerSettings::load(config("[limits]\nrequests_per_minute=60\n"));
        QCOMPARE(problemsNaming(lowRate, QStringLiteral("limits/request_burst")).size(), 1);
    }

    void postgreSqlTakesAUriKeptAsWritten()
    {
        const QString dir = newDir();
        const QString path =
            write(QDir(dir).filePath(QStringLiteral("server.conf")),
                  "[storage]\nbackend=postgresql\ndata_dir=data\n"
                  "database=postgresql://municipal:secreto@db.provincia.example:5433/municipal"
                  "?sslmode=verify-full\n");
        const ServerSettings settings = ServerSettings::load(path);
        QVERIFY2(settings.problems().isEmpty(), qPrintable(problemsText(settings)));
        // Not a path: nothing is made absolute, and no directory is checked for it.
        QCOMPARE(settings.database(),
                 QStringLiteral("postgresql://municipal:secreto@db.provincia.example:5433/"
                                "municipal?sslmode=verify-full"));
        QCOMPARE(settings.blobs(), dir + QStringLiteral("/data/blobs"));
        // --check-config prints the settings: never the password.
        const QString described = settings.describe().join(QLatin1Char('\n'));
        QVERIFY2(described.contains(QStringLiteral("municipal@db.provincia.example:5433")),
                 qPrintable(described));
        QVERIFY2(!described.contains(QStringLiteral("secreto")), qPrintable(described));

        // libpq takes a password as a query item too: hidden as well.
        const QString second = write(QDir(dir).filePath(QStringLiteral("second.conf")),
                                     "[storage]\nbackend=postgresql\ndata_dir=data\n"
                                     "database=postgresql://municipal@127.0.0.1/municipal"
                                     "?password=otrosecreto&sslmode=require\n");
        const QString secondDescribed =
            ServerSettings::load(second).describe().join(QLatin1Char('\n'));
        QVERIFY2(secondDescribed.contains(QStringLiteral("sslmode=require")),
                 qPrintable(secondDescribed));
        QVERIFY2(!secondDescribed.contains(QStringLiteral("otrosecreto")),
                 qPrintable(secondDescribed));
    }

    void theBackendAndTheDatabaseMustAgree_data()
    {
        QTest::addColumn<QByteArray>("storage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("postgresql without a URI")
            << QByteArray("backend=postgresql\ndata_dir=data\n") << QStringLiteral("must be a URI");
        QTest::newRow("postgresql with a file")
            << QByteArray("backend=postgresql\ndata_dir=data\ndatabase=server.sqlite\n")
            << QStringLiteral("must be a URI");
        QTest::newRow("a URI without the backend")
            << QByteArray("data_dir=data\ndatabase=postgresql://m@127.0.0.1/m\n")
            << QStringLiteral("storage/backend = postgresql as well");
        QTest::newRow("an unknown backend")
            << QByteArray("backend=oracle\ndata_dir=data\n")
            << QStringLiteral("must be sqlite or postgresql, not 'oracle'");
    }

    void theBackendAndTheDatabaseMustAgree()
    {
        QFETCH(QByteArray, storage);
        QFETCH(QString, problem);
        const QString path =
            write(QDir(newDir()).filePath(QStringLiteral("server.conf")), "[storage]\n" + storage);
        const QStringList problems = ServerSettings::load(path).problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }

    void aDataDirectoryThatIsAFileIsAProblem()
    {
        const QString dir = newDir();
        const QString file = write(QDir(dir).filePath(QStringLiteral("data")), "not a directory");
        const QString path =
            write(QDir(dir).filePath(QStringLiteral("server.conf")), "[storage]\ndata_dir=data\n");
        const ServerSettings settings = ServerSettings::load(path);
        const QStringList named = problemsNaming(settings, file);
        QVERIFY2(named.size() == 1, qPrintable(problemsText(settings)));
        QVERIFY(named.first().contains(QStringLiteral("is a file")));

        // The blob directory alone being a file is found as well.
        const QString blobs = write(QDir(dir).filePath(QStringLiteral("blobs")), "a file");
        const QString second = write(QDir(dir).filePath(QStringLiteral("second.conf")),
                                     "[storage]\ndata_dir=.\nblob_dir=blobs\n");
        const ServerSettings blobSettings = ServerSettings::load(second);
        QCOMPARE(problemsNaming(blobSettings, blobs).size(), 1);
        QCOMPARE(blobSettings.problems().size(), 1);
    }

    void aDataDirectoryThatIsNotWritableIsAProblem()
    {
        const QString dir = newDir();
        const QString data = QDir(dir).filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        const QString path =
            write(QDir(dir).filePath(QStringLiteral("server.conf")), "[storage]\ndata_dir=data\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ReadOther | QFileDevice::ExeOther));
        ServerSettings settings;
        QStringList problems;
        {
            const Unprivileged user;
            QVERIFY(!QFileInfo(data).isWritable());
            settings = ServerSettings::load(path);
            problems = settings.problems();
        }
        QVERIFY(QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner));
        QVERIFY(settings.readProblems.isEmpty());
        // The database directory and the blob directory's parent are both the data directory;
        // the blob directory does not exist yet.
        const QStringList named = problems.filter(data);
        QVERIFY2(named.size() == 1, qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(named.first().contains(QStringLiteral("not writable")));
        // Writable again, no problem.
        QVERIFY2(ServerSettings::load(path).problems().isEmpty(),
                 qPrintable(problemsText(ServerSettings::load(path))));
    }

    void aDataDirectoryNotCreatedYetIsFine()
    {
        const QString dir = newDir();
        const ServerSettings settings = ServerSettings::load(write(
            QDir(dir).filePath(QStringLiteral("server.conf")), "[storage]\ndata_dir=later\n"));
        QVERIFY2(settings.problems().isEmpty(), qPrintable(problemsText(settings)));
    }

    void anEmptyDataDirectoryIsAProblem()
    {
        const QString dir = newDir();
        const ServerSettings settings = ServerSettings::load(
            write(QDir(dir).filePath(QStringLiteral("server.conf")), "[storage]\ndata_dir=\n"));
        QVERIFY(settings.dataDir.isEmpty());
        QCOMPARE(problemsNaming(settings, QStringLiteral("storage/data_dir")).size(), 1);

        // Not needed when both the database and the blob directory are named.
        const ServerSettings named = ServerSettings::load(
            write(QDir(dir).filePath(QStringLiteral("named.conf")),
                  "[storage]\ndata_dir=\ndatabase=db.sqlite\nblob_dir=blobs\n"));
        QVERIFY2(named.problems().isEmpty(), qPrintable(problemsText(named)));
        QCOMPARE(named.database(), dir + QStringLiteral("/db.sqlite"));
    }

    void describeNamesTheEffectiveSettings()
    {
        const QString dir = newDir();
        const QString database = dir + QStringLiteral("/db/kiosks.sqlite");
        const QString path = write(QDir(dir).filePath(QStringLiteral("server.conf")),
                                   "[server]\nport=9444\n"
                                   "[storage]\ndata_dir=.\ndatabase=db/kiosks.sqlite\n"
                                   "[editors]\npassword_iterations=123456\n"
                                   "[log]\naccess_log=no\n");
        const ServerSettings settings = ServerSettings::load(path);
        const QStringList lines = settings.describe();
        const QString text = lines.join(QLatin1Char('\n'));
        QVERIFY2(hasLine(lines, QStringLiteral("database: %1").arg(database)), qPrintable(text));
        QVERIFY2(hasLine(lines, QStringLiteral("blobs: %1/blobs").arg(dir)), qPrintable(text));
        QVERIFY2(hasLine(lines, QStringLiteral("configuration file: %1").arg(path)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("port 9444")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("123456 PBKDF2 iterations")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("access log: off")), qPrintable(text));

        // Without a database key, the default one in the data directory.
        const ServerSettings defaults = ServerSettings::load(QString());
        QVERIFY(
            hasLine(defaults.describe(),
                    QStringLiteral("database: %1")
                        .arg(QDir(defaults.dataDir).filePath(QStringLiteral("server.sqlite")))));
    }
};

QTEST_GUILESS_MAIN(TestServerSettings)
#include "tst_serversettings.moc"

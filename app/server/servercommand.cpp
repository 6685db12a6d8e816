#include "servercommand.h"

#include "accountbook.h"
#include "apiserver.h"
#include "blobdirectory.h"
#include "databasewatch.h"
#include "demoloader.h"
#include "devicetokens.h"
#include "loglevels.h"
#include "passwordprompt.h"
#include "serverstore.h"
#include "servicenotifier.h"
#include "shutdownsignals.h"
#include "sqldatabase.h"
#include "storemigration.h"
#include "submissionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString defaultDemoDir()
{
    const QString fromSource = QStringLiteral(MK_SOURCE_DEMO_DIR);
    if (!fromSource.isEmpty() && QDir(fromSource).exists())
        return fromSource;
    return QStringLiteral("/usr/share/municipal-server/demo");
}

bool publishDemo(ServerStore &store, const QString &demoDir, const BlobDirectory &blobs)
{
    QList<ServerStore::Publication> items;
    QString error;
    if (!DemoLoader(demoDir).load(&items, &error, &blobs) || !store.publish(items, &error)) {
        err() << "Cannot load the demo content from " << demoDir << ": " << error << Qt::endl;
        return false;
    }
    err() << "Loaded " << items.size() << " demo items from " << demoDir << Qt::endl;
    return true;
}

} // namespace

int ServerCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Central server for municipal kiosks.\n\n"
            "Commands for IT staff:\n"
            "  serve                 run the HTTP server (loads the demo content into an empty\n"
            "                        store unless --no-demo)\n"
            "  token issue NAME      issue a device token (a kiosk, or an Open311 client's\n"
            "                        api_key) and print it\n"
            "  token list            list devices and whether their token is active\n"
            "  token revoke NAME     revoke a device's token\n"
            "  editor add|reset NAME       create an editor account, or set a new password\n"
            "  editor disable|enable NAME  stop or allow an editor's access\n"
            "  editor list           list editor accounts\n"
            "  load-demo             publish the demo municipality's content\n"
            "  blob add FILE         store an image or PDF and print its SHA-256, for items to\n"
            "                        refer to in their \"image\" or \"pdf\" field\n"
            "  compact [--days N]    forget withdrawals older than N days (default 30); kiosks\n"
            "                        that have not synced since then rebuild their cache\n"
            "  store migrate --from FILE\n"
            "                        copy the SQLite store FILE into the empty PostgreSQL\n"
            "                        database of storage/database (backend postgresql), check\n"
            "                        every table, keep the copy only if all match; stop the\n"
            "                        server first (docs/server-storage.md)\n\n") +
        AdminCommand::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(
        QStringLiteral("config"),
        QStringLiteral("The configuration file (default /etc/municipal-server/server.conf "
                       "when it exists)."),
        QStringLiteral("file"));
    const QCommandLineOption checkConfigOption(
        QStringLiteral("check-config"),
        QStringLiteral("Check the configuration and the store, explain any problem, and exit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Directory of the server's database and "
                                                    "blobs (overrides storage/data_dir)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The database file, or a PostgreSQL "
                                                     "URI (overrides storage/database)."),
                                      QStringLiteral("file"));
    const QCommandLineOption blobDirOption(QStringLiteral("blob-dir"),
                                           QStringLiteral("Directory of images and PDFs "
                                                          "(overrides storage/blob_dir)."),
                                           QStringLiteral("dir"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                    QStringLiteral("address"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on; 0 picks a free one."),
                                  QStringLiteral("port"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Directory of the demo content."),
                                  QStringLiteral("dir"), defaultDemoDir());
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    QStringLiteral("Start with an empty store."));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QStringLiteral("For compact: keep withdrawals this many days."),
                                  QStringLiteral("days"), QStringLiteral("30"));
    const QCommandLineOption editorName(
        QStringLiteral("editor"),
        QStringLiteral("For admin: your editor account (default $MUNICIPAL_EDITOR)."),
        QStringLiteral("name"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  QStringLiteral("For admin: a public note or a reason."),
                                  QStringLiteral("text"));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  QStringLiteral("For admin status: waiting time in minutes, "
                                                 "or none."),
                                  QStringLiteral("minutes"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      QStringLiteral("For imports: the category of imported "
                                                     "items that name none."),
                                      QStringLiteral("category"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 QStringLiteral("For admin legal: the PDF of the text."),
                                 QStringLiteral("file"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  QStringLiteral("For admin legal: the text, when the PDF has "
                                                 "none or pdftotext is not installed."),
                                  QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("For admin fleet: print JSON."));
    const QCommandLineOption silent(QStringLiteral("silent-minutes"),
                                    QStringLiteral("For admin fleet: flag kiosks silent this "
                                                   "long (default fleet/silent_minutes)."),
                                    QStringLiteral("minutes"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("For admin audit: how many entries."),
                                   QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("For store migrate: the SQLite store to move "
                                                 "(e.g. /var/lib/municipal-server/server.sqlite)."),
                                  QStringLiteral("file"));
    parser.addOptions({config, checkConfigOption, dataDir, database, blobDirOption, listen, port,
                       demo, noDemo, days, editorName, note, wait, category, pdf, text, json,
                       silent, limit});
    parser.addOption(from);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve, token, editor, admin, load-demo, blob, "
                                                "compact, store"));
    parser.process(arguments);

    m_settings = ServerSettings::load(parser.isSet(config) ? parser.value(config)
                                                           : ServerSettings::defaultConfigFile());
    LogLevels::parse(m_settings.logLevel, m_settings.logCategories).apply();
    if (parser.isSet(dataDir))
        m_settings.dataDir = QFileInfo(parser.value(dataDir)).absoluteFilePath();
    if (parser.isSet(database)) {
        const QString value = parser.value(database);
        m_settings.databasePath =
            SqlDatabase::isPostgreSqlLocation(value) ? value : QFileInfo(value).absoluteFilePath();
    }
    if (parser.isSet(blobDirOption))
        m_settings.blobDir = QFileInfo(parser.value(blobDirOption)).absoluteFilePath();
    if (parser.isSet(listen))
        m_settings.listenAddress = parser.value(listen);
    if (parser.isSet(port)) {
        bool portOk = false;
        m_settings.port = parser.value(port).toInt(&portOk);
        if (!portOk || m_settings.port < 0 || m_settings.port > 65535) {
            err() << "--port must be a number from 0 to 65535" << Qt::endl;
            return 2;
        }
    }
    m_demoDir = parser.isSet(noDemo) ? QString() : parser.value(demo);
    bool daysOk = false;
    m_days = parser.value(days).toInt(&daysOk);
    if (!daysOk || m_days < 0) {
        err() << "--days must be a whole number of days, 0 or more" << Qt::endl;
        return 2;
    }
    m_editor = parser.isSet(editorName) ? parser.value(editorName)
                                        : qEnvironmentVariable("MUNICIPAL_EDITOR");
    if (parser.isSet(note))
        m_adminOptions.note = parser.value(note);
    if (parser.isSet(wait))
        m_adminOptions.wait = parser.value(wait);
    m_adminOptions.category = parser.value(category);
    m_adminOptions.pdf = parser.value(pdf);
    m_adminOptions.text = parser.value(text);
    m_adminOptions.json = parser.isSet(json);
    m_adminOptions.silentMinutes = m_settings.fleetSilentMinutes;
    bool numberOk = true;
    if (parser.isSet(silent))
        m_adminOptions.silentMinutes = parser.value(silent).toInt(&numberOk);
    if (!numberOk || m_adminOptions.silentMinutes < 1) {
        err() << "--silent-minutes must be a whole number of minutes, 1 or more" << Qt::endl;
        return 2;
    }
    m_adminOptions.limit = parser.value(limit).toInt(&numberOk);
    if (!numberOk || m_adminOptions.limit < 1) {
        err() << "--limit must be a whole number, 1 or more" << Qt::endl;
        return 2;
    }

    if (parser.isSet(checkConfigOption))
        return checkConfig();

    const QStringList words = parser.positionalArguments();
    const QString command = words.value(0, QStringLiteral("serve"));
    if (command == QLatin1String("serve"))
        return serve();
    if (command == QLatin1String("token"))
        return token(words.mid(1));
    if (command == QLatin1String("editor"))
        return editor(words.mid(1));
    if (command == QLatin1String("admin"))
        return admin(words.mid(1));
    // The older spelling of `admin submission`, kept for scripts written against it.
    if (command == QLatin1String("submission") && words.value(1) == QLatin1String("status") &&
        words.size() == 4)
        return admin({QStringLiteral("submission"), words.at(2), words.at(3)});
    if (command == QLatin1String("load-demo"))
        return loadDemo();
    if (command == QLatin1String("compact"))
        return compact();
    if (command == QLatin1String("blob") && words.value(1) == QLatin1String("add") &&
        words.size() == 3)
        return addBlob(words.at(2));
    if (command == QLatin1String("store")) {
        if (words.value(1) == QLatin1String("migrate") && words.size() == 2)
            return migrateStore(parser.value(from));
        err() << "Usage: store migrate --from FILE" << Qt::endl;
        return 2;
    }
    err() << "Unknown command '" << command << "'. See --help." << Qt::endl;
    return 2;
}

bool ServerCommand::openStore(ServerStore &store)
{
    const QString path = m_settings.database();
    const QString dir = QFileInfo(path).absolutePath();
    if (!SqlDatabase::isPostgreSqlLocation(path) && !QDir().mkpath(dir)) {
        err() << "Cannot create the directory " << dir << " for the database" << Qt::endl;
        return false;
    }
    QString error;
    if (!store.open(path, &error)) {
        err() << "Cannot open the server store: " << error << Qt::endl;
        return false;
    }
    return true;
}

int ServerCommand::checkConfig()
{
    const QStringList lines = m_settings.describe();
    for (const QString &line : lines)
        out() << line << Qt::endl;
    QStringList problems = m_settings.problems();
    if (problems.isEmpty()) {
        // Opening the store runs pending schema migrations: worth knowing before a restart.
        ServerStore store;
        QString error;
        if (!SqlDatabase::isPostgreSqlLocation(m_settings.database()) &&
            !QFileInfo::exists(m_settings.database()))
            out() << "the database does not exist yet; `serve` creates it" << Qt::endl;
        else if (!store.open(m_settings.database(), &error))
            problems << QStringLiteral("the database cannot be opened: %1").arg(error);
        else
            out() << "database schema version " << store.database().schemaVersion() << ", "
                  << store.itemCount() << " published items" << Qt::endl;
    }
    for (const QString &problem : std::as_const(problems))
        err() << "problem: " << problem << Qt::endl;
    out() << (problems.isEmpty() ? "configuration ok" : "configuration has problems") << Qt::endl;
    return problems.isEmpty() ? 0 : 1;
}

int ServerCommand::serve()
{
    const QStringList problems = m_settings.problems();
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            err() << "Configuration problem: " << problem << Qt::endl;
        return 2;
    }
    ServerStore store;
    if (!openStore(store))
        return 1;
    if (store.latestSeq() == 0 && !m_demoDir.isEmpty() &&
        !publishDemo(store, m_demoDir, BlobDirectory(m_settings.blobs())))
        return 1;
    DeviceTokens tokens(store.database());
    const BlobDirectory blobs(m_settings.blobs());
    SubmissionStore submissions(store);
    ApiServer server(store, tokens, blobs, submissions, m_settings);
    const QHostAddress address(m_settings.listenAddress);
    const quint16 bound = server.listen(address, quint16(m_settings.port));
    if (bound == 0) {
        err() << "Cannot listen on " << m_settings.listenAddress << ":" << m_settings.port
              << " (in use, or not allowed)" << Qt::endl;
        return 1;
    }
    // Scripts and tests read this line to learn the port when they asked for port 0.
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_settings.listenAddress)
                             : m_settings.listenAddress;
    out() << "listening on http://" << host << ":" << bound << Qt::endl;
    ServiceNotifier systemd;
    systemd.ready(QStringLiteral("listening on %1:%2").arg(host).arg(bound));
    ShutdownSignals stopSignals;
    QObject::connect(&stopSignals, &ShutdownSignals::requested, &server,
                     [&server, &systemd, this](int number) {
                         err() << "Signal " << number << ": stopping" << Qt::endl;
                         systemd.stopping(QStringLiteral("finishing requests in flight"));
                         server.shutdown(std::chrono::seconds(m_settings.shutdownGraceSeconds));
                     });
    QObject::connect(&server, &ApiServer::stopped, qApp, [](bool clean) {
        err() << (clean ? "Stopped cleanly" : "Stopped with requests unfinished") << Qt::endl;
        QCoreApplication::exit(0);
    });
    DatabaseWatch watch(store.database());
    QObject::connect(&watch, &DatabaseWatch::lost, qApp, [&systemd](const QString &why) {
        err() << "Lost the connection to PostgreSQL (" << why
              << "); exiting so that systemd starts the server again on a new connection"
              << Qt::endl;
        systemd.stopping(QStringLiteral("lost the database connection"));
        QCoreApplication::exit(1);
    });
    return QCoreApplication::exec();
}

int ServerCommand::token(const QStringList &words)
{
    ServerStore store;
    if (!openStore(store))
        return 1;
    DeviceTokens tokens(store.database());
    const QString action = words.value(0);
    QString error;
    if (action == QLatin1String("issue") && words.size() == 2) {
        const QByteArray token = tokens.issue(words.at(1), &error);
        if (token.isEmpty()) {
            err() << error << Qt::endl;
            return 1;
        }
        out() << token << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("revoke") && words.size() == 2) {
        if (!tokens.revoke(words.at(1), &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (action == QLatin1String("list") && words.size() == 1) {
        const auto devices = tokens.list();
        for (const auto &device : devices) {
            out() << device.name << '\t'
                  << (device.revokedAt.isValid() ? QStringLiteral("revoked")
                                                 : QStringLiteral("active"))
                  << '\t' << device.createdAt.toString(Qt::ISODate) << Qt::endl;
        }
        return 0;
    }
    err() << "Usage: token issue NAME | token list | token revoke NAME" << Qt::endl;
    return 2;
}

int ServerCommand::editor(const QStringList &words)
{
    ServerStore store;
    if (!openStore(store))
        return 1;
    AccountBook accounts(store.database(), QStringLiteral("editors"),
                         m_settings.passwordIterations);
    const QString action = words.value(0);
    const QString name = words.value(1);
    QString error;
    if ((action == QLatin1String("add") || action == QLatin1String("reset")) && words.size() == 2) {
        const QString password = PasswordPrompt::readNew("MUNICIPAL_EDITOR_PASSWORD", name);
        if (password.isEmpty()) {
            err() << "The two passwords differ, or none was given." << Qt::endl;
            return 1;
        }
        const bool done = action == QLatin1String("add")
                              ? accounts.add(name, password, &error)
                              : accounts.resetPassword(name, password, &error);
        if (!done) {
            err() << error << Qt::endl;
            return 1;
        }
        out() << (action == QLatin1String("add") ? "Added editor " : "New password for ") << name
              << Qt::endl;
        return 0;
    }
    if ((action == QLatin1String("disable") || action == QLatin1String("enable")) &&
        words.size() == 2) {
        if (!accounts.setDisabled(name, action == QLatin1String("disable"), &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        out() << name << (action == QLatin1String("disable") ? " is disabled" : " is enabled")
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("list") && words.size() == 1) {
        const auto list = accounts.list();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &account : list) {
            const QString state = account.disabledAt.isValid() ? QStringLiteral("disabled")
                                  : account.lockedUntil.isValid() && account.lockedUntil > now
                                      ? QStringLiteral("locked until %1")
                                            .arg(account.lockedUntil.toString(Qt::ISODate))
                                      : QStringLiteral("active");
            out() << account.name << '\t' << state << '\t'
                  << account.createdAt.toString(Qt::ISODate) << Qt::endl;
        }
        return 0;
    }
    err() << "Usage: editor add NAME | editor reset NAME | editor disable NAME | "
             "editor enable NAME | editor list"
          << Qt::endl;
    return 2;
}

int ServerCommand::admin(const QStringList &words)
{
    if (words.isEmpty()) {
        err() << AdminCommand::usage() << Qt::endl;
        return 2;
    }
    if (m_editor.isEmpty()) {
        err() << "Say who you are: --editor NAME (or set MUNICIPAL_EDITOR)." << Qt::endl;
        return 2;
    }
    ServerStore store;
    if (!openStore(store))
        return 1;
    const QString password = PasswordPrompt::read(
        "MUNICIPAL_EDITOR_PASSWORD", QStringLiteral("Password for %1: ").arg(m_editor));
    AccountBook accounts(store.database(), QStringLiteral("editors"),
                         m_settings.passwordIterations);
    switch (accounts.authenticate(m_editor, password, QDateTime::currentDateTimeUtc())) {
    case AccountBook::Verdict::Accepted:
        break;
    case AccountBook::Verdict::Refused:
        err() << "Wrong account name or password." << Qt::endl;
        return 3;
    case AccountBook::Verdict::Locked:
        err() << "This account is locked for " << AccountBook::kLockMinutes
              << " minutes after repeated wrong passwords." << Qt::endl;
        return 3;
    case AccountBook::Verdict::Disabled:
        err() << "This account is disabled; ask IT staff." << Qt::endl;
        return 3;
    case AccountBook::Verdict::Failed:
        err() << "The accounts could not be checked (the store is unreadable)." << Qt::endl;
        return 1;
    }
    return AdminCommand(store, m_settings, m_editor, out(), err()).run(words, m_adminOptions);
}

int ServerCommand::loadDemo()
{
    ServerStore store;
    if (!openStore(store))
        return 1;
    if (m_demoDir.isEmpty())
        m_demoDir = defaultDemoDir();
    return publishDemo(store, m_demoDir, BlobDirectory(m_settings.blobs())) ? 0 : 1;
}

int ServerCommand::compact()
{
    ServerStore store;
    if (!openStore(store))
        return 1;
    QString error;
    const int dropped = store.compact(QDateTime::currentDateTimeUtc().addDays(-m_days), &error);
    if (dropped < 0) {
        err() << "Cannot compact the change feed: " << error << Qt::endl;
        return 1;
    }
    out() << "Dropped " << dropped << " withdrawals; kiosks behind change " << store.floor()
          << " will rebuild their cache." << Qt::endl;
    return 0;
}

int ServerCommand::addBlob(const QString &file)
{
    QString error;
    const auto sha256 = BlobDirectory(m_settings.blobs()).add(file, &error);
    if (!sha256) {
        err() << error << Qt::endl;
        return 1;
    }
    out() << *sha256 << Qt::endl;
    return 0;
}

int ServerCommand::migrateStore(const QString &from)
{
    if (from.isEmpty()) {
        err() << "Say which SQLite store to move: store migrate --from "
                 "/var/lib/municipal-server/server.sqlite"
              << Qt::endl;
        return 2;
    }
    ServerStore source;
    ServerStore target;
    if (!openMigrationSource(from, source) || !openMigrationTarget(target))
        return 1;
    QString error;
    const auto report = StoreMigration(source.database(), target.database()).run(&error);
    if (!report) {
        err() << "Store not moved: " << error << Qt::endl;
        return 1;
    }
    for (const auto &table : report->tables)
        out() << table.table << ": " << table.rows << (table.rows == 1 ? " row" : " rows")
              << Qt::endl;
    out() << "store moved: " << report->totalRows() << " rows, checked" << Qt::endl;
    return 0;
}

bool ServerCommand::openMigrationSource(const QString &from, ServerStore &source)
{
    // SQLite makes a new store of a file that is missing or empty, and moving that would look
    // like success.
    const QFileInfo file(from);
    const QString problem = !file.exists()     ? QStringLiteral("does not exist")
                            : !file.isFile()   ? QStringLiteral("is not a file")
                            : file.size() == 0 ? QStringLiteral("is empty")
                                               : QString();
    if (!problem.isEmpty()) {
        err() << "Store not moved: " << from << " " << problem
              << ". Give --from the SQLite file the server used until now, by default "
                 "/var/lib/municipal-server/server.sqlite (or a backup copy of it)."
              << Qt::endl;
        return false;
    }
    QString error;
    if (!source.open(file.absoluteFilePath(), &error)) {
        err() << "Store not moved: cannot open the SQLite store " << file.absoluteFilePath() << ": "
              << error << Qt::endl;
        return false;
    }
    return true;
}

bool ServerCommand::openMigrationTarget(ServerStore &target)
{
    if (m_settings.backend != QLatin1String("postgresql")) {
        err() << "Store not moved: the configuration "
              << (m_settings.configFile.isEmpty() ? QStringLiteral("(none)")
                                                  : m_settings.configFile)
              << " has storage/backend = " << m_settings.backend
              << ". Set storage/backend = postgresql and storage/database = "
                 "postgresql://municipal@HOST:5432/municipal in [storage], then run the command "
                 "again."
              << Qt::endl;
        return false;
    }
    const QStringList problems = m_settings.problems();
    for (const QString &problem : problems)
        err() << "Configuration problem: " << problem << Qt::endl;
    if (!problems.isEmpty()) {
        err() << "Store not moved: correct the configuration first." << Qt::endl;
        return false;
    }
    QString error;
    if (!target.open(m_settings.database(), &error)) {
        err() << "Store not moved: cannot open the PostgreSQL database "
              << SqlDatabase::displayLocation(m_settings.database()) << ": " << error
              << ". Check that it exists (createdb -O municipal --locale=C.UTF-8 -T template0 "
                 "municipal) and that storage/database names it."
              << Qt::endl;
        return false;
    }
    return true;
}

#include "servercommand.h"

#include "apiserver.h"
#include "blobdirectory.h"
#include "demoloader.h"
#include "devicetokens.h"
#include "serverstore.h"
#include "submissionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

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
    if (QDir(fromSource).exists())
        return fromSource;
    return QStringLiteral("/usr/share/municipal-server/demo");
}

bool openStore(const QString &dataDir, ServerStore &store)
{
    if (!QDir().mkpath(dataDir)) {
        err() << "Cannot create the data directory " << dataDir << Qt::endl;
        return false;
    }
    QString error;
    if (!store.open(QDir(dataDir).filePath(QStringLiteral("server.sqlite")), &error)) {
        err() << "Cannot open the server store: " << error << Qt::endl;
        return false;
    }
    return true;
}

bool publishDemo(ServerStore &store, const QString &demoDir)
{
    QList<ServerStore::Publication> items;
    QString error;
    if (!DemoLoader(demoDir).load(&items, &error) || !store.publish(items, &error)) {
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
    parser.setApplicationDescription(QStringLiteral(
        "Central server for municipal kiosks.\n\n"
        "Commands:\n"
        "  serve                 run the HTTP server (loads the demo content into an empty store)\n"
        "  token issue NAME      issue a device token for a kiosk and print it\n"
        "  token list            list kiosks and whether their token is active\n"
        "  token revoke NAME     revoke a kiosk's token\n"
        "  load-demo             publish the demo municipality's content\n"
        "  blob add FILE         store an image or PDF and print its SHA-256, for items to\n"
        "                        refer to in their \"image\" or \"pdf\" field\n"
        "  submission status REFERENCE STATUS [--note TEXT]\n"
        "                        set a submission's public status (received, in-progress,\n"
        "                        answered, closed, rejected) with an optional public note\n"
        "  compact [--days N]    forget withdrawals older than N days (default 30); kiosks\n"
        "                        that have not synced since then rebuild their cache"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("Directory of the server's database."),
        QStringLiteral("dir"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on; 0 picks a free one."),
                                  QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Directory of the demo content."),
                                  QStringLiteral("dir"), defaultDemoDir());
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    QStringLiteral("Start with an empty store."));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QStringLiteral("For compact: keep withdrawals this many days."),
                                  QStringLiteral("days"), QStringLiteral("30"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  QStringLiteral("For submission status: a public note."),
                                  QStringLiteral("text"));
    parser.addOptions({dataDir, listen, port, demo, noDemo, days, note});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve, token, load-demo"));
    parser.process(arguments);

    m_dataDir = parser.value(dataDir);
    m_listen = parser.value(listen);
    m_demoDir = parser.isSet(noDemo) ? QString() : parser.value(demo);
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        err() << "--port must be a number from 0 to 65535" << Qt::endl;
        return 2;
    }
    m_port = quint16(portValue);
    bool daysOk = false;
    m_days = parser.value(days).toInt(&daysOk);
    if (!daysOk || m_days < 0) {
        err() << "--days must be a whole number of days, 0 or more" << Qt::endl;
        return 2;
    }

    const QStringList words = parser.positionalArguments();
    const QString command = words.value(0, QStringLiteral("serve"));
    if (command == QLatin1String("serve"))
        return serve();
    if (command == QLatin1String("token"))
        return token(words.mid(1));
    if (command == QLatin1String("load-demo"))
        return loadDemo();
    if (command == QLatin1String("compact"))
        return compact();
    if (command == QLatin1String("submission") && words.value(1) == QLatin1String("status") &&
        words.size() == 4)
        return setSubmissionStatus(words.at(2), words.at(3), parser.value(note));
    if (command == QLatin1String("blob") && words.value(1) == QLatin1String("add") &&
        words.size() == 3)
        return addBlob(words.at(2));
    err() << "Unknown command '" << command << "'. See --help." << Qt::endl;
    return 2;
}

int ServerCommand::serve()
{
    ServerStore store;
    if (!openStore(m_dataDir, store))
        return 1;
    if (store.latestSeq() == 0 && !m_demoDir.isEmpty() && !publishDemo(store, m_demoDir))
        return 1;
    DeviceTokens tokens(store.database());
    const BlobDirectory blobs(blobDir());
    SubmissionStore submissions(store);
    ApiServer server(store, tokens, blobs, submissions, ChangeFeed::Limits{});
    const QHostAddress address(m_listen);
    if (address.isNull()) {
        err() << "--listen must be an IP address, not '" << m_listen << "'" << Qt::endl;
        return 2;
    }
    const quint16 bound = server.listen(address, m_port);
    if (bound == 0) {
        err() << "Cannot listen on " << m_listen << ":" << m_port << " (in use, or not allowed)"
              << Qt::endl;
        return 1;
    }
    // Scripts and tests read this line to learn the port when they asked for port 0.
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_listen)
                             : m_listen;
    out() << "listening on http://" << host << ":" << bound << Qt::endl;
    return QCoreApplication::exec();
}

int ServerCommand::token(const QStringList &words)
{
    ServerStore store;
    if (!openStore(m_dataDir, store))
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

int ServerCommand::loadDemo()
{
    ServerStore store;
    if (!openStore(m_dataDir, store))
        return 1;
    if (m_demoDir.isEmpty())
        m_demoDir = defaultDemoDir();
    return publishDemo(store, m_demoDir) ? 0 : 1;
}

int ServerCommand::compact()
{
    ServerStore store;
    if (!openStore(m_dataDir, store))
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

QString ServerCommand::blobDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("blobs"));
}

int ServerCommand::addBlob(const QString &file)
{
    QString error;
    const auto sha256 = BlobDirectory(blobDir()).add(file, &error);
    if (!sha256) {
        err() << error << Qt::endl;
        return 1;
    }
    out() << *sha256 << Qt::endl;
    return 0;
}

int ServerCommand::setSubmissionStatus(const QString &reference, const QString &status,
                                       const QString &note)
{
    ServerStore store;
    if (!openStore(m_dataDir, store))
        return 1;
    QString error;
    if (!SubmissionStore(store).setStatus(reference, status, note, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    out() << reference << " is now " << status << Qt::endl;
    return 0;
}

#include "serverprocess.h"

#include "testpaths.h"
#include "testserverdatabase.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QtTest>

ServerProcess::ServerProcess()
    : m_database(std::make_shared<TestServerDatabase>(m_dir.path()))
    , m_blobDir(QDir(m_dir.path()).filePath(QStringLiteral("blobs")))
{
    m_process.setProgram(TestPaths::serverBinary());
}

void ServerProcess::shareStoreWith(const ServerProcess &first)
{
    m_database = first.m_database;
    m_blobDir = first.m_blobDir;
    m_token = first.m_token;
}

bool ServerProcess::startSharing(const ServerProcess &first)
{
    m_manyRequests = first.m_manyRequests;
    shareStoreWith(first);
    return start();
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::runCommand(const QStringList &arguments, QByteArray *output)
{
    QProcess command;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MUNICIPAL_EDITOR"), editorName());
    environment.insert(QStringLiteral("MUNICIPAL_EDITOR_PASSWORD"), editorPassword());
    command.setProcessEnvironment(environment);
    command.start(TestPaths::serverBinary(),
                  arguments + QStringList{QStringLiteral("--config"), configPath(),
                                          QStringLiteral("--data-dir"), m_dir.path()});
    if (!command.waitForFinished(60000)) {
        qWarning() << "server command did not finish:" << arguments;
        return false;
    }
    if (output)
        *output = command.readAllStandardOutput();
    if (command.exitStatus() != QProcess::NormalExit || command.exitCode() != 0) {
        qWarning() << "server command failed:" << arguments << command.readAllStandardError();
        return false;
    }
    return true;
}

QString ServerProcess::writeKioskConfig(const QString &directory, const QString &name,
                                        const QString &dataDir, const QByteArray &extra) const
{
    const QDir dir(directory);
    const QString tokenFile = dir.filePath(name + QStringLiteral(".token"));
    QFile token(tokenFile);
    if (!token.open(QIODevice::WriteOnly) || token.write(m_token) < 0)
        return {};
    token.close();
    const QString path = dir.filePath(name + QStringLiteral(".conf"));
    QFile config(path);
    if (!config.open(QIODevice::WriteOnly))
        return {};
    config.write("[server]\nurl=" + m_baseUrl.toEncoded() + "\ntoken_file=" + tokenFile.toUtf8() +
                 "\ntimeout_seconds=20\n[storage]\ndata_dir=" + dataDir.toUtf8() + "\n" + extra);
    return path;
}

QByteArray ServerProcess::issueToken(const QString &deviceName)
{
    QByteArray output;
    if (!runCommand({QStringLiteral("token"), QStringLiteral("issue"), deviceName}, &output))
        return {};
    return output.trimmed();
}

bool ServerProcess::prepare()
{
    if (QFileInfo::exists(configPath()) && !m_token.isEmpty())
        return true;
    if (!m_dir.isValid() || m_database->location().isEmpty())
        return false;
    // Few PBKDF2 iterations: every admin command checks the password, and the count only
    // changes how long that takes.
    QFile config(configPath());
    QByteArray settings = "[editors]\npassword_iterations=1000\n[storage]\n" +
                          m_database->storageSettings() + "blob_dir=" + m_blobDir.toUtf8() + "\n";
    if (m_manyRequests)
        settings += "[limits]\nrequests_per_minute=1000000\nrequest_burst=1000000\n";
    if (!config.open(QIODevice::WriteOnly) || config.write(settings) < 0)
        return false;
    config.close();
    if (!m_token.isEmpty())
        return true; // a second process on a prepared store
    if (!runCommand({QStringLiteral("editor"), QStringLiteral("add"), editorName()}))
        return false;
    m_token = issueToken(QStringLiteral("test-kiosk"));
    return !m_token.isEmpty();
}

void ServerProcess::setServeEnvironment(const QString &name, const QString &value)
{
    QProcessEnvironment environment = m_process.processEnvironment();
    if (environment.isEmpty())
        environment = QProcessEnvironment::systemEnvironment();
    environment.insert(name, value);
    m_process.setProcessEnvironment(environment);
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    if (!prepare())
        return false;
    m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--config"),
                                       configPath(), QStringLiteral("--data-dir"), m_dir.path(),
                                       QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--demo"), TestPaths::demoDir()} +
                           extraArguments);
    m_process.setStandardErrorFile(QDir(m_dir.path()).filePath(QStringLiteral("server.log")));
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    // The server prints "listening on <url>" once it accepts connections.
    QByteArray output;
    const QDeadlineTimer deadline(60000);
    while (!output.contains('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        output += m_process.readAllStandardOutput();
    }
    const QByteArray prefix("listening on ");
    if (!output.startsWith(prefix)) {
        qWarning() << "server did not start:" << output << log();
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(output.mid(prefix.size()).trimmed()));
    return m_baseUrl.isValid();
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

int ServerProcess::stopAndExitCode()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
            return -1;
        }
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

int ServerProcess::waitForExit(int msecs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(msecs))
        return -2;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString ServerProcess::databasePath() const
{
    return m_database->location();
}

QString ServerProcess::blobDir() const
{
    return m_blobDir;
}

QString ServerProcess::log() const
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString ServerProcess::configPath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("server.conf"));
}

#include "enrollcommand.h"

#include "apioptions.h"
#include "apireply.h"
#include "configfileeditor.h"
#include "consolestreams.h"
#include "headlesscommands.h"
#include "kiosksettings.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int UsageProblem = 2;

// Files IT staff write here hold a secret (the token) or say whom to trust (the
// configuration): owner read-write, the directory's group (the kiosk's, as the package makes
// /etc/municipal-kiosk) read-only, nobody else anything. A file being replaced keeps its
// owner and group.
bool commitPrivately(QSaveFile &file, const QString &path, QString *error)
{
    struct stat existing = {};
    struct stat directory = {};
    uid_t owner = geteuid();
    gid_t group = getegid();
    if (::stat(QFile::encodeName(path).constData(), &existing) == 0)
        owner = existing.st_uid;
    // Always the directory's group, even for a file that had another: the kiosk must be able
    // to read what it is given.
    if (::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &directory) == 0)
        group = directory.st_gid;
    const int fd = file.handle();
    // Without the right group (a user who is not root enrolling for themselves) the file is
    // for its owner alone.
    const bool grouped = ::fchown(fd, owner, group) == 0;
    if (::fchmod(fd, grouped ? 0640 : 0600) != 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray readTokenArgument(const QString &word)
{
    if (word != QLatin1String("-"))
        return word.toUtf8().trimmed();
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return input.readLine(4096).trimmed();
}

} // namespace

EnrollCommand::EnrollCommand(Request request)
    : m_request(std::move(request))
{}

int EnrollCommand::run() const
{
    if (m_request.words.size() != 2) {
        out() << "Usage: municipal-kiosk --enroll SERVER-URL TOKEN [--ca-file FILE] "
                 "[--pin SHA256]...\n"
                 "TOKEN is what `municipal-server token issue NAME` printed; write - to type "
                 "it on standard input instead (it then stays out of the shell's history)."
              << Qt::endl;
        return UsageProblem;
    }
    const QUrl url(m_request.words.at(0), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        out() << "'" << m_request.words.at(0)
              << "' is not a server address: write it as https://kiosco.municipio.example"
              << Qt::endl;
        return UsageProblem;
    }
    const QByteArray token = readTokenArgument(m_request.words.at(1));
    if (token.isEmpty() || token.contains(' ') || token.contains('\t')) {
        out() << "The token is empty or has spaces: copy the one line that "
                 "`municipal-server token issue NAME` printed"
              << Qt::endl;
        return UsageProblem;
    }
    if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1") &&
        url.host() != QLatin1String("localhost") && url.host() != QLatin1String("::1"))
        out() << "Warning: " << url.toDisplayString()
              << " is not https://. The token and what citizens send would cross the network "
                 "unencrypted; use https:// (nginx in front of the server, "
                 "docs/operations.md)."
              << Qt::endl;

    // A token the server refuses is certainly wrong, and so is a server whose certificate the
    // kiosk would not trust: neither may replace a configuration that works. A server out of
    // reach says nothing about either, and a kiosk may be installed before its network is:
    // that is saved, and the kiosk keeps trying.
    const KioskSettings existing = KioskSettings::load(m_request.configPath);
    const Trust trust = trustFor(url, existing);
    const int reached = checkConnection(url, token, trust, existing);
    if (reached == HeadlessCommands::Unauthorized || reached == HeadlessCommands::TlsRefused)
        return reached;

    QString error;
    if (!writeConfig(url, trust, &error)) {
        out() << error << Qt::endl;
        return HeadlessCommands::ConfigProblem;
    }
    const KioskSettings settings = KioskSettings::load(m_request.configPath);
    if (settings.tokenFile.isEmpty() || !writeFile(settings.tokenFile, token + '\n', &error)) {
        out() << (error.isEmpty()
                      ? QStringLiteral("server/token_file is empty in %1").arg(m_request.configPath)
                      : error)
              << Qt::endl;
        return HeadlessCommands::ConfigProblem;
    }
    out() << "Wrote the server's address to " << m_request.configPath << " and the device token to "
          << settings.tokenFile << Qt::endl;
    const QStringList problems = settings.problems();
    for (const QString &problem : problems)
        out() << "Problem: " << problem << Qt::endl;
    if (!problems.isEmpty())
        return HeadlessCommands::ConfigProblem;
    if (reached == HeadlessCommands::Ok)
        out() << "Enrolled. Next: fill the cache with `runuser -u municipal-kiosk -- "
                 "municipal-kiosk --sync-once`, then start the kiosk with `systemctl enable "
                 "--now municipal-kiosk`."
              << Qt::endl;
    else
        out() << "The address and token are saved; when the network or the server is fixed, "
                 "`runuser -u municipal-kiosk -- municipal-kiosk --sync-once` checks again."
              << Qt::endl;
    return reached;
}

EnrollCommand::Trust EnrollCommand::trustFor(const QUrl &url, const KioskSettings &existing) const
{
    Trust trust;
    const bool sameServer =
        existing.serverUrl.host() == url.host() && existing.serverUrl.port(-1) == url.port(-1);
    if (!m_request.caFile.isEmpty())
        trust.caFile = QFileInfo(m_request.caFile).absoluteFilePath();
    else if (sameServer)
        trust.caFile = existing.caFile;
    trust.pinnedKeys = !m_request.pinnedKeys.isEmpty() ? m_request.pinnedKeys
                       : sameServer                    ? existing.pinnedKeys
                                                       : QStringList();
    trust.clearCaFile = trust.caFile.isEmpty() && !existing.caFile.isEmpty();
    trust.clearPins = trust.pinnedKeys.isEmpty() && !existing.pinnedKeys.isEmpty();
    return trust;
}

bool EnrollCommand::writeConfig(const QUrl &url, const Trust &trust, QString *error) const
{
    const QString path = m_request.configPath;
    QString text;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, existing.errorString());
            return false;
        }
        text = QString::fromUtf8(existing.readAll());
    } else {
        // The documented example, every key explained, as the package installs it.
        QFile example(QStringLiteral(":/config/kiosk.conf.example"));
        if (!example.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the configuration template is missing from this build");
            return false;
        }
        text = QString::fromUtf8(example.readAll());
    }
    const QDir configDir = QFileInfo(path).absoluteDir();
    ConfigFileEditor editor(text);
    editor.set(QStringLiteral("server"), QStringLiteral("url"), url.toString());
    // A new configuration keeps its token beside it (the package's /etc/municipal-kiosk).
    if (!existing.exists())
        editor.set(QStringLiteral("server"), QStringLiteral("token_file"),
                   configDir.filePath(QStringLiteral("device-token")));
    if (!m_request.caFile.isEmpty()) {
        // A copy beside the configuration: the kiosk's service cannot see home directories
        // (ProtectHome=yes), where the file given often is.
        QFile authority(trust.caFile);
        const QString copy = configDir.filePath(QStringLiteral("server-ca.pem"));
        if (!authority.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("cannot read %1: %2").arg(trust.caFile, authority.errorString());
            return false;
        }
        if (!writeFile(copy, authority.readAll(), error))
            return false;
        editor.set(QStringLiteral("server"), QStringLiteral("ca_file"), copy);
    } else if (trust.clearCaFile) {
        editor.set(QStringLiteral("server"), QStringLiteral("ca_file"), QString());
    }
    if (!trust.pinnedKeys.isEmpty() || trust.clearPins)
        editor.set(QStringLiteral("server"), QStringLiteral("pin_sha256"),
                   trust.pinnedKeys.join(QStringLiteral(", ")));
    return writeFile(path, editor.text().toUtf8(), error);
}

bool EnrollCommand::writeFile(const QString &path, const QByteArray &content, QString *error) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create the directory of %1").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return commitPrivately(file, path, error);
}

int EnrollCommand::checkConnection(const QUrl &url, const QByteArray &token, const Trust &trust,
                                   const KioskSettings &existing) const
{
    // The configuration as it will be, before anything is written.
    ApiClient::Options options = apiOptionsFor(existing);
    options.baseUrl = url;
    options.deviceToken = token;
    options.caFile = trust.caFile;
    options.pinnedKeys = trust.pinnedKeys;
    QNetworkAccessManager network;
    ApiClient api(&network, options);
    // The smallest request that needs the token: the first change of the feed.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    ApiReply reply(api.get(QStringLiteral("/api/v1/changes"), query), 1024 * 1024);
    QEventLoop loop;
    QObject::connect(&reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    switch (reply.outcome()) {
    case ApiReply::Outcome::Ok:
    case ApiReply::Outcome::NotModified:
        out() << "The server at " << url.toDisplayString()
              << " answered and accepts this kiosk's token." << Qt::endl;
        return HeadlessCommands::Ok;
    case ApiReply::Outcome::Unauthorized:
        out() << "The server answered but does not accept this token: it may be mistyped, "
                 "revoked, or issued by another server. Nothing was changed. Issue a new one "
                 "with `municipal-server token issue NAME` and enroll again."
              << Qt::endl;
        return HeadlessCommands::Unauthorized;
    default:
        if (reply.tlsRefused()) {
            out() << "The kiosk does not trust the server at " << url.toDisplayString() << ": "
                  << reply.errorText()
                  << "\nNothing was changed. Give the municipality's certificate authority "
                     "with --ca-file, or the right key with --pin (docs/operations.md)."
                  << Qt::endl;
            return HeadlessCommands::TlsRefused;
        }
        out() << "The server at " << url.toDisplayString()
              << " could not be reached or answered wrongly: " << reply.errorText() << Qt::endl;
        return HeadlessCommands::ServerProblem;
    }
}

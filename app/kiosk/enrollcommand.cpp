#include "enrollcommand.h"

#include "apioptions.h"
#include "apireply.h"
#include "configfileeditor.h"
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

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

constexpr int UsageProblem = 2;

// Files IT staff write here hold a secret (the token) or say whom to trust (the
// configuration): owner read-write, the directory's group (the kiosk's, as the package makes
// /etc/municipal-kiosk) read-only, nobody else anything. A file being replaced keeps its
// owner and group.
bool commitPrivately(QSaveFile &file, const QString &path, QString *error)
{
    struct stat existing
    {
    };
    struct stat directory
    {
    };
    uid_t owner = geteuid();
    gid_t group = getegid();
    if (::stat(QFile::encodeName(path).constData(), &existing) == 0) {
        owner = existing.st_uid;
        group = existing.st_gid;
    } else if (::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &directory) ==
               0) {
        group = directory.st_gid;
    }
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

    // A token the server refuses is certainly wrong: it must not replace one that works. A
    // server out of reach says nothing about the token, and a kiosk may be installed before
    // its network is: that is saved, and the kiosk keeps trying.
    const int reached = checkConnection(url, token);
    if (reached == HeadlessCommands::Unauthorized)
        return reached;

    QString error;
    if (!writeConfig(url, &error)) {
        out() << error << Qt::endl;
        return HeadlessCommands::ConfigProblem;
    }
    const KioskSettings settings = KioskSettings::load(m_request.configPath);
    if (settings.tokenFile.isEmpty() || !writeToken(settings.tokenFile, token, &error)) {
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
                 "`municipal-kiosk --sync-once` checks again."
              << Qt::endl;
    return reached;
}

bool EnrollCommand::writeConfig(const QUrl &url, QString *error) const
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
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = QStringLiteral("cannot create the directory of %1").arg(path);
            return false;
        }
    }
    ConfigFileEditor editor(text);
    editor.set(QStringLiteral("server"), QStringLiteral("url"), url.toString());
    // A new configuration keeps its token beside it (the package's /etc/municipal-kiosk).
    if (!existing.exists())
        editor.set(QStringLiteral("server"), QStringLiteral("token_file"),
                   QFileInfo(path).absoluteDir().filePath(QStringLiteral("device-token")));
    if (!m_request.caFile.isEmpty())
        editor.set(QStringLiteral("server"), QStringLiteral("ca_file"),
                   QFileInfo(m_request.caFile).absoluteFilePath());
    if (!m_request.pinnedKeys.isEmpty())
        editor.set(QStringLiteral("server"), QStringLiteral("pin_sha256"),
                   m_request.pinnedKeys.join(QStringLiteral(", ")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(editor.text().toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return commitPrivately(file, path, error);
}

bool EnrollCommand::writeToken(const QString &path, const QByteArray &token, QString *error) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create the directory of %1").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(token + '\n') < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return commitPrivately(file, path, error);
}

int EnrollCommand::checkConnection(const QUrl &url, const QByteArray &token) const
{
    // The configuration as it will be, before anything is written.
    ApiClient::Options options = apiOptionsFor(KioskSettings::load(m_request.configPath));
    options.baseUrl = url;
    options.deviceToken = token;
    if (!m_request.caFile.isEmpty())
        options.caFile = m_request.caFile;
    if (!m_request.pinnedKeys.isEmpty())
        options.pinnedKeys = m_request.pinnedKeys;
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
        out() << "The server at " << url.toDisplayString()
              << " could not be reached or answered wrongly: " << reply.errorText() << Qt::endl;
        return HeadlessCommands::ServerProblem;
    }
}

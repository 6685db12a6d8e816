#include "headlesscommands.h"

#include "apiclient.h"
#include "apioptions.h"
#include "blobfetcher.h"
#include "blobstore.h"
#include "clock.h"
#include "consolestreams.h"
#include "contentcache.h"
#include "outboxstore.h"
#include "outboxuploader.h"
#include "staffpin.h"
#include "syncengine.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <pwd.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {

// Starts a job and runs the event loop until it reports; a job may also report at once,
// from inside start(), without the loop ever running.
template<typename Report, typename Job, typename Signal, typename Start>
Report runToEnd(Job &job, Signal finished, Start start)
{
    QEventLoop loop;
    Report report;
    bool done = false;
    QObject::connect(&job, finished, &loop, [&](const Report &result) {
        report = result;
        done = true;
        loop.quit();
    });
    start();
    if (!done)
        loop.exec();
    return report;
}

bool openCache(const KioskSettings &settings, ContentCache &cache)
{
    QString error;
    if (!cache.open(&error)) {
        out() << "Cannot open the content cache in " << settings.dataDir << ": " << error
              << Qt::endl;
        return false;
    }
    return true;
}

// Terminal echo off for as long as it lives, so that a PIN typed over SSH is not on screen.
class SilentTerminal final
{
public:
    SilentTerminal()
        : m_active(isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &m_saved) == 0)
    {
        if (!m_active)
            return;
        termios silent = m_saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    ~SilentTerminal()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    SilentTerminal(const SilentTerminal &) = delete;
    SilentTerminal &operator=(const SilentTerminal &) = delete;

private:
    termios m_saved{};
    bool m_active;
};

void wipe(QString &text)
{
    text.fill(QLatin1Char('0'));
    text.clear();
}

} // namespace

HeadlessCommands::HeadlessCommands(KioskSettings settings)
    : m_settings(std::move(settings))
{}

bool HeadlessCommands::runByTheDataOwner(const KioskSettings &settings)
{
    struct stat data = {};
    if (settings.dataDir.isEmpty() ||
        ::stat(QFile::encodeName(settings.dataDir).constData(), &data) != 0 ||
        data.st_uid == geteuid())
        return true;
    const passwd *owner = getpwuid(data.st_uid);
    const QString name =
        owner ? QString::fromLocal8Bit(owner->pw_name) : QString::number(data.st_uid);
    out() << settings.dataDir << " belongs to the user " << name
          << ". Run this command as that user, so that what it writes stays the kiosk's: "
             "runuser -u "
          << name << " -- municipal-kiosk ..." << Qt::endl;
    return false;
}

int HeadlessCommands::checkConfig() const
{
    const QStringList problems = m_settings.problems();
    for (const QString &problem : problems)
        out() << "Problem: " << problem << Qt::endl;
    if (!problems.isEmpty())
        return ConfigProblem;
    out() << "Configuration OK: server " << m_settings.serverUrl.toDisplayString() << ", data in "
          << m_settings.dataDir << Qt::endl;
    // Not a reason to stop the kiosk, but whoever can read the token can act as this kiosk.
    if (QFile::permissions(m_settings.tokenFile) & QFile::ReadOther)
        out() << "Warning: every user of this machine can read the device token in "
              << m_settings.tokenFile << "; make it readable by the kiosk alone (chmod 640, "
              << "as --enroll writes it)" << Qt::endl;
    return Ok;
}

int HeadlessCommands::syncOnce() const
{
    if (checkConfig() != Ok)
        return ConfigProblem;
    ContentCache cache(m_settings.dataDir);
    if (!openCache(m_settings, cache))
        return ConfigProblem;
    QNetworkAccessManager network;
    ApiClient api(&network, apiOptionsFor(m_settings));
    SystemClock clock;
    SyncEngine engine(api, cache, clock, m_settings.pageLimit);
    const auto report =
        runToEnd<SyncReport>(engine, &SyncEngine::finished, [&] { engine.start(); });
    out() << report.logLine() << Qt::endl;
    if (report.resynced)
        out() << "The cache was rebuilt from the start: " << cache.path() << Qt::endl;
    if (report.ok) {
        const BlobStore blobs(m_settings.blobDir());
        BlobFetcher fetcher(api, cache.store(), blobs, m_settings.blobQuotaBytes);
        const auto blobReport = runToEnd<BlobFetcher::Report>(fetcher, &BlobFetcher::finished,
                                                              [&] { fetcher.start(); });
        out() << blobReport.logLine() << Qt::endl;
        return blobReport.missing == 0 ? Ok : BlobsMissing;
    }
    if (report.unauthorized) {
        out() << "The server does not accept this kiosk's device token. Ask for a new token "
                 "and put it in "
              << m_settings.tokenFile << Qt::endl;
        return Unauthorized;
    }
    return ServerProblem;
}

int HeadlessCommands::status() const
{
    ContentCache cache(m_settings.dataDir);
    if (!openCache(m_settings, cache))
        return ConfigProblem;
    const ContentStore &store = cache.store();
    const QDateTime last = store.lastSyncAt();
    out() << "cache: " << cache.path() << Qt::endl;
    out() << "cursor: " << store.cursor() << Qt::endl;
    out() << "last successful sync: "
          << (last.isValid() ? last.toString(Qt::ISODate) : QStringLiteral("never")) << Qt::endl;
    for (const Collection collection : allCollections())
        out() << collectionName(collection) << ": " << store.count(collection) << Qt::endl;
    out() << "rejected changes: " << store.rejectedCount() << Qt::endl;
    const BlobStore blobs(m_settings.blobDir());
    const QStringList referenced = store.referencedBlobs();
    const auto missing = std::count_if(referenced.cbegin(), referenced.cend(),
                                       [&](const QString &hash) { return !blobs.has(hash); });
    out() << "images and PDFs: " << referenced.size() - missing << " of " << referenced.size()
          << " here, " << blobs.totalBytes() / (1024 * 1024) << " MiB of "
          << m_settings.blobQuotaBytes / (1024 * 1024) << " MiB quota" << Qt::endl;

    // What the figures mean, for whoever reads them over SSH.
    QStringList findings = m_settings.problems();
    for (QString &problem : findings)
        problem.prepend(QStringLiteral("configuration: "));
    const auto quiet = std::max<qint64>(3 * m_settings.syncInterval.count(), 15 * 60);
    if (!last.isValid())
        findings << QStringLiteral("this kiosk has never synced: run --sync-once to see why");
    else if (last.secsTo(QDateTime::currentDateTimeUtc()) > quiet)
        findings << QStringLiteral("no successful sync for %1 minutes; citizens see content "
                                   "of that age. Run --sync-once to see why")
                        .arg(last.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    if (store.rejectedCount() > 0)
        findings << QStringLiteral("%1 changes from the server could not be read; the log says "
                                   "why. This kiosk probably needs updating")
                        .arg(store.rejectedCount());
    if (missing > 0)
        findings << QStringLiteral("%1 images or PDFs are not here yet; --sync-once fetches "
                                   "them and says what stops it")
                        .arg(missing);
    for (const QString &finding : std::as_const(findings))
        out() << "Warning: " << finding << Qt::endl;
    if (findings.isEmpty())
        out() << "All well." << Qt::endl;
    return Ok;
}

namespace {

bool openOutbox(const KioskSettings &settings, OutboxStore &outbox)
{
    QString error;
    if (!QDir().mkpath(settings.dataDir) || !outbox.open(settings.outboxPath(), &error)) {
        out() << "Cannot open the outbox " << settings.outboxPath() << ": " << error << Qt::endl;
        return false;
    }
    return true;
}

QString age(const QDateTime &since, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 120)
        return QStringLiteral("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return QStringLiteral("%1 h").arg(minutes / 60);
    return QStringLiteral("%1 days").arg(minutes / (24 * 60));
}

} // namespace

int HeadlessCommands::outbox() const
{
    OutboxStore store;
    if (!openOutbox(m_settings, store))
        return ConfigProblem;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const OutboxStore::Stats stats = store.stats();
    out() << "outbox: " << m_settings.outboxPath() << Qt::endl;
    out() << "pending: " << stats.pending << Qt::endl;
    out() << "oldest pending: "
          << (stats.oldestPending.isValid() ? age(stats.oldestPending, now) : QStringLiteral("-"))
          << Qt::endl;
    out() << "sent: " << stats.sent << Qt::endl;
    out() << "rejected: " << stats.rejected << Qt::endl;
    const auto pending = store.items(OutboxStore::State::Pending);
    for (const auto &item : pending) {
        const bool overdue = item.createdAt.daysTo(now) >= m_settings.outboxRetentionDays;
        out() << (overdue ? "  OVERDUE " : "  pending ") << item.receipt << ' ' << item.type << ", "
              << age(item.createdAt, now) << " old, " << item.attempts << " attempts"
              << (item.lastError.isEmpty() ? QString()
                                           : QStringLiteral(", last: ") + item.lastError)
              << Qt::endl;
    }
    // Rejected items: the server's reason, for a clerk to correct and send again.
    const auto rejected = store.items(OutboxStore::State::Rejected);
    for (const auto &item : rejected)
        out() << "  rejected " << item.receipt << ' ' << item.type << ": " << item.lastError
              << Qt::endl;
    return stats.pending > 0 ? OutboxPending : Ok;
}

int HeadlessCommands::uploadOnce() const
{
    if (checkConfig() != Ok)
        return ConfigProblem;
    OutboxStore store;
    if (!openOutbox(m_settings, store))
        return ConfigProblem;
    QNetworkAccessManager network;
    ApiClient api(&network, apiOptionsFor(m_settings));
    SystemClock clock;
    store.retryAllNow(clock.now());
    OutboxUploader uploader(api, store, clock);
    const auto report = runToEnd<OutboxUploader::Report>(uploader, &OutboxUploader::finished,
                                                         [&] { uploader.drain(); });
    out() << report.logLine() << Qt::endl;
    if (report.paused)
        return Unauthorized;
    return store.stats().pending > 0 ? OutboxPending : Ok;
}

int HeadlessCommands::hashPin()
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    QTextStream in(stdin);
    QString pin;
    {
        const SilentTerminal silent;
        if (terminal)
            err() << "Staff PIN (4 to 12 digits; it is not shown): " << Qt::flush;
        pin = in.readLine().trimmed();
        if (terminal && StaffPin::pinProblem(pin).isEmpty()) {
            err() << "The same PIN again: " << Qt::flush;
            QString again = in.readLine().trimmed();
            const bool same = again == pin;
            wipe(again);
            if (!same) {
                wipe(pin);
                err() << "The two PINs are not the same. Nothing was made; run the command "
                         "again."
                      << Qt::endl;
                return ConfigProblem;
            }
        }
    }
    if (pin.isEmpty() && in.atEnd() && !terminal) {
        err() << "No PIN was read. Give it on standard input, for example: "
                 "municipal-kiosk --hash-pin < pin.txt"
              << Qt::endl;
        return ConfigProblem;
    }
    const QString problem = StaffPin::pinProblem(pin);
    if (!problem.isEmpty()) {
        wipe(pin);
        err() << problem << " Nothing was made; choose another PIN." << Qt::endl;
        return ConfigProblem;
    }
    if (terminal)
        err() << "Making the hash (a few seconds)..." << Qt::endl;
    const QString encoded = StaffPin::hash(pin);
    wipe(pin);
    out() << "pin_hash=" << encoded << Qt::endl;
    err() << "Put the line above in the [staff] section of the kiosk's configuration file "
             "(/etc/municipal-kiosk/kiosk.conf) and restart the kiosk. The PIN itself is kept "
             "nowhere: if it is forgotten, make a new one."
          << Qt::endl;
    return Ok;
}

#include "headlesscommands.h"

#include "apiclient.h"
#include "blobfetcher.h"
#include "blobstore.h"
#include "clock.h"
#include "contentcache.h"
#include "syncengine.h"

#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
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

} // namespace

HeadlessCommands::HeadlessCommands(KioskSettings settings)
    : m_settings(std::move(settings))
{}

int HeadlessCommands::checkConfig() const
{
    const QStringList problems = m_settings.problems();
    for (const QString &problem : problems)
        out() << "Problem: " << problem << Qt::endl;
    if (!problems.isEmpty())
        return ConfigProblem;
    out() << "Configuration OK: server " << m_settings.serverUrl.toDisplayString() << ", data in "
          << m_settings.dataDir << Qt::endl;
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
    ApiClient api(&network,
                  {m_settings.serverUrl, m_settings.readToken(nullptr), m_settings.requestTimeout});
    SystemClock clock;
    SyncEngine engine(api, cache, clock, m_settings.pageLimit);
    QEventLoop loop;
    SyncReport report;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &result) {
        report = result;
        loop.quit();
    });
    engine.start();
    loop.exec();
    out() << report.logLine() << Qt::endl;
    if (report.resynced)
        out() << "The cache was rebuilt from the start: " << cache.path() << Qt::endl;
    if (report.ok) {
        const BlobStore blobs(m_settings.blobDir());
        BlobFetcher fetcher(api, cache.store(), blobs, m_settings.blobQuotaBytes);
        BlobFetcher::Report blobReport;
        QObject::connect(&fetcher, &BlobFetcher::finished, &loop,
                         [&](const BlobFetcher::Report &result) {
                             blobReport = result;
                             loop.quit();
                         });
        fetcher.start();
        if (fetcher.isRunning())
            loop.exec();
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
    return Ok;
}

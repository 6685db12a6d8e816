#include "kioskapp.h"

#include "blobstore.h"
#include "contentstore.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "outboxwriter.h"
#include "screenshottour.h"
#include "syncservice.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QScreen>

Q_LOGGING_CATEGORY(lcUi, "ui")

KioskApp::KioskApp(KioskSettings settings, bool windowed)
    : m_settings(std::move(settings))
    , m_windowed(windowed)
    , m_cache(m_settings.dataDir)
{}

KioskApp::~KioskApp()
{
    // Stop sync (and its thread) before the window and the cache it reports to go away.
    m_sync.reset();
    m_window.reset();
    m_outboxWriter.reset();
}

bool KioskApp::start(QString *error)
{
    // The cache is opened (and migrated) here first, so the sync thread only ever finds it
    // at the current schema. Generations left by an interrupted resync go first.
    m_cache.files().removeStale();
    if (!m_cache.open(error))
        return false;

    m_language = std::make_unique<LanguageSwitcher>();
    if (!m_language->setLanguage(m_settings.language))
        qCWarning(lcUi) << "no translation for" << m_settings.language << "- showing English";

    QFile theme(QStringLiteral(":/themes/default.qss"));
    if (theme.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(theme.readAll()));

    // The forms' own connection to the outbox. Without it the kiosk still shows everything;
    // the forms then say they cannot take submissions, and IT staff read why in the log.
    QString outboxError;
    if (QDir().mkpath(m_settings.dataDir) && m_outbox.open(m_settings.outboxPath(), &outboxError))
        m_outboxWriter = std::make_unique<OutboxWriter>(m_outbox, m_clock);
    else
        qCCritical(lcUi).noquote() << "cannot open the outbox; forms are off:" << outboxError;
    m_blobs = std::make_unique<BlobStore>(m_settings.blobDir());

    ViewContext context;
    context.store = &m_cache.store();
    context.cacheDb = &m_cache.database();
    context.clock = &m_clock;
    context.blobs = m_blobs.get();
    context.outbox = m_outboxWriter.get();
    context.publicBase = m_settings.publicUrl;
    m_window = std::make_unique<MainWindow>(context, m_settings.municipality, m_language.get());

    SyncWorker::Options sync;
    sync.api = {m_settings.serverUrl, m_settings.readToken(nullptr), m_settings.requestTimeout};
    sync.dataDir = m_settings.dataDir;
    sync.blobDir = m_settings.blobDir();
    sync.outboxPath = m_settings.outboxPath();
    sync.blobQuotaBytes = m_settings.blobQuotaBytes;
    sync.interval = m_settings.syncInterval;
    sync.longPollWait = m_settings.longPoll;
    sync.pageLimit = m_settings.pageLimit;
    sync.version = QStringLiteral(MK_VERSION);
    sync.heartbeatInterval = m_settings.heartbeatInterval;
    m_sync = std::make_unique<SyncService>(sync);
    connect(m_sync.get(), &SyncService::contentChanged, m_window.get(),
            &MainWindow::onContentChanged);
    connect(m_sync.get(), &SyncService::syncFinished, m_window.get(), &MainWindow::onSyncFinished);
    connect(m_sync.get(), &SyncService::blobArrived, m_window.get(), &MainWindow::onBlobArrived);
    // A receipt on screen shows the municipality's reference as soon as the upload brings it.
    connect(m_sync.get(), &SyncService::outboxChanged, m_window.get(),
            &MainWindow::onContentChanged);
    connect(m_sync.get(), &SyncService::cacheReplaced, this, &KioskApp::onCacheReplaced);
    if (m_outboxWriter)
        connect(m_outboxWriter.get(), &OutboxWriter::queued, m_sync.get(), &SyncService::uploadNow);
    connect(m_sync.get(), &SyncService::failed, this,
            [](const QString &why) { qCCritical(lcUi).noquote() << "sync cannot start:" << why; });

    if (m_windowed) {
        m_window->resize(1280, 800);
        m_window->show();
    } else {
        // Kiosk compositors (cage) and bare X servers may have no window manager to honour
        // the full-screen request, so take the whole screen explicitly as well.
        m_window->setGeometry(m_window->screen()->geometry());
        m_window->showFullScreen();
    }
    m_sync->start();
    return true;
}

void KioskApp::takeScreenshots(const QString &directory)
{
    m_tour = std::make_unique<ScreenshotTour>(*m_window, directory);
    connect(m_tour.get(), &ScreenshotTour::finished, qApp,
            [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    auto started = std::make_shared<bool>(false);
    connect(m_sync.get(), &SyncService::syncFinished, this,
            [this, started](const SyncReport &report) {
                if (*started || !report.ok)
                    return;
                *started = true;
                m_window->onContentChanged();
                m_tour->start();
            });
}

void KioskApp::onCacheReplaced()
{
    QString error;
    m_cache.followCurrent(&error);
    if (!error.isEmpty()) {
        qCCritical(lcUi).noquote() << "cannot open the rebuilt cache:" << error;
        return;
    }
    m_cache.files().removeStale(); // nobody reads the old generation any more
    m_window->onContentChanged();
}

#include "kioskapp.h"

#include "apioptions.h"
#include "blobstore.h"
#include "clerksession.h"
#include "contentstore.h"
#include "kiosklockdown.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "outboxwriter.h"
#include "screenshottour.h"
#include "syncservice.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLoggingCategory>
#include <QScreen>
#include <QTime>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUi, "ui")

KioskApp::KioskApp(KioskSettings settings, bool windowed, bool tour)
    : m_settings(std::move(settings))
    , m_windowed(windowed)
    , m_tour(tour)
    , m_cache(m_settings.dataDir)
{}

KioskApp::~KioskApp()
{
    // Stop sync (and its thread) before the window and the cache it reports to go away.
    m_sync.reset();
    m_lockdown.reset();
    if (m_clerks)
        m_clerks->logOut(QStringLiteral("closed"));
    m_window.reset();
    m_clerks.reset();
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

    ShellOptions shell;
    shell.defaultLanguage = m_settings.language;
    shell.languages = m_settings.languages;
    shell.idleReset = !m_tour;
    shell.idle.countdownAfter = m_settings.countdownAfter;
    shell.idle.countdownSteps = int(m_settings.countdown.count());
    shell.idle.attractAfter = m_settings.attractAfter;
    QFile theme(QStringLiteral(":/themes/default.qss"));
    if (theme.open(QIODevice::ReadOnly))
        shell.styleSheet = QString::fromUtf8(theme.readAll());
    shell.highContrast = m_settings.theme == QLatin1String("high-contrast");
    shell.largeText = m_settings.largeText;
    shell.onScreenKeyboard = m_settings.onScreenKeyboard;
    shell.readAloud = m_settings.readAloud;
    shell.clerks.mode = m_settings.clerkMode;
    shell.clerks.logoutAfter = m_settings.clerkLogoutAfter;
    shell.clerks.residentRequired = m_settings.residentRequired;
    shell.clerks.printer = m_settings.receiptPrinter;
    shell.staffPinHash = m_settings.staffPinHash;
    shell.staffMaxAttempts = m_settings.staffMaxAttempts;
    shell.staffLockout = m_settings.staffLockout;

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
    if (m_settings.clerkMode != QLatin1String("off")) {
        QString clerkError;
        if (m_clerkStore.open(m_settings.clerksPath(), &clerkError)) {
            m_clerks = std::make_unique<ClerkSession>(m_clerkStore, m_clock);
            context.clerks = m_clerks.get();
            if (m_clerkStore.accounts().list().isEmpty())
                qCWarning(lcUi).noquote()
                    << "clerk mode is on but there are no clerks yet: add one with "
                       "municipal-kiosk --clerk add NAME \"FULL NAME\"";
        } else {
            qCCritical(lcUi).noquote()
                << "cannot open the clerks' file; clerks cannot log in:" << clerkError;
        }
    }
    m_window =
        std::make_unique<MainWindow>(context, m_settings.municipality, m_language.get(), shell);
    m_window->setStaffStatusProvider([this] { return staffStatus(); });

    SyncWorker::Options sync;
    sync.api = apiOptionsFor(m_settings);
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
            &MainWindow::onCollectionsChanged);
    connect(m_sync.get(), &SyncService::syncFinished, m_window.get(), &MainWindow::onSyncFinished);
    connect(m_sync.get(), &SyncService::blobArrived, m_window.get(), &MainWindow::onBlobArrived);
    // A receipt on screen shows the municipality's reference as soon as the upload brings it.
    connect(m_sync.get(), &SyncService::outboxChanged, m_window.get(),
            &MainWindow::onContentChanged);
    connect(m_sync.get(), &SyncService::cacheReplaced, this, &KioskApp::onCacheReplaced);
    if (m_outboxWriter)
        connect(m_outboxWriter.get(), &OutboxWriter::queued, m_sync.get(), &SyncService::uploadNow);
    connect(m_window.get(), &MainWindow::syncNowRequested, m_sync.get(), &SyncService::syncNow);
    connect(m_window.get(), &MainWindow::exitRequested, this, [this] {
        qCInfo(lcUi) << "closed from the staff menu";
        if (m_lockdown)
            m_lockdown->allowExit();
        QCoreApplication::quit();
    });
    connect(m_sync.get(), &SyncService::failed, this,
            [](const QString &why) { qCCritical(lcUi).noquote() << "sync cannot start:" << why; });

    if (m_windowed) {
        m_window->resize(1280, 800);
        m_window->show();
    } else {
        // Nothing a citizen does may leave the kiosk: no frame to close, no menus, and the
        // window stays above anything else a bare X server might show.
        m_lockdown = std::make_unique<KioskLockdown>(m_window.get());
        m_lockdown->engage();
        m_window->setWindowFlags(Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        // Kiosk compositors (cage) and bare X servers may have no window manager to honour
        // the full-screen request, so take the whole screen explicitly as well.
        m_window->setGeometry(m_window->screen()->geometry());
        m_window->showFullScreen();
    }
    // Ready once the first frame is painted (see eventFilter); systemd's start timeout covers
    // the time before, and its watchdog the event loop after.
    m_window->installEventFilter(this);
    connect(m_sync.get(), &SyncService::syncFinished, this, [this](const SyncReport &report) {
        m_systemd.status(report.ok ? QStringLiteral("last sync ok at %1, cursor %2")
                                         .arg(QTime::currentTime().toString(u"HH:mm"))
                                         .arg(report.cursor)
                                   : QStringLiteral("last sync failed: %1").arg(report.error));
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this,
            [this] { m_systemd.stopping(QStringLiteral("stopping")); });
    m_sync->start();
    return true;
}

bool KioskApp::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.get() && event->type() == QEvent::Paint) {
        m_window->removeEventFilter(this);
        // After this paint has been flushed to the screen.
        QTimer::singleShot(0, this, [this] {
            m_systemd.ready(QStringLiteral("showing the kiosk, waiting for the first sync"));
        });
    }
    return QObject::eventFilter(watched, event);
}

void KioskApp::takeScreenshots(const QString &directory)
{
    m_screenshots = std::make_unique<ScreenshotTour>(*m_window, directory);
    connect(m_screenshots.get(), &ScreenshotTour::finished, qApp,
            [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    auto started = std::make_shared<bool>(false);
    connect(m_sync.get(), &SyncService::syncFinished, this,
            [this, started](const SyncReport &report) {
                if (*started || !report.ok)
                    return;
                *started = true;
                m_window->onContentChanged();
                m_screenshots->start();
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

QString KioskApp::staffStatus() const
{
    const ContentStore &store = m_cache.store();
    const QDateTime last = store.lastSyncAt();
    QStringList lines;
    lines << tr("Program version: %1").arg(QStringLiteral(MK_VERSION));
    lines << tr("Server: %1").arg(m_settings.serverUrl.toDisplayString());
    lines << (last.isValid()
                  ? tr("Last content update: %1")
                        .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                  : tr("Last content update: never"));
    if (m_outboxWriter) {
        const OutboxStore::Stats stats = m_outbox.stats();
        lines << tr("Submissions waiting to be sent: %1").arg(stats.pending);
    } else {
        lines << tr("Submissions cannot be taken: the outbox could not be opened (see the log).");
    }
    lines << (m_window->keyboard() ? tr("On-screen keyboard: on") : tr("On-screen keyboard: off"));
    return lines.join(u'\n');
}

#pragma once

#include "clerkstore.h"
#include "clock.h"
#include "contentcache.h"
#include "kiosksettings.h"
#include "outboxstore.h"
#include "servicenotifier.h"

#include <QObject>
#include <memory>

class BlobStore;
class ClerkSession;
class KioskLockdown;
class LanguageSwitcher;
class MainWindow;
class OutboxWriter;
class ScreenshotTour;
class SyncService;

// Builds the running kiosk: the UI's read connection to the cache, the window, the language,
// and the sync service on its own thread, wired together.
class KioskApp final : public QObject
{
    Q_OBJECT

public:
    // `tour`: a screenshot tour will drive the window, so it must not reset itself when idle.
    KioskApp(KioskSettings settings, bool windowed, bool tour = false);
    ~KioskApp() override;

    bool start(QString *error);
    // After the first successful sync, photographs every view into `directory` and quits.
    void takeScreenshots(const QString &directory);
    // The sync service, once start() has succeeded: for measuring the kiosk as it runs.
    SyncService *syncService() const { return m_sync.get(); }

protected:
    // Watches the window for its first paint, to tell systemd the kiosk is up.
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    void onCacheReplaced();

private:
    QString staffStatus() const;

    KioskSettings m_settings;
    bool m_windowed;
    bool m_tour;
    SystemClock m_clock;
    ContentCache m_cache; // the UI's own read connection
    OutboxStore m_outbox; // the UI's own connection, for the forms
    std::unique_ptr<OutboxWriter> m_outboxWriter;
    std::unique_ptr<BlobStore> m_blobs;
    ClerkStore m_clerkStore; // counter clerks and their audit log, where clerks work
    std::unique_ptr<ClerkSession> m_clerks;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<ScreenshotTour> m_screenshots;
    std::unique_ptr<KioskLockdown> m_lockdown;
    ServiceNotifier m_systemd;
};

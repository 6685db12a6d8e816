#pragma once

#include "clock.h"
#include "kiosksettings.h"
#include "sqldatabase.h"

#include <QObject>
#include <memory>

class ContentStore;
class LanguageSwitcher;
class MainWindow;
class SyncService;

// Builds the running kiosk: the UI's read connection to the cache, the window, the language,
// and the sync service on its own thread, wired together.
class KioskApp final : public QObject
{
    Q_OBJECT

public:
    KioskApp(KioskSettings settings, bool windowed);
    ~KioskApp() override;

    bool start(QString *error);

private:
    KioskSettings m_settings;
    bool m_windowed;
    SystemClock m_clock;
    SqlDatabase m_db;
    std::unique_ptr<ContentStore> m_store;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncService> m_sync;
};

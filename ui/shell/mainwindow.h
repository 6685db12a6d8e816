#pragma once

#include "clock.h"
#include "collection.h"
#include "shelloptions.h"
#include "syncreport.h"
#include "viewcontext.h"

#include <QMainWindow>
#include <QSet>
#include <functional>

class AttractScreen;
class ClerkDesk;
class CountdownOverlay;
class IdleMonitor;
class KeyboardPanel;
class LanguageSwitcher;
class Narrator;
class PinGate;
class PinPad;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class Section;
class StaffMenu;
class ThemeController;

// The kiosk's window: the municipality's name, how fresh the content is and the language at
// the top; the eight sections always in reach down the left side; one Back button.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Section keys, in the order of the navigation: "home", "news", "services",
    // "noticeboard", "legal", "participate", "myrequest", "municipality".
    static const QStringList &sectionKeys();

    // `language` may be null (no language button).
    MainWindow(const ViewContext &context, const QString &municipality,
               LanguageSwitcher *language = nullptr, const ShellOptions &options = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The section, built now if it has not been shown yet.
    Section *section(const QString &key);
    // Sections are built when first shown (Home at once).
    bool isSectionBuilt(const QString &key) const;
    QString currentSection() const;
    void showSection(const QString &key);
    // Shows an item in the section that presents its collection.
    bool openItem(Collection collection, const QString &id);
    QString freshnessText() const;

    // What fills the window: the kiosk itself, or one of the pages over it.
    enum class Page
    {
        Kiosk,
        StaffPin,
        StaffMenu,
        Attract,
    };
    Page page() const;
    IdleMonitor *idleMonitor() const { return m_idle; }
    // The on-screen keyboard (its keys load in the background once the first frame is
    // painted); null where it is off or could not be loaded.
    KeyboardPanel *keyboard() const;
    ThemeController *theme() const { return m_theme; }
    // The clerks' desk over the citizens' screens (null where clerks do not work here).
    ClerkDesk *clerkDesk() const { return m_clerkDesk; }
    bool clerkDeskShown() const;
    void showClerkDesk();
    void leaveClerkDesk();
    // IT staff's view of the kiosk, shown in the staff menu (set by the composition root).
    void setStaffStatusProvider(std::function<QString()> provider);

public slots:
    // Something may have changed anywhere (an upload, a language): every section refreshes.
    void onContentChanged();
    // A synced page changed these collections: the sections refresh what shows them.
    void onCollectionsChanged(const QList<Collection> &collections);
    void onSyncFinished(const SyncReport &report);
    // A picture or PDF an item names is now on disk: show it where it is missing.
    void onBlobArrived(const QString &sha256);
    void goBack();
    // Home, every section at its first screen, every form empty.
    void resetAll();
    // For the next person: resetAll(), and also the keyboard closed, the clipboard empty,
    // the language, text size and contrast back to their defaults, staff pages closed.
    void wipe();
    void showStaffAccess();

signals:
    void syncNowRequested();
    void exitRequested();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showPage(Page page);
    void updateIcons();
    void readAloud();
    void keepFocusVisible();
    void retranslate();
    void updateFreshness();
    void updateBackButton();
    void refreshSections();
    Section *buildSection(qsizetype index);
    Section *currentSectionWidget() const;
    void buildClerkDesk(QWidget *central);
    void useClerkTiming(bool clerk);

    ViewContext m_context;
    QString m_municipality;
    LanguageSwitcher *m_language;
    QLabel *m_title;
    QLabel *m_freshness;
    QPushButton *m_languageButton;
    QPushButton *m_back;
    QLabel *m_sectionTitle;
    QList<QToolButton *> m_nav;
    QStackedWidget *m_stack;
    QList<Section *> m_sections; // in sectionKeys() order; null until built
    QTimer *m_refreshTimer;
    QSet<Collection> m_changed; // since the last refresh
    bool m_changedEverything = false;
    QTimer *m_freshnessTimer;
    bool m_online = true;

    ShellOptions m_options;
    SystemClock m_systemClock; // for the PIN's lockout when the context brings no clock
    QStackedWidget *m_pages;
    QWidget *m_kioskPage;
    QWidget *m_navigation = nullptr;
    QPushButton *m_largeTextButton;
    QPushButton *m_contrastButton;
    QPushButton *m_readAloudButton;
    KeyboardPanel *m_keyboard = nullptr;
    bool m_painted = false; // the first frame is on screen
    ThemeController *m_theme = nullptr;
    Narrator *m_narrator = nullptr;
    IdleMonitor *m_idle;
    CountdownOverlay *m_countdown;
    PinGate *m_pinGate;
    PinPad *m_pinPad;
    StaffMenu *m_staffMenu;
    AttractScreen *m_attract;
    QStackedWidget *m_kioskContent = nullptr; // the citizens' screens, or the clerks' desk
    ClerkDesk *m_clerkDesk = nullptr;
    std::function<QString()> m_staffStatus;
};
